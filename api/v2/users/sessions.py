"""Signing a user in and out from outside: ``/api/v2/users/{id}/login``, ``/logout`` and
``/online-status`` (TalentLMS writes them ``/users/:id/...``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG
from api.openapi import (
    Reply,
    describe,
    shape_component,
    single,
)
from api.policy import requires
from api.request import AtriumRequest
from api.responses import one
from api.v2.users.resource import TAG, USER_ID
from domain.sessions import (
    LOGIN_LINK_TTL,
    ONLINE_WINDOW,
    SESSION_TTL,
    do_issue_login,
    do_logout_user,
    online_status,
)
from domain.users import access_user_by_id
from shapes import user_sessions as shapes

bp = Blueprint("user_sessions")
LOGIN_PATH = "/login/"
_NOT_FOUND = {404: "the tenant has no user with this id"}


class Logout(BaseModel):
    model_config = BODY_CONFIG

    next: Annotated[str, Field(max_length=2048)] = Field(
        "", description="Where the caller sends the user afterwards; echoed as redirect_url"
    )


LOGIN = shape_component(shapes.UserLogin)
LOGOUT = shape_component(shapes.UserLogout)
ONLINE = shape_component(shapes.UserOnlineStatus)


@bp.get("/users/<user_id:int>/login", ctx_policy=requires("users:write"))
@describe(
    "loginUser",
    "Login user",
    tag=TAG,
    description=(
        "Signs the user in: a login URL, good once for "
        f"{int(LOGIN_LINK_TTL.total_seconds() // 60)} minutes, and a session token good for "
        f"{int(SESSION_TTL.total_seconds() // 3600)} hours. Both are secrets, shown in this "
        "response only (it is not cacheable) and stored only as hashes; the user's last_login "
        "becomes now. The login URL's page on the tenant's host is not served yet: the link "
        "is for the sign-in pages to come."
    ),
    parameters=[USER_ID],
    responses={200: Reply("The login URL and session", single(LOGIN))},
    errors={**_NOT_FOUND, 409: "the user is inactive"},
)
async def login(request: AtriumRequest, user_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    issued = await do_issue_login(tenant, await access_user_by_id(tenant, user_id))
    body = shapes.UserLogin.from_row(
        {
            "user_id": issued.user_id,
            "login_key": f"{request.scheme}://{request.host}{LOGIN_PATH}{issued.login_link.token}",
            "login_key_expires_at": issued.login_link.expires_at,
            "session_token": issued.session.token,
            "session_expires_at": issued.session.expires_at,
        }
    )
    response = one(request, "user_login", body)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/users/<user_id:int>/logout", ctx_policy=requires("users:write"))
@describe(
    "logoutUser",
    "Logout user",
    tag=TAG,
    description=(
        "Ends every session of the user and voids their unused login URLs, from this instant."
    ),
    parameters=[USER_ID],
    body=Logout,
    responses={200: Reply("The user is logged out everywhere", single(LOGOUT))},
    errors=_NOT_FOUND,
)
async def logout(request: AtriumRequest, user_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, Logout)
    user = await access_user_by_id(tenant, user_id)
    ended = await do_logout_user(tenant, user)
    return one(
        request,
        "user_logout",
        shapes.UserLogout.from_row(
            {
                "user_id": user.id,
                "logged_out_at": user.sessions_valid_after,
                "sessions_ended": ended,
                "redirect_url": body.next or None,
            }
        ),
    )


@bp.get("/users/<user_id:int>/online-status", ctx_policy=requires("users:read"))
@describe(
    "getUserOnlineStatus",
    "Get user online status",
    tag=TAG,
    description=(
        "The user is online while active with a session opened or used in the last "
        f"{int(ONLINE_WINDOW.total_seconds() // 60)} minutes."
    ),
    parameters=[USER_ID],
    responses={200: Reply("Whether the user is online", single(ONLINE))},
    errors=_NOT_FOUND,
)
async def get_online_status(request: AtriumRequest, user_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    status = await online_status(tenant, await access_user_by_id(tenant, user_id))
    return one(
        request,
        "user_online_status",
        shapes.UserOnlineStatus.from_row(
            {"user_id": user_id, "online": status.online, "last_seen_at": status.last_seen_at}
        ),
    )
