"""``GET /api/v2/auth/me``: the calling key, its tenant and the resolved API version."""

from __future__ import annotations

from sanic import Blueprint, HTTPResponse

from api.openapi import Reply, describe, shape_component, single
from api.policy import requires
from api.request import AtriumRequest
from api.responses import one
from api.versions import LATEST
from shapes.api_keys import Caller
from shapes.tenants import TenantSummary

bp = Blueprint("auth")

CALLER = shape_component(Caller)


@bp.get("/auth/me", ctx_policy=requires(None))
@describe(
    "getCaller",
    "The calling key",
    tag="API keys",
    description="The key that signed the request, its tenant and the resolved API version.",
    responses={200: Reply("The calling key", single(CALLER))},
)
async def me(request: AtriumRequest) -> HTTPResponse:
    ctx = request.ctx  # a property of Sanic's: read once
    body = Caller.from_object(
        ctx.require_key(),
        tenant=TenantSummary.from_object(ctx.require_tenant()),
        api_version=(ctx.api_version or LATEST).isoformat(),
    )
    return one(request, "api_key", body)
