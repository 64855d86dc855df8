"""Webhook endpoints of a tenant and the log of every delivery attempt made to them."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.event import Event
    from models.tenant import Tenant


class WebhookEndpoint(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="webhook_endpoints", on_delete=fields.CASCADE
    )
    url = fields.CharField(max_length=2048)
    description = fields.CharField(max_length=191, default="")
    event_types: fields.Field[list[str]] = fields.JSONField(default=list)
    # The signing secret, encrypted with a key derived from SECRET_KEY (domain/secrets.py).
    secret_ciphertext = fields.TextField()
    enabled = fields.BooleanField(default=True)
    disabled_reason = fields.CharField(max_length=191, null=True)
    # Start of the current run of failed attempts; cleared by any success.
    failing_since = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "webhook_endpoints"
        unique_together = (("tenant_id", "id"),)


class DeliveryStatus(StrEnum):
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class WebhookDelivery(TenantOwned):
    """One attempt to deliver one event (or a test ping) to one endpoint."""

    endpoint_id: int
    event_id: int | None

    id = fields.BigIntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name="webhook_deliveries", on_delete=fields.CASCADE
    )
    endpoint: fields.ForeignKeyRelation[WebhookEndpoint] = fields.ForeignKeyField(
        "models.WebhookEndpoint",
        related_name="deliveries",
        on_delete=fields.CASCADE,
        db_constraint=False,
    )
    event: fields.ForeignKeyNullableRelation[Event] = fields.ForeignKeyField(
        "models.Event",
        related_name="deliveries",
        on_delete=fields.CASCADE,
        null=True,
        db_constraint=False,
    )
    event_type = fields.CharField(max_length=64)
    # The webhook-id header: the same for every attempt of one message.
    message_id = fields.CharField(max_length=64)
    attempt = fields.IntField()
    status = fields.CharEnumField(DeliveryStatus, max_length=16)
    status_code = fields.IntField(null=True)
    latency_ms = fields.IntField()
    response_excerpt = fields.TextField(default="")
    error = fields.CharField(max_length=191, null=True)
    next_retry_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhook_deliveries"
        indexes = (("tenant_id", "endpoint_id", "id"),)
