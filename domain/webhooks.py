"""Webhook endpoints of a tenant: registration, secrets, the delivery log, redelivery and test
pings. Delivering events is `domain.webhook_delivery`."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from tortoise.queryset import QuerySet

from core.errors import Conflict, NotFound, ValidationFailed
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
from domain.webhook_delivery import (
    ALL_EVENTS,
    Message,
    log_attempt,
    message_body,
    queue_delivery,
    send,
)
from domain.webhook_signing import SecretUnavailable, new_secret, seal_secret, unseal_secret
from models.webhook import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from shapes import webhooks as shapes
from tenants.records import TenantRecord

PING_TYPE = "webhook.ping"
MAX_ENDPOINTS_PER_TENANT = 20
MAX_URL_LENGTH = 2048


# Endpoints -----------------------------------------------------------------------------------


async def check_url(url: str, allowed: Iterable[Network]) -> str:
    """``url`` if it is an http(s) URL whose host resolves only to addresses we may connect to;
    raises ValidationFailed (param ``url``) otherwise."""
    url = url.strip()
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        raise ValidationFailed("url must not contain spaces or control characters", param="url")
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
WEBHOOK_COLUMNS = shapes.Webhook.columns


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
DELIVERY_COLUMNS = shapes.WebhookDelivery.columns


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


# Pings -----------------------------------------------------------------------------------------


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
    return await log_attempt(message, attempt=1, result=result, next_retry_at=None)
