"""``/api/v2/statistics`` (the portal's counts) and ``/api/v2/timeline`` (its recent events)."""

from __future__ import annotations

from typing import Any

from sanic import Blueprint, HTTPResponse

from api.listing import check_known, parse_list_query
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
from api.responses import many, one
from core.jsonutil import isoformat
from core.request import AtriumRequest
from domain.statistics import FIGURES, portal_statistics
from domain.timeline import (
    ENTITIES,
    TIMELINE_FILTERS,
    TIMELINE_NAMES,
    TIMELINE_TYPES,
    list_timeline,
    related_ids,
)
from models.tenant import Plan

bp = Blueprint("reports")
_COUNT = {"type": "integer", "minimum": 0}

STATISTICS = component(
    "Statistics",
    {
        "type": "object",
        "required": [*FIGURES, "tenant"],
        "properties": {
            **{figure: _COUNT for figure in FIGURES},
            "completions": {**_COUNT, "description": "Enrollments completed"},
            "tenant": {
                "type": "object",
                "required": ["id", "slug", "name", "plan"],
                "properties": {
                    "id": ID,
                    "slug": {"type": "string"},
                    "name": {"type": "string"},
                    "plan": {"type": "string", "enum": [p.value for p in Plan]},
                },
            },
        },
    },
)
TIMELINE_EVENT = component(
    "TimelineEvent",
    {
        "type": "object",
        "required": ["id", "type", "event_type", "created_at", *(f"{e}_id" for e in ENTITIES)],
        "properties": {
            "id": {"type": "integer", "minimum": 1},
            "type": {"type": "string", "enum": list(TIMELINE_NAMES)},
            "event_type": {
                "type": "string",
                "description": "The event's name in webhooks and exports",
                "enum": list(TIMELINE_TYPES),
            },
            "created_at": TIMESTAMP_SCHEMA,
            **{f"{e}_id": nullable({**ID, "description": f"The {e} concerned"}) for e in ENTITIES},
            "data": {"type": "object", "description": "What the event recorded"},
        },
    },
)


def timeline_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "type": TIMELINE_TYPES[row["type"]].name,
        "event_type": row["type"],
        "created_at": isoformat(row["created_at"]),
        **related_ids(row["type"], row["data"]),
        "data": row["data"],
    }


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
    body: dict[str, Any] = {
        **await portal_statistics(tenant),
        "tenant": {"id": tenant.id, "slug": tenant.slug, "name": tenant.name, "plan": tenant.plan},
    }
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
    return many(request, "timeline_event", [timeline_json(r) for r in rows], total, query.page)
