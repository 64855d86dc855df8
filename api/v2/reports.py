"""``/api/v2/statistics`` (the portal's counts) and ``/api/v2/timeline`` (its recent events)."""

from __future__ import annotations

from sanic import Blueprint, HTTPResponse

from api.listing import check_known, parse_list_query
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
from api.responses import many, one
from domain.statistics import portal_statistics
from domain.timeline import TIMELINE_FILTERS, list_timeline
from shapes import statistics as shapes
from shapes.tenants import TenantSummary
from shapes.timeline import TimelineEvent

bp = Blueprint("reports")
STATISTICS = shape_component(shapes.Statistics)
TIMELINE_EVENT = shape_component(TimelineEvent)


@bp.get("/statistics", ctx_policy=requires("reports:read"))
@describe(
    "getStatistics",
    "Get the portal's statistics",
    tag="Reports",
    description="How many users, courses, categories, groups, branches, learning paths, "
    "enrollments and completed enrollments the tenant has, and the tenant itself.",
    responses={200: Reply("The statistics", single(STATISTICS))},
)
async def statistics(request: AtriumRequest) -> HTTPResponse:
    check_known(request, ())
    tenant = request.ctx.require_tenant()
    body = shapes.Statistics.from_row(
        await portal_statistics(tenant),
        tenant=TenantSummary.from_object(tenant),
    )
    return one(request, "statistics", body)


@bp.get("/timeline", ctx_policy=requires("reports:read"))
@describe(
    "getTimeline",
    "Get the timeline",
    tag="Reports",
    description=(
        "The tenant's events, newest first, named as TalentLMS names them (`user_create_user`, "
        "`course_add_user`, `course_completion`, …), with the ids of the user, course, unit, "
        "group and branch they concern. Filter by `type` and by `created_at` range."
    ),
    parameters=list_parameters(TIMELINE_FILTERS),
    responses={200: Reply("A page of the timeline", paginated(TIMELINE_EVENT))},
)
async def timeline(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, TIMELINE_FILTERS)
    rows, total = await list_timeline(request.ctx.require_tenant(), query.filters, query.page)
    return many(
        request, "timeline_event", [TimelineEvent.from_row(r) for r in rows], total, query.page
    )
