"""``GET /api/v2/auth/me``: the calling key, its tenant and the resolved API version."""

from __future__ import annotations

from sanic import Blueprint, HTTPResponse

from api.policy import requires
from api.responses import one
from api.versions import LATEST
from core.jsonutil import isoformat
from core.request import AtriumRequest

bp = Blueprint("auth")


@bp.get("/auth/me", ctx_policy=requires(None))
async def me(request: AtriumRequest) -> HTTPResponse:
    key = request.ctx.require_key()
    tenant = request.ctx.require_tenant()
    body = {
        "id": key.id,
        "name": key.name,
        "prefix": key.prefix,
        "scopes": sorted(key.scopes),
        "created_at": isoformat(key.created_at),
        "tenant": {"id": tenant.id, "slug": tenant.slug, "name": tenant.name, "plan": tenant.plan},
        "api_version": (request.ctx.api_version or LATEST).isoformat(),
    }
    return one(request, "api_key", body)
