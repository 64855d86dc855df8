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
from domain.events import EventType, record_event
from domain.exports import safe_cell
from domain.webhooks import do_create_webhook
from models.event import Event
from models.export import Export
from tasks.worker import Worker
from tests.factories import Api, Seeded, error_of, make_key
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
    first = run(record_event(tenant_a.tenant.id, EventType.USER_CREATED, tricky))
    run(record_event(tenant_a.tenant.id, EventType.ENROLLMENT_CREATED, {"n": 2}))
    run(record_event(tenant_b.tenant.id, EventType.USER_CREATED, {"other": "tenant"}))

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
        run(record_event(tenant_a.tenant.id, type_, {}))
    old = run(record_event(tenant_a.tenant.id, EventType.COURSE_COMPLETED, {"old": True}))
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
        ({"type": "learner_progress"}, 422, "type"),
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


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_formula_like_cells_are_neutralised(value: str, shown: str) -> None:
    assert safe_cell(value) == shown


def test_formula_like_cells_are_neutralised_in_files(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    # Event types come from a fixed list; a hostile one can only be planted in the table.
    run(Event.create(tenant_id=tenant_a.tenant.id, type="=HYPERLINK(1)", data={"a": "b"}))
    run(Event.create(tenant_id=tenant_a.tenant.id, type="\tx", data={}))
    queued = request(api, tenant_a)
    drain(run, settings)
    _, *rows = rows_of(api, tenant_a, queued["id"])
    assert [r[1] for r in rows] == ["'=HYPERLINK(1)", "'\tx"]
    assert rows[0][3] == '{"a": "b"}'
