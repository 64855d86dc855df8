"""A course progress reset forgets the learner's item completions in the course, so new events
start the course over; the events themselves stay, marked, and analytics keep counting them."""

from __future__ import annotations

from typing import Any

from core.scoping import tenant_scope
from domain.enrollments import do_enroll
from domain.progress.rollup import do_rebuild_progress_rollups
from models.progress import ItemCompletion, ProgressEvent
from tests.api.test_progress_events import (
    Course,
    build,
    enrollment,
    event,
    events_of,
    lesson_status,
    send,
)
from tests.factories import Api, Seeded, make_user

DAY = "date_from=2026-03-01&date_to=2026-03-01"


def complete_course(api: Api, tenant: Seeded, course: Course, user: int) -> None:
    send(
        api,
        tenant,
        [
            event(user, "passed", 1, training_item_id=course.a, score=8, max_score=10),
            event(user, "completed", 2, training_item_id=course.b),
            event(user, "completed", 3, training_item_id=course.c),
        ],
    )


def history(api: Api, tenant: Seeded, user: int) -> tuple[int, int, float | None]:
    response = api.get(f"/api/v2/progress-history?user_id={user}&{DAY}", tenant=tenant)
    assert response.status_code == 200, response.text
    [day] = response.json["_data"]["days"]
    return day["events"], day["completions"], day["average_score"]


def reset(api: Api, tenant: Seeded, user: int, course: int) -> None:
    query = f"?user_id={user}&course_id={course}"
    response = api.delete(f"/api/v2/course-progress{query}", tenant=tenant)
    assert response.status_code == 204, response.text


def completions(run: Any, tenant: Seeded, user: int) -> int:
    count: int = run(
        ItemCompletion.all_tenants.filter(tenant_id=tenant.tenant.id, user_id=user).count()
    )
    return count


def test_a_reset_forgets_item_completions_and_keeps_the_events(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    course = build(api, run, tenant_a)
    user = course.user
    classmate = run(make_user(tenant_a.tenant)).id
    with tenant_scope(tenant_a.tenant.id):
        run(do_enroll(tenant_a.tenant, classmate, course.id))
    other_course = build(api, run, tenant_a)
    elsewhere = build(api, run, tenant_b)
    complete_course(api, tenant_a, course, user)
    send(api, tenant_a, event(user, "completed", 1, training_item_id=other_course.a))
    send(api, tenant_a, event(classmate, "completed", 1, training_item_id=course.b))
    complete_course(api, tenant_b, elsewhere, elsewhere.user)
    assert enrollment(run, user, course.id).status == "completed"
    before = history(api, tenant_a, user)
    assert before == (4, 4, 80.0)

    reset(api, tenant_a, user, course.id)
    # One of lesson 1's two items: the lesson and the course stay incomplete.
    send(api, tenant_a, event(user, "completed", 20, training_item_id=course.a))
    assert lesson_status(run, user, course.lesson1) == "in_progress"
    assert enrollment(run, user, course.id).status == "in_progress"
    # Only the learner's completions in that course went (a is done again since).
    assert completions(run, tenant_a, user) == 2
    assert completions(run, tenant_a, classmate) == 1
    assert completions(run, tenant_b, elsewhere.user) == 3
    [marked] = events_of(run, tenant_a, "course_progress.reset")
    assert marked["item_completions_removed"] == 3
    # Lesson 2's only item completes lesson 2; the course still waits for lesson 1.
    send(api, tenant_a, event(user, "completed", 21, training_item_id=course.c))
    assert lesson_status(run, user, course.lesson2) == "completed"
    assert enrollment(run, user, course.id).status == "in_progress"
    assert len(events_of(run, tenant_a, "course.completed")) == 1
    send(api, tenant_a, event(user, "completed", 22, training_item_id=course.b))
    assert enrollment(run, user, course.id).status == "completed"
    assert len(events_of(run, tenant_a, "course.completed")) == 2

    # The events before the reset are marked as such; the history still counts them.
    rows = run(
        ProgressEvent.all_tenants.filter(
            tenant_id=tenant_a.tenant.id, user_id=user, course_id=course.id
        )
        .order_by("occurred_at")
        .values_list("reset_at", flat=True)
    )
    assert [at is not None for at in rows] == [True, True, True, False, False, False]
    assert len(set(rows[:3])) == 1
    in_other_course = run(
        ProgressEvent.all_tenants.get(tenant_id=tenant_a.tenant.id, course_id=other_course.id)
    )
    assert in_other_course.reset_at is None
    after = history(api, tenant_a, user)
    assert after == (7, 7, 80.0)
    # The rollups rebuilt from the events agree with those kept by ingest and reset.
    with tenant_scope(tenant_a.tenant.id):
        run(do_rebuild_progress_rollups(tenant_a.tenant.id))
    assert history(api, tenant_a, user) == after
    assert history(api, tenant_b, elsewhere.user) == (3, 3, 80.0)


def test_a_second_reset_keeps_the_first_resets_marks(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = build(api, run, tenant_a)
    user = course.user
    send(api, tenant_a, event(user, "completed", 1, training_item_id=course.a))
    reset(api, tenant_a, user, course.id)
    send(api, tenant_a, event(user, "completed", 2, training_item_id=course.b))
    reset(api, tenant_a, user, course.id)
    first, second = run(
        ProgressEvent.all_tenants.filter(tenant_id=tenant_a.tenant.id, user_id=user)
        .order_by("occurred_at")
        .values_list("reset_at", flat=True)
    )
    assert first is not None
    assert second is not None
    assert first < second
    send(api, tenant_a, event(user, "completed", 3, training_item_id=course.a))
    assert lesson_status(run, user, course.lesson1) == "in_progress"
