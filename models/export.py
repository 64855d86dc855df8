"""Asynchronous CSV exports: requested through the API, written by a worker, downloadable for
`EXPORT_TTL_DAYS`."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.tenant import Tenant


class ExportKind(StrEnum):
    LEARNER_PROGRESS = "learner_progress"
    COMPLETIONS = "completions"
    ACTIVITY = "activity"


class ExportStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class Export(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="exports", on_delete=fields.CASCADE
    )
    kind = fields.CharEnumField(ExportKind, max_length=32)
    filters: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    date_from = fields.DatetimeField(null=True)
    date_to = fields.DatetimeField(null=True)
    status = fields.CharEnumField(ExportStatus, max_length=16, default=ExportStatus.QUEUED)
    row_count = fields.BigIntField(null=True)
    error = fields.CharField(max_length=191, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    completed_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField(null=True)

    class Meta:
        table = "exports"
        indexes = (("tenant_id", "id"),)
