"""Handlers of the event dispatch and webhook delivery jobs. Both settle their job together
with their effects (see `domain.webhook_delivery`), so a crash cannot leave one without the
other."""

from __future__ import annotations

from datetime import timedelta

from core.logging import logger
from domain.webhook_delivery import event_message, fan_out_and_complete, send, settle_attempt
from tasks.context import JobContext, LeaseLost


async def dispatch_event(job: JobContext) -> None:
    payload = job.payload
    # One event (`record_event`) or a list of them (`enqueue_dispatches`).
    pairs = payload["events"] if "events" in payload else [[payload["event_id"], payload["type"]]]
    events = [(int(event_id), str(event_type)) for event_id, event_type in pairs]
    held = await fan_out_and_complete(job.id, job.worker_id, job.tenant_id, events)
    job.settled = True
    if not held:
        raise LeaseLost(f"job {job.id} is no longer held by {job.worker_id}")


async def deliver_webhook(job: JobContext) -> None:
    settings = job.settings
    message = await event_message(
        job.tenant_id, int(job.payload["endpoint_id"]), int(job.payload["event_id"]), settings
    )
    if message is None:
        return  # endpoint or event gone, or endpoint disabled: nothing left to deliver
    result = await send(job.http, message, settings)
    held = await settle_attempt(
        message,
        job_id=job.id,
        worker_id=job.worker_id,
        attempt=job.attempt,
        result=result,
        retry_at=job.retry_at,
        disable_after=timedelta(hours=settings.webhook_disable_after_hours),
    )
    job.settled = True
    if not held:
        # The attempt happened and stays logged; the worker that took the job over retries it.
        logger.warning(
            "delivery finished after its lease expired", extra={"fields": {"job": job.id}}
        )
