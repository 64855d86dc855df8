"""What new progress events add to their learners' figures: each lesson's unit progress (attempts,
first start, score, time) and each enrollment's (score, time), set-based, in the ingest's
transaction.

- **Time.** Every event on a lesson, its exercises' included, adds its ``seconds_spent`` to the
  lesson's unit progress and to the learner's enrollment in its course.
- **First start.** A lesson's ``started_at`` is the earliest ``occurred_at`` of any of its events,
  whatever order they arrive in.
- **Attempts.** An attempt is a result for the lesson as a whole: a lesson-level (no training
  item) ``completed``, ``passed`` or ``failed`` event. ``started`` and exercise events are
  activity inside the lesson, not attempts at it (their scores feed the analytics).
- **Score.** A lesson's score is its latest attempt's (by ``occurred_at``; the one stored later on
  a tie), as a percentage (`score_percent`): a repeated test keeps its last attempt's score, as
  TalentLMS does, even when lower. An attempt that happened before the scored one but arrives
  after it adds an attempt and its time, not its score.
- **Course score.** The enrollment's score is the mean of the learner's scored lessons of the
  course that are active (TalentLMS's course score over all tests and assignments), null until
  one is scored.

Any event also starts its lesson and enrollment (``not_attempted`` turns ``in_progress``).
The caller holds the learners' lesson and course locks (`domain.progress.completion`), so no
concurrent ingest or reset writes these rows meanwhile; replays are never passed, so nothing
counts twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.sql import tenant_query, value_rows
from domain.progress.rollup import RolledEvent
from domain.progress.scoring import ATTEMPTING, score_percent
from models.learning import ProgressStatus

_UNIT_COLUMNS = (
    "user_id",
    "unit_id",
    "course_id",
    "status",
    "attempts",
    "time_spent_seconds",
    "started_at",
    "score",
    "scored_at",
    "updated_at",
)


@dataclass(slots=True)
class _Lesson:
    course_id: int
    started_at: datetime
    attempts: int = 0
    seconds: int = 0
    score: float | None = None
    scored_at: datetime | None = None


@dataclass(slots=True)
class _Course:
    seconds: int = 0
    rescore: bool = False


def _lessons(events: Sequence[RolledEvent]) -> dict[tuple[int, int], _Lesson]:
    lessons: dict[tuple[int, int], _Lesson] = {}
    for e in events:
        lesson = lessons.get((e.user_id, e.lesson_id))
        if lesson is None:
            lesson = lessons[(e.user_id, e.lesson_id)] = _Lesson(e.course_id, e.occurred_at)
        lesson.started_at = min(lesson.started_at, e.occurred_at)
        lesson.seconds += e.seconds_spent
        if e.training_item_id is not None or e.outcome not in ATTEMPTING:
            continue
        lesson.attempts += 1
        percent = score_percent(e.score, e.max_score)
        if percent is not None and (lesson.scored_at is None or e.occurred_at >= lesson.scored_at):
            lesson.score, lesson.scored_at = percent, e.occurred_at
    return lessons


async def _add_to_lessons(
    connection: BaseDBAsyncClient, tenant_id: int, lessons: dict[tuple[int, int], _Lesson]
) -> None:
    now = datetime.now(UTC)
    started = ProgressStatus.IN_PROGRESS.value
    values: list[Any] = []
    # Sorted, as every writer of unit progress writes its rows.
    for (user_id, lesson_id), f in sorted(lessons.items()):
        values += [user_id, lesson_id, f.course_id, started, f.attempts, f.seconds]
        values += [f.started_at, f.score, f.scored_at, now]
    columns = ", ".join(f'"{c}"' for c in ("tenant_id", *_UNIT_COLUMNS))
    mine, new = '"unit_progress".', "excluded."
    await tenant_query(
        connection,
        tenant_id,
        f'INSERT INTO "unit_progress" ({columns}) '  # noqa: S608 - constant fragments
        f"VALUES {value_rows(len(lessons), len(_UNIT_COLUMNS), tenant=True)} "
        'ON CONFLICT ("tenant_id", "user_id", "unit_id") DO UPDATE SET '
        f'"status" = CASE WHEN {mine}"status" = ? THEN {new}"status" ELSE {mine}"status" END, '
        f'"attempts" = {mine}"attempts" + {new}"attempts", '
        f'"time_spent_seconds" = {mine}"time_spent_seconds" + {new}"time_spent_seconds", '
        f'"started_at" = LEAST({mine}"started_at", {new}"started_at"), '
        f'"score" = CASE WHEN {new}"scored_at" >= {mine}"scored_at" '
        f'OR {mine}"scored_at" IS NULL AND {new}"scored_at" IS NOT NULL '
        f'THEN {new}"score" ELSE {mine}"score" END, '
        f'"scored_at" = GREATEST({mine}"scored_at", {new}"scored_at"), '
        f'"updated_at" = {new}"updated_at"',
        [*values, ProgressStatus.NOT_ATTEMPTED.value],
    )


async def _add_to_enrollments(
    connection: BaseDBAsyncClient, tenant_id: int, courses: dict[tuple[int, int], _Course]
) -> None:
    pairs = sorted(courses.items())
    await tenant_query(
        connection,
        tenant_id,
        'WITH "added" AS (SELECT e."id", p."seconds", p."rescore" FROM "enrollments" e '
        "JOIN unnest(?::int[], ?::int[], ?::int[], ?::bool[]) "
        'AS p("user_id", "course_id", "seconds", "rescore") '
        'ON e."user_id" = p."user_id" AND e."course_id" = p."course_id" '
        'WHERE e."tenant_id" = :tenant ORDER BY e."id" FOR UPDATE OF e) '
        'UPDATE "enrollments" SET '
        '"status" = CASE WHEN "enrollments"."status" = ? THEN ? ELSE "enrollments"."status" END, '
        '"time_spent_seconds" = "enrollments"."time_spent_seconds" + a."seconds", '
        '"score" = CASE WHEN a."rescore" THEN ('
        'SELECT AVG(p."score") FROM "unit_progress" p '
        'JOIN "units" u ON u."id" = p."unit_id" AND u."tenant_id" = p."tenant_id" '
        'WHERE p."tenant_id" = :tenant AND p."user_id" = "enrollments"."user_id" '
        'AND p."course_id" = "enrollments"."course_id" AND p."score" IS NOT NULL '
        'AND u."is_active") ELSE "enrollments"."score" END, '
        '"updated_at" = ? '
        'FROM "added" a WHERE "enrollments"."id" = a."id"',
        [
            [user_id for (user_id, _), _ in pairs],
            [course_id for (_, course_id), _ in pairs],
            [c.seconds for _, c in pairs],
            [c.rescore for _, c in pairs],
            ProgressStatus.NOT_ATTEMPTED.value,
            ProgressStatus.IN_PROGRESS.value,
            datetime.now(UTC),
        ],
    )


async def do_add_progress_figures(
    connection: BaseDBAsyncClient, tenant_id: int, events: Sequence[RolledEvent]
) -> None:
    """Add ``events`` (new events of the caller's transaction, never replays) to their lessons'
    unit progress and their learners' enrollments, starting those not attempted; the caller
    holds the locks on these learners' lessons and courses. Two statements whatever the batch
    holds."""
    if not events:
        return
    lessons = _lessons(events)
    await _add_to_lessons(connection, tenant_id, lessons)
    courses: dict[tuple[int, int], _Course] = {}
    for (user_id, _), lesson in lessons.items():
        course = courses.setdefault((user_id, lesson.course_id), _Course())
        course.seconds += lesson.seconds
        course.rescore |= lesson.scored_at is not None
    await _add_to_enrollments(connection, tenant_id, courses)
