"""Concurrent batches that between them finish a lesson still complete it, once; resets of a
learner's course progress and ingests of their events take turns."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from tortoise import connections

from core.scoping import tenant_scope
from domain.enrollments import do_enroll
from domain.progress.course_progress import do_reset_course_progress
from domain.progress.events import NewProgressEvent, do_record_progress_events
from domain.training_items import NewTrainingItem, do_create_item
from domain.trainings import NewTraining, do_create_training
from models.content import CefrLevel, CefrSkill, TrainingItemType
from models.event import Event
from models.learning import Enrollment
from models.progress import ProgressOutcome
from tests.factories import Seeded, make_course, make_unit, make_user

WHEN = datetime(2026, 5, 1, tzinfo=UTC)


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


@pytest.mark.usefixtures("in_a")
def test_concurrent_batches_finishing_a_course_complete_it_once(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    course = run(make_course(tenant))
    items = []
    for _ in range(2):
        lesson = run(make_unit(tenant, course.id))
        training = run(do_create_training(tenant, NewTraining(lesson.id, "T")))
        for _ in range(2):
            new = NewTrainingItem(
                training.id, "I", TrainingItemType.QUIZ, CefrSkill.READING, CefrLevel.A1
            )
            items.append(run(do_create_item(tenant, new)).id)
    learners = [run(make_user(tenant)).id for _ in range(3)]
    for learner in learners:
        run(do_enroll(tenant, learner, course.id))

    def batch(item_ids: list[int], tag: str) -> Any:
        events = [
            NewProgressEvent(
                f"{tag}-{learner}-{item}",
                learner,
                ProgressOutcome.PASSED,
                WHEN + timedelta(minutes=n),
                training_item_id=item,
            )
            for learner in learners
            for n, item in enumerate(item_ids)
        ]
        return do_record_progress_events(tenant, events, batch=True)

    async def together() -> None:
        # Open pool connections first, so that neither batch waits for one while the other runs.
        database = connections.get("default")
        await asyncio.gather(*(database.execute_query("SELECT pg_sleep(0.05)") for _ in range(4)))
        # Each batch holds one item of each lesson: only the two together finish anything.
        await asyncio.gather(batch(items[0::2], "x"), batch(items[1::2], "y"))

    run(together())
    statuses = run(Enrollment.filter(course_id=course.id).values_list("status", flat=True))
    assert list(statuses) == ["completed"] * len(learners)
    lessons = run(Event.filter(type="lesson.completed").count())
    courses = run(Event.filter(type="course.completed").count())
    assert (lessons, courses) == (2 * len(learners), len(learners))


@pytest.mark.usefixtures("in_a")
def test_resets_and_ingests_of_one_learner_take_turns(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    course = run(make_course(tenant))
    items = []
    for _ in range(2):
        lesson = run(make_unit(tenant, course.id))
        training = run(do_create_training(tenant, NewTraining(lesson.id, "T")))
        new = NewTrainingItem(
            training.id, "I", TrainingItemType.QUIZ, CefrSkill.READING, CefrLevel.A1
        )
        items.append(run(do_create_item(tenant, new)).id)
    learner = run(make_user(tenant)).id
    run(do_enroll(tenant, learner, course.id))

    def ingest(round_number: int, outcome: ProgressOutcome) -> Any:
        events = [
            NewProgressEvent(
                f"{round_number}-{outcome.name}-{item}",
                learner,
                outcome,
                WHEN + timedelta(minutes=round_number),
                training_item_id=item,
            )
            for item in reversed(items)
        ]
        return do_record_progress_events(tenant, events, batch=True)

    async def rounds() -> list[Any]:
        results: list[Any] = []
        for n in range(8):
            results += await asyncio.gather(
                ingest(n, ProgressOutcome.PASSED),
                do_reset_course_progress(tenant, learner, course.id),
                ingest(n, ProgressOutcome.STARTED),
                return_exceptions=True,
            )
        return results

    assert [r for r in run(rounds()) if isinstance(r, BaseException)] == []
    run(do_reset_course_progress(tenant, learner, course.id))
    run(ingest(99, ProgressOutcome.STARTED))
    assert run(Enrollment.get(user_id=learner, course_id=course.id)).status == "in_progress"
