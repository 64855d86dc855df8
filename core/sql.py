"""Hand-written SQL for both dialects: write ``?`` placeholders, get ``$n`` on PostgreSQL.

Only placeholders come from these helpers; every value travels as a parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient


def marks(count: int) -> str:
    """``?, ?, …``: ``count`` placeholders, for an ``IN (…)`` list."""
    return ", ".join("?" * count)


def value_rows(count: int, width: int) -> str:
    """``(?, ?), (?, ?), …``: the rows of a multi-row ``VALUES``."""
    row = f"({marks(width)})"
    return ", ".join([row] * count)


def for_dialect(connection: BaseDBAsyncClient, text: str) -> str:
    """``text`` with its ``?`` placeholders numbered ($1, $2, …) on PostgreSQL; ``text`` must
    hold no other question mark."""
    if connection.capabilities.dialect != "postgres":
        return text
    return _numbered_cached(text) if len(text) <= _CACHED_TEXT_CHARS else _numbered(text)


def _numbered(text: str) -> str:
    parts = text.split("?")
    return parts[0] + "".join(f"${n}{part}" for n, part in enumerate(parts[1:], 1))


# Most statements are constants or multi-row VALUES of up to a hundred rows: few distinct texts,
# each numbered once instead of on every call (a batch of events has over a thousand marks).
# Longer texts (lists of thousands of ids) are numbered each time rather than kept.
_CACHED_TEXT_CHARS = 64 * 1024
_numbered_cached = lru_cache(maxsize=256)(_numbered)


async def query(
    connection: BaseDBAsyncClient, text: str, values: Sequence[Any]
) -> list[dict[str, Any]]:
    """Run ``text`` (``?`` placeholders) with ``values``; the rows it returns as dicts."""
    rows: list[dict[str, Any]] = await connection.execute_query_dict(
        for_dialect(connection, text), list(values)
    )
    return rows
