"""Recording events in the transaction of the change they describe."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from models.event import Event


async def record_event(
    tenant_id: int,
    type: str,
    data: dict[str, Any],
    *,
    connection: BaseDBAsyncClient | None = None,
) -> Event:
    """Append an event for ``tenant_id``; pass the caller's transaction as ``connection`` so the
    event exists exactly when the change does."""
    return await Event.create(tenant_id=tenant_id, type=type, data=data, using_db=connection)
