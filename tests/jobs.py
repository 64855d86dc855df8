"""Helpers for tests of background work: read a job, wait (boundedly) for a condition."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from models.job import Job

BOUND_SECONDS = 15.0
STEP_SECONDS = 0.05


async def job(job_id: int) -> Job:
    found: Job = await Job.all_tenants.get(id=job_id)
    return found


async def until(condition: Callable[[], Awaitable[bool]], seconds: float = BOUND_SECONDS) -> None:
    """Return once ``condition()`` is true; fail after ``seconds``."""
    for _ in range(int(seconds / STEP_SECONDS)):
        if await condition():
            return
        await asyncio.sleep(STEP_SECONDS)
    raise AssertionError(f"not reached within {seconds} s")
