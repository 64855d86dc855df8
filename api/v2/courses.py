"""``/api/v2/courses``: list, create, retrieve, delete (TalentLMS), update (Atrium), and the
launch link ``/courses/{course_id}/users/{user_id}/goto``."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field, WithJsonSchema
from sanic import Blueprint, HTTPResponse
from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import String

from api.body import parse_body
from api.fields import (
    BODY_CONFIG,
    NO_NUL_PATTERN,
    Count,
    Id,
    LongText,
    Name,
    Price,
    ShortText,
    Timestamp,
)
from api.listing import check_known, parse_list_query, single_arg
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
from domain.course_fields import COURSE_CUSTOM_FIELDS
from domain.course_launch import LAUNCH_LINK_TTL, do_create_launch_link
from domain.courses import (
    COURSE_FILTERS,
    NewCourse,
    access_course_by_id,
    do_create_course,
    do_delete_course,
    do_update_course,
    list_courses,
)
from domain.custom_fields import custom_field_values
from domain.units import unit_summaries
from models.course import SLUG_MAX, SLUG_PATTERN, Course
from shapes import courses as shapes
from tenants.records import TenantRecord

bp = Blueprint("courses")
TAG = "Courses"
MAX_CUSTOM_FIELDS = 100

Slug = Annotated[
    str,
    Field(
        min_length=1,
        max_length=SLUG_MAX,
        pattern=SLUG_PATTERN,
        description="The course's URL name in the public catalog, unique in the tenant",
        json_schema_extra={"example": "intro-to-safety"},
    ),
]
# Each value is checked against its field's type by the domain, which knows the field.
CustomValue = Annotated[
    Any,
    WithJsonSchema(
        {
            "anyOf": [{"type": "string", "pattern": NO_NUL_PATTERN}, {"type": "boolean"}],
            "nullable": True,
        }
    ),
]
CustomFields = Annotated[
    dict[str, CustomValue],
    Field(
        max_length=MAX_CUSTOM_FIELDS,
        description=(
            "Values of the tenant's course fields (GET /course-fields) by field name: text and "
            "dropdown fields take a string (a dropdown, one of its options), a checkbox true or "
            "false, a date YYYY-MM-DD; null clears a value. An unknown name is a 404; a "
            "mandatory field left without a value is a 422."
        ),
    ),
]


class CreateCourse(BaseModel):
    model_config = BODY_CONFIG

    name: Name
    code: ShortText | None = Field(None, description="Unique in the tenant")
    description: LongText | None = None
    category_id: Id | None = Field(None, description="One of the tenant's categories")
    price: Price | None = None
    capacity: Count | None = Field(None, description="Most learners at once; null: no limit")
    level: Count | None = None
    time_limit: Count | None = Field(None, description="Days a learner has; null: no limit")
    start_datetime: Timestamp | None = None
    expiration_datetime: Timestamp | None = Field(
        None, description="Not earlier than start_datetime"
    )
    is_active: bool = True
    is_published: bool = Field(False, description="Listed in the public catalog")
    slug: Slug | None = Field(None, description="Derived from the name when left out")
    custom_fields: CustomFields = Field(default_factory=dict)


class UpdateCourse(PartialBody):
    """Only the fields given change; null clears an optional one."""

    NULLABLE = frozenset(
        {
            "code",
            "description",
            "category_id",
            "price",
            "capacity",
            "level",
            "time_limit",
            "start_datetime",
            "expiration_datetime",
        }
    )

    name: Name | None = None
    code: ShortText | None = None
    description: LongText | None = None
    category_id: Id | None = None
    price: Price | None = None
    capacity: Count | None = None
    level: Count | None = None
    time_limit: Count | None = None
    start_datetime: Timestamp | None = None
    expiration_datetime: Timestamp | None = None
    is_active: bool | None = None
    is_published: bool | None = None
    slug: Slug | None = Field(None, description="Changing it breaks the course's published links")
    custom_fields: CustomFields | None = None


COURSE_LIST_ITEM = shape_component(shapes.CourseListItem)
COURSE = shape_component(shapes.Course)
LAUNCH_LINK = shape_component(shapes.CourseLaunchLink)
COURSE_ID = path_id("course_id", "The course's id")
USER_ID = path_id("user_id", "The user's id")
NOT_FOUND = {404: "the tenant has no course with this id"}
WRITE_ERRORS = {
    404: "category_id is not one of the tenant's categories, or a custom field name is not one "
    "of its course fields",
    409: "the code or the slug is taken",
    422: "expiration_datetime is earlier than start_datetime, or a custom field value does not "
    "suit its field or a mandatory one is left without a value",
}
LIST_PARAMETERS = list_parameters(COURSE_FILTERS)
_BASE64 = String(pattern=r"^[A-Za-z0-9+/_-]+={0,2}$", maxLength=4096)
REDIRECTS = ("logout_redirect", "course_completed_redirect")
GOTO_PARAMETERS = [
    COURSE_ID,
    USER_ID,
    Parameter(
        "logout_redirect",
        _BASE64,
        "query",
        description="Base64 of the http(s) URL to send the user to when they log out",
    ),
    Parameter(
        "course_completed_redirect",
        _BASE64,
        "query",
        description="Base64 of the http(s) URL to send the user to when they complete the course",
    ),
]


async def course_detail(tenant: TenantRecord, course: Course) -> dict[str, Any]:
    return shapes.Course.from_object(
        course,
        units=[shapes.CourseUnit.from_row(u) for u in await unit_summaries(tenant, course.id)],
        custom_fields=await custom_field_values(COURSE_CUSTOM_FIELDS, tenant, course.id),
    )


@bp.get("/courses", ctx_policy=requires("courses:read"))
@describe(
    "listCourses",
    "List courses",
    tag=TAG,
    description="filter[custom_field_value][eq] keeps the courses holding that value in any "
    "of their custom fields.",
    parameters=LIST_PARAMETERS,
    responses={
        200: Reply("A page of the tenant's courses, oldest first", paginated(COURSE_LIST_ITEM))
    },
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, COURSE_FILTERS)
    rows, total = await list_courses(request.ctx.require_tenant(), query.filters, query.page)
    return many(
        request, "course", [shapes.CourseListItem.from_row(r) for r in rows], total, query.page
    )


@bp.post("/courses", ctx_policy=requires("courses:write"))
@describe(
    "createCourse",
    "Create a course",
    tag=TAG,
    body=CreateCourse,
    responses={200: Reply("The new course", single(COURSE))},
    errors=WRITE_ERRORS,
)
async def create(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, CreateCourse)
    course = await do_create_course(tenant, NewCourse(**body.model_dump()))
    return one(request, "course", await course_detail(tenant, course))


@bp.get("/courses/<course_id:int>", ctx_policy=requires("courses:read"))
@describe(
    "getCourse",
    "Retrieve a course",
    tag=TAG,
    description="With its units in course order and every custom field's value.",
    parameters=[COURSE_ID],
    responses={200: Reply("The course", single(COURSE))},
    errors=NOT_FOUND,
)
async def get(request: AtriumRequest, course_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    course = await access_course_by_id(tenant, course_id)
    return one(request, "course", await course_detail(tenant, course))


@bp.patch("/courses/<course_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "updateCourse",
    "Update a course",
    tag=TAG,
    description="Only the fields given change; null clears an optional field or a custom "
    "field's value. The slug stays when the name changes.",
    parameters=[COURSE_ID],
    body=UpdateCourse,
    responses={200: Reply("The course as it is now", single(COURSE))},
    errors={**WRITE_ERRORS, 404: f"{NOT_FOUND[404]}; or {WRITE_ERRORS[404]}"},
)
async def update(request: AtriumRequest, course_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateCourse)
    changes = body.changes()
    custom_fields = changes.pop("custom_fields", None)
    course = await access_course_by_id(tenant, course_id)
    updated = await do_update_course(tenant, course, changes, custom_fields)
    return one(request, "course", await course_detail(tenant, updated))


@bp.delete("/courses/<course_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "deleteCourse",
    "Delete a course",
    tag=TAG,
    description="With its units, custom field values and enrollments, and its learners' "
    "progress in it.",
    parameters=[COURSE_ID],
    responses={204: Reply("The course is deleted")},
    errors=NOT_FOUND,
)
async def delete(request: AtriumRequest, course_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_course(tenant, await access_course_by_id(tenant, course_id))
    return no_content()


def _redirects(request: AtriumRequest) -> dict[str, str | None]:
    check_known(request, REDIRECTS)
    return {name: single_arg(request, name) for name in REDIRECTS}


@bp.get("/courses/<course_id:int>/users/<user_id:int>/goto", ctx_policy=requires("users:write"))
@describe(
    "gotoCourse",
    "Get a course launch link for a user",
    tag=TAG,
    description=(
        "A one-time URL on the tenant's host that signs the user in and opens the course, "
        f"valid for {int(LAUNCH_LINK_TTL.total_seconds() // 60)} minutes. The user must be "
        "active and enrolled in the course, and the course active. It needs users:write: "
        "the link signs in as the user. The page the URL opens is the learner site's, not "
        "part of this API."
    ),
    parameters=GOTO_PARAMETERS,
    responses={200: Reply("The launch link", single(LAUNCH_LINK))},
    errors={
        404: "the tenant has no course or no user with this id",
        409: "the user is not enrolled in the course, or the user or the course is inactive",
        400: "a redirect is not base64 of an http(s) URL",
    },
)
async def goto(request: AtriumRequest, course_id: int, user_id: int) -> HTTPResponse:
    redirects = _redirects(request)
    link = await do_create_launch_link(
        request.ctx.require_tenant(),
        course_id,
        user_id,
        base_url=f"{request.scheme}://{request.host}",
        logout_redirect=redirects["logout_redirect"],
        course_completed_redirect=redirects["course_completed_redirect"],
    )
    return one(
        request,
        "course_launch_link",
        shapes.CourseLaunchLink.from_object(link),
    )
