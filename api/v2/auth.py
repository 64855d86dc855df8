"""``GET /api/v2/auth/me``: the calling key, its tenant and the resolved API version."""

from __future__ import annotations

from sanic import Blueprint, HTTPResponse

from api.openapi import DATE_SCHEMA, ID, TIMESTAMP_SCHEMA, Reply, component, describe, single
from api.policy import requires
from api.responses import one
from api.versions import LATEST
from core.jsonutil import isoformat
from core.request import AtriumRequest
from models.tenant import Plan

bp = Blueprint("auth")

CALLER = component(
    "Caller",
    {
        "type": "object",
        "required": ["id", "name", "prefix", "scopes", "created_at", "tenant", "api_version"],
        "properties": {
            "id": ID,
            "name": {"type": "string"},
            "prefix": {"type": "string", "example": "atr_Ab3dEf9h"},
            "scopes": {"type": "array", "items": {"type": "string"}},
            "created_at": TIMESTAMP_SCHEMA,
            "tenant": {
                "type": "object",
                "required": ["id", "slug", "name", "plan"],
                "properties": {
                    "id": ID,
                    "slug": {"type": "string"},
                    "name": {"type": "string"},
                    "plan": {"type": "string", "enum": [p.value for p in Plan]},
                },
            },
            "api_version": {**DATE_SCHEMA, "description": "The version this request was served in"},
        },
    },
)


@bp.get("/auth/me", ctx_policy=requires(None))
@describe(
    "getCaller",
    "The calling key",
    tag="API keys",
    description="The key that signed the request, its tenant and the resolved API version.",
    responses={200: Reply("The calling key", single(CALLER))},
)
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
