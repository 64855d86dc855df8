from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from core.scoping import tenant_scope
from domain.enrollments import do_enroll
from models.event import Event
from models.learning import Enrollment, UnitProgress
from models.progress import ProgressEvent
from tests.factories import Api, Seeded, error_of, make_course, make_key, make_unit, make_user

EVENTS = "/api/v2/progress-events"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Course:
    """A course with lessons 1 (items a, b) and 2 (item c), and a section lesson, which no
    completion needs; a learner enrolled in it."""

    id: int
    lesson1: int
    lesson2: int
    a: int
    b: int
    c: int
    user: int


def item(api: Api, tenant: Seeded, training: int, **fields: Any) -> int:
    body = {"training_id": training, "name": "I", "type": "quiz", "skill": "reading"}
    response = api.post(
        "/api/v2/training-items", tenant=tenant, json={**body, "level": "B1", **fields}
    )
    assert response.status_code == 200, response.text
    value: int = response.json["_data"]["id"]
    return value


def training(api: Api, tenant: Seeded, lesson: int) -> int:
    response = api.post("/api/v2/trainings", tenant=tenant, json={"lesson_id": lesson, "name": "T"})
    value: int = response.json["_data"]["id"]
    return value


def build(api: Api, run: Any, tenant: Seeded, *, enrolled: bool = True) -> Course:
    course = run(make_course(tenant.tenant)).id
    lesson1 = run(make_unit(tenant.tenant, course)).id
    run(make_unit(tenant.tenant, course, type="section"))
    lesson2 = run(make_unit(tenant.tenant, course)).id
    first = training(api, tenant, lesson1)
    a = item(api, tenant, first, skill="listening", level="A2")
    b = item(api, tenant, training(api, tenant, lesson1))
    c = item(api, tenant, training(api, tenant, lesson2))
    user = run(make_user(tenant.tenant)).id
    if enrolled:
        with tenant_scope(tenant.tenant.id):
            run(do_enroll(tenant.tenant, user, course))
    return Course(course, lesson1, lesson2, a, b, c, user)


def event(user: int, outcome: str = "completed", minutes: int = 0, **fields: Any) -> dict[str, Any]:
    return {
        "client_event_id": secrets.token_hex(8),
        "user_id": user,
        "outcome": outcome,
        "occurred_at": (T0 + timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z"),
        **fields,
    }


def send(api: Api, tenant: Seeded, body: Any) -> Any:
    response = api.post(EVENTS, tenant=tenant, json=body)
    assert response.status_code == 200, response.text
    return response.json["_data"]


def lesson_status(run: Any, user: int, lesson: int) -> str | None:
    progress = run(UnitProgress.all_tenants.get_or_none(user_id=user, unit_id=lesson))
    return None if progress is None else str(progress.status)


def enrollment(run: Any, user: int, course: int) -> Enrollment:
    found: Enrollment = run(Enrollment.all_tenants.get(user_id=user, course_id=course))
    return found


def events_of(run: Any, tenant: Seeded, kind: str) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type=kind)
        .order_by("id")
        .values("data")
    )
    return [row["data"] for row in rows]


def test_one_event_is_stored_with_its_content_denormalised(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    course = build(api, run, tenant_a)
    sent = event(
        course.user, "passed", training_item_id=course.a, score=8, max_score=10, seconds_spent=95
    )
    stored = send(api, tenant_a, sent)
    assert stored == {
        "id": stored["id"],
        "client_event_id": sent["client_event_id"],
        "user_id": course.user,
        "course_id": course.id,
        "lesson_id": course.lesson1,
        "training_item_id": course.a,
        "outcome": "passed",
        "skill": "listening",
        "level": "A2",
        "score": 8.0,
        "max_score": 10.0,
        "seconds_spent": 95,
        "occurred_at": "2026-03-01T09:00:00Z",
    }
    lesson_level = send(api, tenant_a, event(course.user, "started", lesson_id=course.lesson2))
    assert (lesson_level["skill"], lesson_level["level"], lesson_level["training_item_id"]) == (
        None,
        None,
        None,
    )
    assert lesson_level["course_id"] == course.id


def test_replays_store_nothing_new_and_answer_the_same(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    course = build(api, run, tenant_a)
    first = event(course.user, training_item_id=course.a)
    once = send(api, tenant_a, first)
    again = send(api, tenant_a, first)
    assert again == once
    changed = {**first, "outcome": "failed", "score": 1}
    assert send(api, tenant_a, changed) == once
    batch = [first, event(course.user, "started", training_item_id=course.b), first]
    answered = send(api, tenant_a, batch)
    assert answered[0] == answered[2] == once
    assert send(api, tenant_a, batch) == answered
    count = run(ProgressEvent.all_tenants.filter(tenant_id=tenant_a.tenant.id).count())
    assert count == 2


def test_lesson_then_course_completion(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = build(api, run, tenant_a)
    user = course.user
    assert enrollment(run, user, course.id).status == "not_attempted"
    send(api, tenant_a, event(user, "started", 1, training_item_id=course.a))
    assert lesson_status(run, user, course.lesson1) == "in_progress"
    assert enrollment(run, user, course.id).status == "in_progress"
    send(api, tenant_a, event(user, "completed", 1, training_item_id=course.a))
    send(api, tenant_a, event(user, "failed", 2, training_item_id=course.b))
    send(api, tenant_a, event(user, "started", 3, training_item_id=course.b))
    assert lesson_status(run, user, course.lesson1) == "in_progress"
    assert lesson_status(run, user, course.lesson2) is None
    assert events_of(run, tenant_a, "lesson.completed") == []

    send(api, tenant_a, event(user, "passed", 4, training_item_id=course.b))
    assert lesson_status(run, user, course.lesson1) == "completed"
    assert events_of(run, tenant_a, "lesson.completed") == [
        {
            "user_id": user,
            "lesson_id": course.lesson1,
            "course_id": course.id,
            "completed_at": "2026-03-01T09:04:00Z",
        }
    ]
    assert enrollment(run, user, course.id).status == "in_progress"

    # Completing an item again completes nothing again.
    send(api, tenant_a, event(user, "completed", 5, training_item_id=course.a))
    assert len(events_of(run, tenant_a, "lesson.completed")) == 1

    send(api, tenant_a, event(user, "completed", 9, training_item_id=course.c))
    done = enrollment(run, user, course.id)
    assert done.status == "completed"
    assert done.completed_at == T0 + timedelta(minutes=9)
    assert done.progress_percent == 100
    assert events_of(run, tenant_a, "course.completed") == [
        {
            "enrollment_id": done.id,
            "user_id": user,
            "course_id": course.id,
            "completed_at": "2026-03-01T09:09:00Z",
        }
    ]
    assert len(events_of(run, tenant_a, "lesson.completed")) == 2
    send(api, tenant_a, event(user, "completed", 10, training_item_id=course.c))
    assert len(events_of(run, tenant_a, "course.completed")) == 1
    # Starting again what is done changes nothing.
    send(api, tenant_a, event(user, "started", 11, training_item_id=course.a))
    assert lesson_status(run, user, course.lesson1) == "completed"
    assert enrollment(run, user, course.id).status == "completed"


def test_one_batch_with_a_whole_history(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = build(api, run, tenant_a)
    other = run(make_user(tenant_a.tenant)).id
    with tenant_scope(tenant_a.tenant.id):
        run(do_enroll(tenant_a.tenant, other, course.id))
    history = [
        event(course.user, "started", 0, training_item_id=course.a),
        event(course.user, "completed", 1, training_item_id=course.a),
        event(course.user, "passed", 2, training_item_id=course.b),
        event(course.user, "completed", 7, training_item_id=course.c),
        # The other learner finishes lesson 1 only, and fails c.
        event(other, "completed", 3, training_item_id=course.a),
        event(other, "completed", 4, training_item_id=course.b),
        event(other, "failed", 5, training_item_id=course.c),
    ]
    send(api, tenant_a, history)
    assert lesson_status(run, course.user, course.lesson2) == "completed"
    assert lesson_status(run, other, course.lesson1) == "completed"
    assert lesson_status(run, other, course.lesson2) == "in_progress"
    assert enrollment(run, course.user, course.id).status == "completed"
    assert enrollment(run, course.user, course.id).completed_at == T0 + timedelta(minutes=7)
    assert enrollment(run, other, course.id).status == "in_progress"
    completed = events_of(run, tenant_a, "lesson.completed")
    assert sorted((e["user_id"], e["lesson_id"]) for e in completed) == sorted(
        [(course.user, course.lesson1), (course.user, course.lesson2), (other, course.lesson1)]
    )
    assert [e["user_id"] for e in events_of(run, tenant_a, "course.completed")] == [course.user]


def test_lesson_level_events_and_learners_not_enrolled(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    course = build(api, run, tenant_a, enrolled=False)
    empty_lesson = run(make_unit(tenant_a.tenant, course.id)).id
    send(api, tenant_a, event(course.user, "failed", lesson_id=empty_lesson))
    assert lesson_status(run, course.user, empty_lesson) == "in_progress"
    send(api, tenant_a, event(course.user, "completed", lesson_id=empty_lesson))
    assert lesson_status(run, course.user, empty_lesson) == "completed"
    send(
        api,
        tenant_a,
        [
            event(course.user, "completed", lesson_id=course.lesson1),
            event(course.user, "passed", lesson_id=course.lesson2, training_item_id=course.c),
        ],
    )
    assert lesson_status(run, course.user, course.lesson1) == "completed"
    assert lesson_status(run, course.user, course.lesson2) == "completed"
    # Every lesson done, but no enrollment to complete.
    assert run(Enrollment.all_tenants.filter(user_id=course.user).count()) == 0
    assert events_of(run, tenant_a, "course.completed") == []


def test_another_tenants_users_and_content_are_not_found(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    ours = build(api, run, tenant_b)
    theirs = build(api, run, tenant_a)
    for fields, param in (
        ({"user_id": theirs.user, "training_item_id": ours.a}, "user_id"),
        ({"user_id": ours.user, "training_item_id": theirs.a}, "training_item_id"),
        ({"user_id": ours.user, "lesson_id": theirs.lesson1}, "lesson_id"),
        ({"user_id": ours.user, "training_item_id": 2**31 - 1}, "training_item_id"),
    ):
        sent = {**event(0), **fields}
        response = api.post(EVENTS, tenant=tenant_b, json=sent)
        assert response.status_code == 404, (fields, response.text)
        assert error_of(response)["param"] == param
        batch = [event(ours.user, lesson_id=ours.lesson1), sent]
        response = api.post(EVENTS, tenant=tenant_b, json=batch)
        assert response.status_code == 404
        assert error_of(response)["param"] == f"1.{param}"
    assert run(ProgressEvent.all_tenants.filter(tenant_id=tenant_b.tenant.id).count()) == 0
    assert lesson_status(run, ours.user, ours.lesson1) is None
    mine = event(ours.user, training_item_id=ours.a)
    assert api.post(EVENTS, tenant=tenant_a.slug, key=tenant_b.key, json=mine).status_code == 401


def test_bad_input(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = build(api, run, tenant_a)
    good = event(course.user, training_item_id=course.a)
    soon = datetime.now(UTC) + timedelta(minutes=10)
    for change, status, param in (
        ({"score": 11, "max_score": 10}, 422, "score"),
        ({"score": -1}, 422, "score"),
        ({"seconds_spent": -5}, 422, "seconds_spent"),
        ({"seconds_spent": 1.5}, 400, "seconds_spent"),
        ({"occurred_at": soon.isoformat()}, 422, "occurred_at"),
        ({"occurred_at": "1999-12-31T23:59:59Z"}, 422, "occurred_at"),
        ({"occurred_at": "yesterday"}, 422, "occurred_at"),
        ({"outcome": "skipped"}, 422, "outcome"),
        ({"user_id": "1"}, 400, "user_id"),
        ({"score": "high"}, 400, "score"),
        ({"training_item_id": None}, 422, "training_item_id"),
        ({"lesson_id": course.lesson2}, 422, "lesson_id"),
        ({"client_event_id": "a b"}, 422, "client_event_id"),
        ({"client_event_id": "x" * 65}, 422, "client_event_id"),
        ({"colour": "red"}, 400, "colour"),
    ):
        response = api.post(EVENTS, tenant=tenant_a, json={**good, **change})
        assert response.status_code == status, (change, response.text)
        assert error_of(response)["param"] == param
        response = api.post(EVENTS, tenant=tenant_a, json=[good, {**good, **change}])
        assert response.status_code == status, (change, response.text)
        assert error_of(response)["param"] == f"1.{param}"
    missing = {k: v for k, v in good.items() if k != "occurred_at"}
    assert error_of(api.post(EVENTS, tenant=tenant_a, json=missing))["param"] == "occurred_at"
    for body in ([], [good] * 101, "event", 7, [good, 7]):
        response = api.post(EVENTS, tenant=tenant_a, json=body)
        assert response.status_code == 400, (body, response.text)
        error_of(response)
    not_json = api.post(
        EVENTS, tenant=tenant_a, content="{", headers={"Content-Type": "application/json"}
    )
    assert not_json.status_code == 400
    assert run(ProgressEvent.all_tenants.filter(tenant_id=tenant_a.tenant.id).count()) == 0
    assert send(api, tenant_a, [good] * 100)[99]["client_event_id"] == good["client_event_id"]


def test_scope(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = build(api, run, tenant_a)
    sent = event(course.user, training_item_id=course.a)
    content_only = run(make_key(tenant_a.tenant, ["courses:write", "progress:read"]))
    assert api.post(EVENTS, tenant=tenant_a, key=content_only, json=sent).status_code == 403
    writer = run(make_key(tenant_a.tenant, ["progress:write"]))
    assert api.post(EVENTS, tenant=tenant_a, key=writer, json=sent).status_code == 200


def test_only_the_lessons_current_items_count(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = build(api, run, tenant_a)
    user = course.user
    send(api, tenant_a, event(user, "completed", 1, training_item_id=course.a))
    assert api.delete(f"/api/v2/training-items/{course.a}", tenant=tenant_a).status_code == 204
    lesson = api.get(f"/api/v2/lessons/{course.lesson1}", tenant=tenant_a).json["_data"]
    replacement = item(api, tenant_a, lesson["trainings"][0]["id"])
    # Lesson 1 is now b and the replacement: a's completion no longer counts.
    send(api, tenant_a, event(user, "completed", 2, training_item_id=replacement))
    assert lesson_status(run, user, course.lesson1) == "in_progress"
    send(api, tenant_a, event(user, "completed", 3, training_item_id=course.b))
    assert lesson_status(run, user, course.lesson1) == "completed"


def test_ingested_events_feed_the_tenant_wide_reads(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    """The leaderboard reads the rollups ingest keeps; a learner's stats read the events: both
    agree, and a replay counts once."""
    course = build(api, run, tenant_a)
    user = course.user
    first = event(user, "passed", 1, training_item_id=course.a, score=8, max_score=10)
    send(api, tenant_a, [first, event(user, "completed", 2, training_item_id=course.b)])
    send(api, tenant_a, first)
    stats = api.get(f"/api/v2/gamification/stats?user_id={user}", tenant=tenant_a).json["_data"]
    assert stats["xp"] > 0
    board = "/api/v2/gamification/leaderboard?period=all_time"
    ranked = api.get(board, tenant=tenant_a).json["_data"]
    assert [(e["user_id"], e["xp"]) for e in ranked] == [(user, stats["xp"])]
    assert api.get(board, tenant=tenant_b).json["_data"] == []
