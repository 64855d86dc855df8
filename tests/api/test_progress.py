from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from models.course import Course, Unit, UnitType
from models.learning import Enrollment, ProgressStatus
from models.user import User
from tests.factories import (
    Api,
    Seeded,
    error_of,
    make_course,
    make_key,
    make_unit,
    make_unit_progress,
    make_user,
    set_course_progress,
)

COURSE_PROGRESS = "/api/v2/course-progress"
UNIT_PROGRESS = "/api/v2/unit-progress"
RESULTS = "/api/v2/results"
LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass
class Learning:
    """Two learners in two courses; the first course has a content, a test and a survey unit,
    the second one unit."""

    alice: User
    bob: User
    course: Course
    other_course: Course
    lesson: Unit
    test: Unit
    survey: Unit
    other_unit: Unit


def enroll(api: Api, tenant: Seeded, user_id: int, course_id: int) -> None:
    response = api.post(
        "/api/v2/enrollments", tenant=tenant, json={"user_id": user_id, "course_id": course_id}
    )
    assert response.status_code == 200, response.text


def seed_learning(api: Api, run: Any, tenant: Seeded) -> Learning:
    t = tenant.tenant
    alice, bob = run(make_user(t)), run(make_user(t))
    course, other_course = run(make_course(t)), run(make_course(t))
    learning = Learning(
        alice=alice,
        bob=bob,
        course=course,
        other_course=other_course,
        lesson=run(make_unit(t, course.id)),
        test=run(make_unit(t, course.id, type=UnitType.TEST)),
        survey=run(make_unit(t, course.id, type=UnitType.SURVEY)),
        other_unit=run(make_unit(t, other_course.id, type=UnitType.TEST)),
    )
    for user in (alice, bob):
        for c in (course, other_course):
            enroll(api, tenant, user.id, c.id)
    return learning


def page_of(api: Api, path: str, tenant: Seeded) -> dict[str, Any]:
    response = api.get(path, tenant=tenant)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json
    assert set(body) == {"_data", "_links", "_meta"}
    return body


def bad(api: Api, path: str, tenant: Seeded, status: int = 400) -> dict[str, Any]:
    response = api.get(path, tenant=tenant)
    assert response.status_code == status, response.text
    return error_of(response)


# --- course progress -------------------------------------------------------------------------


def test_one_users_course_progress(api: Api, run: Any, tenant_a: Seeded) -> None:
    s = seed_learning(api, run, tenant_a)
    completed = datetime(2026, 3, 1, 12, tzinfo=UTC)
    run(
        set_course_progress(
            tenant_a.tenant,
            s.alice.id,
            s.course.id,
            status=ProgressStatus.PASSED,
            progress_percent=100,
            score=87.5,
            time_spent_seconds=3600,
            completed_at=completed,
        )
    )
    response = api.get(
        f"{COURSE_PROGRESS}?user_id={s.alice.id}&course_id={s.course.id}", tenant=tenant_a
    )
    assert response.status_code == 200, response.text
    assert set(response.json) == {"_data"}
    data = response.json["_data"]
    assert data["user_id"] == s.alice.id
    assert data["course_id"] == s.course.id
    assert (data["status"], data["progress_percent"], data["score"]) == ("passed", 100, 87.5)
    assert data["time_spent_seconds"] == 3600
    assert data["completed_at"] == "2026-03-01T12:00:00Z"
    assert data["enrolled_at"].endswith("Z")
    assert data["last_updated"].endswith("Z")

    fresh = api.get(
        f"{COURSE_PROGRESS}?user_id={s.bob.id}&course_id={s.course.id}", tenant=tenant_a
    ).json["_data"]
    assert (fresh["status"], fresh["progress_percent"], fresh["score"]) == (
        "not_attempted",
        0,
        None,
    )
    assert fresh["completed_at"] is None


def test_course_progress_list_and_filters(api: Api, run: Any, tenant_a: Seeded) -> None:
    s = seed_learning(api, run, tenant_a)
    t = tenant_a.tenant
    run(
        set_course_progress(
            t,
            s.alice.id,
            s.course.id,
            status=ProgressStatus.COMPLETED,
            completed_at=datetime(2026, 2, 1, tzinfo=UTC),
        )
    )
    run(set_course_progress(t, s.bob.id, s.course.id, status=ProgressStatus.IN_PROGRESS))
    run(
        Enrollment.all_tenants.filter(tenant_id=t.id, user_id=s.bob.id).update(
            enrolled_at=LONG_AGO, updated_at=LONG_AGO
        )
    )

    def pairs(query: str) -> set[tuple[int, int]]:
        body = page_of(api, f"{COURSE_PROGRESS}{query}", tenant_a)
        assert body["_meta"]["pagination"]["total_results"] == len(body["_data"])
        return {(p["user_id"], p["course_id"]) for p in body["_data"]}

    everyone = {(u.id, c.id) for u in (s.alice, s.bob) for c in (s.course, s.other_course)}
    assert pairs("") == everyone
    assert pairs(f"?filter[user_id][eq]={s.alice.id}") == {
        (s.alice.id, s.course.id),
        (s.alice.id, s.other_course.id),
    }
    assert pairs(f"?filter[course_id][eq]={s.other_course.id}") == {
        (s.alice.id, s.other_course.id),
        (s.bob.id, s.other_course.id),
    }
    assert pairs("?filter[status][eq]=completed") == {(s.alice.id, s.course.id)}
    assert pairs("?filter[status][eq]=in_progress") == {(s.bob.id, s.course.id)}
    assert pairs("?filter[completed_at][gte]=2026-01-15T00:00:00Z") == {(s.alice.id, s.course.id)}
    assert pairs("?filter[completed_at][lte]=2026-01-15T00:00:00Z") == set()
    bobs = {(s.bob.id, s.course.id), (s.bob.id, s.other_course.id)}
    assert pairs("?filter[enrolled_at][lte]=2021-01-01T00:00:00Z") == bobs
    assert pairs("?filter[enrolled_at][gte]=2021-01-01T00:00:00Z") == everyone - bobs
    assert pairs("?filter[last_updated][lte]=2021-01-01") == bobs
    assert pairs("?filter[last_updated][gte]=2021-01-01") == everyone - bobs
    assert pairs(f"?filter[user_id][eq]={s.alice.id}&filter[status][eq]=not_attempted") == {
        (s.alice.id, s.other_course.id)
    }


def test_course_progress_pages(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = run(make_course(tenant_a.tenant))
    users = [run(make_user(tenant_a.tenant)) for _ in range(5)]
    for user in users:
        enroll(api, tenant_a, user.id, course.id)
    seen: list[int] = []
    url: str | None = f"{COURSE_PROGRESS}?page[size]=2"
    pages = 0
    while url is not None:
        body = page_of(api, url.split("lms.test", 1)[-1], tenant_a)
        meta = body["_meta"]["pagination"]
        assert (meta["page_size"], meta["total_pages"], meta["total_results"]) == (2, 3, 5)
        assert meta["total_items"] == len(body["_data"])
        seen += [p["user_id"] for p in body["_data"]]
        pages += 1
        url = body["_links"]["next"]
    assert pages == 3
    assert seen == [u.id for u in users]
    last = page_of(api, f"{COURSE_PROGRESS}?page[size]=2&page[number]=3", tenant_a)
    assert last["_links"]["next"] is None
    assert "page[number]=2" in last["_links"]["prev"]
    assert page_of(api, f"{COURSE_PROGRESS}?page[number]=9", tenant_a)["_data"] == []


def test_course_progress_is_the_tenants_own(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    mine = seed_learning(api, run, tenant_a)
    theirs = seed_learning(api, run, tenant_b)
    one = f"{COURSE_PROGRESS}?user_id={mine.alice.id}&course_id={mine.course.id}"
    assert api.get(one, tenant=tenant_a).status_code == 200
    intruder = api.get(one, tenant=tenant_a, key=tenant_b.key)
    assert intruder.status_code == 401
    error_of(intruder)

    crossed = api.get(
        f"{COURSE_PROGRESS}?user_id={theirs.alice.id}&course_id={theirs.course.id}",
        tenant=tenant_a,
    )
    missing = api.get(f"{COURSE_PROGRESS}?user_id=2147483000&course_id=2147483001", tenant=tenant_a)
    assert crossed.status_code == missing.status_code == 404
    assert "not enrolled" in error_of(crossed)["message"]
    error_of(missing)

    listed = page_of(api, COURSE_PROGRESS, tenant_a)["_data"]
    assert {p["user_id"] for p in listed} == {mine.alice.id, mine.bob.id}
    filtered = page_of(api, f"{COURSE_PROGRESS}?filter[user_id][eq]={theirs.alice.id}", tenant_a)
    assert filtered["_data"] == []
    assert filtered["_meta"]["pagination"]["total_results"] == 0


def test_course_progress_needs_the_progress_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    s = seed_learning(api, run, tenant_a)
    one = f"{COURSE_PROGRESS}?user_id={s.alice.id}&course_id={s.course.id}"
    courses_only = run(make_key(tenant_a.tenant, ["courses:read", "enrollments:write"]))
    reader = run(make_key(tenant_a.tenant, ["progress:read"]))
    for path in (one, COURSE_PROGRESS, UNIT_PROGRESS, RESULTS):
        denied = api.get(path, tenant=tenant_a, key=courses_only)
        assert denied.status_code == 403
        assert "progress:read" in error_of(denied)["message"]
        assert api.get(path, tenant=tenant_a, key=reader).status_code == 200
    refused = api.delete(one, tenant=tenant_a, key=reader)
    assert refused.status_code == 403
    error_of(refused)


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("?user_id=1", "course_id"),
        ("?course_id=1", "user_id"),
        ("?user_id=abc&course_id=1", "user_id"),
        ("?user_id=0&course_id=1", "user_id"),
        ("?user_id=1&course_id=2147483648", "course_id"),
        ("?user_id=1&course_id=-3", "course_id"),
        ("?user_id=1&user_id=2&course_id=1", "user_id"),
        ("?user_id=1&course_id=1&page[size]=5", "page[size]"),
        ("?user_id=1&course_id=1&filter[status][eq]=passed", "filter[status][eq]"),
        ("?unit_id=1", "unit_id"),
        ("?page[size]=0", "page[size]"),
        ("?page[number]=x", "page[number]"),
        ("?filter[nope][eq]=1", "filter[nope][eq]"),
        ("?filter[user_id][like]=1", "filter[user_id][like]"),
        ("?filter[user_id][eq]=one", "filter[user_id][eq]"),
        ("?filter[status][eq]=done", "filter[status][eq]"),
        ("?filter[enrolled_at][gte]=yesterday", "filter[enrolled_at][gte]"),
        ("?filter[completed_at][lte]=2026-13-01", "filter[completed_at][lte]"),
        ("?filter[last_updated][eq]=2026-01-01", "filter[last_updated][eq]"),
        ("?filter[user_id]=1", "filter[user_id]"),
    ],
)
def test_bad_course_progress_queries(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    assert bad(api, f"{COURSE_PROGRESS}{query}", tenant_a)["param"] == param


# --- reset -----------------------------------------------------------------------------------


def test_reset_course_progress(api: Api, run: Any, tenant_a: Seeded) -> None:
    s = seed_learning(api, run, tenant_a)
    t = tenant_a.tenant
    run(
        set_course_progress(
            t,
            s.alice.id,
            s.course.id,
            status=ProgressStatus.COMPLETED,
            progress_percent=100,
            score=90,
            time_spent_seconds=500,
            completed_at=datetime(2026, 3, 1, tzinfo=UTC),
        )
    )
    for unit in (s.lesson, s.test, s.other_unit):
        run(make_unit_progress(t, s.alice.id, unit, status=ProgressStatus.COMPLETED, score=90))
    run(make_unit_progress(t, s.bob.id, s.test, status=ProgressStatus.FAILED, score=20))

    one = f"{COURSE_PROGRESS}?user_id={s.alice.id}&course_id={s.course.id}"
    response = api.delete(one, tenant=tenant_a)
    assert response.status_code == 204, response.text
    assert response.content == b""

    data = api.get(one, tenant=tenant_a).json["_data"]
    assert (data["status"], data["progress_percent"], data["score"]) == ("not_attempted", 0, None)
    assert (data["time_spent_seconds"], data["completed_at"]) == (0, None)
    remaining = page_of(api, UNIT_PROGRESS, tenant_a)["_data"]
    assert {(p["user_id"], p["unit_id"]) for p in remaining} == {
        (s.alice.id, s.other_unit.id),
        (s.bob.id, s.test.id),
    }
    still_enrolled = page_of(api, f"/api/v2/enrollments?filter[user_id][eq]={s.alice.id}", tenant_a)
    assert still_enrolled["_meta"]["pagination"]["total_results"] == 2

    timeline = page_of(
        api, "/api/v2/timeline?filter[type][eq]=course_user_progress_reset", tenant_a
    )
    [event] = timeline["_data"]
    assert (event["user_id"], event["course_id"]) == (s.alice.id, s.course.id)
    assert event["event_type"] == "course_progress.reset"
    assert event["data"]["unit_progress_removed"] == 2
    assert event["data"]["previous_status"] == "completed"

    again = api.delete(one, tenant=tenant_a)
    assert again.status_code == 204


def test_reset_is_the_tenants_own_and_needs_an_enrollment(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    mine = seed_learning(api, run, tenant_a)
    theirs = seed_learning(api, run, tenant_b)
    run(
        set_course_progress(
            tenant_b.tenant, theirs.alice.id, theirs.course.id, status=ProgressStatus.COMPLETED
        )
    )
    crossed = api.delete(
        f"{COURSE_PROGRESS}?user_id={theirs.alice.id}&course_id={theirs.course.id}",
        tenant=tenant_a,
    )
    assert crossed.status_code == 404
    error_of(crossed)
    kept = api.get(
        f"{COURSE_PROGRESS}?user_id={theirs.alice.id}&course_id={theirs.course.id}",
        tenant=tenant_b,
    )
    assert kept.json["_data"]["status"] == "completed"
    intruder = api.delete(
        f"{COURSE_PROGRESS}?user_id={mine.alice.id}&course_id={mine.course.id}",
        tenant=tenant_a,
        key=tenant_b.key,
    )
    assert intruder.status_code == 401

    stranger = run(make_user(tenant_a.tenant))
    not_enrolled = api.delete(
        f"{COURSE_PROGRESS}?user_id={stranger.id}&course_id={mine.course.id}", tenant=tenant_a
    )
    assert not_enrolled.status_code == 404
    assert "not enrolled" in error_of(not_enrolled)["message"]
    resets = page_of(api, "/api/v2/timeline?filter[type][eq]=course_user_progress_reset", tenant_a)
    assert resets["_data"] == []


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("", "user_id"),
        ("?user_id=1", "course_id"),
        ("?course_id=1", "user_id"),
        ("?user_id=x&course_id=1", "user_id"),
        ("?user_id=1&course_id=1&force=1", "force"),
    ],
)
def test_bad_resets(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    response = api.delete(f"{COURSE_PROGRESS}{query}", tenant=tenant_a)
    assert response.status_code == 400, response.text
    assert error_of(response)["param"] == param


# --- unit progress ---------------------------------------------------------------------------


def test_unit_progress_one_list_and_filters(api: Api, run: Any, tenant_a: Seeded) -> None:
    s = seed_learning(api, run, tenant_a)
    t = tenant_a.tenant
    done = datetime(2026, 4, 2, 8, 30, tzinfo=UTC)
    run(
        make_unit_progress(
            t,
            s.alice.id,
            s.test,
            status=ProgressStatus.PASSED,
            score=75,
            attempts=2,
            time_spent_seconds=120,
            started_at=datetime(2026, 4, 1, tzinfo=UTC),
            completed_at=done,
        )
    )
    run(make_unit_progress(t, s.alice.id, s.lesson, status=ProgressStatus.IN_PROGRESS))
    run(make_unit_progress(t, s.bob.id, s.other_unit, status=ProgressStatus.FAILED, score=10))

    one = api.get(f"{UNIT_PROGRESS}?user_id={s.alice.id}&unit_id={s.test.id}", tenant=tenant_a)
    assert one.status_code == 200, one.text
    data = one.json["_data"]
    assert (data["user_id"], data["unit_id"], data["course_id"]) == (
        s.alice.id,
        s.test.id,
        s.course.id,
    )
    assert (data["status"], data["score"], data["attempts"]) == ("passed", 75, 2)
    assert data["time_spent_seconds"] == 120
    assert (data["started_at"], data["completed_at"]) == (
        "2026-04-01T00:00:00Z",
        "2026-04-02T08:30:00Z",
    )
    none = api.get(f"{UNIT_PROGRESS}?user_id={s.bob.id}&unit_id={s.test.id}", tenant=tenant_a)
    assert none.status_code == 404
    error_of(none)

    def pairs(query: str) -> list[tuple[int, int]]:
        body = page_of(api, f"{UNIT_PROGRESS}{query}", tenant_a)
        assert body["_meta"]["pagination"]["total_results"] == len(body["_data"])
        return [(p["user_id"], p["unit_id"]) for p in body["_data"]]

    alice_test, alice_lesson = (s.alice.id, s.test.id), (s.alice.id, s.lesson.id)
    bob_other = (s.bob.id, s.other_unit.id)
    assert pairs("") == sorted([alice_test, alice_lesson, bob_other])
    assert pairs(f"?filter[user_id][eq]={s.alice.id}") == sorted([alice_test, alice_lesson])
    assert pairs(f"?filter[unit_id][eq]={s.other_unit.id}") == [bob_other]
    assert pairs(f"?filter[course_id][eq]={s.course.id}") == sorted([alice_test, alice_lesson])
    assert pairs("?filter[status][eq]=in_progress") == [alice_lesson]
    assert pairs("?filter[completed_at][gte]=2026-04-02T00:00:00Z") == [alice_test]
    assert pairs("?filter[completed_at][lte]=2026-04-02T00:00:00Z") == []
    assert pairs("?filter[last_updated][gte]=2026-01-01") == sorted(
        [alice_test, alice_lesson, bob_other]
    )
    assert pairs("?filter[last_updated][lte]=2026-01-01") == []


def test_unit_progress_pages_and_isolation(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    course = run(make_course(tenant_a.tenant))
    unit = run(make_unit(tenant_a.tenant, course.id))
    users = [run(make_user(tenant_a.tenant)) for _ in range(5)]
    for user in users:
        run(make_unit_progress(tenant_a.tenant, user.id, unit, status=ProgressStatus.COMPLETED))
    theirs = seed_learning(api, run, tenant_b)
    run(make_unit_progress(tenant_b.tenant, theirs.alice.id, theirs.test, score=1))

    first = page_of(api, f"{UNIT_PROGRESS}?page[size]=2", tenant_a)
    assert first["_meta"]["pagination"]["total_results"] == 5
    assert first["_meta"]["pagination"]["total_pages"] == 3
    seen = [p["user_id"] for p in first["_data"]]
    for number in (2, 3):
        body = page_of(api, f"{UNIT_PROGRESS}?page[size]=2&page[number]={number}", tenant_a)
        seen += [p["user_id"] for p in body["_data"]]
    assert seen == [u.id for u in users]
    assert body["_links"]["next"] is None

    crossed = api.get(
        f"{UNIT_PROGRESS}?user_id={theirs.alice.id}&unit_id={theirs.test.id}", tenant=tenant_a
    )
    assert crossed.status_code == 404
    error_of(crossed)
    own = api.get(
        f"{UNIT_PROGRESS}?user_id={theirs.alice.id}&unit_id={theirs.test.id}", tenant=tenant_b
    )
    assert own.status_code == 200
    intruder = api.get(UNIT_PROGRESS, tenant=tenant_a, key=tenant_b.key)
    assert intruder.status_code == 401
    empty = page_of(api, f"{UNIT_PROGRESS}?filter[unit_id][eq]={theirs.test.id}", tenant_a)
    assert empty["_data"] == []


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("?user_id=1", "unit_id"),
        ("?unit_id=1", "user_id"),
        ("?user_id=1&unit_id=1.5", "unit_id"),
        ("?user_id=1&course_id=1", "course_id"),
        ("?filter[unit_type][eq]=test", "filter[unit_type][eq]"),
        ("?filter[unit_id][eq]=x", "filter[unit_id][eq]"),
        ("?filter[status][eq]=PASSED", "filter[status][eq]"),
        ("?filter[completed_at][gte]=1st of May", "filter[completed_at][gte]"),
        ("?filter[score][gte]=5", "filter[score][gte]"),
        ("?sort=id", "sort"),
    ],
)
def test_bad_unit_progress_queries(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    assert bad(api, f"{UNIT_PROGRESS}{query}", tenant_a)["param"] == param


# --- results ---------------------------------------------------------------------------------


def test_results_are_attempted_tests_and_surveys(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    s = seed_learning(api, run, tenant_a)
    t = tenant_a.tenant
    run(make_unit_progress(t, s.alice.id, s.test, status=ProgressStatus.PASSED, score=80))
    run(make_unit_progress(t, s.alice.id, s.survey, status=ProgressStatus.COMPLETED))
    run(make_unit_progress(t, s.alice.id, s.lesson, status=ProgressStatus.COMPLETED, score=99))
    run(make_unit_progress(t, s.bob.id, s.test, status=ProgressStatus.NOT_ATTEMPTED))
    run(
        make_unit_progress(
            t,
            s.bob.id,
            s.other_unit,
            status=ProgressStatus.FAILED,
            score=30,
            completed_at=datetime(2026, 5, 1, tzinfo=UTC),
        )
    )

    one = api.get(f"{RESULTS}?user_id={s.alice.id}&unit_id={s.test.id}", tenant=tenant_a)
    assert one.status_code == 200, one.text
    data = one.json["_data"]
    assert (data["unit_type"], data["status"], data["score"]) == ("test", "passed", 80)
    assert data["course_id"] == s.course.id
    for user, unit in ((s.alice, s.lesson), (s.bob, s.test), (s.bob, s.survey)):
        missing = api.get(f"{RESULTS}?user_id={user.id}&unit_id={unit.id}", tenant=tenant_a)
        assert missing.status_code == 404
        assert "no test or survey result" in error_of(missing)["message"]

    def pairs(query: str) -> list[tuple[int, int]]:
        body = page_of(api, f"{RESULTS}{query}", tenant_a)
        assert body["_meta"]["pagination"]["total_results"] == len(body["_data"])
        return [(r["user_id"], r["unit_id"]) for r in body["_data"]]

    alice_test, alice_survey = (s.alice.id, s.test.id), (s.alice.id, s.survey.id)
    bob_other = (s.bob.id, s.other_unit.id)
    assert pairs("") == sorted([alice_test, alice_survey, bob_other])
    assert pairs("?filter[unit_type][eq]=survey") == [alice_survey]
    assert pairs("?filter[unit_type][eq]=test") == sorted([alice_test, bob_other])
    assert pairs(f"?filter[user_id][eq]={s.bob.id}") == [bob_other]
    assert pairs(f"?filter[unit_id][eq]={s.test.id}") == [alice_test]
    assert pairs(f"?filter[course_id][eq]={s.other_course.id}") == [bob_other]
    assert pairs("?filter[status][eq]=failed") == [bob_other]
    assert pairs("?filter[completed_at][gte]=2026-04-01") == [bob_other]
    assert pairs("?filter[last_updated][lte]=2020-01-01") == []
    second = page_of(api, f"{RESULTS}?page[size]=1&page[number]=2", tenant_a)
    assert second["_meta"]["pagination"]["total_results"] == 3
    assert [(r["user_id"], r["unit_id"]) for r in second["_data"]] == [
        sorted([alice_test, alice_survey, bob_other])[1]
    ]

    theirs = seed_learning(api, run, tenant_b)
    run(
        make_unit_progress(
            tenant_b.tenant, theirs.alice.id, theirs.test, status=ProgressStatus.PASSED, score=5
        )
    )
    crossed = api.get(
        f"{RESULTS}?user_id={theirs.alice.id}&unit_id={theirs.test.id}", tenant=tenant_a
    )
    assert crossed.status_code == 404
    assert pairs(f"?filter[user_id][eq]={theirs.alice.id}") == []
    assert api.get(RESULTS, tenant=tenant_a, key=tenant_b.key).status_code == 401


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("?unit_id=3", "user_id"),
        ("?user_id=3&unit_id=", "unit_id"),
        ("?filter[unit_type][eq]=video", "filter[unit_type][eq]"),
        ("?filter[unit_type][like]=te", "filter[unit_type][like]"),
        ("?filter[course_id][eq]=9999999999", "filter[course_id][eq]"),
    ],
)
def test_bad_results_queries(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    assert bad(api, f"{RESULTS}{query}", tenant_a)["param"] == param
