"""Concurrent batches over the same learners, lessons and courses add up: no time, attempt or
score is lost to a race, and none of them deadlocks."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tortoise import connections

from core.scoping import tenant_scope
from domain.enrollments import do_enroll
from domain.progress.events import NewProgressEvent, do_record_progress_events
from models.learning import Enrollment, UnitProgress
from models.progress import ProgressOutcome
from tests.factories import Seeded, make_course, make_unit, make_user

WHEN = datetime(2026, 5, 1, tzinfo=UTC)
BATCHES = 8


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


@pytest.mark.usefixtures("in_a")
def test_concurrent_batches_add_up(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    courses = [run(make_course(tenant)) for _ in range(2)]
    lessons = [run(make_unit(tenant, course.id)).id for course in courses for _ in range(2)]
    learners = [run(make_user(tenant)).id for _ in range(3)]
    for learner in learners:
        for course in courses:
            run(do_enroll(tenant, learner, course.id))
    shuffled = random.Random(20)

    def batch(number: int) -> Any:
        # Every batch touches every learner's every lesson, each in another order.
        pairs = [(learner, lesson) for learner in learners for lesson in lessons]
        shuffled.shuffle(pairs)
        events = [
            NewProgressEvent(
                f"{number}-{learner}-{lesson}",
                learner,
                ProgressOutcome.FAILED,
                WHEN + timedelta(minutes=number),
                lesson_id=lesson,
                score=number,
                seconds_spent=1,
            )
            for learner, lesson in pairs
        ]
        return do_record_progress_events(tenant, events, batch=True)

    async def together() -> None:
        database = connections.get("default")
        await asyncio.gather(
            *(database.execute_query("SELECT pg_sleep(0.05)") for _ in range(BATCHES))
        )
        await asyncio.gather(*(batch(n) for n in range(BATCHES)))

    run(together())
    units = run(
        UnitProgress.filter(user_id__in=learners).values_list("attempts", "score", flat=False)
    )
    assert sorted(units) == [(BATCHES, BATCHES - 1)] * len(learners) * len(lessons)
    enrollments = run(
        Enrollment.filter(user_id__in=learners).values_list("time_spent_seconds", "score")
    )
    # Two lessons per course, one second per event.
    assert list(enrollments) == [(2 * BATCHES, BATCHES - 1)] * len(learners) * len(courses)
