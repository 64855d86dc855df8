"""Handlers of the event dispatch and webhook delivery jobs."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from domain.jobs import complete_job
from domain.webhooks import Outcome, deliver_event, fan_out_event
from tasks.context import JobContext, LeaseLost


class DeliveryFailed(Exception):
    """This attempt failed (the reason is logged with the attempt); the runtime retries it."""


async def dispatch_event(job: JobContext) -> None:
    # Fan-out and completion commit together: a retry after a crash cannot queue twice.
    async with in_transaction() as conn:
        await fan_out_event(job.tenant_id, int(job.payload["event_id"]), connection=conn)
        if not await complete_job(job.id, job.worker_id, connection=conn):
            raise LeaseLost(f"job {job.id} is no longer held by {job.worker_id}")


async def deliver_webhook(job: JobContext) -> None:
    outcome, error = await deliver_event(
        job.tenant_id,
        int(job.payload["endpoint_id"]),
        int(job.payload["event_id"]),
        attempt=job.attempt,
        next_retry_at=job.retry_at,
        settings=job.settings,
        http=job.http,
    )
    if outcome is Outcome.FAILED:
        raise DeliveryFailed(error or "delivery failed")
