"""``GET /api/v2/health``: is the service and what it depends on up (no key needed)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from sanic import Blueprint, HTTPResponse

from api.openapi import Reply, describe, shape_component, single
from api.policy import HEALTH
from api.request import AtriumRequest
from api.responses import json_response
from core.redis import redis_ok
from models.database import database_ok
from shapes.health import Health

bp = Blueprint("health")
HEALTH_TIMEOUT_SECONDS = 0.5


async def within(seconds: float, check: Awaitable[bool]) -> bool:
    """``check``'s answer, or False when it takes longer than ``seconds``."""
    try:
        async with asyncio.timeout(seconds):
            return await check
    except TimeoutError:
        return False


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
    redis_client = request.app.ctx.redis
    # Both checks at once, each within its timeout: health answers in about that time, whatever a
    # dependency does (one that hangs counts as down).
    checks = [database_ok()]
    if redis_client is not None:
        checks.append(redis_ok(redis_client))
    database, *redis_up = await asyncio.gather(
        *(within(HEALTH_TIMEOUT_SECONDS, check) for check in checks)
    )
    redis = "disabled" if not redis_up else ("up" if redis_up[0] else "down")
    status = "ok" if database and redis != "down" else ("degraded" if database else "down")
    body = Health.from_row(
        {"status": status, "database": "up" if database else "down", "redis": redis}
    )
    return json_response({"_data": body}, status=200 if database else 503)
