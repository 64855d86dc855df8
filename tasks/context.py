"""What a job handler gets: ``async def handler(job: JobContext) -> None``.

A handler that returns has succeeded; one that raises has failed this attempt, and the job runs
again at ``job.retry_at`` (or fails for good when that is None). The current tenant is set to the
job's tenant while the handler runs.

A handler whose effects must commit together with the job's end settles the job itself, in its
own transaction (`domain.jobs.complete_job` / `fail_job` with ``connection``), and then sets
``job.settled`` so that the runtime leaves the job as it is.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from core.settings import Settings


@dataclass(slots=True)
class JobContext:
    id: int
    tenant_id: int
    kind: str
    payload: dict[str, Any]
    attempt: int
    max_attempts: int
    # When a failure of this attempt will be retried; None on the last attempt.
    retry_at: datetime | None
    worker_id: str
    settings: Settings
    # Outbound HTTP that refuses private addresses (core.outbound), shared by the worker.
    http: httpx.AsyncClient
    settled: bool = False


Handler = Callable[[JobContext], Awaitable[None]]


class LeaseLost(Exception):
    """The job was taken from this worker (its lease expired) before it could finish."""
