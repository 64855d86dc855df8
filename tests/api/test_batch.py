from __future__ import annotations

from typing import Any

import pytest

from core.settings import Settings
from domain.events import DISPATCH_KIND
from models.event import Event
from models.job import Job
from tests.api.test_exports import drain
from tests.factories import Api, Seeded, error_of, make_course, make_key, make_user


def queue(api: Api, tenant: Seeded, path: str, body: Any, **kwargs: Any) -> dict[str, Any]:
    response = api.post(path, tenant=tenant, json=body, **kwargs)
    assert response.status_code == 202, response.text
    task: dict[str, Any] = response.json["_data"]
    assert task["status"] == "pending"
    return task


def finished(
    api: Api, run: Any, settings: Settings, tenant: Seeded, task_id: int
) -> dict[str, Any]:
    drain(run, settings)
    response = api.get(f"/api/v2/tasks/{task_id}", tenant=tenant)
    assert response.status_code == 200, response.text
    task: dict[str, Any] = response.json["_data"]
    assert (task["status"], task["progress"]) == ("completed", 100), task
    return task


def shown(api: Api, tenant: Seeded, user_id: int) -> dict[str, Any]:
    response = api.get(f"/api/v2/users/{user_id}", tenant=tenant)
    assert response.status_code == 200, response.text
    user: dict[str, Any] = response.json["_data"]
    return user


def logins(api: Api, tenant: Seeded, login: str) -> list[dict[str, Any]]:
    response = api.get(f"/api/v2/users?filter[login][eq]={login}", tenant=tenant)
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json["_data"]
    return found


def test_users_batch_reports_each_item(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    same = run(make_user(tenant_a.tenant, name="Same"))
    renamed = run(make_user(tenant_a.tenant, name="Old"))
    taken = run(make_user(tenant_a.tenant))
    items = [
        {"login": "newbie", "email": "newbie@example.com", "name": "New", "surname": "Bie"},
        {"id": renamed.id, "name": "Renamed"},
        {"email": same.email, "name": "Same"},
        {"login": taken.login, "email": "clash@example.com", "name": "X", "surname": "Y"},
        {"email": "not an email"},
        {"id": 2_000_000_000, "name": "Ghost"},
        {"login": "nosurname", "email": "nosurname@example.com", "name": "N"},
    ]
    task = queue(api, tenant_a, "/api/v2/batch/users", {"users": items})
    assert task["total"] == 7
    done = finished(api, run, settings, tenant_a, task["id"])
    assert done["counts"] == {
        "created": 1,
        "updated": 1,
        "unchanged": 1,
        "failed": 4,
        "deactivated": 0,
    }
    errors = {e["index"]: e for e in done["errors"]}
    assert sorted(errors) == [3, 4, 5, 6]
    assert errors[3]["field"] == "login"
    assert "already exists" in errors[3]["message"]
    assert errors[4]["field"] == "email"
    assert errors[5]["field"] == "id"
    assert errors[6]["field"] == "surname"
    assert len(logins(api, tenant_a, "newbie")) == 1
    assert logins(api, tenant_a, "clash") == []
    assert shown(api, tenant_a, renamed.id)["name"] == "Renamed"
    types = run(
        Event.all_tenants.filter(
            tenant_id=tenant_a.tenant.id, type__in=["user.created", "user.updated"]
        )
        .order_by("id")
        .values_list("type", flat=True)
    )
    # Three set-up users, then the batch's one creation and one update.
    assert types[-2:] == ["user.created", "user.updated"]


def test_users_match_by_id_then_integration_id_then_email(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    by_hr = run(make_user(tenant_a.tenant, integration_user_id="HR-1"))
    by_email = run(make_user(tenant_a.tenant))
    by_id = run(make_user(tenant_a.tenant, integration_user_id="HR-3"))
    items = [
        # integration_user_id wins over an email that belongs to another user.
        {"integration_user_id": "HR-1", "email": by_email.email, "name": "Hr"},
        {"integration_user_id": "HR-unknown", "email": by_email.email, "surname": "Mail"},
        # id wins over integration_user_id.
        {"id": by_id.id, "integration_user_id": "HR-3b", "name": "Id"},
    ]
    task = queue(api, tenant_a, "/api/v2/batch/users", {"users": items})
    done = finished(api, run, settings, tenant_a, task["id"])
    assert done["counts"]["updated"] == 2, done
    assert [e["index"] for e in done["errors"]] == [0]  # that email is by_email's
    assert done["errors"][0]["field"] == "email"
    assert shown(api, tenant_a, by_email.id)["surname"] == "Mail"
    assert shown(api, tenant_a, by_email.id)["integration_user_id"] == "HR-unknown"
    updated = shown(api, tenant_a, by_id.id)
    assert (updated["name"], updated["integration_user_id"]) == ("Id", "HR-3b")
    assert shown(api, tenant_a, by_hr.id)["name"] == by_hr.name


def test_custom_fields_flat_and_dry_run(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    field = api.post(
        "/api/v2/user-fields", tenant=tenant_a, json={"name": "dept", "type": "text"}
    ).json["_data"]
    user = run(make_user(tenant_a.tenant))
    item = {"email": user.email, f"custom_field_{field['id']}": "Sales"}
    dry = queue(api, tenant_a, "/api/v2/batch/users?dry_run=true", {"users": [item]})
    assert finished(api, run, settings, tenant_a, dry["id"])["counts"]["updated"] == 1
    assert "Sales" not in str(shown(api, tenant_a, user.id))
    task = queue(api, tenant_a, "/api/v2/batch/users", {"users": [item]})
    assert finished(api, run, settings, tenant_a, task["id"])["counts"]["updated"] == 1
    assert "Sales" in str(shown(api, tenant_a, user.id))
    again = queue(api, tenant_a, "/api/v2/batch/users", {"users": [item]})
    assert finished(api, run, settings, tenant_a, again["id"])["counts"]["unchanged"] == 1


def test_flat_custom_field_keys_are_ids_never_names(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    name = "custom_field_team"
    created = api.post("/api/v2/user-fields", tenant=tenant_a, json={"name": name, "type": "text"})
    assert created.status_code == 201, created.text
    user = run(make_user(tenant_a.tenant))
    items = [{"id": user.id, name: "Flat"}, {"id": user.id, "custom_fields": {name: "Nested"}}]
    task = queue(api, tenant_a, "/api/v2/batch/users", {"users": items})
    done = finished(api, run, settings, tenant_a, task["id"])
    assert (done["counts"]["failed"], done["counts"]["updated"]) == (1, 1), done
    assert done["errors"][0]["index"] == 0
    [field] = shown(api, tenant_a, user.id)["custom_fields"]
    assert field["value"] == "Nested"


def test_events_of_a_batch_share_dispatch_jobs(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    before = run(Job.all_tenants.filter(tenant_id=tenant_a.tenant.id, kind=DISPATCH_KIND).count())
    items = [
        {"login": f"u{i}", "email": f"u{i}@example.com", "name": "U", "surname": str(i)}
        for i in range(30)
    ]
    task = queue(api, tenant_a, "/api/v2/batch/users", {"users": items})
    assert finished(api, run, settings, tenant_a, task["id"])["counts"]["created"] == 30
    after = run(Job.all_tenants.filter(tenant_id=tenant_a.tenant.id, kind=DISPATCH_KIND).count())
    assert after - before == 1


def test_courses_and_enrollments(api: Api, run: Any, settings: Settings, tenant_a: Seeded) -> None:
    course = run(make_course(tenant_a.tenant, code="C-1"))
    user = run(make_user(tenant_a.tenant))
    courses = [
        {"code": "C-1", "description": "Updated"},
        {"name": "Fresh", "code": "C-2", "is_active": False},
        {"code": "C-3"},
        {"code": "C-1", "is_active": None},
    ]
    task = queue(api, tenant_a, "/api/v2/batch/courses", {"courses": courses})
    done = finished(api, run, settings, tenant_a, task["id"])
    assert (done["counts"]["updated"], done["counts"]["created"]) == (1, 1)
    assert [(e["index"], e["field"]) for e in done["errors"]] == [(2, "name"), (3, "is_active")]
    pairs = [
        {"user_id": user.id, "course_id": course.id},
        {"user_id": user.id, "course_id": course.id},
        {"user_id": user.id, "course_id": 2_000_000_000},
        {"user_id": "x", "course_id": course.id},
    ]
    task = queue(api, tenant_a, "/api/v2/batch/enrollments", {"enrollments": pairs})
    done = finished(api, run, settings, tenant_a, task["id"])
    assert done["counts"]["created"] == 1
    assert done["counts"]["unchanged"] == 1
    assert [(e["index"], e["field"]) for e in done["errors"]] == [(2, "course_id"), (3, "user_id")]


def test_tasks_are_isolated_between_tenants(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    user_b = run(make_user(tenant_b.tenant))
    task = queue(api, tenant_a, "/api/v2/batch/users", {"users": [{"id": user_b.id, "name": "X"}]})
    done = finished(api, run, settings, tenant_a, task["id"])
    assert done["errors"][0]["field"] == "id"  # another tenant's user is not found
    assert shown(api, tenant_b, user_b.id)["name"] == user_b.name
    other = api.get(f"/api/v2/tasks/{task['id']}", tenant=tenant_b)
    assert other.status_code == 404
    error_of(other)
    assert (
        api.get(f"/api/v2/tasks/{task['id']}", tenant=tenant_a, key=tenant_b.key).status_code == 401
    )


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    courses_only = run(make_key(tenant_a.tenant, ["courses:write"]))
    users = {"users": [{"email": "a@example.com"}]}
    denied = api.post("/api/v2/batch/users", tenant=tenant_a, key=courses_only, json=users)
    assert denied.status_code == 403
    task = queue(api, tenant_a, "/api/v2/batch/users", users)
    hidden = api.get(f"/api/v2/tasks/{task['id']}", tenant=tenant_a, key=courses_only)
    assert hidden.status_code == 403
    error_of(hidden)
    reader = run(make_key(tenant_a.tenant, ["users:read"]))
    assert api.get(f"/api/v2/tasks/{task['id']}", tenant=tenant_a, key=reader).status_code == 200


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"users": [{"email": f"u{i}@example.com"} for i in range(101)]}, 422),
        ({"users": []}, 422),
        ({"users": {"email": "a@example.com"}}, 400),
        ({"users": ["not an object"]}, 400),
        ({"people": []}, 400),
    ],
)
def test_bad_json_bodies(api: Api, tenant_a: Seeded, body: Any, status: int) -> None:
    response = api.post("/api/v2/batch/users", tenant=tenant_a, json=body)
    assert response.status_code == status, response.text
    error_of(response)


def test_nul_characters_fail_their_item(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    items = [{"email": "a@example.com", "bad\u0000key": 1}, {"custom_field_1\u0000": "x"}]
    task = queue(api, tenant_a, "/api/v2/batch/users", {"users": items})
    done = finished(api, run, settings, tenant_a, task["id"])
    assert done["counts"]["failed"] == 2
    assert "\u0000" not in str(done["errors"])


def test_json_limits_and_flags(api: Api, tenant_a: Seeded) -> None:
    big = {"users": [{"email": "a@example.com", "description": "x" * 60_000}] * 20}
    response = api.post("/api/v2/batch/users", tenant=tenant_a, json=big)
    assert response.status_code == 413
    error_of(response)
    one = {"users": [{"email": "a@example.com"}]}
    for query in ("?deactivate_missing=true", "?dry_run=maybe", "?other=1"):
        response = api.post(f"/api/v2/batch/users{query}", tenant=tenant_a, json=one)
        assert response.status_code == 400, query
        error_of(response)
    assert api.get("/api/v2/tasks/0", tenant=tenant_a).status_code == 404
