"""``/api/v2/auth``: signing in and out with a password, and who the caller is (``me``)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field, model_validator
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, NO_NUL_PATTERN
from api.openapi import Reply, describe, shape_component, single
from api.policy import OWN_READ, RoutePolicy, requires
from api.request import AtriumRequest, origin
from api.responses import encode_one, encoded_json, no_content, one
from api.v2.users.resource import user_body
from api.v2.users.schemas import USER, avatar
from api.versions import LATEST
from core.errors import NotFound
from domain.sign_in import do_sign_in_with_password
from domain.user_profiles import find_user_profile
from domain.user_tokens import IssuedUserToken, do_revoke_token_by_id
from shapes.api_keys import Caller
from shapes.tenants import TenantSummary
from shapes.user_tokens import SignedIn
from tenants.records import KeyRecord, TenantRecord

bp = Blueprint("auth")
TAG = "Authentication"

CALLER = shape_component(Caller)
SIGNED_IN = shape_component(SignedIn)
# The login and password are the credential: no key or token.
SIGN_IN_POLICY = RoutePolicy(key=False)


class SignIn(BaseModel):
    model_config = BODY_CONFIG

    login: str | None = Field(None, min_length=1, max_length=191, pattern=NO_NUL_PATTERN)
    email: str | None = Field(None, min_length=1, max_length=191, pattern=NO_NUL_PATTERN)
    password: str = Field(min_length=1, max_length=1024, pattern=NO_NUL_PATTERN)

    @model_validator(mode="after")
    def _login_or_email(self) -> SignIn:
        if (self.login is None) == (self.email is None):
            raise ValueError("give login or email, not both")
        return self

    @property
    def identifier(self) -> str:
        return self.login or self.email or ""


async def signed_in(request: AtriumRequest, issued: IssuedUserToken) -> HTTPResponse:
    """The answer to a sign-in (password, or the single sign-on code exchange): the token,
    shown this once, its abilities, its expiry and the user's profile."""
    body = SignedIn.from_object(issued, user=await user_body(request, issued.user))
    response = one(request, "sign_in", body)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/auth/sign-in", ctx_policy=SIGN_IN_POLICY)
@describe(
    "signIn",
    "Sign in with a password",
    tag=TAG,
    description=(
        "With `login` or `email` (any letter case) and `password`: a user token for "
        "`Authorization: Bearer`, shown in this response only, with the abilities of the "
        "user's role, good for 12 hours. No key or token is needed. Repeated failures for one "
        "account or from one address are refused for 15 minutes (429)."
    ),
    body=SignIn,
    responses={200: Reply("The user is signed in", single(SIGNED_IN))},
    errors={
        401: "no active user of the tenant has this login or email address and password",
        403: "the tenant signs this user in with single sign-on only",
        422: "neither or both of login and email are given",
        429: "too many failed sign-ins for this account or from this address",
    },
)
async def sign_in(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, SignIn)
    issued = await do_sign_in_with_password(
        request.ctx.require_tenant(),
        body.identifier,
        body.password,
        by_email=body.login is None,
        address=request.remote_addr or request.ip,
        throttle=request.app.ctx.require_sign_in_throttle(),
    )
    return await signed_in(request, issued)


@bp.post("/auth/sign-out", ctx_policy=requires(None, own=OWN_READ))
@describe(
    "signOut",
    "Sign out",
    tag=TAG,
    description="Revokes the user token the request carries: it stops working at once.",
    responses={204: Reply("The token is revoked")},
    errors={403: "the request carries an API key, not a user token"},
)
async def sign_out(request: AtriumRequest) -> HTTPResponse:
    token = request.ctx.require_user_token()
    await do_revoke_token_by_id(request.ctx.require_tenant(), token.id)
    return no_content()


# Encoded /auth/me answers of API keys by (tenant id, key id, API version), with the records they
# were made from: a record is replaced when its cache entry is read again, so an answer is reused
# only while the key and tenant records it shows are the ones the request path holds.
_KEY_ANSWERS_MAX = 10_000
_key_answers: dict[tuple[int, int, date], tuple[KeyRecord, TenantRecord, bytes]] = {}
_PROFILE_ANSWERS_MAX = 8


@bp.get("/auth/me", ctx_policy=requires(None, own=OWN_READ))
@describe(
    "getCaller",
    "The caller",
    tag=TAG,
    description=(
        "With an API key: the key, its tenant and the resolved API version. With a user "
        "token: the signed-in user's profile."
    ),
    responses={
        200: Reply("The calling key, or the signed-in user", single({"anyOf": [CALLER, USER]}))
    },
)
async def me(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    version = request.ctx.api_version or LATEST
    token = request.ctx.user_token
    if token is not None:
        return encoded_json(await _user_answer(request, tenant, token.user_id, version))
    key = request.ctx.api_key
    assert key is not None  # a keyed route, reached without a token
    return encoded_json(_key_answer(key, tenant, version))


async def _user_answer(
    request: AtriumRequest, tenant: TenantRecord, user_id: int, version: date
) -> bytes:
    profile = await find_user_profile(tenant, user_id)
    if profile is None:
        raise NotFound(f"No user with id {user_id}")
    # The avatar's URL is on the host the request came to.
    where = (*origin(request), version)
    answer = profile.encoded.get(where)
    if answer is None:
        if len(profile.encoded) >= _PROFILE_ANSWERS_MAX:
            profile.encoded.clear()
        answer = encode_one("user", {**profile.body, "avatar": avatar(request)}, version)
        profile.encoded[where] = answer
    return answer


def _key_answer(key: KeyRecord, tenant: TenantRecord, version: date) -> bytes:
    which = (tenant.id, key.id, version)
    held = _key_answers.get(which)
    if held is not None and held[0] is key and held[1] is tenant:
        return held[2]
    body = Caller.from_object(
        key, tenant=TenantSummary.from_object(tenant), api_version=version.isoformat()
    )
    answer = encode_one("api_key", body, version)
    if len(_key_answers) >= _KEY_ANSWERS_MAX:
        _key_answers.clear()
    _key_answers[which] = (key, tenant, answer)
    return answer
