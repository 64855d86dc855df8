"""Handler of the mail jobs: hand the queued message to the SMTP server of ``SMTP_URL``.

Any failure the server or the network may recover from (no connection, a timeout, a 4xx answer,
a refused login) fails the attempt, and the job is retried with backoff. A 5xx refusal of the
sender, the recipient or the message is final: the job fails at once, since repeating it would
get the same answer.
"""

from __future__ import annotations

import email
import email.policy
import logging
from datetime import UTC, datetime

import aiosmtplib

from core.logging import logger
from domain.jobs import fail_job
from domain.mail import unseal_message
from tasks.context import JobContext


def _permanent(exc: aiosmtplib.SMTPException) -> bool:
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return all(refused.code >= 500 for refused in exc.recipients)
    return (
        isinstance(
            exc,
            aiosmtplib.SMTPSenderRefused
            | aiosmtplib.SMTPRecipientRefused
            | aiosmtplib.SMTPDataError,
        )
        and exc.code >= 500
    )


async def send_mail(job: JobContext) -> None:
    settings = job.settings
    fields = {"job": job.id, "tenant": job.tenant_id, "purpose": job.payload.get("purpose")}
    send_before = job.payload.get("send_before")
    if send_before and datetime.fromisoformat(send_before) <= datetime.now(UTC):
        logger.info("mail dropped unsent: its link has expired", extra={"fields": fields})
        return
    smtp = settings.smtp
    if smtp is None:
        raise RuntimeError("SMTP_URL is not set on this worker: mail cannot be sent")
    raw = unseal_message(str(job.payload["message"]), settings.secret_key)
    message = email.message_from_bytes(raw, policy=email.policy.SMTP)
    try:
        await aiosmtplib.send(
            message,
            hostname=smtp.host,
            port=smtp.port,
            username=smtp.username,
            password=smtp.password,
            use_tls=smtp.tls,
            start_tls=smtp.starttls,
            timeout=settings.smtp_timeout_seconds,
        )
    except aiosmtplib.SMTPException as exc:
        if not _permanent(exc):
            raise
        error = f"{type(exc).__name__}: {exc}"
        logger.log(logging.WARNING, "mail refused for good", extra={"fields": fields})
        await fail_job(job.id, job.worker_id, error, None)
        job.settled = True
