"""Outgoing mail through the job outbox: a message is queued as a `MAIL_KIND` job in the
transaction of the change that causes it, and a worker hands it to the SMTP server
(`tasks.mail`), retrying while the server is unreachable or answers a temporary error.

The message is built at once, whole (so every attempt sends the same ``Message-ID``), and stored
in the job encrypted with a key derived from ``SECRET_KEY``: it can carry a password-reset link,
which must not sit readable in the database.
"""

from __future__ import annotations

import email.policy
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from cryptography.fernet import InvalidToken
from tortoise.backends.base.client import BaseDBAsyncClient

from core.crypto import fernet_for
from core.settings import Settings
from domain.jobs import enqueue_job

MAIL_KIND = "mail.send"
# Retried after about 1, 5, 25 and 125 minutes with the default JOB_RETRY_BASE_SECONDS.
MAIL_ATTEMPTS = 5
_HKDF_INFO = b"atrium mail outbox v1"


class MessageUnavailable(Exception):
    """A queued message cannot be decrypted: SECRET_KEY is not the one it was queued under."""


def build_message(
    settings: Settings, *, to_name: str, to_address: str, subject: str, text: str
) -> EmailMessage:
    """A plain-text message from ``MAIL_FROM`` to one recipient, marked as automatic."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = settings.mail_from
    message["To"] = Address(display_name=to_name, addr_spec=to_address)
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=settings.base_domain)
    # RFC 3834: no out-of-office replies to a machine.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    return message


def seal_message(message: EmailMessage, secret_key: str) -> str:
    return fernet_for(secret_key, _HKDF_INFO).encrypt(message.as_bytes()).decode()


def unseal_message(sealed: str, secret_key: str) -> bytes:
    """The raw message `seal_message` encrypted; raises MessageUnavailable for another key."""
    try:
        return fernet_for(secret_key, _HKDF_INFO).decrypt(sealed.encode())
    except InvalidToken:
        raise MessageUnavailable(
            "the queued message cannot be decrypted: SECRET_KEY differs from the one in use "
            "when it was queued"
        ) from None


async def enqueue_mail(
    tenant_id: int,
    message: EmailMessage,
    settings: Settings,
    *,
    purpose: str,
    send_before: datetime | None = None,
    connection: BaseDBAsyncClient,
) -> None:
    """Queue ``message`` for sending, in the transaction of ``connection``.

    ``purpose`` names the mail in logs and job listings; a message still unsent at
    ``send_before`` (a link that has expired by then) is dropped instead of sent.
    """
    payload = {
        "purpose": purpose,
        "message": seal_message(message, settings.secret_key),
        "send_before": send_before.isoformat() if send_before else None,
    }
    await enqueue_job(
        tenant_id, MAIL_KIND, payload, max_attempts=MAIL_ATTEMPTS, connection=connection
    )
