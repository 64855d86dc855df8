"""``/api/v2/groups`` (+ ``/{id}/courses``), ``/group-memberships`` and ``/group-courses``.

Group members get the group's courses: adding a member or a course enrolls whoever is missing
(see `domain.groups`). PATCH on a group is Atrium's addition to TalentLMS's endpoints.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, MAX_STRING, Id, LongText, Name, Price
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
from api.partial import PartialBody
from api.policy import requires
from api.request import AtriumRequest
from api.responses import many, no_content, one
from core.query import MAX_DB_ID
from domain.groups import (
    GROUP_FILTERS,
    NewGroup,
    access_group_by_id,
    do_add_group_course,
    do_add_group_member,
    do_create_group,
    do_delete_group,
    do_remove_group_course,
    do_remove_group_member,
    do_update_group,
    list_group_courses,
    list_groups,
)
from shapes import groups as shapes

bp = Blueprint("groups")
TAG = "Groups"

Key = Annotated[str, Field(min_length=1, max_length=MAX_STRING, pattern=r"^[^\s\x00]+$")]
"""A group key: users who know it may join the group; no blanks."""
Redemptions = Annotated[int, Field(ge=1, le=MAX_DB_ID)]


class CreateGroup(BaseModel):
    model_config = BODY_CONFIG

    name: Name
    description: LongText | None = None
    key: Key | None = None
    max_key_redemptions: Redemptions | None = None
    price: Price | None = None


class UpdateGroup(PartialBody):
    """Only the fields sent change; null clears any of them but the name."""

    NULLABLE = frozenset({"description", "key", "max_key_redemptions", "price"})

    name: Name | None = None
    description: LongText | None = None
    key: Key | None = None
    max_key_redemptions: Redemptions | None = None
    price: Price | None = None


class GroupUser(BaseModel):
    model_config = BODY_CONFIG

    group_id: Id
    user_id: Id


class GroupCourseLink(BaseModel):
    model_config = BODY_CONFIG

    group_id: Id
    course_id: Id


GROUP = shape_component(shapes.Group)
GROUP_COURSE_ITEM = shape_component(shapes.GroupCourseItem)
GROUP_MEMBERSHIP = shape_component(shapes.GroupMembership)
GROUP_COURSE = shape_component(shapes.GroupCourse)
GROUP_ID = path_id("id", "The group's id")
NO_GROUP = "the tenant has no group with this id"


@bp.get("/groups", ctx_policy=requires("groups:read"))
@describe(
    "listGroups",
    "List groups",
    tag=TAG,
    parameters=list_parameters(GROUP_FILTERS),
    responses={200: Reply("A page of the tenant's groups, oldest first", paginated(GROUP))},
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, GROUP_FILTERS)
    rows, total = await list_groups(request.ctx.require_tenant(), query.filters, query.page)
    return many(request, "group", [shapes.Group.from_row(r) for r in rows], total, query.page)


@bp.post("/groups", ctx_policy=requires("groups:write"))
@describe(
    "createGroup",
    "Create a group",
    tag=TAG,
    body=CreateGroup,
    responses={200: Reply("The new group", single(GROUP))},
    errors={409: "another group of the tenant has this name or key"},
)
async def create_one(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CreateGroup)
    group = await do_create_group(request.ctx.require_tenant(), NewGroup(**body.model_dump()))
    return one(request, "group", shapes.Group.from_object(group))


@bp.get("/groups/<id:int>", ctx_policy=requires("groups:read"))
@describe(
    "getGroup",
    "Retrieve a group",
    tag=TAG,
    parameters=[GROUP_ID],
    responses={200: Reply("The group", single(GROUP))},
    errors={404: NO_GROUP},
)
async def get_one(request: AtriumRequest, id: int) -> HTTPResponse:
    group = await access_group_by_id(request.ctx.require_tenant(), id)
    return one(request, "group", shapes.Group.from_object(group))


@bp.patch("/groups/<id:int>", ctx_policy=requires("groups:write"))
@describe(
    "updateGroup",
    "Update a group",
    tag=TAG,
    description="Only the fields sent change; null clears an optional field.",
    parameters=[GROUP_ID],
    body=UpdateGroup,
    responses={200: Reply("The updated group", single(GROUP))},
    errors={404: NO_GROUP, 409: "another group of the tenant has this name or key"},
)
async def update_one(request: AtriumRequest, id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateGroup)
    group = await access_group_by_id(tenant, id)
    group = await do_update_group(tenant, group, body.changes())
    return one(request, "group", shapes.Group.from_object(group))


@bp.delete("/groups/<id:int>", ctx_policy=requires("groups:write"))
@describe(
    "deleteGroup",
    "Delete a group",
    tag=TAG,
    description="Its members keep the enrollments the group gave them.",
    parameters=[GROUP_ID],
    responses={204: Reply("The group is deleted")},
    errors={404: NO_GROUP},
)
async def delete_one(request: AtriumRequest, id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_group(tenant, await access_group_by_id(tenant, id))
    return no_content()


@bp.get("/groups/<id:int>/courses", ctx_policy=requires("groups:read"))
@describe(
    "getGroupCourses",
    "List a group's courses",
    tag=TAG,
    parameters=[GROUP_ID, *list_parameters({})],
    responses={200: Reply("A page of the group's courses", paginated(GROUP_COURSE_ITEM))},
    errors={404: NO_GROUP},
)
async def list_courses(request: AtriumRequest, id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    query = parse_list_query(request, {})
    group = await access_group_by_id(tenant, id)
    rows, total = await list_group_courses(tenant, group, query.page)
    items = [shapes.GroupCourseItem.from_row(r) for r in rows]
    return many(request, "group_course_item", items, total, query.page)


@bp.post("/group-memberships", ctx_policy=requires("groups:write"))
@describe(
    "createGroupMembership",
    "Add a user to a group",
    tag=TAG,
    description="The user is enrolled in every course of the group they are not enrolled in yet.",
    body=GroupUser,
    responses={200: Reply("The membership", single(GROUP_MEMBERSHIP))},
    errors={
        404: "the group or the user is not the tenant's",
        409: "the user is already a member of the group",
    },
)
async def add_member(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, GroupUser)
    membership = await do_add_group_member(
        request.ctx.require_tenant(), body.group_id, body.user_id
    )
    return one(
        request,
        "group_membership",
        shapes.GroupMembership.from_object(membership),
    )


@bp.delete("/group-memberships", ctx_policy=requires("groups:write"))
@describe(
    "deleteGroupMembership",
    "Remove a user from a group",
    tag=TAG,
    description="The user keeps the enrollments the group gave them.",
    body=GroupUser,
    responses={204: Reply("The user is no longer a member")},
    errors={404: "the group is not the tenant's, or the user is not a member of it"},
)
async def remove_member(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, GroupUser)
    await do_remove_group_member(request.ctx.require_tenant(), body.group_id, body.user_id)
    return no_content()


@bp.post("/group-courses", ctx_policy=requires("groups:write"))
@describe(
    "createGroupCourse",
    "Add a course to a group",
    tag=TAG,
    description="Every member not enrolled in the course yet is enrolled, in one transaction.",
    body=GroupCourseLink,
    responses={200: Reply("The group's course", single(GROUP_COURSE))},
    errors={
        404: "the group or the course is not the tenant's",
        409: "the course is already in the group",
    },
)
async def add_course(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, GroupCourseLink)
    link = await do_add_group_course(request.ctx.require_tenant(), body.group_id, body.course_id)
    return one(
        request,
        "group_course",
        shapes.GroupCourse.from_object(link),
    )


@bp.delete("/group-courses", ctx_policy=requires("groups:write"))
@describe(
    "deleteGroupCourse",
    "Remove a course from a group",
    tag=TAG,
    description="Members stay enrolled in the course.",
    body=GroupCourseLink,
    responses={204: Reply("The course is no longer in the group")},
    errors={404: "the group is not the tenant's, or the course is not in it"},
)
async def remove_course(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, GroupCourseLink)
    await do_remove_group_course(request.ctx.require_tenant(), body.group_id, body.course_id)
    return no_content()
