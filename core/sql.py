"""Hand-written SQL, with the tenant bound by one helper.

A statement on tenant-owned tables names the tenant with the marker ``:tenant`` wherever its id
goes, and runs through `tenant_query` / `tenant_execute` (or `tenant_statement`, for COPY), which
alone fill that marker, from their explicit ``tenant_id``; they refuse a statement without the
marker, and a ``tenant_id`` other than the current tenant's when one is set (`core.scoping`).
``tests/test_sql_tenancy.py`` reads every SQL string of the code and fails on one that names a
tenant-owned table without the marker, short of a commented allow-list of deliberate
cross-tenant statements, which run through `platform_query`.

Values are parameters, never text: write ``?`` for each (numbered $1, $2, … here; `marks` and
`value_rows` make lists of them) or number them yourself ($1, $2, …, to use one twice), not both
in one statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.scoping import TenantScopeError, current_tenant_id

TENANT = ":tenant"
_TENANT_MARKER = re.compile(r"(?<![:\w]):tenant\b")
_NUMBERED = re.compile(r"\$\d")


def marks(count: int) -> str:
    """``?, ?, …``: ``count`` placeholders, for an ``IN (…)`` list."""
    return ", ".join("?" * count)


def value_rows(count: int, width: int, *, tenant: bool = False) -> str:
    """``(?, ?), (?, ?), …``: the rows of a multi-row ``VALUES``; with ``tenant``, each row
    starts with the tenant, ``(:tenant, ?, ?)``, and its values leave it out."""
    row = f"({TENANT + ', ' if tenant else ''}{marks(width)})"
    return ", ".join([row] * count)


def _numbered(text: str, count: int, tenant: bool) -> str:
    """``text`` with its ``?`` numbered ($1, $2, …) and, when ``tenant``, each ``:tenant`` the
    parameter after the ``count`` values."""
    if "?" in text:
        if _NUMBERED.search(text):
            raise ValueError("a statement numbers its placeholders ($1) or writes ?, not both")
        parts = text.split("?")
        text = parts[0] + "".join(f"${n}{part}" for n, part in enumerate(parts[1:], 1))
    has_marker = _TENANT_MARKER.search(text) is not None
    if tenant and not has_marker:
        raise ValueError(f"a tenant statement names the tenant with {TENANT}: {text[:200]}")
    if not tenant and has_marker:
        raise ValueError(f"{TENANT} is filled by tenant_query and tenant_execute only")
    return _TENANT_MARKER.sub(f"${count + 1}", text) if tenant else text


# Most statements are constants or multi-row VALUES of up to a hundred rows: few distinct texts,
# each numbered once instead of on every call (a batch of events has over a thousand marks).
# Longer texts (lists of thousands of ids) are numbered each time rather than kept.
_CACHED_TEXT_CHARS = 64 * 1024
_numbered_cached = lru_cache(maxsize=512)(_numbered)


def _prepared(text: str, count: int, tenant: bool) -> str:
    if len(text) <= _CACHED_TEXT_CHARS:
        return _numbered_cached(text, count, tenant)
    return _numbered(text, count, tenant)


def tenant_statement(
    tenant_id: int, text: str, values: Sequence[Any] = ()
) -> tuple[str, list[Any]]:
    """``text`` and ``values`` as asyncpg takes them, ``tenant_id`` bound to every ``:tenant``.

    Raises TenantScopeError when a current tenant is set and is not ``tenant_id``, ValueError
    when ``text`` does not name ``:tenant``.
    """
    current = current_tenant_id()
    if current is not None and current != tenant_id:
        raise TenantScopeError(f"SQL for tenant {tenant_id} while the current tenant is {current}")
    return _prepared(text, len(values), True), [*values, tenant_id]


async def tenant_query(
    connection: BaseDBAsyncClient, tenant_id: int, text: str, values: Sequence[Any] = ()
) -> list[dict[str, Any]]:
    """Run ``text`` with ``values`` and ``tenant_id`` bound (see `tenant_statement`); the rows it
    returns as dicts."""
    rows: list[dict[str, Any]] = await connection.execute_query_dict(
        *tenant_statement(tenant_id, text, values)
    )
    return rows


async def tenant_execute(
    connection: BaseDBAsyncClient, tenant_id: int, text: str, values: Sequence[Any] = ()
) -> tuple[int, Sequence[Any]]:
    """Run ``text`` with ``values`` and ``tenant_id`` bound (see `tenant_statement`); the number
    of rows it touched and the rows it returned, as the driver gives them (no copy)."""
    count, rows = await connection.execute_query(*tenant_statement(tenant_id, text, values))
    return count, rows


async def platform_query(
    connection: BaseDBAsyncClient, text: str, values: Sequence[Any] = ()
) -> list[dict[str, Any]]:
    """Run ``text``, which is bound to no tenant: platform tables (``tenants``), or one of the
    deliberate cross-tenant statements allow-listed in ``tests/test_sql_tenancy.py``."""
    rows: list[dict[str, Any]] = await connection.execute_query_dict(
        _prepared(text, len(values), False), list(values)
    )
    return rows
