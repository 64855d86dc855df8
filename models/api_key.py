"""API keys: random secrets stored only as a hash, revocable, carrying scopes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.tenant import Tenant


class ApiKey(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="api_keys", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=191)
    # The visible start of the key ("atr_Ab3dEf9h"); the key is found by tenant and prefix.
    prefix = fields.CharField(max_length=16)
    key_hash = fields.CharField(max_length=64)
    scopes: fields.Field[list[str]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_keys"
        unique_together = (("tenant_id", "prefix"),)
        indexes = (("tenant_id", "id"),)
