"""Webhook endpoints of a tenant, and the delivery of its events to them.

Flow: `domain.events.record_event` queues a dispatch job; its handler calls `fan_out_event`,
which queues one `DELIVER_KIND` job per subscribed, enabled endpoint; each run of that job is one
attempt (`event_message`, `send`, `record_attempt`), logged as a `WebhookDelivery` row. A
failed attempt is retried by the job runtime (`DELIVERY_ATTEMPTS` in all, exponential backoff
with jitter). An endpoint whose attempts have all failed for ``WEBHOOK_DISABLE_AFTER_HOURS`` is
disabled.

Delivery is at least once: a worker that dies after the receiver answered but before recording
it sends the message again, with the same ``webhook-id``, which receivers use to de-duplicate.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
from cachetools import TTLCache
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound, ValidationFailed
from core.jsonutil import dumps, isoformat
from core.outbound import TargetRefused, resolve_target
from core.query import (
    Filter,
    FilterField,
    Page,
    ValueType,
    apply_filters,
    choice,
    fetch_page,
    is_db_id,
)
from core.settings import Network, Settings
from domain.events import EVENT_TYPES
from domain.jobs import enqueue_job
from domain.webhook_signing import (
    SecretUnavailable,
    new_secret,
    seal_secret,
    signature_headers,
    unseal_secret,
)
from models.event import Event
from models.tenant import Tenant
from models.webhook import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from tenants.lookup import TenantRecord

DELIVER_KIND = "webhooks.deliver"
DELIVERY_ATTEMPTS = 4  # the first try and 3 retries
ALL_EVENTS = "*"
PING_TYPE = "webhook.ping"
MAX_ENDPOINTS_PER_TENANT = 20
MAX_URL_LENGTH = 2048
EXCERPT_BYTES = 1024
USER_AGENT = "Atrium-Webhooks/1"


# Endpoints -----------------------------------------------------------------------------------


async def check_url(url: str, allowed: Iterable[Network]) -> str:
    """``url`` if it is an http(s) URL whose host resolves only to addresses we may connect to;
    raises ValidationFailed (param ``url``) otherwise."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise ValidationFailed("url is not a valid URL", param="url") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationFailed("url must be an absolute http:// or https:// URL", param="url")
    if parts.username is not None or parts.password is not None:
        raise ValidationFailed("url must not carry credentials", param="url")
    if len(url) > MAX_URL_LENGTH:
        raise ValidationFailed(f"url is longer than {MAX_URL_LENGTH} characters", param="url")
    default_port = 443 if parts.scheme == "https" else 80
    try:
        await resolve_target(parts.hostname, port or default_port, allowed)
    except TargetRefused as exc:
        raise ValidationFailed(f"url is not allowed: {exc}", param="url") from None
    return url


def check_event_types(event_types: Iterable[str]) -> list[str]:
    """Sorted, de-duplicated event types; raises ValidationFailed for unknown ones."""
    wanted = sorted(set(event_types))
    if not wanted:
        raise ValidationFailed("At least one event type is required", param="event_types")
    unknown = [t for t in wanted if t != ALL_EVENTS and t not in EVENT_TYPES]
    if unknown:
        raise ValidationFailed(
            f"Unknown event types: {', '.join(t[:64] for t in unknown[:5])}. Known: "
            f"{', '.join(sorted(EVENT_TYPES))}, or {ALL_EVENTS} for all",
            param="event_types",
        )
    return [ALL_EVENTS] if ALL_EVENTS in wanted else wanted


def webhooks_in_tenant(tenant: TenantRecord) -> QuerySet[WebhookEndpoint]:
    return WebhookEndpoint.filter(tenant_id=tenant.id)


async def access_webhook_by_id(tenant: TenantRecord, webhook_id: int) -> WebhookEndpoint:
    endpoint = (
        await webhooks_in_tenant(tenant).get_or_none(id=webhook_id)
        if is_db_id(webhook_id)
        else None
    )
    if endpoint is None:
        raise NotFound(f"No webhook with id {webhook_id}")
    return endpoint


async def do_create_webhook(
    tenant: TenantRecord,
    settings: Settings,
    *,
    url: str,
    event_types: Iterable[str],
    description: str = "",
) -> tuple[WebhookEndpoint, str]:
    """Create an enabled endpoint for ``tenant``; returns it and its secret (shown once).
    Raises ValidationFailed for a refused URL, unknown event types, or too many endpoints."""
    checked_types = check_event_types(event_types)
    checked_url = await check_url(url, settings.webhook_allowed_networks)
    if await webhooks_in_tenant(tenant).count() >= MAX_ENDPOINTS_PER_TENANT:
        raise ValidationFailed(f"A tenant can have at most {MAX_ENDPOINTS_PER_TENANT} webhooks")
    secret = new_secret()
    endpoint = await WebhookEndpoint.create(
        tenant_id=tenant.id,
        url=checked_url,
        description=description,
        event_types=checked_types,
        secret_ciphertext=seal_secret(secret, settings.secret_key),
    )
    return endpoint, secret


async def do_update_webhook(
    tenant: TenantRecord,
    settings: Settings,
    endpoint: WebhookEndpoint,
    *,
    url: str | None = None,
    event_types: Iterable[str] | None = None,
    description: str | None = None,
    enabled: bool | None = None,
) -> WebhookEndpoint:
    """Change the given fields of ``tenant``'s ``endpoint``. Enabling it (again) clears its
    failure record, so it gets the full grace period before it can be disabled again."""
    if url is not None:
        endpoint.url = await check_url(url, settings.webhook_allowed_networks)
    if event_types is not None:
        endpoint.event_types = check_event_types(event_types)
    if description is not None:
        endpoint.description = description
    if enabled is True:
        endpoint.enabled = True
        endpoint.disabled_reason = None
        endpoint.failing_since = None
    elif enabled is False:
        endpoint.enabled = False
        endpoint.disabled_reason = "disabled by the tenant"
    await endpoint.save()
    return endpoint


async def do_delete_webhook(tenant: TenantRecord, endpoint: WebhookEndpoint) -> WebhookEndpoint:
    """Delete ``tenant``'s ``endpoint`` and its delivery log; queued deliveries are dropped."""
    await webhooks_in_tenant(tenant).filter(id=endpoint.id).delete()
    return endpoint


async def do_rotate_webhook_secret(
    tenant: TenantRecord, settings: Settings, endpoint: WebhookEndpoint
) -> str:
    """Give ``tenant``'s ``endpoint`` a new secret, returned once; the old one stops at once."""
    secret = new_secret()
    endpoint.secret_ciphertext = seal_secret(secret, settings.secret_key)
    await endpoint.save(update_fields=["secret_ciphertext", "updated_at"])
    return secret


def _boolean(raw: str) -> bool:
    if raw not in ("true", "false"):
        raise ValueError(raw)
    return raw == "true"


WEBHOOK_FILTERS: dict[str, FilterField] = {
    "url": FilterField("url", frozenset({"eq", "like"})),
    "enabled": FilterField("enabled", frozenset({"eq"}), ValueType(_boolean, "true or false")),
}
WEBHOOK_COLUMNS = (
    "id",
    "url",
    "description",
    "event_types",
    "enabled",
    "disabled_reason",
    "failing_since",
    "created_at",
    "updated_at",
)


async def list_webhooks(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of ``tenant``'s endpoints as plain rows (no secrets), and the total."""
    query = apply_filters(webhooks_in_tenant(tenant), filters, WEBHOOK_FILTERS)
    return await fetch_page(query, page, *WEBHOOK_COLUMNS)


# The delivery log ----------------------------------------------------------------------------


DELIVERY_FILTERS: dict[str, FilterField] = {
    "status": FilterField("status", frozenset({"eq"}), choice(*DeliveryStatus)),
    "event_type": FilterField("event_type", frozenset({"eq"})),
}
DELIVERY_COLUMNS = (
    "id",
    "event_id",
    "event_type",
    "message_id",
    "attempt",
    "status",
    "status_code",
    "latency_ms",
    "response_excerpt",
    "error",
    "next_retry_at",
    "created_at",
)


async def list_deliveries(
    tenant: TenantRecord, endpoint: WebhookEndpoint, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the attempts made to ``tenant``'s ``endpoint``, newest first, and the total."""
    query = WebhookDelivery.filter(tenant_id=tenant.id, endpoint_id=endpoint.id)
    query = apply_filters(query, filters, DELIVERY_FILTERS)
    return await fetch_page(query, page, *DELIVERY_COLUMNS, order_by="-id")


async def access_delivery_by_id(
    tenant: TenantRecord, endpoint: WebhookEndpoint, delivery_id: int
) -> WebhookDelivery:
    delivery = (
        await WebhookDelivery.filter(tenant_id=tenant.id, endpoint_id=endpoint.id).get_or_none(
            id=delivery_id
        )
        if 1 <= delivery_id < 2**63
        else None
    )
    if delivery is None:
        raise NotFound(f"No delivery with id {delivery_id} for webhook {endpoint.id}")
    return delivery


async def do_redeliver(
    tenant: TenantRecord, endpoint: WebhookEndpoint, delivery: WebhookDelivery
) -> None:
    """Queue the event of ``delivery`` to ``endpoint`` again, with a fresh set of attempts."""
    if delivery.event_id is None:
        raise ValidationFailed("A test ping cannot be redelivered; send a new one")
    if not endpoint.enabled:
        raise Conflict("The webhook is disabled; enable it before redelivering")
    await queue_delivery(tenant.id, endpoint.id, delivery.event_id)


# Delivering ----------------------------------------------------------------------------------


def subscribed(endpoint_types: Iterable[str], event_type: str) -> bool:
    return any(t in (ALL_EVENTS, event_type) for t in endpoint_types)


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


async def fan_out_event(
    tenant_id: int, event_id: int, event_type: str, *, connection: BaseDBAsyncClient
) -> int:
    """Queue a delivery of ``tenant_id``'s event to each enabled endpoint subscribed to
    ``event_type``, in ``connection``'s transaction; returns how many. Meant for a worker: the
    deliveries wake no other worker (see `enqueue_job`)."""
    endpoints = (
        await WebhookEndpoint.filter(tenant_id=tenant_id, enabled=True)
        .using_db(connection)
        .values_list("id", "event_types")
    )
    targets = [eid for eid, wanted in endpoints if subscribed(wanted, event_type)]
    for endpoint_id in targets:
        await queue_delivery(tenant_id, endpoint_id, event_id, connection=connection, notify=False)
    return len(targets)


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


async def event_message(
    tenant_id: int, endpoint_id: int, event_id: int, settings: Settings
) -> Message | None:
    """The message that delivers ``tenant_id``'s event to its endpoint, or None when there is
    nothing to deliver any more (endpoint deleted or disabled, event gone). Raises
    SecretUnavailable when the endpoint's secret cannot be decrypted."""
    endpoints = await WebhookEndpoint.filter(
        tenant_id=tenant_id, id=endpoint_id, enabled=True
    ).values("url", "secret_ciphertext", "failing_since")
    events = await Event.filter(tenant_id=tenant_id, id=event_id).values(
        "type", "data", "created_at"
    )
    if not endpoints or not events:
        return None
    endpoint, event = endpoints[0], events[0]
    message_id = f"evt_{event_id}"
    slug = await _tenant_slug(tenant_id)
    return Message(
        tenant_id=tenant_id,
        endpoint_id=endpoint_id,
        url=endpoint["url"],
        secret=unseal_secret(endpoint["secret_ciphertext"], settings.secret_key),
        failing_since=endpoint["failing_since"],
        event_id=event_id,
        event_type=event["type"],
        message_id=message_id,
        body=message_body(
            message_id, event["type"], event["created_at"], tenant_id, slug, event["data"]
        ),
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


async def record_attempt(
    message: Message,
    *,
    attempt: int,
    result: AttemptResult,
    next_retry_at: datetime | None,
    disable_after: timedelta | None,
    connection: BaseDBAsyncClient,
) -> tuple[WebhookDelivery, bool]:
    """Log an attempt to deliver ``message``, in ``connection``'s transaction, and unless
    ``disable_after`` is None (pings) keep the endpoint's failure record: a success clears it;
    a failure starts it, or disables the endpoint once it is older than ``disable_after``.
    Returns the log row and whether this attempt disabled the endpoint."""
    now = datetime.now(UTC)
    disable = False
    endpoint = WebhookEndpoint.filter(tenant_id=message.tenant_id, id=message.endpoint_id).using_db(
        connection
    )
    since = message.failing_since
    if disable_after is not None and result.ok and since is not None:
        await endpoint.update(failing_since=None)
    elif disable_after is not None and not result.ok:
        if since is None:
            await endpoint.filter(failing_since__isnull=True).update(failing_since=now)
        elif now - since > disable_after:
            disable = True
            reason = f"every delivery failed since {isoformat(since)}"
            await endpoint.update(enabled=False, disabled_reason=reason, updated_at=now)
    delivery = await WebhookDelivery.create(
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
        next_retry_at=None if result.ok or disable else next_retry_at,
    )
    return delivery, disable


async def do_ping_webhook(
    tenant: TenantRecord, settings: Settings, endpoint: WebhookEndpoint, http: httpx.AsyncClient
) -> WebhookDelivery:
    """Send a ``webhook.ping`` to ``tenant``'s ``endpoint`` now (enabled or not), log it, and
    return the logged attempt. A ping does not count towards disabling the endpoint."""
    try:
        secret = unseal_secret(endpoint.secret_ciphertext, settings.secret_key)
    except SecretUnavailable as exc:
        raise Conflict(f"{exc}; rotate the secret to get a usable one") from None
    message_id = f"ping_{secrets.token_hex(12)}"
    data = {"webhook_id": endpoint.id}
    body = message_body(message_id, PING_TYPE, datetime.now(UTC), tenant.id, tenant.slug, data)
    message = Message(
        tenant_id=tenant.id,
        endpoint_id=endpoint.id,
        url=endpoint.url,
        secret=secret,
        failing_since=endpoint.failing_since,
        event_id=None,
        event_type=PING_TYPE,
        message_id=message_id,
        body=body,
    )
    result = await send(http, message, settings)
    async with in_transaction() as conn:
        delivery, _ = await record_attempt(
            message,
            attempt=1,
            result=result,
            next_retry_at=None,
            disable_after=None,
            connection=conn,
        )
    return delivery
