"""``/api/v2/webhooks``: endpoints (the secret is in the create and rotate responses only),
test pings, the delivery log, and redelivery."""

from __future__ import annotations

from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG
from api.listing import parse_list_query
from api.openapi import (
    Reply,
    describe,
    list_parameters,
    paginated,
    path_id,
    shape_component,
    single,
)
from api.policy import requires
from api.request import AtriumRequest
from api.responses import many, one
from core.errors import InvalidRequest
from core.outbound import outbound_client
from domain.webhooks import (
    DELIVERY_FILTERS,
    WEBHOOK_FILTERS,
    access_delivery_by_id,
    access_webhook_by_id,
    do_create_webhook,
    do_delete_webhook,
    do_ping_webhook,
    do_redeliver,
    do_rotate_webhook_secret,
    do_update_webhook,
    list_deliveries,
    list_webhooks,
)
from shapes import webhooks as shapes

bp = Blueprint("webhooks")
TAG = "Webhooks"

MAX_EVENT_TYPES = 64
# PostgreSQL text cannot hold NUL: refuse it as a bad value rather than fail on write.
NO_NUL = r"^[^\x00]*$"


class CreateWebhook(BaseModel):
    model_config = BODY_CONFIG

    url: str = Field(min_length=1, max_length=2048, pattern=NO_NUL)
    event_types: list[str] = Field(min_length=1, max_length=MAX_EVENT_TYPES)
    description: str = Field(default="", max_length=191, pattern=NO_NUL)


class UpdateWebhook(BaseModel):
    model_config = BODY_CONFIG

    url: str | None = Field(default=None, min_length=1, max_length=2048, pattern=NO_NUL)
    event_types: list[str] | None = Field(default=None, min_length=1, max_length=MAX_EVENT_TYPES)
    description: str | None = Field(default=None, max_length=191, pattern=NO_NUL)
    enabled: bool | None = None


WEBHOOK = shape_component(shapes.Webhook)
WEBHOOK_WITH_SECRET = shape_component(shapes.WebhookWithSecret)
WEBHOOK_DELIVERY = shape_component(shapes.WebhookDelivery)
WEBHOOK_REDELIVERY = shape_component(shapes.WebhookRedelivery)
WEBHOOK_ID = path_id("webhook_id", "The webhook's id")
DELIVERY_ID = path_id("delivery_id", "The delivery attempt's id")
NO_WEBHOOK = {404: "the tenant has no webhook with this id"}


@bp.get("/webhooks", ctx_policy=requires("webhooks:read"))
@describe(
    "listWebhooks",
    "List webhooks",
    tag=TAG,
    parameters=list_parameters(WEBHOOK_FILTERS),
    responses={200: Reply("A page of the tenant's webhooks", paginated(WEBHOOK))},
)
async def list_endpoints(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, WEBHOOK_FILTERS)
    rows, total = await list_webhooks(request.ctx.require_tenant(), query.filters, query.page)
    return many(request, "webhook", [shapes.Webhook.from_row(r) for r in rows], total, query.page)


@bp.post("/webhooks", ctx_policy=requires("webhooks:write"))
@describe(
    "createWebhook",
    "Create a webhook",
    tag=TAG,
    description="The signing secret is in this response only (and in that of rotate-secret).",
    body=CreateWebhook,
    responses={
        201: Reply("The new webhook, enabled, with its secret", single(WEBHOOK_WITH_SECRET))
    },
    errors={
        422: "the url is refused, an event type is unknown, or the tenant has too many webhooks"
    },
)
async def create_endpoint(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CreateWebhook)
    endpoint, secret = await do_create_webhook(
        request.ctx.require_tenant(),
        request.app.ctx.settings,
        url=body.url,
        event_types=body.event_types,
        description=body.description,
    )
    response = one(
        request,
        "webhook",
        shapes.WebhookWithSecret.from_object(endpoint, secret=secret),
        status=201,
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/webhooks/<webhook_id:int>", ctx_policy=requires("webhooks:read"))
@describe(
    "getWebhook",
    "Retrieve a webhook",
    tag=TAG,
    parameters=[WEBHOOK_ID],
    responses={200: Reply("The webhook", single(WEBHOOK))},
    errors=NO_WEBHOOK,
)
async def get_endpoint(request: AtriumRequest, webhook_id: int) -> HTTPResponse:
    endpoint = await access_webhook_by_id(request.ctx.require_tenant(), webhook_id)
    return one(request, "webhook", shapes.Webhook.from_object(endpoint))


@bp.put("/webhooks/<webhook_id:int>", ctx_policy=requires("webhooks:write"))
@describe(
    "updateWebhook",
    "Update a webhook",
    tag=TAG,
    description="Changes only the fields given; at least one is required.",
    parameters=[WEBHOOK_ID],
    body=UpdateWebhook,
    responses={200: Reply("The updated webhook", single(WEBHOOK))},
    errors={
        400: "the body gives none of url, event_types, description, enabled",
        404: "the tenant has no webhook with this id",
        422: "the url is refused or an event type is unknown",
    },
)
async def update_endpoint(request: AtriumRequest, webhook_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateWebhook)
    if not body.model_fields_set:
        raise InvalidRequest("Give at least one of url, event_types, description, enabled")
    endpoint = await do_update_webhook(
        tenant,
        request.app.ctx.settings,
        await access_webhook_by_id(tenant, webhook_id),
        url=body.url,
        event_types=body.event_types,
        description=body.description,
        enabled=body.enabled,
    )
    return one(request, "webhook", shapes.Webhook.from_object(endpoint))


@bp.delete("/webhooks/<webhook_id:int>", ctx_policy=requires("webhooks:write"))
@describe(
    "deleteWebhook",
    "Delete a webhook",
    tag=TAG,
    parameters=[WEBHOOK_ID],
    responses={200: Reply("The deleted webhook", single(WEBHOOK))},
    errors=NO_WEBHOOK,
)
async def delete_endpoint(request: AtriumRequest, webhook_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    endpoint = await do_delete_webhook(tenant, await access_webhook_by_id(tenant, webhook_id))
    return one(request, "webhook", shapes.Webhook.from_object(endpoint))


@bp.post("/webhooks/<webhook_id:int>/rotate-secret", ctx_policy=requires("webhooks:write"))
@describe(
    "rotateWebhookSecret",
    "Rotate a webhook's signing secret",
    tag=TAG,
    description="The new secret is in this response only.",
    parameters=[WEBHOOK_ID],
    responses={200: Reply("The webhook, with its new secret", single(WEBHOOK_WITH_SECRET))},
    errors=NO_WEBHOOK,
)
async def rotate_secret(request: AtriumRequest, webhook_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    endpoint = await access_webhook_by_id(tenant, webhook_id)
    secret = await do_rotate_webhook_secret(tenant, request.app.ctx.settings, endpoint)
    response = one(
        request, "webhook", shapes.WebhookWithSecret.from_object(endpoint, secret=secret)
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/webhooks/<webhook_id:int>/test", ctx_policy=requires("webhooks:write"))
@describe(
    "testWebhook",
    "Send a test ping to a webhook",
    tag=TAG,
    description=(
        "Sends a webhook.ping now, enabled or not, and returns the logged attempt. "
        "A ping does not count towards disabling the webhook."
    ),
    parameters=[WEBHOOK_ID],
    responses={200: Reply("The attempt, succeeded or failed", single(WEBHOOK_DELIVERY))},
    errors={
        404: "the tenant has no webhook with this id",
        409: "the webhook's secret cannot be read; rotate it",
    },
)
async def test_endpoint(request: AtriumRequest, webhook_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    settings = request.app.ctx.settings
    endpoint = await access_webhook_by_id(tenant, webhook_id)
    async with outbound_client(
        settings.webhook_allowed_networks, settings.webhook_timeout_seconds, max_connections=1
    ) as http:
        delivery = await do_ping_webhook(tenant, settings, endpoint, http)
    return one(request, "webhook_delivery", shapes.WebhookDelivery.from_object(delivery))


@bp.get("/webhooks/<webhook_id:int>/deliveries", ctx_policy=requires("webhooks:read"))
@describe(
    "listWebhookDeliveries",
    "List a webhook's delivery attempts",
    tag=TAG,
    parameters=[WEBHOOK_ID, *list_parameters(DELIVERY_FILTERS)],
    responses={200: Reply("A page of the webhook's delivery log", paginated(WEBHOOK_DELIVERY))},
    errors=NO_WEBHOOK,
)
async def deliveries(request: AtriumRequest, webhook_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    endpoint = await access_webhook_by_id(tenant, webhook_id)
    query = parse_list_query(request, DELIVERY_FILTERS)
    rows, total = await list_deliveries(tenant, endpoint, query.filters, query.page)
    return many(
        request,
        "webhook_delivery",
        [shapes.WebhookDelivery.from_row(r) for r in rows],
        total,
        query.page,
    )


@bp.post(
    "/webhooks/<webhook_id:int>/deliveries/<delivery_id:int>/redeliver",
    ctx_policy=requires("webhooks:write"),
)
@describe(
    "redeliverWebhookDelivery",
    "Redeliver an event to a webhook",
    tag=TAG,
    description="Queues the delivery's event again, with a fresh set of attempts.",
    parameters=[WEBHOOK_ID, DELIVERY_ID],
    responses={202: Reply("The event is queued for delivery", single(WEBHOOK_REDELIVERY))},
    errors={
        404: "the tenant has no webhook with this id, or it has no delivery with this id",
        409: "the webhook is disabled",
        422: "the delivery is a test ping, which cannot be redelivered",
    },
)
async def redeliver(request: AtriumRequest, webhook_id: int, delivery_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    endpoint = await access_webhook_by_id(tenant, webhook_id)
    delivery = await access_delivery_by_id(tenant, endpoint, delivery_id)
    await do_redeliver(tenant, endpoint, delivery)
    body = shapes.WebhookRedelivery.from_object(delivery)
    return one(request, "webhook_redelivery", body, status=202)
