"""What a learner's exercise results say about their skills: a CEFR level per skill, and
insights (strongest and weakest skill, pace, the lessons to take next).

CEFR estimate, per skill: an exercise is *passed* when any attempt was completed or passed; its
score is the best such attempt's (100 % when unscored). The level is the highest one at which
the learner passed at least `CEFR_MIN_ITEMS` distinct exercises of that skill with a mean score
of at least `CEFR_MIN_SCORE` %; no level when none qualifies. The evidence is the number of
distinct exercises of the skill the learner attempted.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise import connections

from core.sql import tenant_query
from domain.progress.scoring import COMPLETING, score_percent
from domain.users import check_user_exists
from models.content import CefrLevel, CefrSkill
from models.course import Unit, UnitType
from models.learning import Enrollment, ProgressStatus, UnitProgress
from models.progress import LEVELS_BY_CODE, SKILLS_BY_CODE
from tenants.records import TenantRecord

CEFR_MIN_ITEMS = 3
CEFR_MIN_SCORE = 70.0
# A skill needs this many scored results to be called strongest or weakest.
INSIGHT_MIN_RESULTS = 3
PACE_WEEKS = 4
MAX_RECOMMENDATIONS = 5


async def _results(tenant: TenantRecord, user_id: int) -> list[dict[str, Any]]:
    """The learner's exercise events that carry a skill, as plain rows."""
    await check_user_exists(tenant, user_id)
    return await tenant_query(
        connections.get("default"),
        tenant.id,
        'SELECT "training_item_id", "skill", "level", "outcome", "score", "max_score", '
        '"occurred_at" FROM "progress_events" WHERE "tenant_id" = :tenant AND "user_id" = ? '
        'AND "training_item_id" IS NOT NULL AND "skill" IS NOT NULL',
        [user_id],
    )


def estimate_levels(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per skill, in `CefrSkill` order: the estimated level (or None), the evidence, and the
    exercises passed and their mean score at that level."""
    attempted: dict[CefrSkill, set[int]] = defaultdict(set)
    best: dict[tuple[CefrSkill, CefrLevel, int], float] = {}
    for row in results:
        skill, item = SKILLS_BY_CODE.get(row["skill"]), row["training_item_id"]
        level = LEVELS_BY_CODE.get(row["level"])
        if skill is None or level is None:
            continue
        attempted[skill].add(item)
        if row["outcome"] in COMPLETING:
            percent = score_percent(row["score"], row["max_score"])
            key = (skill, level, item)
            best[key] = max(best.get(key, 0.0), 100.0 if percent is None else percent)
    report = []
    for skill in CefrSkill:
        estimate: dict[str, Any] = {"level": None, "passed_items": 0, "mean_score": None}
        for level in reversed(CefrLevel):
            scores = [v for (s, lv, _), v in best.items() if s is skill and lv is level]
            mean = sum(scores) / len(scores) if scores else 0.0
            if len(scores) >= CEFR_MIN_ITEMS and mean >= CEFR_MIN_SCORE:
                estimate = {
                    "level": level.value,
                    "passed_items": len(scores),
                    "mean_score": round(mean, 1),
                }
                break
        report.append({"skill": skill.value, "evidence_count": len(attempted[skill]), **estimate})
    return report


async def cefr_report(tenant: TenantRecord, user_id: int) -> dict[str, Any]:
    """The learner's estimated CEFR level per skill (see the module); NotFound for a user the
    tenant does not have."""
    results = await _results(tenant, user_id)
    return {
        "user_id": user_id,
        "method": {"min_items": CEFR_MIN_ITEMS, "min_mean_score": CEFR_MIN_SCORE},
        "skills": estimate_levels(results),
    }


def _skill_scores(results: list[dict[str, Any]]) -> dict[CefrSkill, float]:
    """Mean score per skill over every scored result, for skills with enough of them."""
    scores: dict[CefrSkill, list[float]] = defaultdict(list)
    for row in results:
        percent = score_percent(row["score"], row["max_score"])
        skill = SKILLS_BY_CODE.get(row["skill"])
        if percent is not None and skill is not None:
            scores[skill].append(percent)
    return {
        skill: sum(values) / len(values)
        for skill, values in scores.items()
        if len(values) >= INSIGHT_MIN_RESULTS
    }


async def _next_lessons(tenant: TenantRecord, user_id: int) -> list[dict[str, Any]]:
    """The first lesson (by position) the learner has not completed in each course they are
    enrolled in and have not completed, oldest enrollment first."""
    enrollments = (
        await Enrollment.filter(tenant_id=tenant.id, user_id=user_id)
        .exclude(status__in=(ProgressStatus.COMPLETED, ProgressStatus.PASSED))
        .order_by("enrolled_at", "id")
        .values("course_id", "course__name")
    )
    course_ids = [row["course_id"] for row in enrollments]
    done = set(
        await UnitProgress.filter(
            tenant_id=tenant.id,
            user_id=user_id,
            course_id__in=course_ids,
            status__in=(ProgressStatus.COMPLETED, ProgressStatus.PASSED),
        ).values_list("unit_id", flat=True)
    )
    lessons = (
        await Unit.filter(tenant_id=tenant.id, course_id__in=course_ids, is_active=True)
        .exclude(type=UnitType.SECTION)
        .order_by("course_id", "position")
        .values("id", "course_id", "name", "position")
    )
    first: dict[int, dict[str, Any]] = {}
    for lesson in lessons:
        if lesson["id"] not in done and lesson["course_id"] not in first:
            first[lesson["course_id"]] = lesson
    recommended = []
    for enrollment in enrollments:
        next_lesson = first.get(enrollment["course_id"])
        if next_lesson is not None:
            recommended.append(
                {
                    "course_id": enrollment["course_id"],
                    "course_name": enrollment["course__name"],
                    "lesson_id": next_lesson["id"],
                    "lesson_name": next_lesson["name"],
                    "position": next_lesson["position"],
                }
            )
    return recommended[:MAX_RECOMMENDATIONS]


async def learning_insights(tenant: TenantRecord, user_id: int) -> dict[str, Any]:
    """The learner's strongest and weakest skill (by mean score, among skills with at least
    `INSIGHT_MIN_RESULTS` scored results), their pace (exercises completed per week over the
    last `PACE_WEEKS` weeks) and the lessons to take next; NotFound for an unknown user."""
    results = await _results(tenant, user_id)
    ranked = sorted(
        _skill_scores(results).items(), key=lambda kv: (-kv[1], list(CefrSkill).index(kv[0]))
    )
    since = datetime.now(UTC) - timedelta(weeks=PACE_WEEKS)
    completed = sum(
        1 for row in results if row["outcome"] in COMPLETING and row["occurred_at"] >= since
    )

    def skill(entry: tuple[CefrSkill, float]) -> dict[str, Any]:
        return {"skill": entry[0].value, "average_score": round(entry[1], 1)}

    return {
        "user_id": user_id,
        "strongest_skill": skill(ranked[0]) if ranked else None,
        "weakest_skill": skill(ranked[-1]) if len(ranked) > 1 else None,
        "pace": {
            "weeks": PACE_WEEKS,
            "exercises_completed": completed,
            "exercises_per_week": round(completed / PACE_WEEKS, 2),
        },
        "recommended_lessons": await _next_lessons(tenant, user_id),
    }
