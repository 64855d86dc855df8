"""``/api/v2/public/courses``: the tenant's public catalog, its published courses, without a
key. Responses are cacheable (``Cache-Control: public``, ``ETag``, 304 on ``If-None-Match``);
tenant resolution, the version header and rate limits apply as everywhere else."""

from __future__ import annotations

from typing import Any

from sanic import Blueprint, HTTPResponse
from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import String

from api.caching import CACHE_HEADERS, cacheable_json
from api.listing import envelope, parse_list_query
from api.openapi import (
    Reply,
    describe,
    list_parameters,
    paginated,
    shape_component,
    single,
)
from api.policy import PUBLIC
from api.request import AtriumRequest
from api.versions import LATEST, to_version
from domain.public_catalog import PUBLIC_COURSE_FILTERS, access_public_course, list_public_courses
from models.course import SLUG_MAX, SLUG_PATTERN
from shapes import public_catalog as shapes

bp = Blueprint("public_catalog")
TAG = "Public catalog"
# Long enough to spare the database under a crowd, short enough that edits show soon.
MAX_AGE_SECONDS = 300

PUBLIC_COURSE_LIST_ITEM = shape_component(shapes.PublicCourseListItem)
PUBLIC_COURSE = shape_component(shapes.PublicCourse)
IF_NONE_MATCH = Parameter(
    "If-None-Match",
    String(),
    "header",
    description="The ETag of a copy you hold: 304 with no body while it is current",
)
SLUG = Parameter(
    "slug",
    String(pattern=SLUG_PATTERN, minLength=1, maxLength=SLUG_MAX),
    "path",
    required=True,
    description="The course's slug",
)
NOT_MODIFIED = "Not modified: the copy named by If-None-Match is current"


def _versioned(request: AtriumRequest, course: dict[str, Any]) -> dict[str, Any]:
    return to_version("public_course", course, request.ctx.api_version or LATEST)


@bp.get("/public/courses", ctx_policy=PUBLIC)
@describe(
    "listPublicCourses",
    "List the public catalog",
    tag=TAG,
    description="The tenant's published, active courses, oldest first. No API key; cacheable "
    f"for {MAX_AGE_SECONDS} s.",
    parameters=[*list_parameters(PUBLIC_COURSE_FILTERS), IF_NONE_MATCH],
    responses={
        200: Reply(
            "A page of the catalog",
            paginated(PUBLIC_COURSE_LIST_ITEM),
            headers=CACHE_HEADERS,
        ),
        304: Reply(NOT_MODIFIED, headers=CACHE_HEADERS),
    },
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, PUBLIC_COURSE_FILTERS)
    rows, total = await list_public_courses(request.ctx.require_tenant(), query.filters, query.page)
    items = [_versioned(request, shapes.PublicCourseListItem.from_row(row)) for row in rows]
    return cacheable_json(request, envelope(request, items, total, query.page), MAX_AGE_SECONDS)


@bp.get("/public/courses/<slug:str>", ctx_policy=PUBLIC)
@describe(
    "getPublicCourse",
    "Retrieve a course of the public catalog",
    tag=TAG,
    description=f"With its active lessons in order. No API key; cacheable for {MAX_AGE_SECONDS} s.",
    parameters=[SLUG, IF_NONE_MATCH],
    responses={
        200: Reply("The course", single(PUBLIC_COURSE), headers=CACHE_HEADERS),
        304: Reply(NOT_MODIFIED, headers=CACHE_HEADERS),
    },
    errors={404: "the tenant has no published, active course with this slug"},
)
async def get(request: AtriumRequest, slug: str) -> HTTPResponse:
    course = await access_public_course(request.ctx.require_tenant(), slug)
    lessons = [shapes.PublicLesson.from_row(lesson) for lesson in course["lessons"]]
    detail = shapes.PublicCourse.from_row(course, lessons=lessons)
    return cacheable_json(request, {"_data": _versioned(request, detail)}, MAX_AGE_SECONDS)
