"""Progress over time and per course: ``/api/v2/progress-history``, ``/api/v2/stats`` and
``/api/v2/courses/{course_id}/lesson-progress``. Days are counted in the tenant's time zone."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from sanic import Blueprint, HTTPResponse

from api.listing import check_known
from api.openapi import DATE_SCHEMA, ID, Reply, component, describe, nullable, path_id, single
from api.policy import requires
from api.report_query import (
    DATE_FROM,
    DATE_TO,
    DAY_RANGE_PARAMETERS,
    USER_ID,
    day_range_args,
    user_id_arg,
    user_id_parameter,
)
from api.responses import one
from core.request import AtriumRequest
from domain.progress_reports import lesson_progress, progress_history, tenant_stats

bp = Blueprint("progress_reports")
TAG = "Progress analytics"
SCOPE = "reports:read"
_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}
_MINUTES: dict[str, Any] = {"type": "number", "minimum": 0}
_PERCENT: dict[str, Any] = nullable(
    {"type": "number", "minimum": 0, "maximum": 100, "description": "Mean score in percent"}
)
_ZONE = {"type": "string", "example": "Europe/Athens", "description": "The tenant's time zone"}

HISTORY = component(
    "ProgressHistory",
    {
        "type": "object",
        "required": ["user_id", "timezone", "date_from", "date_to", "days"],
        "properties": {
            "user_id": nullable(ID),
            "timezone": _ZONE,
            "date_from": DATE_SCHEMA,
            "date_to": DATE_SCHEMA,
            "days": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["date", "events", "completions", "minutes", "average_score"],
                    "properties": {
                        "date": DATE_SCHEMA,
                        "events": _COUNT,
                        "completions": _COUNT,
                        "minutes": _MINUTES,
                        "average_score": _PERCENT,
                    },
                },
            },
        },
    },
)
STATS = component(
    "TenantStats",
    {
        "type": "object",
        "required": [
            "timezone",
            "date_from",
            "date_to",
            "active_learners",
            "events",
            "completions",
            "courses_completed",
            "minutes",
            "average_score",
        ],
        "properties": {
            "timezone": _ZONE,
            "date_from": DATE_SCHEMA,
            "date_to": DATE_SCHEMA,
            "active_learners": {**_COUNT, "description": "Learners with at least one event"},
            "events": _COUNT,
            "completions": {**_COUNT, "description": "Exercises and lessons completed or passed"},
            "courses_completed": _COUNT,
            "minutes": _MINUTES,
            "average_score": _PERCENT,
        },
    },
)
LESSON_PROGRESS = component(
    "LessonProgress",
    {
        "type": "object",
        "required": ["course_id", "user_id", "learners", "lessons"],
        "properties": {
            "course_id": ID,
            "user_id": nullable(ID),
            "learners": {**_COUNT, "description": "The course's learners (1 for one user)"},
            "lessons": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": [
                        "lesson_id",
                        "name",
                        "position",
                        "completions",
                        "completion_rate",
                        "average_score",
                        "active_learners",
                        "time_spent_seconds",
                        "average_time_seconds",
                    ],
                    "properties": {
                        "lesson_id": ID,
                        "name": {"type": "string"},
                        "position": {"type": "integer", "minimum": 1},
                        "completions": _COUNT,
                        "completion_rate": nullable({"type": "number", "minimum": 0}),
                        "average_score": _PERCENT,
                        "active_learners": _COUNT,
                        "time_spent_seconds": _COUNT,
                        "average_time_seconds": nullable(_COUNT),
                    },
                },
            },
        },
    },
)
_RANGE_ERRORS = {
    400: "a date is malformed or out of range, date_from is after date_to, or the range is "
    "longer than 366 days"
}


@bp.get("/progress-history", ctx_policy=requires(SCOPE))
@describe(
    "getProgressHistory",
    "Daily progress",
    tag=TAG,
    description=(
        "One bucket per day of the range, in the tenant's time zone (days without activity "
        "included): events, completions, minutes and average score, for the whole tenant or "
        "one learner."
    ),
    parameters=[
        user_id_parameter(False, "Only this learner (default: every learner)"),
        *DAY_RANGE_PARAMETERS,
    ],
    responses={200: Reply("The daily buckets", single(HISTORY))},
    errors={**_RANGE_ERRORS, 404: "the tenant has no user with this id"},
)
async def get_progress_history(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    check_known(request, frozenset({USER_ID, DATE_FROM, DATE_TO}))
    user_id = user_id_arg(request)
    zone = ZoneInfo(tenant.timezone)
    days = day_range_args(request, zone)
    return one(request, "progress_history", await progress_history(tenant, zone, days, user_id))


@bp.get("/stats", ctx_policy=requires(SCOPE))
@describe(
    "getStats",
    "Tenant activity",
    tag=TAG,
    description=(
        "Learners active in the range (at least one progress event), their events, "
        "completions, minutes and average score, and the courses completed in it."
    ),
    parameters=DAY_RANGE_PARAMETERS,
    responses={200: Reply("The tenant's figures", single(STATS))},
    errors=_RANGE_ERRORS,
)
async def get_stats(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    check_known(request, frozenset({DATE_FROM, DATE_TO}))
    zone = ZoneInfo(tenant.timezone)
    days = day_range_args(request, zone)
    return one(request, "stats", await tenant_stats(tenant, zone, days))


@bp.get("/courses/<course_id:int>/lesson-progress", ctx_policy=requires(SCOPE))
@describe(
    "getLessonProgress",
    "Progress per lesson",
    tag=TAG,
    description=(
        "Each active lesson of the course in order: completions and the share of the "
        "course's learners they are, average score, and time spent; for one learner with "
        "user_id."
    ),
    parameters=[
        path_id("course_id", "The course's id"),
        user_id_parameter(False, "Only this learner (default: every learner)"),
    ],
    responses={200: Reply("The course's lessons", single(LESSON_PROGRESS))},
    errors={404: "the tenant has no course, or no user, with this id"},
)
async def get_lesson_progress(request: AtriumRequest, course_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    check_known(request, frozenset({USER_ID}))
    user_id = user_id_arg(request)
    return one(request, "lesson_progress", await lesson_progress(tenant, course_id, user_id))
