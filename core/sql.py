"""Hand-written SQL for both dialects: write ``?`` placeholders, get ``$n`` on PostgreSQL.

Only placeholders come from these helpers; every value travels as a parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    parts = text.split("?")
    return parts[0] + "".join(f"${n}{part}" for n, part in enumerate(parts[1:], 1))


async def query(
    connection: BaseDBAsyncClient, text: str, values: Sequence[Any]
) -> list[dict[str, Any]]:
    """Run ``text`` (``?`` placeholders) with ``values``; the rows it returns as dicts."""
    rows: list[dict[str, Any]] = await connection.execute_query_dict(
        for_dialect(connection, text), list(values)
    )
    return rows
