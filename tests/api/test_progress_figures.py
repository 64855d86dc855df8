"""What progress events add to unit progress and course progress, read back through the API:
attempts, first start, latest score, time, and the enrollment's score and time."""

from __future__ import annotations

from typing import Any

from tests.api.test_progress_events import Course, build, event, send
from tests.factories import Api, Seeded

UNIT = "/api/v2/unit-progress"
COURSE = "/api/v2/course-progress"


def unit(api: Api, tenant: Seeded, user: int, lesson: int) -> dict[str, Any]:
    response = api.get(f"{UNIT}?user_id={user}&unit_id={lesson}", tenant=tenant)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def course_progress(api: Api, tenant: Seeded, course: Course) -> dict[str, Any]:
    response = api.get(f"{COURSE}?user_id={course.user}&course_id={course.id}", tenant=tenant)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def figures(data: dict[str, Any]) -> tuple[Any, ...]:
    return data["attempts"], data["score"], data["time_spent_seconds"], data["started_at"]


def test_a_passed_lesson_shows_its_attempt_score_start_and_time(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    course = build(api, run, tenant_a)
    passed = event(
        course.user, "passed", 4, lesson_id=course.lesson1, score=9, max_score=10, seconds_spent=60
    )
    send(api, tenant_a, passed)
    lesson = unit(api, tenant_a, course.user, course.lesson1)
    assert lesson["status"] == "completed"
    assert figures(lesson) == (1, 90.0, 60, "2026-03-01T09:04:00Z")
    enrolled = course_progress(api, tenant_a, course)
    assert (enrolled["status"], enrolled["score"], enrolled["time_spent_seconds"]) == (
        "in_progress",
        90.0,
        60,
    )


def test_repeated_attempts_keep_the_latest_score_and_sum_the_time(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    course = build(api, run, tenant_a)
    user, lesson1 = course.user, course.lesson1
    send(api, tenant_a, event(user, "started", 3, lesson_id=lesson1, seconds_spent=30))
    assert figures(unit(api, tenant_a, user, lesson1)) == (0, None, 30, "2026-03-01T09:03:00Z")
    send(
        api,
        tenant_a,
        [
            event(user, "passed", 5, lesson_id=lesson1, score=9, max_score=10, seconds_spent=100),
            event(user, "failed", 10, lesson_id=lesson1, score=6, max_score=10, seconds_spent=50),
        ],
    )
    # The last attempt counts, not the best one.
    assert figures(unit(api, tenant_a, user, lesson1)) == (2, 60.0, 180, "2026-03-01T09:03:00Z")
    # An earlier attempt that arrives late adds an attempt and its time, and moves the first
    # start back, but the later attempt's score stays.
    late = event(user, "passed", 1, lesson_id=lesson1, score=100, seconds_spent=20)
    send(api, tenant_a, late)
    assert figures(unit(api, tenant_a, user, lesson1)) == (3, 60.0, 200, "2026-03-01T09:01:00Z")
    # A newer attempt replaces the score, even with a lower one, and one without a score keeps
    # the last scored one's.
    send(api, tenant_a, event(user, "failed", 12, lesson_id=lesson1, score=25, seconds_spent=5))
    send(api, tenant_a, event(user, "completed", 13, lesson_id=lesson1))
    assert figures(unit(api, tenant_a, user, lesson1)) == (5, 25.0, 205, "2026-03-01T09:01:00Z")

    # The course's score is the mean of its scored lessons; its time, everything.
    assert course_progress(api, tenant_a, course)["score"] == 25.0
    send(api, tenant_a, event(user, "passed", 14, lesson_id=course.lesson2, score=75))
    enrolled = course_progress(api, tenant_a, course)
    assert (enrolled["score"], enrolled["time_spent_seconds"]) == (50.0, 205)


def test_exercises_add_time_and_start_but_are_not_attempts_at_the_lesson(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    course = build(api, run, tenant_a)
    user = course.user
    send(
        api,
        tenant_a,
        [
            event(user, "passed", 7, training_item_id=course.a, score=9, max_score=10),
            event(user, "failed", 6, training_item_id=course.b, seconds_spent=45),
            event(user, "completed", 8, training_item_id=course.c, seconds_spent=15),
        ],
    )
    assert figures(unit(api, tenant_a, user, course.lesson1)) == (
        0,
        None,
        45,
        "2026-03-01T09:06:00Z",
    )
    lesson2 = unit(api, tenant_a, user, course.lesson2)
    assert (lesson2["status"], *figures(lesson2)) == (
        "completed",
        0,
        None,
        15,
        "2026-03-01T09:08:00Z",
    )
    enrolled = course_progress(api, tenant_a, course)
    assert (enrolled["score"], enrolled["time_spent_seconds"]) == (None, 60)


def test_a_redelivered_event_counts_once(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = build(api, run, tenant_a)
    user = course.user
    attempt = event(user, "failed", 2, lesson_id=course.lesson2, score=4, seconds_spent=40)
    item = event(user, "started", 1, training_item_id=course.c, seconds_spent=10)
    send(api, tenant_a, [attempt, item, attempt])
    expected = (1, 4.0, 50, "2026-03-01T09:01:00Z")
    assert figures(unit(api, tenant_a, user, course.lesson2)) == expected
    send(api, tenant_a, attempt)
    send(api, tenant_a, [item, attempt])
    # A replay with other figures is the event as first stored: it changes nothing either.
    send(api, tenant_a, {**attempt, "score": 100, "seconds_spent": 999})
    assert figures(unit(api, tenant_a, user, course.lesson2)) == expected
    enrolled = course_progress(api, tenant_a, course)
    assert (enrolled["score"], enrolled["time_spent_seconds"]) == (4.0, 50)


def test_figures_start_over_after_a_reset(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = build(api, run, tenant_a)
    user = course.user
    send(api, tenant_a, event(user, "passed", 1, lesson_id=course.lesson1, seconds_spent=10))
    reset = api.delete(f"{COURSE}?user_id={user}&course_id={course.id}", tenant=tenant_a)
    assert reset.status_code == 204, reset.text
    send(api, tenant_a, event(user, "failed", 5, lesson_id=course.lesson1, score=30))
    assert figures(unit(api, tenant_a, user, course.lesson1)) == (
        1,
        30.0,
        0,
        "2026-03-01T09:05:00Z",
    )
    enrolled = course_progress(api, tenant_a, course)
    assert (enrolled["status"], enrolled["score"], enrolled["time_spent_seconds"]) == (
        "in_progress",
        30.0,
        0,
    )


def test_each_tenant_counts_its_own_events(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    ours = build(api, run, tenant_a)
    theirs = build(api, run, tenant_b)
    send(api, tenant_a, event(ours.user, "passed", 1, lesson_id=ours.lesson1, score=80))
    send(
        api,
        tenant_b,
        [
            event(theirs.user, "failed", 2, lesson_id=theirs.lesson1, score=10, seconds_spent=7),
            event(theirs.user, "failed", 3, lesson_id=theirs.lesson1, score=20, seconds_spent=7),
        ],
    )
    assert figures(unit(api, tenant_a, ours.user, ours.lesson1)) == (
        1,
        80.0,
        0,
        "2026-03-01T09:01:00Z",
    )
    assert figures(unit(api, tenant_b, theirs.user, theirs.lesson1)) == (
        2,
        20.0,
        14,
        "2026-03-01T09:02:00Z",
    )
    assert course_progress(api, tenant_a, ours)["score"] == 80.0
    assert course_progress(api, tenant_b, theirs)["score"] == 20.0
    # Another tenant's learner and unit answer as missing ones do.
    path = f"{UNIT}?user_id={theirs.user}&unit_id={theirs.lesson1}"
    assert api.get(path, tenant=tenant_a).status_code == 404
