"""Delivering a tenant's events to its webhook endpoints.

Flow: `domain.events.record_event` queues a dispatch job; its handler fans the event out
(`fan_out_and_complete`), queueing one `DELIVER_KIND` job per subscribed, enabled endpoint; each
run of that job is one attempt (`event_message`, `send`, `settle_attempt`), logged as a
`WebhookDelivery` row. A failed attempt is retried by the job runtime (`DELIVERY_ATTEMPTS` in
all, exponential backoff with jitter). An endpoint whose attempts have all failed for
``WEBHOOK_DISABLE_AFTER_HOURS`` is disabled.

Delivery is at least once: a worker that dies after the receiver answered but before recording
it sends the message again, with the same ``webhook-id``, which receivers use to de-duplicate.

Both job handlers settle their job in the statement of their effects: each of those steps is a
single SQL statement (a fan-out is one ``UPDATE … INSERT …
SELECT``; an attempt is one ``UPDATE … INSERT``): a delivery then costs the worker three
statements instead of a dozen, which is what lets one worker keep up with hundreds of events a
second.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import orjson
from cachetools import TTLCache
from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from core.jsonutil import dumps, isoformat
from core.outbound import TargetRefused
from core.settings import Settings
from core.sql import tenant_query
from domain.jobs import enqueue_job
from domain.webhook_signing import signature_headers, unseal_secret
from models.job import JobStatus
from models.tenant import Tenant
from models.webhook import DeliveryStatus, WebhookDelivery, WebhookEndpoint

DELIVER_KIND = "webhooks.deliver"
DELIVERY_ATTEMPTS = 4  # the first try and 3 retries
ALL_EVENTS = "*"
EXCERPT_BYTES = 1024
USER_AGENT = "Atrium-Webhooks/1"


async def queue_delivery(
    tenant_id: int,
    endpoint_id: int,
    event_id: int,
    *,
    connection: BaseDBAsyncClient | None = None,
    notify: bool = True,
) -> None:
    await enqueue_job(
        tenant_id,
        DELIVER_KIND,
        {"endpoint_id": endpoint_id, "event_id": event_id},
        max_attempts=DELIVERY_ATTEMPTS,
        connection=connection,
        notify=notify,
    )


@dataclass(frozen=True, slots=True)
class AttemptResult:
    status_code: int | None
    latency_ms: int
    excerpt: str
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status_code is not None and 200 <= self.status_code < 300


async def _excerpt(response: httpx.Response) -> str:
    received = b""
    async for chunk in response.aiter_raw():
        received += chunk
        if len(received) >= EXCERPT_BYTES:
            break
    return received[:EXCERPT_BYTES].decode("utf-8", errors="replace")


async def send_message(
    http: httpx.AsyncClient,
    url: str,
    secret: str,
    message_id: str,
    body: bytes,
    *,
    timeout_seconds: float,
) -> AttemptResult:
    """POST one signed message; any answer, error or ``timeout_seconds`` passing (for the whole
    exchange) is the result. Never raises for what the target does."""
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        **signature_headers(secret, message_id, timestamp, body),
    }
    started = time.perf_counter()
    status_code: int | None = None
    excerpt = ""
    error: str | None = None
    try:
        async with (
            asyncio.timeout(timeout_seconds),
            http.stream("POST", url, content=body, headers=headers) as response,
        ):
            status_code = response.status_code
            excerpt = await _excerpt(response)
    except TimeoutError:
        error = f"no answer within {timeout_seconds:g} s"
    except TargetRefused as exc:
        error = str(exc)
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    latency_ms = round((time.perf_counter() - started) * 1000)
    if error is None and status_code is not None and not 200 <= status_code < 300:
        error = f"HTTP {status_code}"
    return AttemptResult(status_code, latency_ms, excerpt, error[:191] if error else None)


@dataclass(frozen=True, slots=True)
class Message:
    """One signed message ready to send to one endpoint."""

    tenant_id: int
    endpoint_id: int
    url: str
    secret: str
    failing_since: datetime | None
    event_id: int | None
    event_type: str
    message_id: str
    body: bytes


_tenant_slugs: TTLCache[int, str] = TTLCache(maxsize=10_000, ttl=300)


async def _tenant_slug(tenant_id: int) -> str:
    """Tenant slugs never change, so the worker keeps them instead of reading one per
    message."""
    slug = _tenant_slugs.get(tenant_id)
    if slug is None:
        tenant = await Tenant.get(id=tenant_id)
        slug = tenant.slug
        _tenant_slugs[tenant_id] = slug
    return slug


def message_body(
    message_id: str,
    type: str,
    created_at: datetime,
    tenant_id: int,
    tenant_slug: str,
    data: dict[str, Any],
) -> bytes:
    return dumps(
        {
            "id": message_id,
            "type": type,
            "created_at": isoformat(created_at),
            "tenant": {"id": tenant_id, "slug": tenant_slug},
            "data": data,
        }
    )


_SOURCES = """
SELECT w.url, w.secret_ciphertext, w.failing_since, e.type, e.data, e.created_at
FROM webhook_endpoints AS w JOIN events AS e ON e.tenant_id = w.tenant_id
WHERE w.tenant_id = :tenant AND w.id = $1 AND w.enabled AND e.id = $2
"""


async def _sources(tenant_id: int, endpoint_id: int, event_id: int) -> dict[str, Any] | None:
    """The endpoint's and the event's columns a message needs, in one query."""
    rows = await tenant_query(
        connections.get("default"), tenant_id, _SOURCES, [endpoint_id, event_id]
    )
    if not rows:
        return None
    row = dict(rows[0])
    if isinstance(row["data"], str):
        row["data"] = orjson.loads(row["data"])
    return row


async def event_message(
    tenant_id: int, endpoint_id: int, event_id: int, settings: Settings
) -> Message | None:
    """The message that delivers ``tenant_id``'s event to its endpoint, or None when there is
    nothing to deliver any more (endpoint deleted or disabled, event gone). Raises
    SecretUnavailable when the endpoint's secret cannot be decrypted."""
    row = await _sources(tenant_id, endpoint_id, event_id)
    if row is None:
        return None
    message_id = f"evt_{event_id}"
    slug = await _tenant_slug(tenant_id)
    return Message(
        tenant_id=tenant_id,
        endpoint_id=endpoint_id,
        url=row["url"],
        secret=unseal_secret(row["secret_ciphertext"], settings.secret_key),
        failing_since=row["failing_since"],
        event_id=event_id,
        event_type=row["type"],
        message_id=message_id,
        body=message_body(message_id, row["type"], row["created_at"], tenant_id, slug, row["data"]),
    )


async def send(http: httpx.AsyncClient, message: Message, settings: Settings) -> AttemptResult:
    return await send_message(
        http,
        message.url,
        message.secret,
        message.message_id,
        message.body,
        timeout_seconds=settings.webhook_timeout_seconds,
    )


async def track_failures(message: Message, result: AttemptResult, disable_after: timedelta) -> bool:
    """Keep the endpoint's failure record after an attempt: a success clears it; a failure
    starts it, or disables the endpoint once it is older than ``disable_after``. Returns
    whether the endpoint was disabled. Writes only when the record changes."""
    endpoint = WebhookEndpoint.filter(tenant_id=message.tenant_id, id=message.endpoint_id)
    since = message.failing_since
    now = datetime.now(UTC)
    if result.ok:
        if since is not None:
            await endpoint.update(failing_since=None)
        return False
    if since is None:
        await endpoint.filter(failing_since__isnull=True).update(failing_since=now)
        return False
    if now - since <= disable_after:
        return False
    reason = f"every delivery failed since {isoformat(since)}"
    await endpoint.update(enabled=False, disabled_reason=reason, updated_at=now)
    return True


async def log_attempt(
    message: Message,
    *,
    attempt: int,
    result: AttemptResult,
    next_retry_at: datetime | None,
    connection: BaseDBAsyncClient | None = None,
) -> WebhookDelivery:
    """Write the log row of an attempt to deliver ``message``."""
    delivery: WebhookDelivery = await WebhookDelivery.create(
        using_db=connection,
        tenant_id=message.tenant_id,
        endpoint_id=message.endpoint_id,
        event_id=message.event_id,
        event_type=message.event_type,
        message_id=message.message_id,
        attempt=attempt,
        status=DeliveryStatus.SUCCEEDED if result.ok else DeliveryStatus.FAILED,
        status_code=result.status_code,
        latency_ms=result.latency_ms,
        response_excerpt=result.excerpt,
        error=result.error,
        next_retry_at=next_retry_at,
    )
    return delivery


_FAN_OUT = """
WITH done AS (
    UPDATE jobs
    SET status = 'succeeded', locked_until = NULL, finished_at = $3, updated_at = $3
    WHERE id = $1 AND locked_by = $2 AND status = 'running'
    RETURNING tenant_id
), event AS (
    SELECT * FROM unnest($5::bigint[], $7::text[]) AS e(id, type)
), queued AS (
    INSERT INTO jobs (tenant_id, kind, payload, status, attempts, max_attempts, run_at,
                      created_at, updated_at)
    SELECT w.tenant_id, $4, jsonb_build_object('endpoint_id', w.id, 'event_id', event.id),
           'queued', 0, $6, $3, $3, $3
    FROM webhook_endpoints AS w JOIN done ON w.tenant_id = done.tenant_id CROSS JOIN event
    WHERE w.tenant_id = :tenant AND w.enabled
      AND (w.event_types @> '["*"]'::jsonb OR w.event_types @> jsonb_build_array(event.type))
    ORDER BY event.id, w.id
    RETURNING id
)
SELECT (SELECT count(*) FROM done) AS held
"""


async def fan_out_and_complete(
    job_id: int, worker_id: str, tenant_id: int, events: Sequence[tuple[int, str]]
) -> bool:
    """Queue a delivery of each of ``tenant_id``'s ``(event id, type)`` pairs to each enabled
    endpoint subscribed to its type, and complete the dispatch job ``worker_id`` holds, atomically;
    False, with nothing queued, when the worker no longer holds the job. The deliveries wake no
    other worker (see `enqueue_job`)."""
    now = datetime.now(UTC)
    ids = [event_id for event_id, _ in events]
    values = [job_id, worker_id, now, DELIVER_KIND, ids, DELIVERY_ATTEMPTS]
    types = [event_type for _, event_type in events]
    rows = await tenant_query(connections.get("default"), tenant_id, _FAN_OUT, [*values, types])
    return bool(rows[0]["held"])


_SETTLE = """
WITH settled AS (
    UPDATE jobs
    SET status = $3::varchar, run_at = COALESCE($4::timestamptz, run_at), locked_until = NULL,
        locked_by = CASE WHEN $3::varchar = 'queued' THEN NULL ELSE locked_by END,
        finished_at = CASE WHEN $3::varchar = 'queued' THEN NULL ELSE $5::timestamptz END,
        last_error = $6::text, updated_at = $5::timestamptz
    WHERE id = $1 AND locked_by = $2 AND status = 'running'
    RETURNING id
), logged AS (
    INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id, event_type, message_id,
                                    attempt, status, status_code, latency_ms, response_excerpt,
                                    error, next_retry_at, created_at)
    VALUES (:tenant, $7, $8, $9, $10, $11, $12, $13, $14, $15, $6::text, $16, $5::timestamptz)
    RETURNING id
)
SELECT (SELECT count(*) FROM settled) AS held
"""


async def settle_attempt(
    message: Message,
    *,
    job_id: int,
    worker_id: str,
    attempt: int,
    result: AttemptResult,
    retry_at: datetime | None,
    disable_after: timedelta,
) -> bool:
    """Log attempt number ``attempt`` of an event delivery and settle its job (held by
    ``worker_id``) together: done after a success or when the attempt disabled the endpoint,
    else due again at ``retry_at`` (failed for good when None). Keeps the endpoint's failure
    record (see `track_failures`). Returns whether the worker still held the job; the attempt
    is logged either way."""
    disabled = await track_failures(message, result, disable_after)
    next_retry_at = None if result.ok or disabled else retry_at
    status = DeliveryStatus.SUCCEEDED if result.ok else DeliveryStatus.FAILED
    if result.ok or disabled:
        job_status = JobStatus.SUCCEEDED
    else:
        job_status = JobStatus.QUEUED if retry_at is not None else JobStatus.FAILED
    now = datetime.now(UTC)
    values: list[Any] = [job_id, worker_id, job_status.value, next_retry_at, now]
    values += [result.error, message.endpoint_id, message.event_id]
    values += [message.event_type, message.message_id, attempt, status.value]
    values += [result.status_code, result.latency_ms, result.excerpt, next_retry_at]
    rows = await tenant_query(connections.get("default"), message.tenant_id, _SETTLE, values)
    return bool(rows[0]["held"])
