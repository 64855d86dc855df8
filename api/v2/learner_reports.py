"""What a learner's progress adds up to: ``/api/v2/cefr/report``, ``/api/v2/learning-insights``,
``/api/v2/gamification/stats`` and ``/leaderboard``, and TalentLMS's
``/api/v2/users/{id}/gamification`` from the same XP rules."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from sanic import Blueprint, HTTPResponse
from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import String

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
from api.policy import OWN_READ, requires
from api.report_query import learner_arg, user_id_parameter
from api.request import AtriumRequest
from api.responses import many, one
from core.errors import InvalidRequest
from domain.gamification import Period, leaderboard, learner_gamification
from domain.learner_skills import cefr_report, learning_insights
from models.content import CefrSkill
from shapes import learner_reports as shapes

bp = Blueprint("learner_reports")
TAG = "Learner analytics"
SCOPE = "reports:read"
PERIOD = "period"
_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}
_PERCENT: dict[str, Any] = {"type": "number", "minimum": 0, "maximum": 100}
_SKILL = {"type": "string", "enum": [s.value for s in CefrSkill]}
_LEARNER = user_id_parameter(
    False,
    "The learner: required, but for a learner's own token, where it defaults to theirs (another "
    "user's id: 404)",
)
_NO_USER = {404: "the tenant has no user with this id"}

CEFR_REPORT = shape_component(shapes.CefrReport)
INSIGHTS = shape_component(shapes.LearningInsights)
GAMIFICATION_STATS = shape_component(shapes.GamificationStats)
LEADERBOARD_ENTRY = shape_component(shapes.LeaderboardEntry)
USER_GAMIFICATION = shape_component(shapes.UserGamification)


@bp.get("/cefr/report", ctx_policy=requires(SCOPE, own=OWN_READ))
@describe(
    "getCefrReport",
    "CEFR level per skill",
    tag=TAG,
    description=(
        "Per skill, the highest CEFR level at which the learner passed at least `min_items` "
        "distinct exercises with a mean best score of at least `min_mean_score` %, and the "
        "evidence (distinct exercises attempted); `level` is null without enough evidence."
    ),
    parameters=[_LEARNER],
    responses={200: Reply("The estimate per skill", single(CEFR_REPORT))},
    errors=_NO_USER,
)
async def get_cefr_report(request: AtriumRequest) -> HTTPResponse:
    user_id = learner_arg(request)
    report = await cefr_report(request.ctx.require_tenant(), user_id)
    return one(request, "cefr_report", shapes.CefrReport.from_row(report))


@bp.get("/learning-insights", ctx_policy=requires(SCOPE, own=OWN_READ))
@describe(
    "getLearningInsights",
    "Learning insights",
    tag=TAG,
    description=(
        "The learner's strongest and weakest skill by mean score (skills with 3 scored results "
        "or more), their pace over the last 4 weeks, and the first lesson not completed of "
        "each course they are enrolled in (at most 5)."
    ),
    parameters=[_LEARNER],
    responses={200: Reply("The insights", single(INSIGHTS))},
    errors=_NO_USER,
)
async def get_learning_insights(request: AtriumRequest) -> HTTPResponse:
    user_id = learner_arg(request)
    found = await learning_insights(request.ctx.require_tenant(), user_id)
    return one(request, "learning_insights", shapes.LearningInsights.from_row(found))


@bp.get("/gamification/stats", ctx_policy=requires(SCOPE, own=OWN_READ))
@describe(
    "getGamificationStats",
    "A learner's XP, level, streaks and achievements",
    tag=TAG,
    description=(
        "XP (10 per completed or passed exercise, scaled by its score; 20 per completed "
        "lesson), the level it reaches, the current and longest streak of active days in the "
        "learner's time zone, and the achievements earned with when."
    ),
    parameters=[_LEARNER],
    responses={200: Reply("The learner's figures", single(GAMIFICATION_STATS))},
    errors=_NO_USER,
)
async def get_gamification_stats(request: AtriumRequest) -> HTTPResponse:
    user_id = learner_arg(request)
    stats = await learner_gamification(request.ctx.require_tenant(), user_id)
    return one(request, "gamification_stats", shapes.GamificationStats.from_row(stats))


@bp.get("/gamification/leaderboard", ctx_policy=requires(SCOPE))
@describe(
    "getLeaderboard",
    "Leaderboard",
    tag=TAG,
    description=(
        "Learners by XP earned in the period (this week from Monday, this month, or all "
        "time; days in the tenant's time zone), most first, ties by user id; equal XP share "
        "a rank. Learners without XP in the period are left out."
    ),
    parameters=[
        Parameter(
            PERIOD,
            String(enum=[p.value for p in Period], default=Period.ALL_TIME.value),
            "query",
            description="The period the XP is counted over",
        ),
        *list_parameters({}),
    ],
    responses={200: Reply("A page of the leaderboard", paginated(LEADERBOARD_ENTRY))},
    errors={400: "period is not week, month or all_time"},
)
async def get_leaderboard(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    page = parse_list_query(request, {}, extra=frozenset({PERIOD})).page
    raw = single_arg(request, PERIOD) or Period.ALL_TIME.value
    try:
        period = Period(raw)
    except ValueError:
        raise InvalidRequest(
            f"{PERIOD} must be one of {', '.join(p.value for p in Period)}", param=PERIOD
        ) from None
    items, total = await leaderboard(tenant, ZoneInfo(tenant.timezone), period, page)
    entries = [shapes.LeaderboardEntry.from_row(item) for item in items]
    return many(request, "leaderboard_entry", entries, total, page)


@bp.get("/users/<user_id:int>/gamification", ctx_policy=requires("users:read", own=OWN_READ))
@describe(
    "getUserGamification",
    "Get a user's gamification data",
    tag="Users",
    description=(
        "The user's points (XP), level and badges (the achievements of "
        "`/gamification/stats`), in TalentLMS's shape."
    ),
    parameters=[path_id("user_id", "The user's id")],
    responses={200: Reply("The user's gamification", single(USER_GAMIFICATION))},
    errors=_NO_USER,
)
async def get_user_gamification(request: AtriumRequest, user_id: int) -> HTTPResponse:
    check_known(request, frozenset())
    stats = await learner_gamification(request.ctx.require_tenant(), user_id)
    return one(request, "user_gamification", shapes.UserGamification.from_row(stats))
