"""The event log: one row per thing that happened in a tenant (``user.created``, …).

It is also the outbox of webhooks: `domain.events.record_event` writes the event and the job that
fans it out to webhook endpoints in the caller's transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.tenant import Tenant


class Event(TenantOwned):
    id = fields.BigIntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="events", on_delete=fields.CASCADE
    )
    type = fields.CharField(max_length=64)
    data: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "events"
        # (tenant_id, created_at): date ranges of the timeline and of exports.
        unique_together = (("tenant_id", "id"),)
        indexes = (("tenant_id", "type", "id"), ("tenant_id", "created_at"))
