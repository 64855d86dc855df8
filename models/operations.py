"""Bookkeeping of the API itself: batch tasks, idempotent replays, per-tenant counters."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.tenant import Tenant


class TaskStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"


class BatchTask(TenantOwned):
    """A batch upsert (``/batch/users`` …) as its caller follows it through ``/tasks/{id}``."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=32)
    status = fields.CharEnumField(TaskStatus, max_length=16, default=TaskStatus.PENDING)
    dry_run = fields.BooleanField(default=False)
    total = fields.IntField(default=0)
    processed = fields.IntField(default=0)
    created = fields.IntField(default=0)
    updated = fields.IntField(default=0)
    unchanged = fields.IntField(default=0)
    failed = fields.IntField(default=0)
    deactivated = fields.IntField(default=0)
    # [{"index": n, "param": "email", "message": "..."}] for the items that failed.
    errors: fields.Field[list[dict[str, Any]]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "batch_tasks"
        indexes = (("tenant_id", "id"),)


class IdempotentRequest(TenantOwned):
    """The first response to a POST carrying an ``Idempotency-Key``, replayed for 24 h."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    key = fields.CharField(max_length=255)
    # Method, path, API version and body hash: the same key with another request is a 422.
    fingerprint = fields.CharField(max_length=64)
    # Null while the first request is in flight.
    status_code = fields.IntField(null=True)
    response_body = fields.BinaryField(null=True)
    # The headers that belong to the answer itself (Content-Type, Location …), not to the call.
    response_headers: fields.Field[dict[str, str] | None] = fields.JSONField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "idempotent_requests"
        unique_together = (("tenant_id", "key"),)
        indexes = (("expires_at",),)


class TenantCounter(TenantOwned):
    """Row counts kept in the same transaction as inserts and deletes, so unfiltered list
    totals cost one indexed read instead of a COUNT(*)."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=64)
    value = fields.BigIntField(default=0)

    class Meta:
        table = "tenant_counters"
        unique_together = (("tenant_id", "name"),)
