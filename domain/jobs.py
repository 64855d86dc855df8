"""The job queue: enqueue in the caller's transaction, claim, extend, finish, retry, recover.

Enqueueing is tenant work (the job belongs to a tenant and is written with the change that causes
it); claiming and finishing are platform work that crosses tenants, so they use
``Job.all_tenants`` and raw SQL on the platform connection. Times are the application's clock (UTC).

Workers claim with ``FOR UPDATE SKIP LOCKED``, so any number of them can run side by side without
taking the same job, and enqueueing sends a NOTIFY on `NOTIFY_CHANNEL` (delivered at commit) that
wakes them at once.
"""

from __future__ import annotations

import random
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F
from tortoise.queryset import QuerySet

from core.scoping import platform_connection
from core.sql import platform_query
from models.job import Job, JobStatus

NOTIFY_CHANNEL = "atrium_jobs"
RETRY_FACTOR = 5
RETRY_JITTER = 0.2
MAX_ERROR_CHARS = 2000


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    id: int
    tenant_id: int
    kind: str
    payload: dict[str, Any]
    attempt: int
    max_attempts: int


def _now() -> datetime:
    return datetime.now(UTC)


def _db(connection: BaseDBAsyncClient | None) -> BaseDBAsyncClient:
    return connection if connection is not None else connections.get("default")


def retry_delay(attempt: int, base_seconds: float) -> float:
    """Seconds to wait after failed attempt number ``attempt`` (1-based): ``base * 5^(n-1)``,
    ±20 % jitter so that jobs that failed together do not retry together."""
    delay: float = base_seconds * RETRY_FACTOR ** (attempt - 1)
    return delay * random.uniform(1 - RETRY_JITTER, 1 + RETRY_JITTER)  # noqa: S311 - not crypto


async def enqueue_job(
    tenant_id: int,
    kind: str,
    payload: dict[str, Any],
    *,
    max_attempts: int = 1,
    run_at: datetime | None = None,
    connection: BaseDBAsyncClient | None = None,
    notify: bool = True,
) -> Job:
    """Queue a job of ``kind`` for ``tenant_id``, due at ``run_at`` (default now).

    Pass the connection of the caller's transaction (``async with in_transaction() as conn``) so
    that the job exists if and only if the change that causes it commits (the outbox pattern).
    ``notify=False`` skips waking the workers (they find the job at their next claim or poll):
    for jobs queued by a job, whose worker claims again as soon as it finishes.
    """
    db = _db(connection)
    job = await Job.create(
        using_db=db,
        tenant_id=tenant_id,
        kind=kind,
        payload=payload,
        max_attempts=max_attempts,
        run_at=run_at or _now(),
    )
    if notify:
        await db.execute_query("SELECT pg_notify($1, '')", [NOTIFY_CHANNEL])
    return job


_CLAIM = """
WITH due AS (
    SELECT id FROM jobs
    WHERE status = 'queued' AND run_at <= $3 AND kind = ANY($5::varchar[])
    ORDER BY run_at
    LIMIT $4
    FOR UPDATE SKIP LOCKED
)
UPDATE jobs
SET status = 'running', attempts = jobs.attempts + 1, locked_by = $1, locked_until = $2,
    updated_at = $3
FROM due
WHERE jobs.id = due.id
RETURNING jobs.id, jobs.tenant_id, jobs.kind, jobs.payload, jobs.attempts, jobs.max_attempts
"""


def _claimed(row: dict[str, Any]) -> ClaimedJob:
    payload = row["payload"]
    return ClaimedJob(
        id=row["id"],
        tenant_id=row["tenant_id"],
        kind=row["kind"],
        payload=orjson.loads(payload) if isinstance(payload, str | bytes) else payload,
        attempt=row["attempts"],
        max_attempts=row["max_attempts"],
    )


async def claim_jobs(
    worker_id: str, kinds: Collection[str], limit: int, lease_seconds: float
) -> list[ClaimedJob]:
    """Claim up to ``limit`` due jobs of ``kinds`` (those the worker has handlers for) for
    ``worker_id``, leased for ``lease_seconds``; counts the attempt. Oldest ``run_at`` first."""
    now = _now()
    locked_until = now + timedelta(seconds=lease_seconds)
    values = [worker_id, locked_until, now, limit, list(kinds)]
    rows = await platform_query(platform_connection(), _CLAIM, values)
    return [_claimed(row) for row in rows]


def _held(
    job_ids: list[int], worker_id: str, connection: BaseDBAsyncClient | None = None
) -> QuerySet[Job]:
    held: QuerySet[Job] = Job.all_tenants.filter(
        id__in=job_ids, locked_by=worker_id, status=JobStatus.RUNNING
    )
    return held if connection is None else held.using_db(connection)


async def extend_leases(worker_id: str, job_ids: list[int], lease_seconds: float) -> int:
    """Push the lease of the jobs ``worker_id`` still holds; returns how many it holds."""
    if not job_ids:
        return 0
    now = _now()
    count: int = await _held(job_ids, worker_id).update(
        locked_until=now + timedelta(seconds=lease_seconds), updated_at=now
    )
    return count


async def complete_job(
    job_id: int, worker_id: str, *, connection: BaseDBAsyncClient | None = None
) -> bool:
    """Mark a job ``worker_id`` holds as succeeded; False when it no longer holds it (already
    completed, or its lease expired and the job was queued again).

    A handler whose effects must happen exactly once calls this in the transaction of those
    effects and rolls back when it returns False.
    """
    now = _now()
    count: int = await _held([job_id], worker_id, connection).update(
        status=JobStatus.SUCCEEDED, locked_until=None, finished_at=now, updated_at=now
    )
    return count == 1


async def fail_job(
    job_id: int,
    worker_id: str,
    error: str,
    retry_at: datetime | None,
    *,
    connection: BaseDBAsyncClient | None = None,
) -> bool:
    """Record a failed attempt of a job ``worker_id`` holds: it runs again at ``retry_at``, or
    fails for good when that is None (the last attempt). False when it no longer holds it."""
    now = _now()
    changes: dict[str, Any] = {
        "locked_until": None,
        "last_error": error[:MAX_ERROR_CHARS],
        "updated_at": now,
    }
    if retry_at is None:
        changes.update(status=JobStatus.FAILED, finished_at=now)
    else:
        changes.update(status=JobStatus.QUEUED, run_at=retry_at, locked_by=None)
    count: int = await _held([job_id], worker_id, connection).update(**changes)
    return count == 1


async def release_jobs(worker_id: str, job_ids: list[int]) -> int:
    """Give back jobs that ``worker_id`` stops without finishing (shutdown): due now, and the
    interrupted attempt is not counted."""
    if not job_ids:
        return 0
    now = _now()
    count: int = await _held(job_ids, worker_id).update(
        status=JobStatus.QUEUED,
        attempts=F("attempts") - 1,
        run_at=now,
        locked_by=None,
        locked_until=None,
        updated_at=now,
    )
    return count


async def requeue_expired_jobs() -> int:
    """Recover the jobs of workers that died: running jobs whose lease expired are queued again,
    or failed when they have used all their attempts. Returns how many were recovered."""
    now = _now()
    expired = Job.all_tenants.filter(status=JobStatus.RUNNING, locked_until__lt=now)
    exhausted: int = await expired.filter(attempts__gte=F("max_attempts")).update(
        status=JobStatus.FAILED,
        last_error="the worker running the last attempt stopped (lease expired)",
        locked_until=None,
        finished_at=now,
        updated_at=now,
    )
    requeued: int = await expired.update(
        status=JobStatus.QUEUED,
        last_error="the worker running this job stopped (lease expired)",
        run_at=now,
        locked_by=None,
        locked_until=None,
        updated_at=now,
    )
    return exhausted + requeued


PURGE_BATCH = 1000


async def purge_finished_jobs(older_than: timedelta) -> int:
    """Delete up to `PURGE_BATCH` succeeded or failed jobs last run more than ``older_than``
    ago (the ``(status, run_at)`` index finds them); returns how many."""
    cutoff = _now() - older_than
    finished = (JobStatus.SUCCEEDED, JobStatus.FAILED)
    ids: list[int] = []
    for status in finished:
        ids += await (
            Job.all_tenants.filter(status=status, run_at__lt=cutoff)
            .limit(PURGE_BATCH - len(ids))
            .values_list("id", flat=True)
        )
        if len(ids) >= PURGE_BATCH:
            break
    if not ids:
        return 0
    deleted: int = await Job.all_tenants.filter(id__in=ids, status__in=finished).delete()
    return deleted
