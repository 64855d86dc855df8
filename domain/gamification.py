"""Gamification: a learner's XP, level, streaks and achievements, and the tenant's leaderboard.

The XP rule and the level curve are in `domain.progress.scoring`. Streaks count active days (a
day with at least one progress event) in the learner's own time zone. A learner's figures are
computed from their events; the leaderboard reads the rollups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from tortoise import connections

from core.query import Page
from core.sql import tenant_query
from domain.progress.reports import today_in
from domain.progress.scoring import COMPLETING, event_xp, level_for_xp, level_start, score_percent
from domain.users import access_user_by_id
from models.progress import ProgressEvent
from tenants.records import TenantRecord


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"
    ALL_TIME = "all_time"


@dataclass(frozen=True, slots=True)
class Achievement:
    code: str
    name: str
    criteria: str


FIRST_EXERCISE = Achievement("first_exercise", "First steps", "Complete an exercise")
XP_1000 = Achievement("xp_1000", "1,000 XP", "Earn 1,000 XP")
PERFECT_10 = Achievement("perfect_10", "Perfectionist", "Score 100 % on 10 exercises")
STREAK_7 = Achievement("streak_7", "Week streak", "Be active 7 days in a row")
STREAK_30 = Achievement("streak_30", "Month streak", "Be active 30 days in a row")
ACHIEVEMENTS = (FIRST_EXERCISE, XP_1000, PERFECT_10, STREAK_7, STREAK_30)


def streaks(active_days: Iterable[date], today: date) -> tuple[int, int]:
    """The current and the longest run of consecutive active days. The current run ends today,
    or yesterday while today may still extend it; otherwise it is 0."""
    days = sorted(set(active_days))
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and (today - previous).days <= 1 else 0
    return current, longest


@dataclass(slots=True)
class _Progress:
    """A learner's events replayed in time order, noting when each achievement is earned."""

    zone: ZoneInfo
    xp: int = 0
    exercises: int = 0
    perfect: int = 0
    run: int = 0
    last_day: date | None = None
    days: set[date] = field(default_factory=set)
    earned: dict[str, datetime] = field(default_factory=dict)

    def _earn(self, achievement: Achievement, when: datetime, reached: bool) -> None:
        if reached and achievement.code not in self.earned:
            self.earned[achievement.code] = when

    def add(self, event: dict[str, Any]) -> None:
        when: datetime = event["occurred_at"]
        day = when.astimezone(self.zone).date()
        if day != self.last_day:
            consecutive = self.last_day is not None and day - self.last_day == timedelta(days=1)
            self.run = self.run + 1 if consecutive else 1
            self.last_day = day
            self.days.add(day)
        item, outcome = event["training_item_id"], event["outcome"]
        self.xp += event_xp(outcome, item, event["score"], event["max_score"])
        if item is not None and outcome in COMPLETING:
            self.exercises += 1
            self.perfect += score_percent(event["score"], event["max_score"]) == 100
        self._earn(FIRST_EXERCISE, when, self.exercises >= 1)
        self._earn(XP_1000, when, self.xp >= 1000)
        self._earn(PERFECT_10, when, self.perfect >= 10)
        self._earn(STREAK_7, when, self.run >= 7)
        self._earn(STREAK_30, when, self.run >= 30)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError):
        return ZoneInfo("UTC")


async def learner_gamification(tenant: TenantRecord, user_id: int) -> dict[str, Any]:
    """The learner's XP, level, streaks (in their time zone) and achievements, with when each
    was earned; NotFound for a user the tenant does not have."""
    user = await access_user_by_id(tenant, user_id)
    zone = _zone(user.timezone)
    progress = _Progress(zone=zone)
    events = (
        await ProgressEvent.filter(tenant_id=tenant.id, user_id=user_id)
        .order_by("occurred_at", "id")
        .values("occurred_at", "training_item_id", "outcome", "score", "max_score")
    )
    for event in events:
        progress.add(event)
    current, longest = streaks(progress.days, today_in(zone))
    level = level_for_xp(progress.xp)
    return {
        "user_id": user_id,
        "timezone": zone.key,
        "xp": progress.xp,
        "level": level,
        "level_xp": level_start(level),
        "next_level_xp": level_start(level + 1),
        "current_streak": current,
        "longest_streak": longest,
        "achievements": [
            {
                "code": a.code,
                "name": a.name,
                "criteria": a.criteria,
                "achieved_at": progress.earned[a.code],
            }
            for a in ACHIEVEMENTS
            if a.code in progress.earned
        ],
    }


def period_start(period: Period, today: date) -> date | None:
    """The first day the period counts: Monday of this week, the 1st of this month, or None."""
    if period is Period.WEEK:
        return today - timedelta(days=today.weekday())
    if period is Period.MONTH:
        return today.replace(day=1)
    return None


async def leaderboard(
    tenant: TenantRecord, zone: ZoneInfo, period: Period, page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's learners with XP in ``period`` (days in the tenant's time zone),
    most XP first, ties by user id; equal XP share a rank. Returns the page and the total."""
    start = period_start(period, today_in(zone))
    if start is None:
        scores = (
            'SELECT "user_id", "xp" FROM "learner_totals" WHERE "tenant_id" = :tenant AND "xp" > 0'
        )
        values: list[Any] = []
    else:
        scores = (
            'SELECT "user_id", SUM("xp") AS "xp" FROM "learner_days" '
            'WHERE "tenant_id" = :tenant AND "day" >= ? GROUP BY "user_id" HAVING SUM("xp") > 0'
        )
        values = [start]
    rows = await tenant_query(
        connections.get("default"),
        tenant.id,
        f"WITH scores AS ({scores}), ranked AS ("  # noqa: S608 - constant fragments
        'SELECT "user_id", "xp", RANK() OVER (ORDER BY "xp" DESC) AS "rank", '
        'COUNT(*) OVER () AS "total" FROM scores) '
        'SELECT r."rank", r."user_id", r."xp", r."total", u."login", u."name", u."surname" '
        'FROM ranked r JOIN "users" u ON u."id" = r."user_id" AND u."tenant_id" = :tenant '
        'ORDER BY r."xp" DESC, r."user_id" LIMIT ? OFFSET ?',
        [*values, page.size, page.offset],
    )
    if rows:
        total = int(rows[0]["total"])
    else:
        counted = await tenant_query(
            connections.get("default"),
            tenant.id,
            f"SELECT COUNT(*) AS n FROM ({scores}) s",  # noqa: S608 - constant fragments
            values,
        )
        total = int(counted[0]["n"])
    items = [
        {
            "rank": int(row["rank"]),
            "user_id": row["user_id"],
            "login": row["login"],
            "name": row["name"],
            "surname": row["surname"],
            "xp": int(row["xp"]),
        }
        for row in rows
    ]
    return items, total
