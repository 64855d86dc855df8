"""The job runtime in-process, against the run's PostgreSQL: claiming, retries, leases,
shutdown. Every test uses job kinds of its own, so that no other test's jobs get in the way."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.outbound import outbound_client
from core.scoping import current_tenant_id
from core.settings import Settings
from domain.jobs import (
    claim_jobs,
    complete_job,
    purge_finished_jobs,
    release_jobs,
    requeue_expired_jobs,
    retry_delay,
)
from models.job import Job, JobStatus
from tasks.context import Handler, JobContext
from tasks.worker import Worker
from tests.factories import Seeded, queue_job
from tests.jobs import BOUND_SECONDS, job, until


def kind() -> str:
    return f"test.{secrets.token_hex(4)}"


@pytest.fixture
def fast(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "job_retry_base_seconds": 0.05,
            "job_poll_seconds": 0.1,
            "job_lease_seconds": 5.0,
            "worker_shutdown_seconds": 5.0,
        }
    )


@pytest.fixture
def make_worker(run: Any, fast: Settings) -> Iterator[Any]:
    clients = []

    def make(handlers: dict[str, Handler], settings: Settings = fast) -> Worker:
        http = outbound_client((), 1.0)
        clients.append(http)
        return Worker(settings, http, handlers)

    yield make
    for http in clients:
        run(http.aclose())


def test_retry_delay_grows_exponentially_with_jitter() -> None:
    for attempt, middle in ((1, 10), (2, 50), (3, 250)):
        delays = [retry_delay(attempt, 10) for _ in range(50)]
        assert all(0.8 * middle <= d <= 1.2 * middle for d in delays)
        assert len(set(delays)) > 1


def test_concurrent_claims_never_share_a_job(run: Any, tenant_a: Seeded) -> None:
    k = kind()

    async def scenario() -> list[int]:
        for n in range(60):
            await queue_job(tenant_a.tenant.id, k, {"n": n})
        batches = await asyncio.gather(*(claim_jobs(f"w{i}", [k], 20, 30) for i in range(6)))
        return [c.id for batch in batches for c in batch]

    claimed = run(scenario())
    assert len(claimed) == 60
    assert len(set(claimed)) == 60


def test_only_kinds_with_a_handler_are_claimed(run: Any, tenant_a: Seeded) -> None:
    mine, other = kind(), kind()
    run(queue_job(tenant_a.tenant.id, other, {}))
    assert run(claim_jobs("w", [mine], 10, 30)) == []


def test_a_handler_runs_in_its_jobs_tenant_and_succeeds(
    run: Any, make_worker: Any, tenant_a: Seeded
) -> None:
    k = kind()
    seen: list[tuple[int | None, dict[str, Any], int]] = []

    async def handler(ctx: JobContext) -> None:
        seen.append((current_tenant_id(), ctx.payload, ctx.attempt))

    queued = run(queue_job(tenant_a.tenant.id, k, {"x": 1}))
    assert run(make_worker({k: handler}).run_until_idle()) == 1
    assert seen == [(tenant_a.tenant.id, {"x": 1}, 1)]
    done = run(job(queued.id))
    assert done.status == JobStatus.SUCCEEDED
    assert done.attempts == 1
    assert done.finished_at is not None


def test_failures_are_retried_with_backoff_then_fail(
    run: Any, make_worker: Any, tenant_a: Seeded
) -> None:
    k = kind()
    calls: list[tuple[int, datetime | None]] = []

    async def handler(ctx: JobContext) -> None:
        calls.append((ctx.attempt, ctx.retry_at))
        raise RuntimeError(f"boom {ctx.attempt}")

    queued = run(queue_job(tenant_a.tenant.id, k, {}, max_attempts=3))
    worker = make_worker({k: handler})

    run(worker.run_until_idle())
    first = run(job(queued.id))
    assert first.status == JobStatus.QUEUED
    assert first.attempts == 1
    assert first.last_error == "RuntimeError: boom 1"
    assert first.run_at > first.updated_at
    assert first.run_at == calls[0][1]

    async def finished() -> bool:
        await worker.run_until_idle()
        return (await job(queued.id)).status == JobStatus.FAILED

    run(until(finished))
    failed = run(job(queued.id))
    assert [attempt for attempt, _ in calls] == [1, 2, 3]
    assert calls[-1][1] is None  # the last attempt has no retry
    assert failed.attempts == 3
    assert failed.last_error == "RuntimeError: boom 3"


def test_an_expired_lease_is_queued_again_and_counts_the_attempt(
    run: Any, tenant_a: Seeded
) -> None:
    k = kind()
    queued = run(queue_job(tenant_a.tenant.id, k, {}, max_attempts=2))
    [claimed] = run(claim_jobs("dead-worker", [k], 1, 0.01))
    run(asyncio.sleep(0.05))
    assert run(requeue_expired_jobs()) >= 1
    requeued = run(job(queued.id))
    assert (requeued.status, requeued.attempts, requeued.locked_by) == (JobStatus.QUEUED, 1, None)

    [again] = run(claim_jobs("second-worker", [k], 1, 0.01))
    assert (again.id, again.attempt) == (claimed.id, 2)
    run(asyncio.sleep(0.05))
    run(requeue_expired_jobs())
    exhausted = run(job(queued.id))
    assert exhausted.status == JobStatus.FAILED
    assert "lease expired" in (exhausted.last_error or "")


def test_released_jobs_are_due_at_once_without_counting_the_attempt(
    run: Any, tenant_a: Seeded
) -> None:
    k = kind()
    queued = run(queue_job(tenant_a.tenant.id, k, {}))
    run(claim_jobs("stopping-worker", [k], 1, 30))
    assert run(release_jobs("another-worker", [queued.id])) == 0
    assert run(release_jobs("stopping-worker", [queued.id])) == 1
    released = run(job(queued.id))
    assert (released.status, released.attempts) == (JobStatus.QUEUED, 0)
    assert run(claim_jobs("next-worker", [k], 1, 30))[0].attempt == 1


def test_stop_lets_the_job_in_hand_finish(run: Any, make_worker: Any, tenant_a: Seeded) -> None:
    k = kind()

    async def scenario() -> Job:
        started = asyncio.Event()

        async def handler(ctx: JobContext) -> None:
            started.set()
            await asyncio.sleep(0.3)

        worker = make_worker({k: handler})
        running = asyncio.create_task(worker.run())
        queued = await queue_job(tenant_a.tenant.id, k, {})
        async with asyncio.timeout(BOUND_SECONDS):
            await started.wait()
        worker.stop()
        await running
        return await job(queued.id)

    assert run(scenario()).status == JobStatus.SUCCEEDED


def test_stop_gives_back_a_job_that_outlives_the_grace_period(
    run: Any, make_worker: Any, fast: Settings, tenant_a: Seeded
) -> None:
    k = kind()

    async def scenario() -> Job:
        started = asyncio.Event()

        async def handler(ctx: JobContext) -> None:
            started.set()
            await asyncio.sleep(BOUND_SECONDS)

        worker = make_worker({k: handler}, fast.model_copy(update={"worker_shutdown_seconds": 0.1}))
        running = asyncio.create_task(worker.run())
        queued = await queue_job(tenant_a.tenant.id, k, {})
        async with asyncio.timeout(BOUND_SECONDS):
            await started.wait()
        worker.stop()
        await running
        return await job(queued.id)

    released = run(scenario())
    assert (released.status, released.attempts, released.locked_by) == (JobStatus.QUEUED, 0, None)


def test_a_new_job_wakes_a_waiting_worker(
    run: Any, make_worker: Any, fast: Settings, tenant_a: Seeded
) -> None:
    k = kind()

    async def scenario() -> Job:
        done = asyncio.Event()

        async def handler(ctx: JobContext) -> None:
            done.set()

        # Polling alone would not see the job within the bound: only the NOTIFY can wake it.
        slow_poll = fast.model_copy(update={"job_poll_seconds": BOUND_SECONDS * 4})
        worker = make_worker({k: handler}, slow_poll)
        running = asyncio.create_task(worker.run())
        await asyncio.sleep(0.5)  # let it listen, then idle
        queued = await queue_job(tenant_a.tenant.id, k, {})
        try:
            async with asyncio.timeout(BOUND_SECONDS):
                await done.wait()
        finally:
            worker.stop()
            await running
        return await job(queued.id)

    assert run(scenario()).status == JobStatus.SUCCEEDED


def test_finished_jobs_are_purged_after_the_retention(run: Any, tenant_a: Seeded) -> None:
    k = kind()
    done = run(queue_job(tenant_a.tenant.id, k, {}))
    waiting = run(queue_job(tenant_a.tenant.id, k, {}))
    run(claim_jobs("w", [k], 1, 30))
    run(complete_job(done.id, "w"))
    eight_days_ago = datetime.now(UTC) - timedelta(days=8)
    run(Job.all_tenants.filter(id__in=[done.id, waiting.id]).update(run_at=eight_days_ago))
    assert run(purge_finished_jobs(timedelta(days=7))) >= 1
    assert not run(Job.all_tenants.filter(id=done.id).exists())
    assert run(Job.all_tenants.filter(id=waiting.id).exists())
