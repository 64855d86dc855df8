from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest

from core.outbound import outbound_client
from core.scoping import tenant_scope
from core.settings import Settings
from domain.events import EventType
from domain.webhooks import do_create_webhook
from models.event import Event
from models.export import Export
from models.learning import Enrollment, ProgressStatus
from tasks.worker import Worker
from tests.factories import (
    Api,
    Seeded,
    error_of,
    make_course,
    make_event,
    make_key,
    make_user,
    set_course_progress,
)
from tests.receiver import Receiver


def drain(run: Any, settings: Settings) -> None:
    async def go() -> None:
        async with outbound_client(settings.webhook_allowed_networks, 2.0) as http:
            await Worker(settings, http).run_until_idle()

    run(go())


def request(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post("/api/v2/exports", tenant=tenant, json={"type": "activity", **body})
    assert response.status_code == 202, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def rows_of(api: Api, tenant: Seeded, export_id: int) -> list[list[str]]:
    response = api.get(f"/api/v2/exports/{export_id}/download", tenant=tenant)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["content-disposition"]
    assert response.content.count(b"\r\n") == response.content.count(b"\n")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8"), newline="")))


def test_an_activity_export_is_written_and_downloaded(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    tricky = {"note": 'says "hi", then\nleaves', "name": "Zoë"}
    first = run(make_event(tenant_a.tenant.id, EventType.USER_CREATED, tricky))
    run(make_event(tenant_a.tenant.id, EventType.ENROLLMENT_CREATED, {"n": 2}))
    run(make_event(tenant_b.tenant.id, EventType.USER_CREATED, {"other": "tenant"}))

    queued = request(api, tenant_a, filters={"event_types": ["user.created"]})
    assert (queued["status"], queued["type"], queued["row_count"]) == ("queued", "activity", None)
    early = api.get(f"/api/v2/exports/{queued['id']}/download", tenant=tenant_a)
    assert early.status_code == 409
    error_of(early)

    drain(run, settings)
    done = api.get(f"/api/v2/exports/{queued['id']}", tenant=tenant_a).json["_data"]
    assert (done["status"], done["row_count"]) == ("succeeded", 1)
    assert done["expires_at"] > done["completed_at"]

    header, *rows = rows_of(api, tenant_a, queued["id"])
    assert header == ["event_id", "type", "created_at", "data"]
    assert len(rows) == 1
    assert rows[0][:2] == [str(first.id), "user.created"]
    assert rows[0][2].endswith("Z")
    assert orjson.loads(rows[0][3]) == tricky


def test_completions_and_date_ranges(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    for type_ in (EventType.COURSE_COMPLETED, EventType.LESSON_COMPLETED, EventType.USER_UPDATED):
        run(make_event(tenant_a.tenant.id, type_, {}))
    old = run(make_event(tenant_a.tenant.id, EventType.COURSE_COMPLETED, {"old": True}))
    long_ago = datetime(2020, 1, 1, tzinfo=UTC)
    run(Event.all_tenants.filter(id=old.id).update(created_at=long_ago))

    completions = request(api, tenant_a, type="completions", date_from="2025-01-01T00:00:00Z")
    everything = request(api, tenant_a, date_to="2021-01-01")
    drain(run, settings)
    _, *rows = rows_of(api, tenant_a, completions["id"])
    assert sorted(r[1] for r in rows) == ["course.completed", "lesson.completed"]
    _, *old_rows = rows_of(api, tenant_a, everything["id"])
    assert [r[0] for r in old_rows] == [str(old.id)]


def test_export_completed_fires_a_webhook(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, receiver: Receiver
) -> None:
    with tenant_scope(tenant_a.tenant.id):
        _, secret = run(
            do_create_webhook(
                tenant_a.tenant, settings, url=receiver.url, event_types=["export.completed"]
            )
        )
    queued = request(api, tenant_a)
    drain(run, settings)
    drain(run, settings)
    [message] = receiver.wait_for(1)
    body = message.verify(secret)
    assert body["type"] == "export.completed"
    assert body["data"]["export"]["id"] == queued["id"]
    assert body["data"]["export"]["row_count"] == 0


def test_expired_exports_cannot_be_downloaded(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    queued = request(api, tenant_a)
    drain(run, settings)
    past = datetime.now(UTC) - timedelta(seconds=1)
    run(Export.all_tenants.filter(id=queued["id"]).update(expires_at=past))
    response = api.get(f"/api/v2/exports/{queued['id']}/download", tenant=tenant_a)
    assert response.status_code == 410
    error_of(response)


def test_lists_and_isolation(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    mine = request(api, tenant_a)
    theirs = request(api, tenant_b)
    drain(run, settings)
    listed = api.get("/api/v2/exports?filter[status][eq]=succeeded", tenant=tenant_a).json
    assert mine["id"] in [e["id"] for e in listed["_data"]]
    assert theirs["id"] not in [e["id"] for e in listed["_data"]]
    for path in (f"/api/v2/exports/{theirs['id']}", f"/api/v2/exports/{theirs['id']}/download"):
        crossed = api.get(path, tenant=tenant_a)
        assert crossed.status_code == 404
        error_of(crossed)
        intruder = api.get(path.replace(str(theirs["id"]), str(mine["id"])), key=tenant_b.key)
        assert intruder.status_code in (401, 404)
    as_b = api.get(f"/api/v2/exports/{mine['id']}", tenant=tenant_a, key=tenant_b.key)
    assert as_b.status_code == 401
    reader = run(make_key(tenant_a.tenant, ["exports:read"]))
    denied = api.post("/api/v2/exports", tenant=tenant_a, key=reader, json={"type": "activity"})
    assert denied.status_code == 403


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({}, 400, "type"),
        ({"type": "activity", "extra": 1}, 400, "extra"),
        ({"type": "activity", "filters": {"event_types": "user.created"}}, 400, None),
        ({"type": "payroll"}, 422, "type"),
        (
            {"type": "learner_progress", "filters": {"event_types": ["user.created"]}},
            422,
            "filters",
        ),
        ({"type": "activity", "filters": {"course_ids": [1]}}, 422, "filters"),
        ({"type": "completions", "filters": {"statuses": ["passed"]}}, 422, "filters"),
        ({"type": "learner_progress", "filters": {"statuses": ["done"]}}, 422, None),
        ({"type": "learner_progress", "filters": {"course_ids": [0]}}, 422, None),
        ({"type": "learner_progress", "filters": {"user_ids": [2147483648]}}, 422, None),
        ({"type": "learner_progress", "filters": {"course_ids": []}}, 422, None),
        ({"type": "learner_progress", "filters": {"user_ids": "1"}}, 400, None),
        ({"type": "learner_progress", "filters": {"course_ids": ["a"]}}, 400, None),
        ({"type": "learner_progress", "filters": {"groups": [1]}}, 400, None),
        ({"type": "activity", "filters": {"event_types": []}}, 422, "filters.event_types"),
        ({"type": "activity", "date_from": "yesterday"}, 422, "date_from"),
        (
            {"type": "activity", "date_from": "2026-02-01", "date_to": "2026-01-01"},
            422,
            "date_from",
        ),
        ({"type": "activity", "filters": {"event_types": ["nope"]}}, 422, None),
        ({"type": "completions", "filters": {"event_types": ["user.created"]}}, 422, None),
    ],
)
def test_invalid_requests(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str | None
) -> None:
    response = api.post("/api/v2/exports", tenant=tenant_a, json=body)
    assert response.status_code == status, response.text
    error = error_of(response)
    if param:
        assert error["param"] == param


def test_formula_like_cells_are_neutralised_in_files(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    # Event types come from a fixed list; a hostile one can only be planted in the table.
    types = ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\tx", "plain", ""]
    with tenant_scope(tenant_a.tenant.id):
        run(Event.create(tenant_id=tenant_a.tenant.id, type=types[0], data={"a": "b"}))
        for type_ in types[1:]:
            run(Event.create(tenant_id=tenant_a.tenant.id, type=type_, data={}))
    queued = request(api, tenant_a)
    drain(run, settings)
    _, *rows = rows_of(api, tenant_a, queued["id"])
    assert [r[1] for r in rows] == [
        "'=HYPERLINK(1)",
        "'+1",
        "'-1",
        "'@SUM(A1)",
        "'\tx",
        "plain",
        "",
    ]
    assert rows[0][3] == '{"a": "b"}'


def download(api: Api, tenant: Seeded, export_id: int) -> list[list[str]]:
    """The rows of a file whose cells may hold line breaks (so not every LF is a row end)."""
    response = api.get(f"/api/v2/exports/{export_id}/download", tenant=tenant)
    assert response.status_code == 200, response.text
    text = response.content.decode("utf-8")
    assert text.endswith("\r\n")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_a_learner_progress_export(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    t = tenant_a.tenant
    ada = run(make_user(t, login="=ada", email="ada@example.com"))
    bob = run(make_user(t, login="bob", email="bob@example.com"))
    tricky = run(make_course(t, name='Safety "101"\nsecond line'))
    plain = run(make_course(t, name="-Plain"))
    for user, course in ((ada, tricky), (ada, plain), (bob, tricky)):
        enrolled = api.post(
            "/api/v2/enrollments",
            tenant=tenant_a,
            json={"user_id": user.id, "course_id": course.id},
        )
        assert enrolled.status_code == 200, enrolled.text
    run(
        set_course_progress(
            t,
            ada.id,
            tricky.id,
            status=ProgressStatus.PASSED,
            progress_percent=100,
            score=87.5,
            time_spent_seconds=4200,
            completed_at=datetime(2026, 3, 2, 10, 0, 5, tzinfo=UTC),
        )
    )
    run(
        set_course_progress(
            t, ada.id, plain.id, status=ProgressStatus.IN_PROGRESS, progress_percent=33.3
        )
    )
    other = run(make_user(tenant_b.tenant))
    theirs = run(make_course(tenant_b.tenant))
    assert (
        api.post(
            "/api/v2/enrollments",
            tenant=tenant_b,
            json={"user_id": other.id, "course_id": theirs.id},
        ).status_code
        == 200
    )

    queued = request(api, tenant_a, type="learner_progress")
    assert (queued["type"], queued["filters"]) == ("learner_progress", {})
    drain(run, settings)
    done = api.get(f"/api/v2/exports/{queued['id']}", tenant=tenant_a).json["_data"]
    assert (done["status"], done["row_count"]) == ("succeeded", 3)

    header, *rows = download(api, tenant_a, queued["id"])
    assert header == [
        "user_id",
        "user_login",
        "user_email",
        "course_id",
        "course_name",
        "status",
        "progress_percent",
        "score",
        "time_spent_seconds",
        "enrolled_at",
        "completed_at",
    ]
    assert len(rows) == 3
    passed, progressing, fresh = rows
    assert passed[:9] == [
        str(ada.id),
        "'=ada",
        "ada@example.com",
        str(tricky.id),
        'Safety "101"\nsecond line',
        "passed",
        "100",
        "87.5",
        "4200",
    ]
    assert passed[9].endswith("Z")
    assert passed[10] == "2026-03-02T10:00:05Z"
    assert progressing[4:8] == ["'-Plain", "in_progress", "33.3", ""]
    assert progressing[10] == ""
    assert (fresh[0], fresh[1], fresh[5], fresh[6]) == (str(bob.id), "bob", "not_attempted", "0")


def test_learner_progress_filters_and_dates(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    t = tenant_a.tenant
    users = [run(make_user(t)) for _ in range(2)]
    courses = [run(make_course(t)) for _ in range(2)]
    for user in users:
        for course in courses:
            enrolled = api.post(
                "/api/v2/enrollments",
                tenant=tenant_a,
                json={"user_id": user.id, "course_id": course.id},
            )
            assert enrolled.status_code == 200, enrolled.text
    run(set_course_progress(t, users[0].id, courses[0].id, status=ProgressStatus.COMPLETED))
    run(set_course_progress(t, users[1].id, courses[1].id, status=ProgressStatus.FAILED))
    run(
        Enrollment.all_tenants.filter(tenant_id=t.id, user_id=users[1].id).update(
            enrolled_at=datetime(2020, 6, 1, tzinfo=UTC)
        )
    )

    def exported(**body: Any) -> list[tuple[int, int]]:
        queued = request(api, tenant_a, type="learner_progress", **body)
        drain(run, settings)
        _, *rows = download(api, tenant_a, queued["id"])
        return [(int(r[0]), int(r[3])) for r in rows]

    u0, u1 = (u.id for u in users)
    c0, c1 = (c.id for c in courses)
    assert exported(filters={"course_ids": [c1]}) == [(u0, c1), (u1, c1)]
    assert exported(filters={"user_ids": [u1, u1]}) == [(u1, c0), (u1, c1)]
    assert exported(filters={"statuses": ["completed", "failed"]}) == [(u0, c0), (u1, c1)]
    assert exported(filters={"user_ids": [u0], "statuses": ["not_attempted"]}) == [(u0, c1)]
    assert exported(date_to="2021-01-01") == [(u1, c0), (u1, c1)]
    assert exported(date_from="2021-01-01T00:00:00Z") == [(u0, c0), (u0, c1)]
    assert exported(date_from="2020-01-01", date_to="2020-12-31", filters={"course_ids": [c0]}) == [
        (u1, c0)
    ]
    stored = request(api, tenant_a, type="learner_progress", filters={"user_ids": [u1, u0, u1]})
    assert stored["filters"] == {"user_ids": sorted([u0, u1])}
