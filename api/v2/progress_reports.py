"""Progress over time and per course: ``/api/v2/progress-history``, ``/api/v2/stats`` and
``/api/v2/courses/{course_id}/lesson-progress``. Days are counted in the tenant's time zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sanic import Blueprint, HTTPResponse

from api.listing import check_known
from api.openapi import (
    Reply,
    describe,
    path_id,
    shape_component,
    single,
)
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
from api.request import AtriumRequest
from api.responses import one
from domain.progress.reports import lesson_progress, progress_history, tenant_stats
from shapes import progress_reports as shapes

bp = Blueprint("progress_reports")
TAG = "Progress analytics"
SCOPE = "reports:read"
HISTORY = shape_component(shapes.ProgressHistory)
STATS = shape_component(shapes.TenantStats)
LESSON_PROGRESS = shape_component(shapes.LessonProgress)
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
    return one(
        request,
        "progress_history",
        shapes.ProgressHistory.from_row(await progress_history(tenant, zone, days, user_id)),
    )


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
    return one(
        request, "stats", shapes.TenantStats.from_row(await tenant_stats(tenant, zone, days))
    )


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
    return one(
        request,
        "lesson_progress",
        shapes.LessonProgress.from_row(await lesson_progress(tenant, course_id, user_id)),
    )
