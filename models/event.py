"""The event log: every change worth telling, written in the transaction of the change.

Webhook deliveries and the TalentLMS ``timeline`` both read it.
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
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    type = fields.CharField(max_length=64)
    data: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "events"
        indexes = (("tenant_id", "id"), ("tenant_id", "type", "id"))
