"""Idempotent POSTs: the first answer to a request carrying an ``Idempotency-Key``, kept for
`REPLAY_TTL` and given again to a retry of the same request (`middleware.idempotency` speaks HTTP).

A request first claims its key (a row with no answer yet, committed at once), then runs, then
records its answer on the claim, or gives the claim up when it failed in a way worth retrying.
Keys belong to one tenant. A claim whose request died without recording (the client hung up and
Sanic cancelled the handler, the worker was killed) is taken over after `IN_FLIGHT_TIMEOUT`, so
such a request can run a second time: the guarantee is exactly once for requests that finish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError

from core.errors import Conflict, InvalidRequest, ValidationFailed
from models.operations import IdempotentRequest
from tenants.records import TenantRecord

REPLAY_TTL = timedelta(hours=24)
# Longer than Sanic's 60 s response timeout, after which no request is still running.
IN_FLIGHT_TIMEOUT = timedelta(seconds=90)
PURGE_BATCH = 1000
HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
MAX_KEY_LENGTH = 255
# Printable ASCII; HTTP drops the spaces around a header value, so none are part of a key.
KEY_PATTERN = r"^[!-~](?:[ -~]*[!-~])?$"
_KEY_RE = re.compile(KEY_PATTERN)


@dataclass(frozen=True, slots=True)
class StoredResponse:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def check_idempotency_key_format(key: str) -> str:
    """``key`` if it is 1 to `MAX_KEY_LENGTH` printable ASCII characters; else InvalidRequest."""
    if len(key) > MAX_KEY_LENGTH or not _KEY_RE.match(key):
        raise InvalidRequest(
            f"The Idempotency-Key must be 1 to {MAX_KEY_LENGTH} printable ASCII characters",
            param=HEADER,
        )
    return key


def _now() -> datetime:
    return datetime.now(UTC)


async def _take_over(tenant: TenantRecord, row: IdempotentRequest, fingerprint: str) -> int:
    """Claim an expired or abandoned row for a new request; only one contender wins it."""
    now = _now()
    won = await IdempotentRequest.filter(
        tenant_id=tenant.id, id=row.id, created_at=row.created_at
    ).update(
        fingerprint=fingerprint,
        status_code=None,
        response_body=None,
        response_headers=None,
        created_at=now,
        expires_at=now + REPLAY_TTL,
    )
    if not won:
        raise _in_flight()
    return row.id


def _in_flight() -> Conflict:
    return Conflict(
        "A request with this Idempotency-Key is still in progress; retry once it is done",
        param=HEADER,
    )


async def do_claim_idempotency_key(
    tenant: TenantRecord, key: str, fingerprint: str
) -> int | StoredResponse:
    """Claim ``key`` for a request with ``fingerprint`` (returns the claim's id), or return the
    answer already recorded for the same request.

    Raises ValidationFailed (422) when the key was used with another request, Conflict (409)
    while the key's first request is still in progress or when its answer held a secret.
    """
    now = _now()
    existing = None
    # A second round only when the row that refused the insert was purged in between.
    for _ in range(2):
        try:
            row = await IdempotentRequest.create(
                tenant_id=tenant.id, key=key, fingerprint=fingerprint, expires_at=now + REPLAY_TTL
            )
            return row.id
        except IntegrityError:
            existing = await IdempotentRequest.filter(tenant_id=tenant.id, key=key).first()
        if existing is not None:
            break
    if existing is None:
        raise _in_flight()
    abandoned = existing.status_code is None and existing.created_at < now - IN_FLIGHT_TIMEOUT
    if existing.expires_at <= now or abandoned:
        return await _take_over(tenant, existing, fingerprint)
    if existing.fingerprint != fingerprint:
        raise ValidationFailed(
            "This Idempotency-Key was used with another request (method, path, API version or "
            "body); use a new key for a new request",
            param=HEADER,
        )
    if existing.status_code is None:
        raise _in_flight()
    if existing.response_body is None:
        raise Conflict(
            "The request with this Idempotency-Key has run already; its answer held a secret, "
            "which is not kept, so it cannot be given again",
            param=HEADER,
        )
    return StoredResponse(
        existing.status_code, existing.response_body, existing.response_headers or {}
    )


async def do_record_idempotent_response(
    tenant: TenantRecord, claim_id: int, response: StoredResponse, *, secret: bool = False
) -> None:
    """Record the answer to the claimed request, to be replayed until the key expires; an
    answer holding a ``secret`` is recorded as given but never stored."""
    await IdempotentRequest.filter(tenant_id=tenant.id, id=claim_id, status_code=None).update(
        status_code=response.status,
        response_body=None if secret else response.body,
        response_headers=None if secret else response.headers,
    )


async def do_release_idempotency_key(tenant: TenantRecord, claim_id: int) -> None:
    """Give up a claim whose request failed without an answer worth keeping: the key is free
    for a retry at once."""
    await IdempotentRequest.filter(tenant_id=tenant.id, id=claim_id, status_code=None).delete()


async def purge_expired_idempotent_requests() -> int:
    """Delete up to `PURGE_BATCH` expired keys of every tenant; returns how many."""
    ids = await (
        IdempotentRequest.all_tenants.filter(expires_at__lt=_now())
        .limit(PURGE_BATCH)
        .values_list("id", flat=True)
    )
    if not ids:
        return 0
    deleted: int = await IdempotentRequest.all_tenants.filter(
        id__in=ids, expires_at__lt=_now()
    ).delete()
    return deleted
