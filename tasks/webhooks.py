"""Handlers of the event dispatch and webhook delivery jobs. Both settle their job in the
transaction of their effects, so a crash cannot leave one without the other."""

from __future__ import annotations

from datetime import timedelta

from tortoise.transactions import in_transaction

from core.logging import logger
from domain.jobs import complete_job, fail_job
from domain.webhooks import event_message, fan_out_event, record_attempt, send
from tasks.context import JobContext, LeaseLost


async def dispatch_event(job: JobContext) -> None:
    async with in_transaction() as conn:
        await fan_out_event(
            job.tenant_id,
            int(job.payload["event_id"]),
            str(job.payload["type"]),
            connection=conn,
        )
        if not await complete_job(job.id, job.worker_id, connection=conn):
            raise LeaseLost(f"job {job.id} is no longer held by {job.worker_id}")
    job.settled = True


async def deliver_webhook(job: JobContext) -> None:
    settings = job.settings
    message = await event_message(
        job.tenant_id, int(job.payload["endpoint_id"]), int(job.payload["event_id"]), settings
    )
    if message is None:
        return  # endpoint or event gone, or endpoint disabled: nothing left to deliver
    result = await send(job.http, message, settings)
    async with in_transaction() as conn:
        _, disabled = await record_attempt(
            message,
            attempt=job.attempt,
            result=result,
            next_retry_at=job.retry_at,
            disable_after=timedelta(hours=settings.webhook_disable_after_hours),
            connection=conn,
        )
        if result.ok or disabled:
            held = await complete_job(job.id, job.worker_id, connection=conn)
        else:
            error = result.error or "delivery failed"
            held = await fail_job(job.id, job.worker_id, error, job.retry_at, connection=conn)
    job.settled = True
    if not held:
        # The attempt happened and stays logged; the worker that took the job over retries it.
        logger.warning(
            "delivery finished after its lease expired", extra={"fields": {"job": job.id}}
        )
