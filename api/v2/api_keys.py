"""``/api/v2/api-keys``: list, create (the secret is in that one response only), revoke."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
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
from domain.api_keys import (
    API_KEY_FILTERS,
    SCOPES,
    access_api_key_by_id,
    do_create_api_key,
    do_revoke_api_key,
    list_api_keys,
)
from shapes.api_keys import ApiKey, NewApiKey

bp = Blueprint("api_keys")
TAG = "API keys"
# Unknown scopes are refused by `check_scopes` (with the list of known ones); the schema names them.
Scope = Annotated[str, WithJsonSchema({"type": "string", "enum": sorted(SCOPES)})]


class CreateApiKey(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    # PostgreSQL text cannot hold NUL characters.
    name: str = Field(min_length=1, max_length=191, pattern=r"^[^\x00]*$")
    scopes: list[Scope] = Field(min_length=1, max_length=64)


API_KEY = shape_component(ApiKey)
NEW_API_KEY = shape_component(NewApiKey)
KEY_ID = path_id("key_id", "The API key's id")


@bp.get("/api-keys", ctx_policy=requires("api-keys:read"))
@describe(
    "listApiKeys",
    "List API keys",
    tag=TAG,
    parameters=list_parameters(API_KEY_FILTERS),
    responses={
        200: Reply("A page of the tenant's keys, revoked ones included", paginated(API_KEY))
    },
)
async def list_keys(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, API_KEY_FILTERS)
    rows, total = await list_api_keys(request.ctx.require_tenant(), query.filters, query.page)
    return many(request, "api_key", [ApiKey.from_row(r) for r in rows], total, query.page)


@bp.post("/api-keys", ctx_policy=requires("api-keys:write"))
@describe(
    "createApiKey",
    "Create an API key",
    tag=TAG,
    description=(
        "The secret key is in this response only. A key or token can grant only scopes it holds."
    ),
    body=CreateApiKey,
    responses={201: Reply("The new key, with its secret", single(NEW_API_KEY))},
    errors={422: "a scope is one the calling key does not hold"},
)
async def create_key(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CreateApiKey)
    key, secret = await do_create_api_key(
        request.ctx.require_tenant(), body.name, body.scopes, within=request.ctx.grants
    )
    response = one(request, "api_key", NewApiKey.from_object(key, key=secret), status=201)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/api-keys/<key_id:int>", ctx_policy=requires("api-keys:read"))
@describe(
    "getApiKey",
    "Retrieve an API key",
    tag=TAG,
    parameters=[KEY_ID],
    responses={200: Reply("The key", single(API_KEY))},
    errors={404: "the tenant has no API key with this id"},
)
async def get_key(request: AtriumRequest, key_id: int) -> HTTPResponse:
    key = await access_api_key_by_id(request.ctx.require_tenant(), key_id)
    return one(request, "api_key", ApiKey.from_object(key))


@bp.delete("/api-keys/<key_id:int>", ctx_policy=requires("api-keys:write"))
@describe(
    "revokeApiKey",
    "Revoke an API key",
    tag=TAG,
    description=(
        "The key stops working at once but stays listed and retrievable, with status revoked. "
        "Revoking a revoked key returns it unchanged."
    ),
    parameters=[KEY_ID],
    responses={200: Reply("The revoked key", single(API_KEY))},
    errors={
        403: "the key holds a scope the calling key or token does not hold",
        404: "the tenant has no API key with this id",
    },
)
async def revoke_key(request: AtriumRequest, key_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    key = await do_revoke_api_key(
        tenant, await access_api_key_by_id(tenant, key_id), within=request.ctx.grants
    )
    return one(request, "api_key", ApiKey.from_object(key))
