"""``/api/v2/enrollments``: enroll a user in a course, remove them, list enrollments.

As in TalentLMS, the user and course go in a JSON body for DELETE too. The list is Atrium's
addition to TalentLMS's enrollment endpoints.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Id
from api.listing import parse_list_query
from api.openapi import (
    ID,
    TIMESTAMP_SCHEMA,
    Reply,
    component,
    describe,
    list_parameters,
    nullable,
    paginated,
    single,
)
from api.policy import requires
from api.responses import many, no_content, one
from core.jsonutil import isoformat
from core.request import AtriumRequest
from domain.enrollments import (
    ENROLLMENT_FILTERS,
    do_enroll,
    do_unenroll,
    list_enrollments,
)
from models.learning import Enrollment, EnrollmentRole, ProgressStatus

bp = Blueprint("enrollments")
TAG = "Enrollments"
ROLES = [r.value for r in EnrollmentRole]
STATUSES = [s.value for s in ProgressStatus]


class Enroll(BaseModel):
    model_config = BODY_CONFIG

    course_id: Id
    user_id: Id
    role: Literal["learner", "instructor"] = "learner"


class Unenroll(BaseModel):
    model_config = BODY_CONFIG

    course_id: Id
    user_id: Id


ENROLLMENT = component(
    "Enrollment",
    {
        "type": "object",
        "required": [
            "id",
            "user_id",
            "course_id",
            "role",
            "status",
            "progress_percent",
            "score",
            "time_spent_seconds",
            "enrolled_at",
            "completed_at",
            "last_updated",
        ],
        "properties": {
            "id": ID,
            "user_id": ID,
            "course_id": ID,
            "role": {"type": "string", "enum": ROLES},
            "status": {"type": "string", "enum": STATUSES},
            "progress_percent": {"type": "number", "minimum": 0, "maximum": 100},
            "score": nullable({"type": "number"}),
            "time_spent_seconds": {"type": "integer", "minimum": 0},
            "enrolled_at": TIMESTAMP_SCHEMA,
            "completed_at": nullable(TIMESTAMP_SCHEMA),
            "last_updated": TIMESTAMP_SCHEMA,
        },
    },
)


def enrollment_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "user_id": row["user_id"],
        "course_id": row["course_id"],
        "role": str(row["role"]),
        "status": str(row["status"]),
        "progress_percent": row["progress_percent"],
        "score": row["score"],
        "time_spent_seconds": row["time_spent_seconds"],
        "enrolled_at": isoformat(row["enrolled_at"]),
        "completed_at": isoformat(row["completed_at"]),
        "last_updated": isoformat(row["updated_at"]),
    }


def _row(enrollment: Enrollment, body: Enroll) -> dict[str, Any]:
    return {
        "id": enrollment.id,
        "user_id": body.user_id,
        "course_id": body.course_id,
        "role": enrollment.role,
        "status": enrollment.status,
        "progress_percent": enrollment.progress_percent,
        "score": enrollment.score,
        "time_spent_seconds": enrollment.time_spent_seconds,
        "enrolled_at": enrollment.enrolled_at,
        "completed_at": enrollment.completed_at,
        "updated_at": enrollment.updated_at,
    }


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
    return many(request, "enrollment", [enrollment_json(r) for r in rows], total, query.page)


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
    return one(request, "enrollment", enrollment_json(_row(enrollment, body)))


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
