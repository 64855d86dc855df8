"""``GET /api/v2/health``: is the service and what it depends on up (no key needed)."""

from __future__ import annotations

from sanic import Blueprint, HTTPResponse

from api.openapi import Reply, describe, shape_component, single
from api.policy import HEALTH
from api.responses import json_response
from core.db import database_ok
from core.redis import redis_ok
from core.request import AtriumRequest
from shapes.health import Health

bp = Blueprint("health")

HEALTH_SCHEMA = shape_component(Health)


@bp.get("/health", ctx_policy=HEALTH)
@describe(
    "getHealth",
    "Service health",
    tag="Health",
    description="Needs no key or version, answers on any host and over plain HTTP.",
    responses={
        200: Reply("The database is up (Redis may be down: degraded)", single(HEALTH_SCHEMA)),
        503: Reply("The database is down", single(HEALTH_SCHEMA)),
    },
)
async def health(request: AtriumRequest) -> HTTPResponse:
    database = await database_ok()
    redis_client = request.app.ctx.redis
    if redis_client is None:
        redis = "disabled"
    else:
        redis = "up" if await redis_ok(redis_client) else "down"
    status = "ok" if database and redis != "down" else ("degraded" if database else "down")
    body = Health.from_row(
        {"status": status, "database": "up" if database else "down", "redis": redis}
    )
    return json_response({"_data": body}, status=200 if database else 503)
