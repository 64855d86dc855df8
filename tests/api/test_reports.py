from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from domain.events import EventType
from models.event import Event
from models.learning import ProgressStatus
from tests.factories import (
    Api,
    Seeded,
    error_of,
    make_category,
    make_course,
    make_event,
    make_key,
    make_learning_path,
    make_user,
    set_course_progress,
)

STATISTICS = "/api/v2/statistics"
TIMELINE = "/api/v2/timeline"


def statistics(api: Api, tenant: Seeded) -> dict[str, Any]:
    response = api.get(STATISTICS, tenant=tenant)
    assert response.status_code == 200, response.text
    assert set(response.json) == {"_data"}
    data: dict[str, Any] = response.json["_data"]
    return data


def created(api: Api, path: str, tenant: Seeded, body: dict[str, Any]) -> int:
    response = api.post(path, tenant=tenant, json=body)
    assert response.status_code in (200, 201), response.text
    new_id: int = response.json["_data"]["id"]
    return new_id


def timeline(api: Api, tenant: Seeded, query: str = "") -> dict[str, Any]:
    response = api.get(f"{TIMELINE}{query}", tenant=tenant)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json
    return body


# --- statistics ------------------------------------------------------------------------------


def test_statistics_count_the_tenants_own(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    empty = statistics(api, tenant_a)
    assert {k: v for k, v in empty.items() if k != "tenant"} == {
        "users": 0,
        "courses": 0,
        "categories": 0,
        "groups": 0,
        "branches": 0,
        "learning_paths": 0,
        "enrollments": 0,
        "completions": 0,
    }
    assert empty["tenant"]["slug"] == tenant_a.slug
    assert empty["tenant"]["id"] == tenant_a.tenant.id

    t = tenant_a.tenant
    users = [run(make_user(t)) for _ in range(3)]
    courses = [run(make_course(t)) for _ in range(2)]
    run(make_category(t))
    run(make_learning_path(t, (courses[0].id,)))
    created(api, "/api/v2/groups", tenant_a, {"name": "Group one"})
    created(api, "/api/v2/branches", tenant_a, {"name": "branchone"})
    for user in users:
        enrolled = api.post(
            "/api/v2/enrollments",
            tenant=tenant_a,
            json={"user_id": user.id, "course_id": courses[0].id},
        )
        assert enrolled.status_code == 200, enrolled.text
    run(
        set_course_progress(
            t,
            users[0].id,
            courses[0].id,
            status=ProgressStatus.COMPLETED,
            completed_at=datetime(2026, 1, 5, tzinfo=UTC),
        )
    )
    run(make_user(tenant_b.tenant))

    figures = statistics(api, tenant_a)
    assert (figures["users"], figures["courses"], figures["categories"]) == (3, 2, 1)
    assert (figures["groups"], figures["branches"], figures["learning_paths"]) == (1, 1, 1)
    assert (figures["enrollments"], figures["completions"]) == (3, 1)
    assert statistics(api, tenant_b)["users"] == 1

    gone = api.delete(f"/api/v2/users/{users[2].id}", tenant=tenant_a)
    assert gone.status_code in (200, 204), gone.text
    after = statistics(api, tenant_a)
    assert (after["users"], after["enrollments"]) == (2, 2)


def test_statistics_need_reports_read(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    progress_only = run(make_key(tenant_a.tenant, ["progress:read"]))
    reports = run(make_key(tenant_a.tenant, ["reports:read"]))
    for path in (STATISTICS, TIMELINE):
        denied = api.get(path, tenant=tenant_a, key=progress_only)
        assert denied.status_code == 403
        assert "reports:read" in error_of(denied)["message"]
        assert api.get(path, tenant=tenant_a, key=reports).status_code == 200
        intruder = api.get(path, tenant=tenant_a, key=tenant_b.key)
        assert intruder.status_code == 401
        error_of(intruder)


def test_statistics_take_no_parameters(api: Api, tenant_a: Seeded) -> None:
    response = api.get(f"{STATISTICS}?page[size]=5", tenant=tenant_a)
    assert response.status_code == 400
    assert error_of(response)["param"] == "page[size]"


# --- timeline --------------------------------------------------------------------------------


def test_timeline_names_events_as_talentlms_does(api: Api, run: Any, tenant_a: Seeded) -> None:
    user_id = run(make_user(tenant_a.tenant, email="ada@example.com")).id
    course = run(make_course(tenant_a.tenant))
    enrolled = api.post(
        "/api/v2/enrollments", tenant=tenant_a, json={"user_id": user_id, "course_id": course.id}
    )
    assert enrolled.status_code == 200, enrolled.text
    run(
        make_event(
            tenant_a.tenant.id,
            EventType.COURSE_COMPLETED,
            {"user_id": user_id, "course_id": course.id},
        )
    )
    # Not a TalentLMS timeline event: left out.
    run(make_event(tenant_a.tenant.id, EventType.EXPORT_COMPLETED, {"export": {"id": 1}}))

    body = timeline(api, tenant_a)
    types = [e["type"] for e in body["_data"]]
    assert types == [
        "course_completion",
        "course_add_user",
        "course_create_course",
        "user_create_user",
    ]
    assert body["_meta"]["pagination"]["total_results"] == 4
    completion, enrollment, course_created, user_created = body["_data"]
    assert (completion["user_id"], completion["course_id"]) == (user_id, course.id)
    assert (enrollment["user_id"], enrollment["course_id"]) == (user_id, course.id)
    assert enrollment["event_type"] == "enrollment.created"
    assert (course_created["course_id"], course_created["user_id"]) == (course.id, None)
    assert user_created["user_id"] == user_id
    assert user_created["data"]["email"] == "ada@example.com"
    assert all(e["group_id"] is None and e["branch_id"] is None for e in body["_data"])
    assert [e["id"] for e in body["_data"]] == sorted(
        (e["id"] for e in body["_data"]), reverse=True
    )
    assert all(e["created_at"].endswith("Z") for e in body["_data"])


def test_timeline_filters_and_pages(api: Api, run: Any, tenant_a: Seeded) -> None:
    group_id = created(api, "/api/v2/groups", tenant_a, {"name": "Readers"})
    users = [run(make_user(tenant_a.tenant)) for _ in range(4)]
    for user in users:
        added = api.post(
            "/api/v2/group-memberships",
            tenant=tenant_a,
            json={"group_id": group_id, "user_id": user.id},
        )
        assert added.status_code in (200, 201), added.text
    old = run(Event.all_tenants.filter(tenant_id=tenant_a.tenant.id, type="group.created").first())
    assert old is not None
    run(Event.all_tenants.filter(id=old.id).update(created_at=datetime(2020, 1, 1, tzinfo=UTC)))

    added = timeline(api, tenant_a, "?filter[type][eq]=group_add_user")
    assert [e["user_id"] for e in added["_data"]] == [u.id for u in reversed(users)]
    assert all(e["group_id"] == group_id for e in added["_data"])
    [made] = timeline(api, tenant_a, "?filter[type][eq]=group_create_group")["_data"]
    assert (made["group_id"], made["id"]) == (group_id, old.id)
    assert made["created_at"] == "2020-01-01T00:00:00Z"

    before = timeline(api, tenant_a, "?filter[created_at][lte]=2021-01-01T00:00:00Z")
    assert [e["id"] for e in before["_data"]] == [old.id]
    after = timeline(api, tenant_a, "?filter[created_at][gte]=2021-01-01T00:00:00Z")
    assert old.id not in [e["id"] for e in after["_data"]]
    assert after["_meta"]["pagination"]["total_results"] == 8  # 4 users created, 4 added
    window = timeline(
        api,
        tenant_a,
        "?filter[created_at][gte]=2019-06-01&filter[created_at][lte]=2020-06-01"
        "&filter[type][eq]=group_create_group",
    )
    assert [e["id"] for e in window["_data"]] == [old.id]

    everything = timeline(api, tenant_a)["_data"]
    assert len(everything) == 9
    seen: list[int] = []
    for number in (1, 2, 3, 4):
        page = timeline(api, tenant_a, f"?page[size]=3&page[number]={number}")
        meta = page["_meta"]["pagination"]
        assert (meta["total_results"], meta["total_pages"]) == (9, 3)
        seen += [e["id"] for e in page["_data"]]
    assert seen == [e["id"] for e in everything]
    assert page["_data"] == []
    third = timeline(api, tenant_a, "?page[size]=3&page[number]=3")
    assert third["_links"]["next"] is None
    assert "page[number]=2" in third["_links"]["prev"]


def test_timeline_is_the_tenants_own(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    mine = run(make_user(tenant_a.tenant))
    theirs = run(make_user(tenant_b.tenant))
    ours = timeline(api, tenant_a)["_data"]
    assert [e["user_id"] for e in ours] == [mine.id]
    assert [e["user_id"] for e in timeline(api, tenant_b)["_data"]] == [theirs.id]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("?filter[type][eq]=user.created", "filter[type][eq]"),
        ("?filter[type][eq]=export_completed", "filter[type][eq]"),
        ("?filter[type][like]=user", "filter[type][like]"),
        ("?filter[created_at][gte]=last week", "filter[created_at][gte]"),
        ("?filter[created_at][lte]=2026-02-30T00:00:00Z", "filter[created_at][lte]"),
        ("?filter[created_at][eq]=2026-01-01", "filter[created_at][eq]"),
        ("?filter[user_id][eq]=1", "filter[user_id][eq]"),
        ("?page[size]=101", "page[size]"),
        ("?page[number]=0", "page[number]"),
        ("?type=user_create_user", "type"),
    ],
)
def test_bad_timeline_queries(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    response = api.get(f"{TIMELINE}{query}", tenant=tenant_a)
    assert response.status_code == 400, response.text
    assert error_of(response)["param"] == param
