"""Webhooks and their delivery log on the wire."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, WithJsonSchema

from shapes import TIMESTAMP_SCHEMA, Const, From, Given, Id, Shape, Timestamp


class Webhook(Shape):
    id: Id
    url: Annotated[str, Field(description="Where events are POSTed")]
    description: str
    event_types: Annotated[list[str], From(convert=list)]
    enabled: bool
    disabled_reason: Annotated[
        str | None, Field(description="Why the webhook was disabled, if it was")
    ]
    failing_since: (
        Annotated[
            datetime,
            WithJsonSchema(
                {
                    **TIMESTAMP_SCHEMA,
                    "description": "Start of the current run of failed deliveries, if any",
                }
            ),
        ]
        | None
    )
    created_at: Timestamp
    updated_at: Timestamp


class WebhookWithSecret(Webhook):
    secret: Annotated[
        str, Given, Field(description="The signing secret: shown in this response only")
    ]


class WebhookDelivery(Shape):
    id: Annotated[int, Field(ge=1)]
    event_id: Annotated[Id | None, Field(description="The event delivered; null for a test ping")]
    event_type: str
    message_id: Annotated[
        str,
        Field(description="The webhook-id header: the same for every attempt of one message"),
    ]
    attempt: int
    status: Literal["succeeded", "failed"]
    status_code: Annotated[
        int | None, Field(description="The HTTP status the endpoint answered with")
    ]
    latency_ms: int
    response_excerpt: str
    error: str | None
    next_retry_at: Timestamp | None
    created_at: Timestamp


# From the delivery being sent again.
class WebhookRedelivery(Shape):
    webhook_id: Annotated[Id, From("endpoint_id")]
    event_id: Id
    status: Annotated[Literal["queued"], Const("queued")]
