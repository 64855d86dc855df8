"""Reads of a tenant's progress over time and per course: daily history, tenant stats, and the
progress of a course's lessons. They read the rollups (`models.analytics`), never the raw events,
so their cost follows learners and days, not events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import connections

from core.sql import marks, tenant_query
from domain.courses import access_course_by_id
from domain.users import check_user_exists
from models.course import Unit, UnitType
from models.learning import Enrollment, EnrollmentRole, ProgressStatus
from tenants.records import TenantRecord

MAX_DAYS = 366
EARLIEST_DAY = date(2000, 1, 1)
_DONE = (ProgressStatus.COMPLETED, ProgressStatus.PASSED)


@dataclass(frozen=True, slots=True)
class DayRange:
    """Days ``first`` to ``last``, both included, in the tenant's time zone."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def utc_bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """The instants the range starts and ends at: local midnights, whatever DST does."""
        start = datetime.combine(self.first, time(), tzinfo=zone)
        end = datetime.combine(self.last + timedelta(days=1), time(), tzinfo=zone)
        return start.astimezone(UTC), end.astimezone(UTC)


def today_in(zone: ZoneInfo) -> date:
    return datetime.now(zone).date()


def _average(total: Any, count: Any) -> float | None:
    return round(float(total) / int(count), 1) if count else None


def _minutes(seconds: Any) -> float:
    return round(int(seconds or 0) / 60, 1)


async def progress_history(
    tenant: TenantRecord, zone: ZoneInfo, days: DayRange, user_id: int | None
) -> dict[str, Any]:
    """One bucket per day of ``days`` (days without activity included) for the tenant, or for
    ``user_id`` (NotFound if the tenant has no such user): events, completions (exercises and
    lessons completed or passed), minutes, and the average score in percent."""
    if user_id is not None:
        await check_user_exists(tenant, user_id)
    # The tenant's days are summed per bucket already; a learner's are their own rows.
    table = "tenant_days" if user_id is None else "learner_days"
    where = ' AND "day" >= ? AND "day" <= ?'
    values: list[Any] = [days.first, days.last]
    if user_id is not None:
        where += ' AND "user_id" = ?'
        values.append(user_id)
    rows = await tenant_query(
        connections.get("default"),
        tenant.id,
        'SELECT "day", SUM("events") AS "events", SUM("completions") AS "completions", '  # noqa: S608 - constant fragments
        'SUM("seconds") AS "seconds", SUM("score_sum") AS "score_sum", '
        f'SUM("score_count") AS "score_count" FROM "{table}" '
        f'WHERE "tenant_id" = :tenant{where} GROUP BY "day"',
        values,
    )
    by_day: dict[date, dict[str, Any]] = {row["day"]: row for row in rows}
    buckets = []
    for offset in range(days.days):
        day = days.first + timedelta(days=offset)
        row = by_day.get(day)
        buckets.append(
            {
                "date": day.isoformat(),
                "events": int(row["events"]) if row else 0,
                "completions": int(row["completions"]) if row else 0,
                "minutes": _minutes(row["seconds"]) if row else 0.0,
                "average_score": _average(row["score_sum"], row["score_count"]) if row else None,
            }
        )
    return {
        "user_id": user_id,
        "timezone": zone.key,
        "date_from": days.first.isoformat(),
        "date_to": days.last.isoformat(),
        "days": buckets,
    }


async def tenant_stats(tenant: TenantRecord, zone: ZoneInfo, days: DayRange) -> dict[str, Any]:
    """The tenant's learners active in ``days`` (at least one event), their events, exercise
    and lesson completions, minutes and average score, and the courses completed then."""
    rows = await tenant_query(
        connections.get("default"),
        tenant.id,
        'SELECT COUNT(DISTINCT "user_id") AS "learners", SUM("events") AS "events", '
        'SUM("completions") AS "completions", SUM("seconds") AS "seconds", '
        'SUM("score_sum") AS "score_sum", SUM("score_count") AS "score_count" '
        'FROM "learner_days" WHERE "tenant_id" = :tenant AND "day" >= ? AND "day" <= ?',
        [days.first, days.last],
    )
    row = rows[0]
    start, end = days.utc_bounds(zone)
    courses_completed = await Enrollment.filter(
        tenant_id=tenant.id, completed_at__gte=start, completed_at__lt=end
    ).count()
    return {
        "timezone": zone.key,
        "date_from": days.first.isoformat(),
        "date_to": days.last.isoformat(),
        "active_learners": int(row["learners"] or 0),
        "events": int(row["events"] or 0),
        "completions": int(row["completions"] or 0),
        "courses_completed": courses_completed,
        "minutes": _minutes(row["seconds"]),
        "average_score": _average(row["score_sum"] or 0, row["score_count"] or 0),
    }


async def _completions(
    tenant: TenantRecord, lesson_ids: list[int], user_id: int | None
) -> dict[int, int]:
    """How many learners (or whether ``user_id``) completed each lesson, by `UnitProgress`."""
    if not lesson_ids:
        return {}
    where = f' AND "unit_id" IN ({marks(len(lesson_ids))}) AND "status" IN (?, ?)'
    values: list[Any] = [*lesson_ids, *(s.value for s in _DONE)]
    if user_id is not None:
        where += ' AND "user_id" = ?'
        values.append(user_id)
    rows = await tenant_query(
        connections.get("default"),
        tenant.id,
        'SELECT "unit_id", COUNT(*) AS "n" FROM "unit_progress" '  # noqa: S608 - constant fragments
        f'WHERE "tenant_id" = :tenant{where} GROUP BY "unit_id"',
        values,
    )
    return {row["unit_id"]: int(row["n"]) for row in rows}


async def lesson_progress(
    tenant: TenantRecord, course_id: int, user_id: int | None
) -> dict[str, Any]:
    """Each active lesson of the course (sections left out), in order: how many learners
    completed it and what share of the course's learners that is, the average score and the
    time spent; for ``user_id`` alone when given. NotFound for a course or user the tenant does
    not have."""
    await access_course_by_id(tenant, course_id)
    if user_id is not None:
        await check_user_exists(tenant, user_id)
    lessons = (
        await Unit.filter(tenant_id=tenant.id, course_id=course_id, is_active=True)
        .exclude(type=UnitType.SECTION)
        .order_by("position")
        .values("id", "name", "position")
    )
    where = ' AND "course_id" = ?'
    values: list[Any] = [course_id]
    if user_id is None:
        learners = await Enrollment.filter(
            tenant_id=tenant.id, course_id=course_id, role=EnrollmentRole.LEARNER
        ).count()
    else:
        learners = 1
        where += ' AND "user_id" = ?'
        values.append(user_id)
    completions = await _completions(tenant, [lesson["id"] for lesson in lessons], user_id)
    activity = {
        row["lesson_id"]: row
        for row in await tenant_query(
            connections.get("default"),
            tenant.id,
            'SELECT "lesson_id", COUNT(*) AS "learners", SUM("seconds") AS "seconds", '  # noqa: S608 - constant fragments
            'SUM("score_sum") AS "score_sum", SUM("score_count") AS "score_count" '
            f'FROM "learner_lessons" WHERE "tenant_id" = :tenant{where} GROUP BY "lesson_id"',
            values,
        )
    }
    items = []
    for lesson in lessons:
        count = completions.get(lesson["id"], 0)
        active = activity.get(lesson["id"])
        seconds = int(active["seconds"] or 0) if active else 0
        items.append(
            {
                "lesson_id": lesson["id"],
                "name": lesson["name"],
                "position": lesson["position"],
                "completions": count,
                "completion_rate": round(count / learners, 4) if learners else None,
                "average_score": _average(active["score_sum"], active["score_count"])
                if active
                else None,
                "active_learners": int(active["learners"]) if active else 0,
                "time_spent_seconds": seconds,
                "average_time_seconds": round(seconds / int(active["learners"]))
                if active
                else None,
            }
        )
    return {"course_id": course_id, "user_id": user_id, "learners": learners, "lessons": items}
