"""The analytics reads on hand-built event histories whose answers are known."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from core.scoping import tenant_scope
from domain.progress.rollup import do_set_tenant_timezone
from models.content import CefrLevel, CefrSkill
from models.learning import Enrollment, ProgressStatus, UnitProgress
from tests.analytics_data import (
    COMPLETED,
    FAILED,
    PASSED,
    STARTED,
    Ev,
    create,
    make_items,
    store_events,
)
from tests.factories import Api, Seeded, error_of, make_course, make_key, make_unit, make_user

NOW = datetime.now(UTC)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def lesson(run: Any, tenant: Seeded) -> tuple[int, int]:
    course = run(make_course(tenant.tenant))
    unit = run(make_unit(tenant.tenant, course.id))
    return course.id, unit.id


def data(api: Api, tenant: Seeded, path: str) -> Any:
    response = api.get(path, tenant=tenant)
    assert response.status_code == 200, response.text
    return response.json["_data"]


def test_xp_level_and_achievements(api: Api, run: Any, tenant_a: Seeded) -> None:
    course_id, lesson_id = lesson(run, tenant_a)
    items = run(make_items(tenant_a.tenant.id, lesson_id, course_id, count=13))
    user = run(make_user(tenant_a.tenant)).id
    start = NOW - timedelta(days=3)
    history = [
        Ev(user, start, COMPLETED, items[0], score=8, max_score=10),  # 8 XP
        Ev(user, start, PASSED, items[1]),  # 10: no score
        Ev(user, start, FAILED, items[2], score=10, max_score=10),  # 0
        Ev(user, start, STARTED, items[2]),  # 0
        Ev(user, start, COMPLETED, lesson_id=lesson_id, course_id=course_id),  # 20
    ]
    tenth = start + timedelta(minutes=10)
    history += [
        Ev(user, start + timedelta(minutes=i + 1), PASSED, items[3 + i], score=100)
        for i in range(10)
    ]  # 10 x 10 XP, all perfect
    run(store_events(tenant_a.tenant.id, history))

    stats = data(api, tenant_a, f"/api/v2/gamification/stats?user_id={user}")
    assert stats["xp"] == 138
    assert (stats["level"], stats["level_xp"], stats["next_level_xp"]) == (2, 100, 300)
    earned = {a["code"]: a["achieved_at"] for a in stats["achievements"]}
    assert set(earned) == {"first_exercise", "perfect_10"}
    assert earned["perfect_10"] == tenth.replace(microsecond=0).isoformat().replace("+00:00", "Z")

    talent = data(api, tenant_a, f"/api/v2/users/{user}/gamification")
    assert (talent["points"], talent["level"]) == (138, 2)
    assert sorted(b["type"] for b in talent["badges"]) == ["first_exercise", "perfect_10"]
    assert all(isinstance(b["issued_on"], int) for b in talent["badges"])


def test_streaks_follow_the_learners_time_zone_across_dst(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    course_id, lesson_id = lesson(run, tenant_a)
    athens = run(make_user(tenant_a.tenant, timezone="Europe/Athens")).id
    utc = run(make_user(tenant_a.tenant, timezone="UTC")).id
    # Athens moves from UTC+2 to UTC+3 at 01:00Z on 2026-03-29. Local days: 28, 30, 31 March
    # (longest run 2); a fixed +2 offset would see 28, 29, 30, 31 (4); UTC sees 27, 29-31 (3).
    times = ["2026-03-27T22:30Z", "2026-03-29T21:30Z", "2026-03-30T10:00Z", "2026-03-31T10:00Z"]
    for user in (athens, utc):
        run(
            store_events(
                tenant_a.tenant.id,
                [Ev(user, at(t), STARTED, lesson_id=lesson_id, course_id=course_id) for t in times]
                + [
                    Ev(user, NOW - timedelta(hours=h), STARTED, None, lesson_id, course_id)
                    for h in (0, 24)
                ],
            )
        )
    athens_stats = data(api, tenant_a, f"/api/v2/gamification/stats?user_id={athens}")
    utc_stats = data(api, tenant_a, f"/api/v2/gamification/stats?user_id={utc}")
    assert athens_stats["longest_streak"] == 2
    assert utc_stats["longest_streak"] == 3
    assert utc_stats["current_streak"] == 2


def test_history_buckets_at_dst_day_boundaries(api: Api, run: Any, tenant_a: Seeded) -> None:
    course_id, lesson_id = lesson(run, tenant_a)
    user = run(make_user(tenant_a.tenant)).id
    events = [
        ("2026-03-28T21:59Z", 60, 50.0),  # 28 Mar 23:59 EET
        ("2026-03-28T22:30Z", 120, 100.0),  # 29 Mar 00:30 EET
        ("2026-03-29T20:59Z", 0, None),  # 29 Mar 23:59 EEST
        ("2026-03-29T21:00Z", 30, None),  # 30 Mar 00:00 EEST
    ]
    run(
        store_events(
            tenant_a.tenant.id,
            [
                Ev(user, at(t), COMPLETED, None, lesson_id, course_id, score, 100, seconds)
                for t, seconds, score in events
            ],
        )
    )
    with tenant_scope(tenant_a.tenant.id):
        run(do_set_tenant_timezone(tenant_a.tenant, "Europe/Athens"))

    path = f"/api/v2/progress-history?user_id={user}&date_from=2026-03-28&date_to=2026-03-31"
    body = data(api, tenant_a, path)
    assert body["timezone"] == "Europe/Athens"
    assert [(d["date"], d["events"], d["minutes"], d["average_score"]) for d in body["days"]] == [
        ("2026-03-28", 1, 1.0, 50.0),
        ("2026-03-29", 2, 2.0, 100.0),
        ("2026-03-30", 1, 0.5, None),
        ("2026-03-31", 0, 0.0, None),
    ]
    tenant_wide = data(
        api, tenant_a, "/api/v2/progress-history?date_from=2026-03-29&date_to=2026-03-29"
    )
    assert [(d["events"], d["completions"]) for d in tenant_wide["days"]] == [(2, 2)]


def test_cefr_thresholds(api: Api, run: Any, tenant_a: Seeded) -> None:
    course_id, lesson_id = lesson(run, tenant_a)
    tid = tenant_a.tenant.id
    b1 = run(make_items(tid, lesson_id, course_id, CefrSkill.LISTENING, CefrLevel.B1, 3))
    b2 = run(make_items(tid, lesson_id, course_id, CefrSkill.LISTENING, CefrLevel.B2, 3))
    c1 = run(make_items(tid, lesson_id, course_id, CefrSkill.LISTENING, CefrLevel.C1, 2))
    a2 = run(make_items(tid, lesson_id, course_id, CefrSkill.READING, CefrLevel.A2, 3))
    user = run(make_user(tenant_a.tenant)).id
    t = NOW - timedelta(days=1)
    run(
        store_events(
            tid,
            [
                Ev(user, t, FAILED, b1[0], score=2, max_score=10),
                Ev(user, t, PASSED, b1[0], score=6, max_score=10),  # best pass 60
                Ev(user, t, PASSED, b1[1], score=70),
                Ev(user, t, PASSED, b1[2]),  # unscored: 100; B1 mean 76.7
                *(Ev(user, t, PASSED, i, score=s) for i, s in zip(b2, (60, 65, 70), strict=True)),
                *(Ev(user, t, PASSED, i, score=100) for i in c1),  # only two items
                *(Ev(user, t, PASSED, i, score=69) for i in a2),  # just under 70
            ],
        )
    )
    skills = {
        s["skill"]: s for s in data(api, tenant_a, f"/api/v2/cefr/report?user_id={user}")["skills"]
    }
    assert skills["listening"] == {
        "skill": "listening",
        "level": "B1",
        "evidence_count": 8,
        "passed_items": 3,
        "mean_score": 76.7,
    }
    assert skills["reading"]["level"] is None
    assert skills["reading"]["evidence_count"] == 3
    assert skills["writing"] == {
        "skill": "writing",
        "level": None,
        "evidence_count": 0,
        "passed_items": 0,
        "mean_score": None,
    }

    insights = data(api, tenant_a, f"/api/v2/learning-insights?user_id={user}")
    # Every scored result counts, failures too: listening's 20, 60, 70, 60, 65, 70, 100, 100.
    assert insights["strongest_skill"] == {"skill": "reading", "average_score": 69.0}
    assert insights["weakest_skill"] == {"skill": "listening", "average_score": 68.1}
    assert insights["pace"]["exercises_completed"] == 11


def test_recommended_lessons_and_lesson_progress(api: Api, run: Any, tenant_a: Seeded) -> None:
    tid = tenant_a.tenant.id
    course = run(make_course(tenant_a.tenant))
    first = run(make_unit(tenant_a.tenant, course.id, name="One"))
    second = run(make_unit(tenant_a.tenant, course.id, name="Two"))
    learner, other = (run(make_user(tenant_a.tenant)).id for _ in range(2))
    for user in (learner, other):
        run(create(Enrollment, tenant_id=tid, user_id=user, course_id=course.id))
    run(
        create(
            UnitProgress,
            tenant_id=tid,
            user_id=learner,
            unit_id=first.id,
            course_id=course.id,
            status=ProgressStatus.COMPLETED,
        )
    )
    run(
        store_events(
            tid,
            [
                Ev(learner, NOW, COMPLETED, None, first.id, course.id, 80, 100, 600),
                Ev(other, NOW, STARTED, None, first.id, course.id, 40, 100, 300),
            ],
        )
    )
    insights = data(api, tenant_a, f"/api/v2/learning-insights?user_id={learner}")
    assert [(r["course_id"], r["lesson_id"]) for r in insights["recommended_lessons"]] == [
        (course.id, second.id)
    ]

    report = data(api, tenant_a, f"/api/v2/courses/{course.id}/lesson-progress")
    assert report["learners"] == 2
    one, two = report["lessons"]
    assert (one["lesson_id"], one["completions"], one["completion_rate"]) == (first.id, 1, 0.5)
    assert (one["average_score"], one["time_spent_seconds"], one["average_time_seconds"]) == (
        60.0,
        900,
        450,
    )
    assert (two["completions"], two["average_score"], two["active_learners"]) == (0, None, 0)
    mine = data(api, tenant_a, f"/api/v2/courses/{course.id}/lesson-progress?user_id={other}")
    assert [(x["completions"], x["time_spent_seconds"]) for x in mine["lessons"]] == [
        (0, 300),
        (0, 0),
    ]


def test_leaderboard_ties_pages_and_periods(api: Api, run: Any, tenant_a: Seeded) -> None:
    course_id, lesson_id = lesson(run, tenant_a)
    a, b, c, old = (run(make_user(tenant_a.tenant)).id for _ in range(4))

    def done(user: int, when: datetime) -> Ev:
        return Ev(user, when, COMPLETED, None, lesson_id, course_id)

    run(
        store_events(
            tenant_a.tenant.id,
            [
                done(b, NOW),
                done(a, NOW),  # a and b: 20 XP each
                Ev(c, NOW, STARTED, None, lesson_id, course_id),  # no XP: left out
                *(done(old, NOW - timedelta(days=40)) for _ in range(3)),  # 60 XP
            ],
        )
    )
    board = "/api/v2/gamification/leaderboard"
    everyone = api.get(f"{board}?period=all_time", tenant=tenant_a).json
    assert [(e["rank"], e["user_id"], e["xp"]) for e in everyone["_data"]] == [
        (1, old, 60),
        (2, min(a, b), 20),
        (2, max(a, b), 20),
    ]
    assert everyone["_meta"]["pagination"]["total_results"] == 3
    for period in ("week", "month"):
        body = api.get(f"{board}?period={period}&page[size]=1&page[number]=2", tenant=tenant_a).json
        assert [(e["rank"], e["user_id"]) for e in body["_data"]] == [(1, max(a, b))]
        assert body["_meta"]["pagination"]["total_results"] == 2
    beyond = api.get(f"{board}?page[number]=9", tenant=tenant_a).json
    assert beyond["_data"] == []
    assert beyond["_meta"]["pagination"]["total_results"] == 3

    response = api.get(f"{board}?period=year", tenant=tenant_a)
    assert response.status_code == 400
    assert error_of(response)["param"] == "period"


def test_stats_count_the_window(api: Api, run: Any, tenant_a: Seeded) -> None:
    course_id, lesson_id = lesson(run, tenant_a)
    a, b = (run(make_user(tenant_a.tenant)).id for _ in range(2))
    run(
        store_events(
            tenant_a.tenant.id,
            [
                Ev(a, NOW, COMPLETED, None, lesson_id, course_id, 90, 100, 120),
                Ev(a, NOW, STARTED, None, lesson_id, course_id, None, None, 60),
                Ev(b, NOW - timedelta(days=60), COMPLETED, None, lesson_id, course_id),
            ],
        )
    )
    stats = data(api, tenant_a, "/api/v2/stats")
    assert {k: stats[k] for k in ("active_learners", "events", "completions", "minutes")} == {
        "active_learners": 1,
        "events": 2,
        "completions": 1,
        "minutes": 3.0,
    }
    assert stats["average_score"] == 90.0
    today = data(api, tenant_a, "/api/v2/progress-history")["days"][-1]
    assert (today["events"], today["completions"], today["minutes"]) == (2, 1, 3.0)
    wide_path = f"/api/v2/stats?date_from={(NOW - timedelta(days=90)).date()}"
    wide = data(api, tenant_a, wide_path)
    assert wide["active_learners"] == 2
    # Rebuilt from the events, the rollups hold what ingest added up.
    with tenant_scope(tenant_a.tenant.id):
        run(do_set_tenant_timezone(tenant_a.tenant, "UTC"))
    assert data(api, tenant_a, wide_path) == wide


def test_bad_input_is_a_clear_4xx(api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    theirs = run(make_user(tenant_b.tenant)).id
    their_course = run(make_course(tenant_b.tenant)).id
    cases = [
        ("/api/v2/progress-history?date_from=2026-03-10&date_to=2026-03-01", 400, "date_from"),
        ("/api/v2/progress-history?date_from=2025-01-01&date_to=2026-03-01", 400, "date_to"),
        ("/api/v2/progress-history?date_from=1999-12-31", 400, "date_from"),
        ("/api/v2/stats?date_to=2026-02-30", 400, "date_to"),
        ("/api/v2/stats?days=7", 400, "days"),
        ("/api/v2/cefr/report", 400, "user_id"),
        ("/api/v2/cefr/report?user_id=abc", 400, "user_id"),
        ("/api/v2/gamification/stats?user_id=0", 400, "user_id"),
        ("/api/v2/gamification/leaderboard?page[size]=101", 400, "page[size]"),
        (f"/api/v2/learning-insights?user_id={theirs}", 404, None),
        (f"/api/v2/gamification/stats?user_id={theirs}", 404, None),
        (f"/api/v2/users/{theirs}/gamification", 404, None),
        (f"/api/v2/progress-history?user_id={theirs}", 404, None),
        (f"/api/v2/courses/{their_course}/lesson-progress", 404, None),
    ]
    for path, status, param in cases:
        response = api.get(path, tenant=tenant_a)
        assert response.status_code == status, (path, response.text)
        assert error_of(response).get("param") == param, path


def test_tenants_see_only_their_own(api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    course_id, lesson_id = lesson(run, tenant_b)
    theirs = run(make_user(tenant_b.tenant)).id
    run(store_events(tenant_b.tenant.id, [Ev(theirs, NOW, COMPLETED, None, lesson_id, course_id)]))
    assert data(api, tenant_a, "/api/v2/stats")["events"] == 0
    assert data(api, tenant_b, "/api/v2/stats")["events"] == 1
    board = "/api/v2/gamification/leaderboard"
    assert api.get(board, tenant=tenant_a).json["_data"] == []
    assert [e["user_id"] for e in api.get(board, tenant=tenant_b).json["_data"]] == [theirs]
    assert api.get(board, tenant=tenant_a, key=tenant_b.key).status_code == 401
    reader = run(make_key(tenant_a.tenant, ["users:read"]))
    assert api.get("/api/v2/stats", tenant=tenant_a, key=reader).status_code == 403
