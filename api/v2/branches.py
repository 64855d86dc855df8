"""``/api/v2/branches`` (+ ``/{id}/status``), ``/branch-users`` and ``/branch-courses``.

A branch's courses are its catalog; adding one enrolls nobody (see `domain.branches`). PATCH on a
branch is Atrium's addition to TalentLMS's endpoints.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Id, LongText, Name
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
from domain.branches import (
    BRANCH_FILTERS,
    NewBranch,
    access_branch_by_id,
    do_add_branch_course,
    do_add_branch_user,
    do_create_branch,
    do_delete_branch,
    do_remove_branch_course,
    do_remove_branch_user,
    do_update_branch,
    list_branches,
)
from shapes import branches as shapes

bp = Blueprint("branches")
TAG = "Branches"

# A language tag such as "en", "el" or "pt-BR" (TalentLMS also writes "pt_BR").
Locale = Annotated[
    str, Field(min_length=2, max_length=16, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
]


class CreateBranch(BaseModel):
    model_config = BODY_CONFIG

    name: Name
    description: LongText | None = None
    default_locale: Locale | None = None


class UpdateBranch(PartialBody):
    """Only the fields sent change; null clears the description or the locale."""

    NULLABLE = frozenset({"description", "default_locale"})

    name: Name | None = None
    description: LongText | None = None
    default_locale: Locale | None = None


class BranchStatus(BaseModel):
    model_config = BODY_CONFIG

    is_active: bool


class BranchUserLink(BaseModel):
    model_config = BODY_CONFIG

    branch_id: Id
    user_id: Id


class BranchCourseLink(BaseModel):
    model_config = BODY_CONFIG

    branch_id: Id
    course_id: Id


BRANCH = shape_component(shapes.Branch)
BRANCH_USER = shape_component(shapes.BranchUser)
BRANCH_COURSE = shape_component(shapes.BranchCourse)
BRANCH_ID = path_id("id", "The branch's id")
NO_BRANCH = "the tenant has no branch with this id"


@bp.get("/branches", ctx_policy=requires("branches:read"))
@describe(
    "listBranches",
    "List branches",
    tag=TAG,
    parameters=list_parameters(BRANCH_FILTERS),
    responses={200: Reply("A page of the tenant's branches, oldest first", paginated(BRANCH))},
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, BRANCH_FILTERS)
    rows, total = await list_branches(request.ctx.require_tenant(), query.filters, query.page)
    return many(request, "branch", [shapes.Branch.from_row(r) for r in rows], total, query.page)


@bp.post("/branches", ctx_policy=requires("branches:write"))
@describe(
    "createBranch",
    "Create a branch",
    tag=TAG,
    description="A new branch is active.",
    body=CreateBranch,
    responses={200: Reply("The new branch", single(BRANCH))},
    errors={409: "another branch of the tenant has this name"},
)
async def create_one(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CreateBranch)
    branch = await do_create_branch(request.ctx.require_tenant(), NewBranch(**body.model_dump()))
    return one(request, "branch", shapes.Branch.from_object(branch))


@bp.get("/branches/<id:int>", ctx_policy=requires("branches:read"))
@describe(
    "getBranch",
    "Retrieve a branch",
    tag=TAG,
    parameters=[BRANCH_ID],
    responses={200: Reply("The branch", single(BRANCH))},
    errors={404: NO_BRANCH},
)
async def get_one(request: AtriumRequest, id: int) -> HTTPResponse:
    branch = await access_branch_by_id(request.ctx.require_tenant(), id)
    return one(request, "branch", shapes.Branch.from_object(branch))


@bp.patch("/branches/<id:int>", ctx_policy=requires("branches:write"))
@describe(
    "updateBranch",
    "Update a branch",
    tag=TAG,
    description="Only the fields sent change; null clears an optional field. "
    "The status changes through PUT /branches/{id}/status.",
    parameters=[BRANCH_ID],
    body=UpdateBranch,
    responses={200: Reply("The updated branch", single(BRANCH))},
    errors={404: NO_BRANCH, 409: "another branch of the tenant has this name"},
)
async def update_one(request: AtriumRequest, id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateBranch)
    branch = await access_branch_by_id(tenant, id)
    branch = await do_update_branch(tenant, branch, body.changes())
    return one(request, "branch", shapes.Branch.from_object(branch))


@bp.put("/branches/<id:int>/status", ctx_policy=requires("branches:write"))
@describe(
    "updateBranchStatus",
    "Activate or deactivate a branch",
    tag=TAG,
    parameters=[BRANCH_ID],
    body=BranchStatus,
    responses={204: Reply("The branch has the status asked for")},
    errors={404: NO_BRANCH},
)
async def set_status(request: AtriumRequest, id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, BranchStatus)
    branch = await access_branch_by_id(tenant, id)
    await do_update_branch(tenant, branch, {"is_active": body.is_active})
    return no_content()


@bp.delete("/branches/<id:int>", ctx_policy=requires("branches:write"))
@describe(
    "deleteBranch",
    "Delete a branch",
    tag=TAG,
    description="Its users, courses and enrollments stay; only their link to the branch goes.",
    parameters=[BRANCH_ID],
    responses={204: Reply("The branch is deleted")},
    errors={404: NO_BRANCH},
)
async def delete_one(request: AtriumRequest, id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_branch(tenant, await access_branch_by_id(tenant, id))
    return no_content()


@bp.post("/branch-users", ctx_policy=requires("branches:write"))
@describe(
    "createBranchUser",
    "Add a user to a branch",
    tag=TAG,
    body=BranchUserLink,
    responses={200: Reply("The branch's user", single(BRANCH_USER))},
    errors={
        404: "the branch or the user is not the tenant's",
        409: "the user is already in the branch",
    },
)
async def add_user(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, BranchUserLink)
    link = await do_add_branch_user(request.ctx.require_tenant(), body.branch_id, body.user_id)
    return one(
        request,
        "branch_user",
        shapes.BranchUser.from_object(link),
    )


@bp.delete("/branch-users", ctx_policy=requires("branches:write"))
@describe(
    "deleteBranchUser",
    "Remove a user from a branch",
    tag=TAG,
    body=BranchUserLink,
    responses={204: Reply("The user is no longer in the branch")},
    errors={404: "the branch is not the tenant's, or the user is not in it"},
)
async def remove_user(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, BranchUserLink)
    await do_remove_branch_user(request.ctx.require_tenant(), body.branch_id, body.user_id)
    return no_content()


@bp.post("/branch-courses", ctx_policy=requires("branches:write"))
@describe(
    "createBranchCourse",
    "Add a course to a branch",
    tag=TAG,
    description="The course joins the branch's catalog; no one is enrolled.",
    body=BranchCourseLink,
    responses={200: Reply("The branch's course", single(BRANCH_COURSE))},
    errors={
        404: "the branch or the course is not the tenant's",
        409: "the course is already in the branch",
    },
)
async def add_course(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, BranchCourseLink)
    link = await do_add_branch_course(request.ctx.require_tenant(), body.branch_id, body.course_id)
    return one(
        request,
        "branch_course",
        shapes.BranchCourse.from_object(link),
    )


@bp.delete("/branch-courses", ctx_policy=requires("branches:write"))
@describe(
    "deleteBranchCourse",
    "Remove a course from a branch",
    tag=TAG,
    description="Users enrolled in the course stay enrolled.",
    body=BranchCourseLink,
    responses={204: Reply("The course is no longer in the branch")},
    errors={404: "the branch is not the tenant's, or the course is not in it"},
)
async def remove_course(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, BranchCourseLink)
    await do_remove_branch_course(request.ctx.require_tenant(), body.branch_id, body.course_id)
    return no_content()
