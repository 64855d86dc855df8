"""What a batch of new progress events starts and completes: lessons (a learner's `UnitProgress`)
and courses (their enrollment), set-based, in the ingest's transaction.

- Any event on a lesson starts it: a lesson the learner had not attempted turns ``in_progress``,
  and so does the learner's enrollment in its course. Starting never waits for another
  transaction: a lesson or enrollment that one is writing (completing it, resetting it, or
  starting it too) is left to that one.

- A lesson is completed when the learner has completed or passed every item of every training
  in it (each item's first completion is kept in ``item_completions``), or when a lesson-level
  event (no training item) says ``completed`` or ``passed``. A lesson without items completes
  only that second way.
- A course is completed when every active lesson of it, sections left aside, is completed; the
  learner's enrollment then turns ``completed`` with ``completed_at`` (a learner not enrolled has
  none to complete).

Each newly completed lesson records ``lesson.completed`` and each newly completed enrollment
``course.completed``, in the same transaction; replays and repeats complete nothing twice.
Batches take turns on a learner's lesson before counting its items, and on a
learner's course before counting its lessons (advisory locks until commit, lessons always before
courses, each in ascending order; a course progress reset takes the same locks in the same order,
so none of them deadlock): two concurrent batches finishing a lesson's last two items, or a
course's last two lessons, see each other's work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from core.jsonutil import isoformat
from core.sql import marks, tenant_query, value_rows
from domain.events import EventType, record_event
from domain.progress.rollup import RolledEvent
from domain.progress.scoring import COMPLETING
from models.learning import ProgressStatus

_DONE = (ProgressStatus.COMPLETED.value, ProgressStatus.PASSED.value)


def _lock_key(user_id: int, other_id: int, *, course: bool) -> int:
    """A bigint advisory-lock key per (learner, lesson) pair, and a separate range per
    (learner, course) pair; ids are positive 32-bit integers."""
    key = (user_id << 32) | other_id
    return -key - 1 if course else key


async def _lock_pairs(
    connection: BaseDBAsyncClient, pairs: Iterable[tuple[int, int]], *, course: bool
) -> None:
    keys = sorted({_lock_key(user_id, other, course=course) for user_id, other in pairs})
    await connection.execute_query(
        "SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) AS k", [keys]
    )


async def _try_lock_pairs(
    connection: BaseDBAsyncClient, pairs: Iterable[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The (user, lesson) ``pairs`` whose lock this transaction holds or could take at once;
    a pair another transaction holds is left out, without waiting for it."""
    keyed = {
        _lock_key(user_id, lesson_id, course=False): (user_id, lesson_id)
        for user_id, lesson_id in pairs
    }
    rows = await connection.execute_query_dict(
        'SELECT k, pg_try_advisory_xact_lock(k) AS "locked" FROM unnest($1::bigint[]) AS k',
        [sorted(keyed)],
    )
    return {keyed[row["k"]] for row in rows if row["locked"]}


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
    users = sorted({user for user, _ in pairs})
    lessons = sorted({lesson for _, lesson in pairs})
    totals = {
        row["lesson_id"]: row["total"]
        for row in await tenant_query(
            connection,
            tenant_id,
            'SELECT "lesson_id", COUNT(*) AS "total" FROM "training_items" '  # noqa: S608 - constant fragments
            f'WHERE "tenant_id" = :tenant AND "lesson_id" IN ({marks(len(lessons))}) '
            'GROUP BY "lesson_id"',
            lessons,
        )
    }
    # Completions of deleted items are deleted with them: counting them is counting items.
    done = await tenant_query(
        connection,
        tenant_id,
        'SELECT "user_id", "lesson_id", COUNT(*) AS "done" FROM "item_completions" '  # noqa: S608 - constant fragments
        f'WHERE "tenant_id" = :tenant AND "user_id" IN ({marks(len(users))}) '
        f'AND "lesson_id" IN ({marks(len(lessons))}) '
        'GROUP BY "user_id", "lesson_id"',
        [*users, *lessons],
    )
    return {
        (row["user_id"], row["lesson_id"])
        for row in done
        if (row["user_id"], row["lesson_id"]) in pairs
        and row["done"] >= totals.get(row["lesson_id"], 0) > 0
    }


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
    users = sorted({user for user, _ in pairs})
    courses = sorted({course for _, course in pairs})
    counted = 'u."is_active" AND u."type" <> ?'
    totals = {
        row["course_id"]: row["total"]
        for row in await tenant_query(
            connection,
            tenant_id,
            'SELECT u."course_id", COUNT(*) AS "total" FROM "units" u '  # noqa: S608 - constant fragments
            f'WHERE u."tenant_id" = :tenant AND u."course_id" IN ({marks(len(courses))}) '
            f'AND {counted} GROUP BY u."course_id"',
            [*courses, "section"],
        )
    }
    done = await tenant_query(
        connection,
        tenant_id,
        'SELECT p."user_id", p."course_id", COUNT(*) AS "done" FROM "unit_progress" p '  # noqa: S608 - constant fragments
        'JOIN "units" u ON u."id" = p."unit_id" AND u."tenant_id" = p."tenant_id" '
        f'WHERE p."tenant_id" = :tenant AND p."user_id" IN ({marks(len(users))}) '
        f'AND p."course_id" IN ({marks(len(courses))}) '
        f'AND p."status" IN ({marks(len(_DONE))}) AND {counted} '
        'GROUP BY p."user_id", p."course_id"',
        [*users, *courses, *_DONE, "section"],
    )
    return {
        (row["user_id"], row["course_id"])
        for row in done
        if (row["user_id"], row["course_id"]) in pairs
        and row["done"] >= totals.get(row["course_id"], 0) > 0
    }


async def _complete_enrollment(
    connection: BaseDBAsyncClient, tenant_id: int, user_id: int, course_id: int, when: datetime
) -> int | None:
    """Complete the user's enrollment in the course unless it already is; its id, or None."""
    rows = await tenant_query(
        connection,
        tenant_id,
        'UPDATE "enrollments" SET "status" = ?, "progress_percent" = 100, "completed_at" = ?, '  # noqa: S608 - constant fragments
        '"updated_at" = ? WHERE "tenant_id" = :tenant AND "user_id" = ? AND "course_id" = ? '
        f'AND "status" NOT IN ({marks(len(_DONE))}) RETURNING "id"',
        [
            ProgressStatus.COMPLETED.value,
            when,
            datetime.now(UTC),
            user_id,
            course_id,
            *_DONE,
        ],
    )
    return int(rows[0]["id"]) if rows else None


async def _unstarted(
    connection: BaseDBAsyncClient, tenant_id: int, pairs: list[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The (user, lesson) ``pairs`` without progress beyond not attempted."""
    rows = await tenant_query(
        connection,
        tenant_id,
        'SELECT p."user_id", p."unit_id" '
        'FROM unnest(?::int[], ?::int[]) AS p("user_id", "unit_id") '
        'JOIN "unit_progress" u ON u."user_id" = p."user_id" AND u."unit_id" = p."unit_id" '
        'WHERE u."tenant_id" = :tenant AND u."status" <> ?',
        [
            [u for u, _ in pairs],
            [lesson for _, lesson in pairs],
            ProgressStatus.NOT_ATTEMPTED.value,
        ],
    )
    return set(pairs) - {(row["user_id"], row["unit_id"]) for row in rows}


async def _start_lessons(
    connection: BaseDBAsyncClient, tenant_id: int, lessons: dict[tuple[int, int], int]
) -> None:
    """Each (user, lesson) → course of ``lessons`` turns in_progress unless it was attempted.
    Only the pairs that need it are written: a lesson in progress or done is not touched."""
    pairs = sorted(await _unstarted(connection, tenant_id, sorted(lessons)))
    if not pairs:
        return
    now = datetime.now(UTC)
    values: list[Any] = []
    for user_id, lesson_id in pairs:
        values += [user_id, lesson_id, lessons[(user_id, lesson_id)]]
        values += [ProgressStatus.IN_PROGRESS.value, 0, 0, now]
    await tenant_query(
        connection,
        tenant_id,
        'INSERT INTO "unit_progress" ("tenant_id", "user_id", "unit_id", "course_id", "status", '  # noqa: S608 - constant fragments
        '"attempts", "time_spent_seconds", "updated_at") '
        f"VALUES {value_rows(len(pairs), 7, tenant=True)} "
        'ON CONFLICT ("tenant_id", "user_id", "unit_id") DO UPDATE SET '
        '"status" = excluded."status", "updated_at" = excluded."updated_at" '
        'WHERE "unit_progress"."status" = ?',
        [*values, ProgressStatus.NOT_ATTEMPTED.value],
    )


async def _start_enrollments(
    connection: BaseDBAsyncClient, tenant_id: int, courses: set[tuple[int, int]]
) -> None:
    """Each (user, course) enrollment of ``courses`` turns in_progress unless it was attempted.

    Run last, and it skips an enrollment another transaction holds (completing,
    resetting or starting it): it never waits, so it cannot deadlock, and it needs no lock on
    the course, which would make concurrent batches of one course's learners take turns.
    """
    pairs = sorted(courses)
    head = [ProgressStatus.IN_PROGRESS.value, datetime.now(UTC)]
    not_attempted = ProgressStatus.NOT_ATTEMPTED.value
    await tenant_query(
        connection,
        tenant_id,
        'UPDATE "enrollments" SET "status" = ?, "updated_at" = ? WHERE "id" IN ('
        'SELECT e."id" FROM "enrollments" e '
        'JOIN unnest(?::int[], ?::int[]) AS p("user_id", "course_id") '
        'ON e."user_id" = p."user_id" AND e."course_id" = p."course_id" '
        'WHERE e."tenant_id" = :tenant AND e."status" = ? FOR UPDATE OF e SKIP LOCKED) '
        'AND "status" = ?',
        [
            *head,
            [user for user, _ in pairs],
            [course for _, course in pairs],
            not_attempted,
            not_attempted,
        ],
    )


async def lock_learner_course(
    connection: BaseDBAsyncClient, user_id: int, course_id: int, lesson_ids: Iterable[int]
) -> None:
    """Take the locks an ingest takes on the learner's lessons of a course and on the course,
    in its order: for other writers of that progress, so that they cannot deadlock with it."""
    await _lock_pairs(connection, ((user_id, lesson) for lesson in lesson_ids), course=False)
    await _lock_pairs(connection, [(user_id, course_id)], course=True)


async def do_derive_progress(
    connection: BaseDBAsyncClient,
    tenant_id: int,
    events: Sequence[RolledEvent],
) -> None:
    """Start the lessons and courses of ``events`` (new events of the caller's transaction) and
    complete those their completing events finish, recording their events in that transaction."""
    if not events:
        return
    await _complete(connection, tenant_id, [e for e in events if e.outcome in COMPLETING])
    lessons = {(e.user_id, e.lesson_id): e.course_id for e in events}
    free = await _try_lock_pairs(connection, lessons)
    if free:
        await _start_lessons(connection, tenant_id, {pair: lessons[pair] for pair in free})
    await _start_enrollments(connection, tenant_id, {(e.user_id, e.course_id) for e in events})


async def _complete(
    connection: BaseDBAsyncClient, tenant_id: int, completions: Sequence[RolledEvent]
) -> None:
    """Complete the lessons and courses ``completions`` (events that complete or pass an item,
    or a lesson as a whole when ``training_item_id`` is None) finish, recording their events."""
    if not completions:
        return
    await _lock_pairs(connection, ((c.user_id, c.lesson_id) for c in completions), course=False)
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
        await record_event(
            tenant_id,
            EventType.LESSON_COMPLETED,
            {
                "user_id": row["user_id"],
                "lesson_id": row["unit_id"],
                "course_id": row["course_id"],
                "completed_at": isoformat(when),
            },
            connection=connection,
        )
        key = (row["user_id"], row["course_id"])
        courses[key] = max(when, courses.get(key, when))
    if not courses:
        return
    await _lock_pairs(connection, courses, course=True)
    for user_id, course_id in sorted(
        await _courses_with_every_lesson_done(connection, tenant_id, set(courses))
    ):
        when = courses[(user_id, course_id)]
        enrollment_id = await _complete_enrollment(connection, tenant_id, user_id, course_id, when)
        if enrollment_id is not None:
            await record_event(
                tenant_id,
                EventType.COURSE_COMPLETED,
                {
                    "enrollment_id": enrollment_id,
                    "user_id": user_id,
                    "course_id": course_id,
                    "completed_at": isoformat(when),
                },
                connection=connection,
            )
