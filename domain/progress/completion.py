"""What a batch of new progress events starts and completes: lessons (a learner's `UnitProgress`)
and courses (their enrollment), set-based, in the ingest's transaction.

- Any event on a lesson starts it and adds to its figures and its enrollment's
  (`domain.progress.figures`): a lesson the learner had not attempted turns ``in_progress``,
  and so does the learner's enrollment in its course.
- A lesson is completed when the learner has completed or passed every item of every training
  in it (each item's first completion is kept in ``item_completions``), or when a lesson-level
  event (no training item) says ``completed`` or ``passed``. A lesson without items completes
  only that second way.
- A course is completed when every active lesson of it, sections left aside, is completed; the
  learner's enrollment then turns ``completed`` with ``completed_at`` (a learner not enrolled has
  none to complete).

Each newly completed lesson records ``lesson.completed`` and each newly completed enrollment
``course.completed``, in the same transaction; replays and repeats complete nothing twice.
A batch first takes turns with other writers on each learner's lessons and courses it touches
(advisory locks until commit, lessons always before courses, each in ascending order; a course
progress reset takes the same locks in the same order, so none of them deadlock), then writes
rows: two concurrent batches adding time to one enrollment, or finishing a lesson's last two
items, or a course's last two lessons, see each other's work. Batches of different learners
never wait for each other here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.jsonutil import isoformat
from core.sql import marks, tenant_query, value_rows
from domain.events import EventType, record_events
from domain.progress.figures import do_add_progress_figures
from domain.progress.rollup import RolledEvent
from domain.progress.scoring import COMPLETING
from models.learning import ProgressStatus

_DONE = (ProgressStatus.COMPLETED.value, ProgressStatus.PASSED.value)


def _lock_key(user_id: int, other_id: int, *, course: bool) -> int:
    """A bigint advisory-lock key per (learner, lesson) pair, and a separate range per
    (learner, course) pair; ids are positive 32-bit integers."""
    key = (user_id << 32) | other_id
    return -key - 1 if course else key


async def _lock(
    connection: BaseDBAsyncClient,
    lessons: Iterable[tuple[int, int]],
    courses: Iterable[tuple[int, int]],
) -> None:
    """Wait for the (user, lesson) and (user, course) locks: lessons first, then courses, each
    in ascending order, in one statement (the array's order is the order they are taken in)."""
    keys = sorted({_lock_key(user_id, lesson, course=False) for user_id, lesson in lessons})
    keys += sorted({_lock_key(user_id, course, course=True) for user_id, course in courses})
    await connection.execute_query(
        "SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k", [keys]
    )


async def _record_item_completions(
    connection: BaseDBAsyncClient, tenant_id: int, items: Sequence[RolledEvent]
) -> None:
    first: dict[tuple[int, int], RolledEvent] = {}
    for c in sorted(items, key=lambda c: c.occurred_at, reverse=True):
        assert c.training_item_id is not None
        first[(c.user_id, c.training_item_id)] = c
    values: list[Any] = []
    for c in first.values():
        values += [c.user_id, c.training_item_id, c.lesson_id, c.occurred_at]
    await tenant_query(
        connection,
        tenant_id,
        'INSERT INTO "item_completions" '  # noqa: S608 - constant fragments
        '("tenant_id", "user_id", "training_item_id", "lesson_id", "completed_at") '
        f"VALUES {value_rows(len(first), 4, tenant=True)} "
        'ON CONFLICT ("tenant_id", "user_id", "training_item_id") DO NOTHING',
        values,
    )


async def _lessons_with_every_item_done(
    connection: BaseDBAsyncClient, tenant_id: int, pairs: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The (user, lesson) ``pairs`` whose lesson has items, every one of them completed."""
    ordered = sorted(pairs)
    # Completions of deleted items are deleted with them: counting them is counting items.
    rows = await tenant_query(
        connection,
        tenant_id,
        'SELECT p."user_id", p."lesson_id" '
        'FROM unnest(?::int[], ?::int[]) AS p("user_id", "lesson_id"), '
        'LATERAL (SELECT COUNT(*) AS "total" FROM "training_items" i '
        'WHERE i."tenant_id" = :tenant AND i."lesson_id" = p."lesson_id") t, '
        'LATERAL (SELECT COUNT(*) AS "done" FROM "item_completions" c '
        'WHERE c."tenant_id" = :tenant AND c."user_id" = p."user_id" '
        'AND c."lesson_id" = p."lesson_id") d '
        'WHERE t."total" > 0 AND d."done" >= t."total"',
        [[user for user, _ in ordered], [lesson for _, lesson in ordered]],
    )
    return {(row["user_id"], row["lesson_id"]) for row in rows}


async def _complete_lessons(
    connection: BaseDBAsyncClient,
    tenant_id: int,
    lessons: dict[tuple[int, int], tuple[int, datetime]],
) -> list[dict[str, Any]]:
    """Mark each (user, lesson) → (course, when) completed unless it already was; returns the
    lessons newly completed (user_id, unit_id, course_id, completed_at)."""
    now = datetime.now(UTC)
    values: list[Any] = []
    for (user_id, lesson_id), (course_id, when) in sorted(lessons.items()):
        values += [user_id, lesson_id, course_id, ProgressStatus.COMPLETED.value]
        values += [0, 0, when, now]
    return await tenant_query(
        connection,
        tenant_id,
        'INSERT INTO "unit_progress" ("tenant_id", "user_id", "unit_id", "course_id", "status", '  # noqa: S608 - constant fragments
        '"attempts", "time_spent_seconds", "completed_at", "updated_at") '
        f"VALUES {value_rows(len(lessons), 8, tenant=True)} "
        'ON CONFLICT ("tenant_id", "user_id", "unit_id") DO UPDATE SET '
        '"status" = excluded."status", "completed_at" = excluded."completed_at", '
        '"updated_at" = excluded."updated_at" '
        f'WHERE "unit_progress"."status" NOT IN ({marks(len(_DONE))}) '
        'RETURNING "user_id", "unit_id", "course_id", "completed_at"',
        [*values, *_DONE],
    )


async def _courses_with_every_lesson_done(
    connection: BaseDBAsyncClient, tenant_id: int, pairs: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The (user, course) ``pairs`` whose course's active lessons (sections aside) are all
    completed by the user."""
    ordered = sorted(pairs)
    counted = 'u."is_active" AND u."type" <> ?'
    rows = await tenant_query(
        connection,
        tenant_id,
        'SELECT p."user_id", p."course_id" '  # noqa: S608 - constant fragments
        'FROM unnest(?::int[], ?::int[]) AS p("user_id", "course_id"), '
        'LATERAL (SELECT COUNT(*) AS "total" FROM "units" u '
        f'WHERE u."tenant_id" = :tenant AND u."course_id" = p."course_id" AND {counted}) t, '
        'LATERAL (SELECT COUNT(*) AS "done" FROM "unit_progress" q '
        'JOIN "units" u ON u."id" = q."unit_id" AND u."tenant_id" = q."tenant_id" '
        'WHERE q."tenant_id" = :tenant AND q."user_id" = p."user_id" '
        f'AND q."course_id" = p."course_id" AND q."status" IN ({marks(len(_DONE))}) '
        f"AND {counted}) d "
        'WHERE t."total" > 0 AND d."done" >= t."total"',
        [
            [user for user, _ in ordered],
            [course for _, course in ordered],
            "section",
            *_DONE,
            "section",
        ],
    )
    return {(row["user_id"], row["course_id"]) for row in rows}


async def _complete_enrollments(
    connection: BaseDBAsyncClient, tenant_id: int, courses: dict[tuple[int, int], datetime]
) -> list[dict[str, Any]]:
    """Complete each (user, course) → when enrollment of ``courses`` unless it already is;
    returns those newly completed (id, user_id, course_id), by user then course."""
    pairs = sorted(courses.items())
    rows = await tenant_query(
        connection,
        tenant_id,
        'UPDATE "enrollments" e SET "status" = ?, "progress_percent" = 100, '  # noqa: S608 - constant fragments
        '"completed_at" = p."when", "updated_at" = ? '
        'FROM unnest(?::int[], ?::int[], ?::timestamptz[]) AS p("user_id", "course_id", "when") '
        'WHERE e."tenant_id" = :tenant AND e."user_id" = p."user_id" '
        f'AND e."course_id" = p."course_id" AND e."status" NOT IN ({marks(len(_DONE))}) '
        'RETURNING e."id", e."user_id", e."course_id"',
        [
            ProgressStatus.COMPLETED.value,
            datetime.now(UTC),
            [user_id for (user_id, _), _ in pairs],
            [course_id for (_, course_id), _ in pairs],
            [when for _, when in pairs],
            *_DONE,
        ],
    )
    return sorted(rows, key=lambda row: (row["user_id"], row["course_id"]))


async def lock_learner_course(
    connection: BaseDBAsyncClient, user_id: int, course_id: int, lesson_ids: Iterable[int]
) -> None:
    """Take the locks an ingest takes on the learner's lessons of a course and on the course,
    in its order: for other writers of that progress, so that they cannot deadlock with it."""
    await _lock(connection, ((user_id, lesson) for lesson in lesson_ids), [(user_id, course_id)])


async def do_derive_progress(
    connection: BaseDBAsyncClient,
    tenant_id: int,
    events: Sequence[RolledEvent],
) -> None:
    """Add ``events`` (new events of the caller's transaction) to their learners' figures
    (`do_add_progress_figures`), which starts their lessons and courses, and complete those
    their completing events finish, recording their events in that transaction."""
    if not events:
        return
    await _lock(
        connection,
        ((e.user_id, e.lesson_id) for e in events),
        ((e.user_id, e.course_id) for e in events),
    )
    await do_add_progress_figures(connection, tenant_id, events)
    await _complete(connection, tenant_id, [e for e in events if e.outcome in COMPLETING])


async def _complete(
    connection: BaseDBAsyncClient, tenant_id: int, completions: Sequence[RolledEvent]
) -> None:
    """Complete the lessons and courses ``completions`` (events that complete or pass an item,
    or a lesson as a whole when ``training_item_id`` is None) finish, recording their events."""
    if not completions:
        return
    items = [c for c in completions if c.training_item_id is not None]
    latest: dict[tuple[int, int], tuple[int, datetime]] = {}
    for c in sorted(completions, key=lambda c: c.occurred_at):
        latest[(c.user_id, c.lesson_id)] = (c.course_id, c.occurred_at)
    finished = {(c.user_id, c.lesson_id) for c in completions if c.training_item_id is None}
    if items:
        await _record_item_completions(connection, tenant_id, items)
        pairs = {(c.user_id, c.lesson_id) for c in items}
        finished |= await _lessons_with_every_item_done(connection, tenant_id, pairs)
    if not finished:
        return
    lessons = await _complete_lessons(connection, tenant_id, {p: latest[p] for p in finished})
    courses: dict[tuple[int, int], datetime] = {}
    for row in lessons:
        when = latest[(row["user_id"], row["unit_id"])][1]
        key = (row["user_id"], row["course_id"])
        courses[key] = max(when, courses.get(key, when))
    await record_events(
        tenant_id,
        EventType.LESSON_COMPLETED,
        [
            {
                "user_id": row["user_id"],
                "lesson_id": row["unit_id"],
                "course_id": row["course_id"],
                "completed_at": isoformat(latest[(row["user_id"], row["unit_id"])][1]),
            }
            for row in lessons
        ],
        connection=connection,
    )
    if not courses:
        return
    done = await _courses_with_every_lesson_done(connection, tenant_id, set(courses))
    if not done:
        return
    enrollments = await _complete_enrollments(
        connection, tenant_id, {pair: courses[pair] for pair in done}
    )
    await record_events(
        tenant_id,
        EventType.COURSE_COMPLETED,
        [
            {
                "enrollment_id": row["id"],
                "user_id": row["user_id"],
                "course_id": row["course_id"],
                "completed_at": isoformat(courses[(row["user_id"], row["course_id"])]),
            }
            for row in enrollments
        ],
        connection=connection,
    )
