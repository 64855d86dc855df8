"""Account recovery by mail: ``POST /api/v2/password-reset`` (TalentLMS), its completion
``POST /api/v2/password-reset/confirm``, and ``POST /api/v2/users/{email}/username-recovery``
(TalentLMS writes it ``/users/:email/...``)."""

from __future__ import annotations

from urllib.parse import unquote

from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse
from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import String

from api.body import parse_body
from api.fields import BODY_CONFIG
from api.listing import check_known, single_arg
from api.openapi import Reply, describe, shape_component, single
from api.policy import RoutePolicy, requires
from api.request import AtriumRequest
from api.responses import no_content, one
from api.v2.users.bodies import Login, Password
from core.errors import InvalidRequest, ServiceUnavailable
from core.settings import Settings
from domain.account_recovery import (
    PASSWORD_RESET_TTL,
    RESET_PATH,
    do_recover_username,
    do_request_password_reset,
    do_reset_password,
)
from domain.course_launch import check_redirect
from domain.custom_fields import MAX_VALUE_LENGTH
from shapes import account_recovery as shapes

bp = Blueprint("account_recovery")
TAG = "Users"
# Called by the reset page with the mailed token, which is the credential: no API key.
CONFIRM_POLICY = RoutePolicy(key=False)
_BASE64 = String(pattern=r"^[A-Za-z0-9+/_-]+={0,2}$", maxLength=4096)
_MAIL_OFF = {503: "mail is not configured on this service (SMTP_URL is empty)"}
_MINUTES = int(PASSWORD_RESET_TTL.total_seconds() // 60)


class PasswordResetRequest(BaseModel):
    model_config = BODY_CONFIG

    login: Login


class PasswordResetConfirm(BaseModel):
    model_config = BODY_CONFIG

    token: str = Field(
        min_length=1, max_length=256, description="The token of the mailed link (its last part)"
    )
    password: Password


RESET = shape_component(shapes.PasswordReset)
RECOVERY = shape_component(shapes.UsernameRecovery)


def _mail_settings(request: AtriumRequest) -> Settings:
    settings = request.app.ctx.settings
    if settings.smtp is None:
        raise ServiceUnavailable("Mail is not configured on this service: no mail can be sent")
    return settings


def _only_query(request: AtriumRequest, name: str) -> str | None:
    """The base64 URL in query parameter ``name``, decoded; refuses any other parameter."""
    check_known(request, (name,))
    raw = single_arg(request, name)
    return None if raw is None else check_redirect(raw, name)


def _base_url(request: AtriumRequest) -> str:
    return f"{request.scheme}://{request.host}"


@bp.post("/password-reset", ctx_policy=requires("users:write"))
@describe(
    "resetUserPassword",
    "Reset user's password",
    tag=TAG,
    description=(
        "Mails the user a one-time link to choose a new password, good for "
        f"{_MINUTES} minutes: `https://{{tenant host}}{RESET_PATH}/{{token}}`, with "
        "`?redirect_url=` (decoded) when one is given. That page belongs to the tenant's "
        "learner site: it asks for the new password and calls "
        f"`POST /api/v2{RESET_PATH}/confirm` with the token. The answer is the same whether "
        "or not the login exists; unknown and inactive users get no mail."
    ),
    parameters=[
        Parameter(
            "redirect_url",
            _BASE64,
            "query",
            description="Base64 of the http(s) URL the reset page sends the user to afterwards",
        )
    ],
    body=PasswordResetRequest,
    responses={204: Reply("The mail is queued, if the login is a user who can sign in")},
    errors={**_MAIL_OFF, 400: "redirect_url is not base64 of an http(s) URL"},
)
async def request_password_reset(request: AtriumRequest) -> HTTPResponse:
    redirect_url = _only_query(request, "redirect_url")
    body = parse_body(request, PasswordResetRequest)
    settings = _mail_settings(request)
    await do_request_password_reset(
        request.ctx.require_tenant(),
        body.login,
        settings,
        base_url=_base_url(request),
        redirect_url=redirect_url,
    )
    return no_content()


@bp.post(f"{RESET_PATH}/confirm", ctx_policy=CONFIRM_POLICY)
@describe(
    "confirmPasswordReset",
    "Set a new password with a reset token",
    tag=TAG,
    description=(
        "Sets the password of the user a reset link was mailed to. No API key: the token is "
        "the credential. It works once; the user's other reset links, login links and "
        "sessions end with it, so they are signed out everywhere."
    ),
    body=PasswordResetConfirm,
    responses={200: Reply("The password is changed", single(RESET))},
    errors={
        403: "the tenant is suspended or its API is disabled",
        422: "the token is unknown, expired or already used, or its user is inactive",
    },
)
async def confirm_password_reset(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, PasswordResetConfirm)
    reset = await do_reset_password(request.ctx.require_tenant(), body.token, body.password)
    response = one(request, "password_reset", shapes.PasswordReset.from_object(reset))
    response.headers["Cache-Control"] = "no-store"
    return response


def _email(raw: str) -> str:
    value = unquote(raw)  # the router leaves %40 as it came
    if len(value) > MAX_VALUE_LENGTH:
        raise InvalidRequest(f"email must be at most {MAX_VALUE_LENGTH} characters", param="email")
    try:
        checked = validate_email(value, check_deliverability=False, globally_deliverable=False)
    except EmailNotValidError as exc:
        raise InvalidRequest(f"email is not an email address: {exc}", param="email") from None
    return checked.normalized


@bp.post("/users/<email:str>/username-recovery", ctx_policy=requires("users:write"))
@describe(
    "recoverUsername",
    "Recover username",
    tag=TAG,
    description=(
        "Mails the login of the user with this address (letter case aside) to that address, "
        "with a link to the portal: `domain_url` (decoded) when given, else the tenant's host. "
        "The answer is the same whether or not a user has the address; unknown and inactive "
        "users get no mail."
    ),
    parameters=[
        Parameter(
            "email",
            String(format="email", maxLength=MAX_VALUE_LENGTH),
            "path",
            required=True,
            description="The user's email address",
        ),
        Parameter(
            "domain_url",
            _BASE64,
            "query",
            description="Base64 of the http(s) URL of the portal to sign in at",
        ),
    ],
    responses={200: Reply("The mail is queued, if a user has the address", single(RECOVERY))},
    errors={
        **_MAIL_OFF,
        400: "the email is not an email address, or domain_url not base64 of an http(s) URL",
    },
)
async def recover_username(request: AtriumRequest, email: str) -> HTTPResponse:
    portal_url = _only_query(request, "domain_url") or f"{_base_url(request)}/"
    address = _email(email)
    settings = _mail_settings(request)
    await do_recover_username(
        request.ctx.require_tenant(), address, settings, portal_url=portal_url
    )
    recovery = shapes.UsernameRecovery.from_row({"email": address, "portal_url": portal_url})
    return one(request, "username_recovery", recovery)
