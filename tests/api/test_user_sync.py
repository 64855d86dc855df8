from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from sanic_testing import testing

from core.settings import Settings
from domain.jobs import claim_jobs, requeue_expired_jobs
from domain.user_sync import SYNC_KIND
from models.event import Event
from tests.api.test_batch import finished, logins, shown
from tests.factories import Api, Seeded, error_of, make_user

HEADER = "login,email,name,surname,integration_user_id\r\n"


def upload(api: Api, tenant: Seeded, body: bytes | str, query: str = "") -> testing.TestingResponse:
    content = body.encode() if isinstance(body, str) else body
    return api.post(
        f"/api/v2/batch/users{query}",
        tenant=tenant,
        content=content,
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )


def sync(
    api: Api, run: Any, settings: Settings, tenant: Seeded, body: str, query: str = ""
) -> dict[str, Any]:
    response = upload(api, tenant, body, query)
    assert response.status_code == 202, response.text
    return finished(api, run, settings, tenant, response.json["_data"]["id"])


def statuses(api: Api, tenant: Seeded) -> dict[str, str]:
    response = api.get("/api/v2/users?page[size]=100", tenant=tenant)
    assert response.status_code == 200, response.text
    return {user["login"]: user["status"] for user in response.json["_data"]}


def updated_events(run: Any, tenant: Seeded) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type="user.updated")
        .order_by("id")
        .values_list("data", flat=True)
    )
    return [dict(data) for data in rows]


def test_csv_sync_creates_updates_and_counts(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    kept = run(make_user(tenant_a.tenant, integration_user_id="HR-1"))
    other = run(make_user(tenant_b.tenant, integration_user_id="HR-2"))
    body = (
        HEADER
        + f"{kept.login},{kept.email},Renamed,{kept.surname},HR-1\r\n"
        + "fresh,fresh@example.com,Fresh,Person,HR-2\r\n"
        + f"{kept.login}x,{kept.email}x,Same,Name,\r\n"
    )
    done = sync(api, run, settings, tenant_a, body)
    assert done["total"] == 3
    assert done["counts"]["created"] == 2, done
    assert done["counts"]["updated"] == 1
    assert shown(api, tenant_a, kept.id)["name"] == "Renamed"
    created = logins(api, tenant_a, "fresh")
    assert [u["integration_user_id"] for u in created] == ["HR-2"]
    assert shown(api, tenant_b, other.id)["name"] == other.name  # another tenant's HR-2
    assert updated_events(run, tenant_a) == [
        {
            "id": kept.id,
            "login": kept.login,
            "email": kept.email,
            "changed": ["name"],
            "old": {"name": kept.name},
            "new": {"name": "Renamed"},
        }
    ]
    again = sync(api, run, settings, tenant_a, body)
    assert again["counts"]["unchanged"] == 3, again


def test_csv_dry_run_writes_nothing(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    user = run(make_user(tenant_a.tenant))
    body = HEADER + f"{user.login},{user.email},New,Name,\r\nghost,ghost@example.com,G,H,\r\n"
    done = sync(api, run, settings, tenant_a, body, "?dry_run=true&deactivate_missing=true")
    assert done["dry_run"] is True
    assert (done["counts"]["created"], done["counts"]["updated"]) == (1, 1)
    assert done["counts"]["deactivated"] == 0
    assert shown(api, tenant_a, user.id)["name"] == user.name
    assert logins(api, tenant_a, "ghost") == []


def test_csv_deactivate_missing(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    listed = run(make_user(tenant_a.tenant))
    missing = run(make_user(tenant_a.tenant))
    elsewhere = run(make_user(tenant_b.tenant))
    body = f"email\r\n{listed.email}\r\n"
    dry = sync(api, run, settings, tenant_a, body, "?deactivate_missing=true&dry_run=true")
    assert dry["counts"]["deactivated"] == 1
    assert statuses(api, tenant_a)[missing.login] == "active"
    done = sync(api, run, settings, tenant_a, body, "?deactivate_missing=true")
    assert done["counts"]["deactivated"] == 1
    assert done["counts"]["unchanged"] == 1
    now = statuses(api, tenant_a)
    assert (now[listed.login], now[missing.login]) == ("active", "inactive")
    assert statuses(api, tenant_b)[elsewhere.login] == "active"


def test_csv_row_errors_are_reported_per_row(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    taken = run(make_user(tenant_a.tenant))
    body = HEADER + f"{taken.login},new@example.com,A,B,\r\nok,ok@example.com,O,K,\r\n"
    done = sync(api, run, settings, tenant_a, body)
    assert done["counts"]["created"] == 1
    assert [(e["index"], e["field"]) for e in done["errors"]] == [(0, "login")]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"", "empty"),
        (b"login,nickname\r\nx,y\r\n", "nickname"),
        (b"login,name\r\nx,y\r\n", "identifies"),
        (b"email,email\r\na@example.com,b@example.com\r\n", "twice"),
        (b"email\r\n", "no rows"),
        ("email,name\r\na@example.com,Zo\u00eb\r\n".encode("latin-1"), "UTF-8"),
        (b'email,name\r\na@example.com,"' + b"x" * 1_000_000 + b'"\r\n', "field"),
        (b"email,name\r\na@example.com\r\n", "cells"),
        (b"email\r\nnot-an-email\r\n", "row 1"),
        (b"email,login\r\na@example.com,a\r\nA@example.com,b\r\n", "also on row 1"),
        (b"email,login\r\na@example.com,a\r\nb@example.com,a\r\n", "also on row 1"),
    ],
)
def test_bad_csv_files_are_refused_whole(
    api: Api, tenant_a: Seeded, settings: Settings, body: bytes, words: str
) -> None:
    response = upload(api, tenant_a, body)
    assert response.status_code == 422, response.text
    assert words in error_of(response)["message"]
    assert (
        api.get("/api/v2/users?filter[email][eq]=a@example.com", tenant=tenant_a).json["_data"]
        == []
    )
    leftovers = Path(settings.exports_dir) / str(tenant_a.tenant.id) / "sync"
    assert not leftovers.exists() or not any(leftovers.iterdir())


def test_csv_row_limit(api: Api, tenant_a: Seeded) -> None:
    body = "email\r\n" + "".join(f"u{i}@example.com\r\n" for i in range(200_000))
    response = upload(api, tenant_a, body)
    assert response.status_code == 422
    assert "100000 rows" in error_of(response)["message"]


def test_csv_custom_fields(api: Api, run: Any, settings: Settings, tenant_a: Seeded) -> None:
    def field(name: str, mandatory: bool) -> int:
        body = {"name": name, "type": "dropdown", "options": ["A", "B"], "mandatory": mandatory}
        response = api.post("/api/v2/user-fields", tenant=tenant_a, json=body)
        assert response.status_code in (200, 201), response.text
        field_id: int = response.json["_data"]["id"]
        return field_id

    user = run(make_user(tenant_a.tenant))
    grade = field("grade", mandatory=False)
    site = field("site", mandatory=True)
    body = (
        f"email,login,name,surname,custom_field_{grade},custom_field_{site}\r\n"
        f"{user.email},,,,B,\r\n"
        "new1@example.com,new1,N,One,A,\r\n"
        "new2@example.com,new2,N,Two,C,A\r\n"
        "new3@example.com,new3,N,Three,,B\r\n"
    )
    done = sync(api, run, settings, tenant_a, body)
    assert (done["counts"]["updated"], done["counts"]["created"]) == (1, 1), done
    failed = {e["index"]: e for e in done["errors"]}
    assert sorted(failed) == [1, 2]
    assert "site" in failed[1]["message"]
    assert failed[2]["field"] == f"custom_fields.custom_field_{grade}"
    assert "B" in str(shown(api, tenant_a, user.id))
    [event] = updated_events(run, tenant_a)
    key = f"custom_field_{grade}"
    assert (event["changed"], event["old"], event["new"]) == ([key], {key: None}, {key: "B"})
    assert logins(api, tenant_a, "new1") == []
    assert len(logins(api, tenant_a, "new3")) == 1
    unknown = upload(api, tenant_a, "email,custom_field_999999\r\na@example.com,x\r\n")
    assert unknown.status_code == 202
    task = finished(api, run, settings, tenant_a, unknown.json["_data"]["id"])
    assert task["errors"][0]["field"] == "custom_fields.custom_field_999999"


def test_csv_sync_survives_a_dead_worker(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    response = upload(api, tenant_a, HEADER + "late,late@example.com,L,Ate,\r\n")
    assert response.status_code == 202, response.text
    stored = list((Path(settings.exports_dir) / str(tenant_a.tenant.id) / "sync").iterdir())
    assert len(stored) == 1
    # A worker claims the job and dies: its lease runs out at once.
    # The queue is the run's: syncs other tests left queued are claimed and requeued alike.
    claimed = run(claim_jobs("dead-worker", [SYNC_KIND], 100, lease_seconds=0))
    assert [job.tenant_id for job in claimed].count(tenant_a.tenant.id) == 1
    time.sleep(0.01)
    assert run(requeue_expired_jobs()) == len(claimed)
    assert stored[0].exists()
    done = finished(api, run, settings, tenant_a, response.json["_data"]["id"])
    assert done["counts"]["created"] == 1
    assert len(logins(api, tenant_a, "late")) == 1
    assert not stored[0].exists()


def test_custom_field_keys_mean_ids_in_csv_json_and_api(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    def field(tenant: Seeded, name: str) -> int:
        response = api.post(
            "/api/v2/user-fields", tenant=tenant, json={"name": name, "type": "text"}
        )
        assert response.status_code in (200, 201), response.text
        field_id: int = response.json["_data"]["id"]
        return field_id

    def values(user_id: int) -> dict[int, str | None]:
        return {f["id"]: f["value"] for f in shown(api, tenant_a, user_id)["custom_fields"]}

    target = field(tenant_a, "team")
    key = f"custom_field_{target}"
    # Created after the target, so it sorts after it: named like the target's key.
    decoy = field(tenant_a, key)
    # Another tenant's field with the same name leaves tenant A's keys alone.
    field(tenant_b, key)
    by_csv = run(make_user(tenant_a.tenant))
    by_json = run(make_user(tenant_a.tenant))
    by_api = run(make_user(tenant_a.tenant))
    done = sync(api, run, settings, tenant_a, f"email,{key}\r\n{by_csv.email},Blue\r\n")
    assert done["counts"]["updated"] == 1, done
    task = api.post(
        "/api/v2/batch/users", tenant=tenant_a, json={"users": [{"id": by_json.id, key: "Blue"}]}
    )
    assert task.status_code == 202, task.text
    assert (
        finished(api, run, settings, tenant_a, task.json["_data"]["id"])["counts"]["updated"] == 1
    )
    patched = api.request(
        "PATCH",
        f"/api/v2/users/{by_api.id}",
        tenant=tenant_a,
        json={"custom_fields": {key: "Blue"}},
    )
    assert patched.status_code == 200, patched.text
    for user in (by_csv, by_json, by_api):
        assert values(user.id) == {target: "Blue", decoy: None}, user.id
    [event] = [e for e in updated_events(run, tenant_a) if e["id"] == by_csv.id]
    assert event["new"] == {key: "Blue"}
