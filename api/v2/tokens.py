"""``/api/v2/tokens``: a signed-in user's personal tokens (for integrations): list, create (the
secret is in that one response only), revoke. Administrators see and revoke every token of the
tenant, sign-in tokens included."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field, WithJsonSchema
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, NO_NUL_PATTERN
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
from api.policy import OWN_READ, requires
from api.request import AtriumRequest
from api.responses import many, one
from domain.api_keys import ALL_SCOPES
from domain.user_tokens import (
    ABILITIES,
    TOKEN_FILTERS,
    access_token_by_id,
    do_create_personal_token,
    do_revoke_token,
    list_tokens,
)
from shapes.user_tokens import NewUserToken, UserToken

bp = Blueprint("tokens")
TAG = "Authentication"
Ability = Annotated[str, WithJsonSchema({"type": "string", "enum": sorted(ABILITIES)})]
POLICY = requires(None, own=OWN_READ)
_NEEDS_TOKEN = {403: "the request carries an API key, not a user token"}


class CreateToken(BaseModel):
    model_config = BODY_CONFIG

    name: str = Field(min_length=1, max_length=191, pattern=NO_NUL_PATTERN)
    abilities: list[Ability] = Field(min_length=1, max_length=64)


USER_TOKEN = shape_component(UserToken)
NEW_USER_TOKEN = shape_component(NewUserToken)
TOKEN_ID = path_id("token_id", "The token's id")


def _owner(request: AtriumRequest) -> int | None:
    """Whose tokens the caller sees: their own, or, for an administrator's token, everyone's
    (None)."""
    token = request.ctx.require_user_token()
    return None if ALL_SCOPES in request.ctx.grants else token.user_id


@bp.get("/tokens", ctx_policy=POLICY)
@describe(
    "listTokens",
    "List user tokens",
    tag=TAG,
    description=(
        "The caller's tokens, sign-in and personal, revoked and expired ones included; an "
        "administrator's token lists every token of the tenant."
    ),
    parameters=list_parameters(TOKEN_FILTERS),
    responses={200: Reply("A page of tokens, never their secrets", paginated(USER_TOKEN))},
    errors=_NEEDS_TOKEN,
)
async def list_user_tokens(request: AtriumRequest) -> HTTPResponse:
    owner = _owner(request)
    query = parse_list_query(request, TOKEN_FILTERS)
    tenant = request.ctx.require_tenant()
    rows, total = await list_tokens(tenant, owner, query.filters, query.page)
    return many(request, "user_token", [UserToken.from_row(r) for r in rows], total, query.page)


@bp.post("/tokens", ctx_policy=POLICY)
@describe(
    "createToken",
    "Create a personal token",
    tag=TAG,
    description=(
        "A named token of the signed-in user that lasts until revoked, with abilities no "
        "broader than the calling token's. The secret is in this response only."
    ),
    body=CreateToken,
    responses={201: Reply("The new token, with its secret", single(NEW_USER_TOKEN))},
    errors={**_NEEDS_TOKEN, 422: "an ability is unknown or beyond the calling token's"},
)
async def create_token(request: AtriumRequest) -> HTTPResponse:
    caller = request.ctx.require_user_token()
    body = parse_body(request, CreateToken)
    token, secret = await do_create_personal_token(
        request.ctx.require_tenant(),
        caller.user_id,
        body.name,
        body.abilities,
        within=request.ctx.grants,
    )
    response = one(request, "user_token", NewUserToken.from_object(token, token=secret), status=201)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.delete("/tokens/<token_id:int>", ctx_policy=POLICY)
@describe(
    "revokeToken",
    "Revoke a token",
    tag=TAG,
    description=(
        "The token stops working at once but stays listed, with status revoked; revoking a "
        "revoked token returns it unchanged. Users revoke their own tokens, administrators "
        "any of the tenant's."
    ),
    parameters=[TOKEN_ID],
    responses={200: Reply("The revoked token", single(USER_TOKEN))},
    errors={**_NEEDS_TOKEN, 404: "the caller sees no token with this id"},
)
async def revoke_token(request: AtriumRequest, token_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    token = await access_token_by_id(tenant, token_id, user_id=_owner(request))
    return one(request, "user_token", UserToken.from_object(await do_revoke_token(tenant, token)))
