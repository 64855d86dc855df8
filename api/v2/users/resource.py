"""``/api/v2/users``: list, create, read, update, delete, and what a user belongs to (TalentLMS
shapes). Sign-in routes are in `api.v2.users.sessions`."""

from __future__ import annotations

from typing import Any

from sanic import Blueprint, HTTPResponse
from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import Integer, String

from api.body import parse_body
from api.listing import MAX_FILTER_VALUE, parse_list_query
from api.openapi import Reply, describe, list_parameters, paginated, path_id, single
from api.policy import OWN_READ, RoutePolicy, requires
from api.request import AtriumRequest
from api.responses import ApiResponse, many, one
from api.v2.users.bodies import (
    CreateUser,
    UpdateUser,
    update_changes,
)
from api.v2.users.schemas import (
    DEFAULT_AVATAR_PATH,
    DEFAULT_AVATAR_SVG,
    DELETED_USER,
    RESOURCE_LIST,
    USER,
    USER_LIST_ITEM,
    USER_RESOURCES,
    avatar,
)
from domain.custom_fields import custom_field_values
from domain.user_fields import USER_CUSTOM_FIELDS
from domain.user_list import USER_FILTERS, list_users
from domain.user_resources import RESOURCE_KINDS, user_resources
from domain.users import (
    NewUser,
    access_user_by_id,
    do_create_user,
    do_delete_user,
    do_update_user,
)
from models.user import User, UserStatus, UserType
from shapes import users as shapes

bp = Blueprint("users")
TAG = "Users"
RESOURCE = "user"
USER_ID = path_id("user_id", "The user's id")
_NOT_FOUND = {404: "the tenant has no user with this id"}
# The default avatar every user shows: served on tenant hosts without a key, cacheable.
AVATAR_POLICY = RoutePolicy(key=False, versioned=False)
_TEXT = String(maxLength=MAX_FILTER_VALUE)
_ID = Integer(minimum=-(2**31), maximum=2**31 - 1)
# Filters that are no plain column, each with what it does.
_SPECIAL_FILTERS = {
    "status": (String(enum=[s.value for s in UserStatus]), "Only users with this status"),
    "keyword": (_TEXT, "Only users whose name, surname, login or email contains this"),
    "branch_id": (_ID, "Only members of this branch"),
    "group_id": (_ID, "Only members of this group"),
    "custom_field_value": (_TEXT, "Only users holding exactly this value in a custom field"),
}
LIST_PARAMETERS = (
    *list_parameters({name: f for name, f in USER_FILTERS.items() if name not in _SPECIAL_FILTERS}),
    *(
        Parameter(f"filter[{name}][{op}]", schema, "query", description=description)
        for name, (schema, description) in _SPECIAL_FILTERS.items()
        for op in sorted(USER_FILTERS[name].ops)
    ),
)


async def user_body(request: AtriumRequest, user: User) -> dict[str, Any]:
    fields = await custom_field_values(USER_CUSTOM_FIELDS, request.ctx.require_tenant(), user.id)
    return shapes.User.from_object(user, avatar=avatar(request), custom_fields=fields)


@bp.get("/users", ctx_policy=requires("users:read"))
@describe(
    "getUsers",
    "Get users",
    tag=TAG,
    description="A page of the tenant's users, oldest first; filters combine (all must hold).",
    parameters=LIST_PARAMETERS,
    responses={200: Reply("A page of users", paginated(USER_LIST_ITEM))},
)
async def get_users(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, USER_FILTERS)
    rows, total = await list_users(request.ctx.require_tenant(), query.filters, query.page)
    shared_avatar = avatar(request)
    items = [shapes.UserListItem.from_row(row, avatar=shared_avatar) for row in rows]
    return many(request, RESOURCE, items, total, query.page)


@bp.post("/users", ctx_policy=requires("users:write"))
@describe(
    "createUser",
    "Create a user",
    tag=TAG,
    description=(
        "Creates the user and answers with the full user, with status 200 as TalentLMS does. "
        "The password is stored hashed and never returned."
    ),
    body=CreateUser,
    responses={200: Reply("The new user", single(USER))},
    errors={
        404: "custom_fields names a field the tenant does not have",
        409: "another user of the tenant has this login, email or integration_user_id, or a "
        "mandatory custom field is missing",
        422: "a custom field's value does not suit the field",
    },
)
async def create_user(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CreateUser)
    user = await do_create_user(
        request.ctx.require_tenant(),
        NewUser(
            login=body.login,
            email=body.email,
            name=body.name,
            surname=body.surname,
            password=body.password,
            user_type=UserType(body.user_type_id),
            status=body.status,
            timezone=body.timezone,
            locale=body.locale,
            email_notifications=body.email_notifications,
            description=body.description,
            credits=body.credits,
            deactivation_date=body.deactivation_date,
            integration=body.integration,
            integration_user_id=body.integration_user_id,
            custom_fields=body.custom_fields,
        ),
    )
    return one(request, RESOURCE, await user_body(request, user))


@bp.get("/users/<user_id:int>", ctx_policy=requires("users:read", own=OWN_READ))
@describe(
    "getUserById",
    "Get a user",
    tag=TAG,
    description="The user's full profile, with every custom field of the tenant.",
    parameters=[USER_ID],
    responses={200: Reply("The user", single(USER))},
    errors=_NOT_FOUND,
)
async def get_user(request: AtriumRequest, user_id: int) -> HTTPResponse:
    user = await access_user_by_id(request.ctx.require_tenant(), user_id)
    return one(request, RESOURCE, await user_body(request, user))


@bp.patch("/users/<user_id:int>", ctx_policy=requires("users:write"))
@describe(
    "updateUser",
    "Update a user",
    tag=TAG,
    description=(
        "Changes the fields given and answers with the full user. With `current_password`, a "
        "new `password` is set only if it matches the user's present one."
    ),
    parameters=[USER_ID],
    body=UpdateUser,
    responses={200: Reply("The user as it is now", single(USER))},
    errors={
        403: "current_password does not match",
        404: "the tenant has no user with this id, or custom_fields names a field it does not have",
        409: "another user of the tenant has this login, email or integration_user_id, or a "
        "mandatory custom field is cleared",
        422: "a custom field's value does not suit the field",
    },
)
async def update_user(request: AtriumRequest, user_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateUser)
    changes = update_changes(body.changes())
    user = await access_user_by_id(tenant, user_id)
    user = await do_update_user(tenant, user, changes, current_password=body.current_password)
    return one(request, RESOURCE, await user_body(request, user))


@bp.delete("/users/<user_id:int>", ctx_policy=requires("users:write"))
@describe(
    "deleteUser",
    "Delete a user",
    tag=TAG,
    description=(
        "Deletes the user for good, with their enrollments, progress, certificates and "
        "memberships of groups and branches."
    ),
    parameters=[USER_ID],
    responses={200: Reply("The user is deleted", single(DELETED_USER))},
    errors=_NOT_FOUND,
)
async def delete_user(request: AtriumRequest, user_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_user(tenant, await access_user_by_id(tenant, user_id))
    return one(request, RESOURCE, shapes.DeletedUser.from_row({"id": user_id}))


def _resources_json(found: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    return {
        kind: [shapes.RESOURCE_SHAPES[kind].from_row(row) for row in rows]
        for kind, rows in found.items()
    }


def _resource_route(kind: str, operation_id: str, summary: str) -> None:
    # A learner's token reads their own courses, not their groups, branches or certificates.
    policy = requires("users:read", own=OWN_READ if kind == "courses" else None)

    @bp.get(f"/users/<user_id:int>/{kind}", ctx_policy=policy, name=kind)
    @describe(
        operation_id,
        summary,
        tag=TAG,
        description=f"The {kind} of the user, by id.",
        parameters=[USER_ID],
        responses={200: Reply(f"The user's {kind}", single(RESOURCE_LIST[kind]))},
        errors=_NOT_FOUND,
    )
    async def get_resources(request: AtriumRequest, user_id: int) -> HTTPResponse:
        found = await user_resources(request.ctx.require_tenant(), user_id, (kind,))
        return one(request, f"user_{kind}", _resources_json(found))


for _kind, _operation_id, _summary in (
    ("groups", "getUserGroups", "Get user groups"),
    ("branches", "getUserBranches", "Get user branches"),
    ("courses", "getUserCourses", "Get user courses"),
    ("certificates", "getUserCertificates", "Get user certificates"),
):
    _resource_route(_kind, _operation_id, _summary)


@bp.get("/users/<user_id:int>/resources", ctx_policy=requires("users:read"))
@describe(
    "getUserResources",
    "Get user resources",
    tag=TAG,
    description="The branches, groups, courses and certificates of the user at once.",
    parameters=[USER_ID],
    responses={200: Reply("The user's resources", single(USER_RESOURCES))},
    errors=_NOT_FOUND,
)
async def get_all_resources(request: AtriumRequest, user_id: int) -> HTTPResponse:
    found = await user_resources(request.ctx.require_tenant(), user_id, RESOURCE_KINDS)
    return one(request, "user_resources", _resources_json(found))


@bp.get(DEFAULT_AVATAR_PATH, ctx_policy=AVATAR_POLICY)
@describe(
    "getDefaultAvatar",
    "The default avatar",
    tag=TAG,
    description="The picture of users without one of their own (every size: it scales).",
    responses={200: Reply("An SVG image", {"type": "string"}, media_type="image/svg+xml")},
)
async def default_avatar(request: AtriumRequest) -> HTTPResponse:
    return ApiResponse(
        DEFAULT_AVATAR_SVG,
        content_type="image/svg+xml",
        headers={"Cache-Control": "public, max-age=86400"},
    )
