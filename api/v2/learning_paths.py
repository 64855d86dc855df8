"""``/api/v2/learning-paths``: list and retrieve, enroll and unenroll users (TalentLMS); create,
update and delete (Atrium).

Enrolling a user in a path enrolls them in its courses (see `domain.learning_paths`).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Id, LongText, Name, ShortText
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
from domain.learning_paths import (
    LEARNING_PATH_FILTERS,
    NewLearningPath,
    access_learning_path_by_id,
    do_create_learning_path,
    do_delete_learning_path,
    do_enroll_in_learning_path,
    do_unenroll_from_learning_path,
    do_update_learning_path,
    learning_path_courses,
    list_learning_paths,
)
from models.course import LearningPath
from shapes import learning_paths as shapes
from tenants.records import TenantRecord

bp = Blueprint("learning_paths")
TAG = "Learning paths"
MAX_COURSES = 500

CourseIds = Annotated[
    list[Id],
    Field(
        max_length=MAX_COURSES,
        json_schema_extra={"uniqueItems": True},
        description="The path's courses in order, each once",
    ),
]


class CreateLearningPath(BaseModel):
    model_config = BODY_CONFIG

    name: Name
    code: ShortText | None = None
    description: LongText | None = None
    is_active: bool = True
    course_ids: CourseIds = Field(default_factory=list)


class UpdateLearningPath(PartialBody):
    """Only the fields given change; course_ids replaces the path's courses."""

    NULLABLE = frozenset({"code", "description"})

    name: Name | None = None
    code: ShortText | None = None
    description: LongText | None = None
    is_active: bool | None = None
    course_ids: CourseIds | None = None


class PathEnrollmentBody(BaseModel):
    model_config = BODY_CONFIG

    user_id: Id
    learning_path_id: Id


LEARNING_PATH_LIST_ITEM = shape_component(shapes.LearningPathListItem)
LEARNING_PATH = shape_component(shapes.LearningPath)
LEARNING_PATH_ENROLLMENT = shape_component(shapes.LearningPathEnrollment)
PATH_ID = path_id("learning_path_id", "The learning path's id")
NOT_FOUND = {404: "the tenant has no learning path with this id"}
LIST_PARAMETERS = list_parameters(LEARNING_PATH_FILTERS)
WRITE_ERRORS = {
    404: "a course in course_ids is not the tenant's",
    422: "course_ids names a course more than once",
}


async def learning_path_detail(tenant: TenantRecord, path: LearningPath) -> dict[str, Any]:
    courses = await learning_path_courses(tenant, path.id)
    return shapes.LearningPath.from_object(
        path, courses=[shapes.LearningPathCourse.from_row(c) for c in courses]
    )


@bp.get("/learning-paths", ctx_policy=requires("courses:read"))
@describe(
    "listLearningPaths",
    "List learning paths",
    tag=TAG,
    description="filter[keyword][like] matches the name, the code or the description.",
    parameters=LIST_PARAMETERS,
    responses={
        200: Reply(
            "A page of the tenant's learning paths, oldest first",
            paginated(LEARNING_PATH_LIST_ITEM),
        )
    },
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, LEARNING_PATH_FILTERS)
    rows, total = await list_learning_paths(request.ctx.require_tenant(), query.filters, query.page)
    items = [shapes.LearningPathListItem.from_row(r) for r in rows]
    return many(request, "learning_path", items, total, query.page)


@bp.post("/learning-paths", ctx_policy=requires("courses:write"))
@describe(
    "createLearningPath",
    "Create a learning path",
    tag=TAG,
    body=CreateLearningPath,
    responses={200: Reply("The new learning path", single(LEARNING_PATH))},
    errors=WRITE_ERRORS,
)
async def create(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, CreateLearningPath)
    path = await do_create_learning_path(
        tenant,
        NewLearningPath(
            name=body.name,
            code=body.code,
            description=body.description,
            is_active=body.is_active,
            course_ids=tuple(body.course_ids),
        ),
    )
    return one(request, "learning_path", await learning_path_detail(tenant, path))


@bp.get("/learning-paths/<learning_path_id:int>", ctx_policy=requires("courses:read"))
@describe(
    "getLearningPath",
    "Retrieve a learning path",
    tag=TAG,
    description="With its courses in order.",
    parameters=[PATH_ID],
    responses={200: Reply("The learning path", single(LEARNING_PATH))},
    errors=NOT_FOUND,
)
async def get(request: AtriumRequest, learning_path_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    path = await access_learning_path_by_id(tenant, learning_path_id)
    return one(request, "learning_path", await learning_path_detail(tenant, path))


@bp.patch("/learning-paths/<learning_path_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "updateLearningPath",
    "Update a learning path",
    tag=TAG,
    description="Only the fields given change. course_ids replaces the path's courses; the "
    "path's users are enrolled in the courses new to it. Course enrollments are kept when a "
    "course leaves the path.",
    parameters=[PATH_ID],
    body=UpdateLearningPath,
    responses={200: Reply("The learning path as it is now", single(LEARNING_PATH))},
    errors={**WRITE_ERRORS, 404: f"{NOT_FOUND[404]}; or {WRITE_ERRORS[404]}"},
)
async def update(request: AtriumRequest, learning_path_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateLearningPath)
    changes = body.changes()
    course_ids = changes.pop("course_ids", None)
    path = await access_learning_path_by_id(tenant, learning_path_id)
    updated = await do_update_learning_path(tenant, path, changes, course_ids)
    return one(request, "learning_path", await learning_path_detail(tenant, updated))


@bp.delete("/learning-paths/<learning_path_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "deleteLearningPath",
    "Delete a learning path",
    tag=TAG,
    description="The course enrollments it gave are kept.",
    parameters=[PATH_ID],
    responses={204: Reply("The learning path is deleted")},
    errors=NOT_FOUND,
)
async def delete(request: AtriumRequest, learning_path_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    path = await access_learning_path_by_id(tenant, learning_path_id)
    await do_delete_learning_path(tenant, path)
    return no_content()


@bp.post("/learning-paths/enrollments", ctx_policy=requires("enrollments:write"))
@describe(
    "enrollInLearningPath",
    "Enroll a user in a learning path",
    tag=TAG,
    description="The user is also enrolled in each of the path's courses they are not "
    "enrolled in yet.",
    body=PathEnrollmentBody,
    responses={200: Reply("The enrollment", single(LEARNING_PATH_ENROLLMENT))},
    errors={
        404: "the user or the learning path is not the tenant's",
        409: "the user is already enrolled in the learning path",
    },
)
async def enroll(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, PathEnrollmentBody)
    enrolled = await do_enroll_in_learning_path(
        request.ctx.require_tenant(), body.user_id, body.learning_path_id
    )
    return one(
        request,
        "learning_path_enrollment",
        shapes.LearningPathEnrollment.from_object(
            enrolled.enrollment, enrolled_course_ids=enrolled.enrolled_course_ids
        ),
    )


@bp.delete("/learning-paths/enrollments", ctx_policy=requires("enrollments:write"))
@describe(
    "unenrollFromLearningPath",
    "Remove a user from a learning path",
    tag=TAG,
    description="The user's course enrollments, and their progress, are kept.",
    body=PathEnrollmentBody,
    responses={204: Reply("The user is no longer in the learning path")},
    errors={404: "the user is not in the learning path (or the path is not the tenant's)"},
)
async def unenroll(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, PathEnrollmentBody)
    await do_unenroll_from_learning_path(
        request.ctx.require_tenant(), body.user_id, body.learning_path_id
    )
    return no_content()
