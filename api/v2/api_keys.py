"""``/api/v2/api-keys``: list, create (the secret is in that one response only), revoke."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.listing import parse_list_query
from api.policy import requires
from api.responses import many, one
from core.jsonutil import isoformat
from core.request import AtriumRequest
from models.api_key import ApiKey
from tenants.api_keys import (
    API_KEY_FILTERS,
    access_api_key_by_id,
    do_create_api_key,
    do_revoke_api_key,
    list_api_keys,
)

bp = Blueprint("api_keys")


class CreateApiKey(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    # PostgreSQL text cannot hold NUL characters.
    name: str = Field(min_length=1, max_length=191, pattern=r"^[^\x00]*$")
    scopes: list[str] = Field(min_length=1, max_length=64)


def api_key_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "name": row["name"],
        "prefix": row["prefix"],
        "scopes": list(row["scopes"]),
        "status": "revoked" if row["revoked_at"] else "active",
        "created_at": isoformat(row["created_at"]),
        "last_used_at": isoformat(row["last_used_at"]),
        "revoked_at": isoformat(row["revoked_at"]),
    }


def _row(key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "name": key.name,
        "prefix": key.prefix,
        "scopes": key.scopes,
        "created_at": key.created_at,
        "last_used_at": key.last_used_at,
        "revoked_at": key.revoked_at,
    }


@bp.get("/api-keys", ctx_policy=requires("api-keys:read"))
async def list_keys(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, API_KEY_FILTERS)
    rows, total = await list_api_keys(request.ctx.require_tenant(), query.filters, query.page)
    return many(request, "api_key", [api_key_json(r) for r in rows], total, query.page)


@bp.post("/api-keys", ctx_policy=requires("api-keys:write"))
async def create_key(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CreateApiKey)
    caller = request.ctx.require_key()
    key, secret = await do_create_api_key(
        request.ctx.require_tenant(), body.name, body.scopes, within=caller.scopes
    )
    return one(request, "api_key", {**api_key_json(_row(key)), "key": secret}, status=201)


@bp.get("/api-keys/<key_id:int>", ctx_policy=requires("api-keys:read"))
async def get_key(request: AtriumRequest, key_id: int) -> HTTPResponse:
    key = await access_api_key_by_id(request.ctx.require_tenant(), key_id)
    return one(request, "api_key", api_key_json(_row(key)))


@bp.delete("/api-keys/<key_id:int>", ctx_policy=requires("api-keys:write"))
async def revoke_key(request: AtriumRequest, key_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    key = await do_revoke_api_key(tenant, await access_api_key_by_id(tenant, key_id))
    return one(request, "api_key", api_key_json(_row(key)))
