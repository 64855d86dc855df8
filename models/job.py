"""Durable background jobs, claimed by `python server.py worker` processes.

A job is ``queued`` until its ``run_at``; a worker claims it (``running``, ``attempts`` + 1,
``locked_by``, a lease in ``locked_until`` that the worker keeps extending) and finishes it
(``succeeded``), puts it back with a later ``run_at`` after a failure, or gives up (``failed``)
after ``max_attempts``. A running job whose lease expired belonged to a worker that died: it is
queued again.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.tenant import Tenant


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class Job(TenantOwned):
    id = fields.BigIntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="jobs", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=64)
    payload: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    status = fields.CharEnumField(JobStatus, max_length=16, default=JobStatus.QUEUED)
    attempts = fields.IntField(default=0)
    max_attempts = fields.IntField(default=1)
    run_at = fields.DatetimeField()
    locked_until = fields.DatetimeField(null=True)
    locked_by = fields.CharField(max_length=64, null=True)
    last_error = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "jobs"
        indexes = (("status", "run_at"), ("tenant_id", "id"))
