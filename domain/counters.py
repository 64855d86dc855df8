"""Per-tenant row counters, kept in the transaction of each insert and delete.

Unfiltered list totals read one row instead of running COUNT(*) over the tenant's table.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from core.sql import tenant_execute
from models.operations import TenantCounter

_UPSERT = (
    'INSERT INTO "tenant_counters" ("tenant_id", "name", "value") VALUES (:tenant, $1, $2) '
    'ON CONFLICT ("tenant_id", "name") '
    'DO UPDATE SET "value" = "tenant_counters"."value" + EXCLUDED."value"'
)


async def bump_counter(
    tenant_id: int, name: str, delta: int, *, connection: BaseDBAsyncClient
) -> None:
    """Add ``delta`` to the tenant's counter ``name`` inside the caller's transaction."""
    await tenant_execute(connection, tenant_id, _UPSERT, [name, delta])


async def read_counter(tenant_id: int, name: str) -> int:
    rows = await TenantCounter.filter(tenant_id=tenant_id, name=name).values("value")
    return int(rows[0]["value"]) if rows else 0
