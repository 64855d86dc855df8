"""``/api/v2/enrollments``: enroll a user in a course, remove them, list enrollments.

As in TalentLMS, the user and course go in a JSON body for DELETE too. The list is Atrium's
addition to TalentLMS's enrollment endpoints.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Id
from api.listing import parse_list_query
from api.openapi import (
    Reply,
    describe,
    list_parameters,
    paginated,
    shape_component,
    single,
)
from api.policy import requires
from api.request import AtriumRequest
from api.responses import many, no_content, one
from domain.enrollments import ENROLLMENT_FILTERS, do_enroll, do_unenroll, list_enrollments
from models.learning import EnrollmentRole
from shapes import enrollments as shapes

bp = Blueprint("enrollments")
TAG = "Enrollments"


class Enroll(BaseModel):
    model_config = BODY_CONFIG

    course_id: Id
    user_id: Id
    role: Literal["learner", "instructor"] = "learner"


class Unenroll(BaseModel):
    model_config = BODY_CONFIG

    course_id: Id
    user_id: Id


ENROLLMENT = shape_component(shapes.Enrollment)


@bp.get("/enrollments", ctx_policy=requires("enrollments:read"))
@describe(
    "listEnrollments",
    "List enrollments",
    tag=TAG,
    description="Oldest first. Filter by user, course, status, role and time ranges.",
    parameters=list_parameters(ENROLLMENT_FILTERS),
    responses={200: Reply("A page of the tenant's enrollments", paginated(ENROLLMENT))},
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, ENROLLMENT_FILTERS)
    rows, total = await list_enrollments(request.ctx.require_tenant(), query.filters, query.page)
    return many(
        request, "enrollment", [shapes.Enrollment.from_row(r) for r in rows], total, query.page
    )


@bp.post("/enrollments", ctx_policy=requires("enrollments:write"))
@describe(
    "createEnrollment",
    "Enroll a user in a course",
    tag=TAG,
    description="The role defaults to learner.",
    body=Enroll,
    responses={200: Reply("The new enrollment", single(ENROLLMENT))},
    errors={
        404: "the user or the course is not the tenant's",
        409: "the user is already enrolled in the course",
    },
)
async def enroll(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, Enroll)
    enrollment = await do_enroll(
        request.ctx.require_tenant(), body.user_id, body.course_id, EnrollmentRole(body.role)
    )
    return one(request, "enrollment", shapes.Enrollment.from_object(enrollment))


@bp.delete("/enrollments", ctx_policy=requires("enrollments:write"))
@describe(
    "deleteEnrollment",
    "Remove a user from a course",
    tag=TAG,
    description="The user's unit progress and certificates are kept.",
    body=Unenroll,
    responses={204: Reply("The user is no longer enrolled")},
    errors={404: "the user is not enrolled in the course (or either is not the tenant's)"},
)
async def unenroll(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, Unenroll)
    await do_unenroll(request.ctx.require_tenant(), body.user_id, body.course_id)
    return no_content()
