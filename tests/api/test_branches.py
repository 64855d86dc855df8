from __future__ import annotations

from typing import Any

import pytest

from models.event import Event
from tests.factories import (
    Api,
    Seeded,
    delete_with_body,
    error_of,
    make_course,
    make_key,
    make_user,
)

BRANCHES = "/api/v2/branches"
USERS = "/api/v2/branch-users"
COURSES = "/api/v2/branch-courses"


def create(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post(BRANCHES, tenant=tenant, json={"name": "Athens", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def events_of(run: Any, tenant: Seeded, type: str) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type=type)
        .order_by("id")
        .values_list("data", flat=True)
    )
    return list(rows)


def request(api: Api, method: str, path: str, tenant: Seeded, json: Any = None, **kw: Any) -> Any:
    return api.request("request", path, http_method=method, tenant=tenant, json=json, **kw)


def test_create_get_update_delete(api: Api, run: Any, tenant_a: Seeded) -> None:
    created = create(api, tenant_a, name="Athens", description="Greek office", default_locale="el")
    assert created["name"] == "Athens"
    assert created["description"] == "Greek office"
    assert created["default_locale"] == "el"
    assert created["is_active"] is True
    assert created["created_at"].endswith("Z")
    url = f"{BRANCHES}/{created['id']}"
    assert api.get(url, tenant=tenant_a).json["_data"] == created

    patched = request(api, "PATCH", url, tenant_a, {"default_locale": "pt-BR", "description": None})
    assert patched.status_code == 200, patched.text
    assert patched.json["_data"]["default_locale"] == "pt-BR"
    assert patched.json["_data"]["description"] is None
    assert patched.json["_data"]["name"] == "Athens"

    deleted = api.delete(url, tenant=tenant_a)
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert api.get(url, tenant=tenant_a).status_code == 404
    assert api.delete(url, tenant=tenant_a).status_code == 404

    assert events_of(run, tenant_a, "branch.created") == [{"id": created["id"], "name": "Athens"}]
    assert events_of(run, tenant_a, "branch.updated") == [
        {"id": created["id"], "changes": {"default_locale": "pt-BR", "description": None}}
    ]
    assert events_of(run, tenant_a, "branch.deleted") == [{"id": created["id"], "name": "Athens"}]


def test_status_is_set_with_put(api: Api, run: Any, tenant_a: Seeded) -> None:
    branch = create(api, tenant_a)
    url = f"{BRANCHES}/{branch['id']}"

    response = request(api, "PUT", f"{url}/status", tenant_a, {"is_active": False})

    assert response.status_code == 204, response.text
    assert response.content == b""
    assert api.get(url, tenant=tenant_a).json["_data"]["is_active"] is False
    # Idempotent: the same status again changes nothing and records nothing.
    assert request(api, "PUT", f"{url}/status", tenant_a, {"is_active": False}).status_code == 204
    assert request(api, "PUT", f"{url}/status", tenant_a, {"is_active": True}).status_code == 204
    assert api.get(url, tenant=tenant_a).json["_data"]["is_active"] is True
    assert events_of(run, tenant_a, "branch.updated") == [
        {"id": branch["id"], "changes": {"is_active": False}},
        {"id": branch["id"], "changes": {"is_active": True}},
    ]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 400),
        ({"is_active": "false"}, 400),
        ({"is_active": 0}, 400),
        ({"is_active": None}, 400),
        ({"is_active": True, "name": "x"}, 400),
    ],
)
def test_invalid_status_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int
) -> None:
    branch = create(api, tenant_a)
    response = request(api, "PUT", f"{BRANCHES}/{branch['id']}/status", tenant_a, body)
    assert response.status_code == status
    error_of(response)


def test_names_are_unique_per_tenant(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    create(api, tenant_a, name="Athens")
    other = create(api, tenant_a, name="Berlin")
    create(api, tenant_b, name="Athens")

    taken = api.post(BRANCHES, tenant=tenant_a, json={"name": "Athens"})
    assert taken.status_code == 409
    assert error_of(taken)["param"] == "name"
    renamed = request(api, "PATCH", f"{BRANCHES}/{other['id']}", tenant_a, {"name": "Athens"})
    assert renamed.status_code == 409
    assert error_of(renamed)["param"] == "name"
    assert api.get(f"{BRANCHES}/{other['id']}", tenant=tenant_a).json["_data"]["name"] == "Berlin"


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({}, 400, "name"),
        ({"name": 1}, 400, "name"),
        ({"name": "x", "default_locale": 5}, 400, "default_locale"),
        ({"name": "x", "is_active": False}, 400, "is_active"),
        ({"name": "x", "country": "GR"}, 400, "country"),
        ({"name": ""}, 422, "name"),
        ({"name": "\t"}, 422, "name"),
        ({"name": "é" * 192}, 422, "name"),
        ({"name": "a\x00"}, 422, "name"),
        ({"name": "x", "description": "\x00"}, 422, "description"),
        ({"name": "x", "default_locale": "en\x00"}, 422, "default_locale"),
        ({"name": "x", "description": "d" * 65_536}, 422, "description"),
        ({"name": "x", "default_locale": "english please"}, 422, "default_locale"),
        ({"name": "x", "default_locale": "e"}, 422, "default_locale"),
        ({"name": "x", "default_locale": "en-" + "x" * 20}, 422, "default_locale"),
    ],
)
def test_invalid_branch_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.post(BRANCHES, tenant=tenant_a, json=body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param


def test_patch_cannot_null_the_name(api: Api, tenant_a: Seeded) -> None:
    branch = create(api, tenant_a)
    response = request(api, "PATCH", f"{BRANCHES}/{branch['id']}", tenant_a, {"name": None})
    assert response.status_code == 400
    assert error_of(response)["param"] == "name"


def test_list_paginates_filters_and_counts(api: Api, tenant_a: Seeded) -> None:
    names = [f"Office {n}" for n in range(5)]
    created = [create(api, tenant_a, name=name) for name in names]

    seen = []
    for number in (1, 2, 3):
        page = api.get(f"{BRANCHES}?page[size]=2&page[number]={number}", tenant=tenant_a).json
        assert page["_meta"]["pagination"]["total_results"] == 5
        seen += [b["name"] for b in page["_data"]]
    assert seen == names
    assert page["_links"]["next"] is None
    assert page["_links"]["prev"].endswith("page[number]=2&page[size]=2")

    api.delete(f"{BRANCHES}/{created[1]['id']}", tenant=tenant_a)
    assert api.get(BRANCHES, tenant=tenant_a).json["_meta"]["pagination"]["total_results"] == 4
    like = api.get(f"{BRANCHES}?filter[name][like]=OFFICE 4", tenant=tenant_a).json
    assert [b["name"] for b in like["_data"]] == ["Office 4"]
    bad = api.get(f"{BRANCHES}?filter[is_active][eq]=true", tenant=tenant_a)
    assert bad.status_code == 400
    error_of(bad)


def test_branch_users_and_courses_enroll_nobody(api: Api, run: Any, tenant_a: Seeded) -> None:
    branch = create(api, tenant_a)
    user_id = run(make_user(tenant_a.tenant)).id
    course_id = run(make_course(tenant_a.tenant)).id
    user_link = {"branch_id": branch["id"], "user_id": user_id}
    course_link = {"branch_id": branch["id"], "course_id": course_id}

    added_user = api.post(USERS, tenant=tenant_a, json=user_link)
    added_course = api.post(COURSES, tenant=tenant_a, json=course_link)

    assert added_user.status_code == added_course.status_code == 200
    assert added_user.json["_data"]["user_id"] == user_id
    assert added_user.json["_data"]["branch_id"] == branch["id"]
    assert added_course.json["_data"]["course_id"] == course_id
    assert added_course.json["_data"]["created_at"].endswith("Z")
    assert api.get("/api/v2/enrollments", tenant=tenant_a).json["_data"] == []

    for path, link, param in ((USERS, user_link, "user_id"), (COURSES, course_link, "course_id")):
        twice = api.post(path, tenant=tenant_a, json=link)
        assert twice.status_code == 409
        assert error_of(twice)["param"] == param
        removed = delete_with_body(api, path, tenant=tenant_a, json=link)
        assert removed.status_code == 204, removed.text
        gone = delete_with_body(api, path, tenant=tenant_a, json=link)
        assert gone.status_code == 404
        assert error_of(gone)["param"] == param

    assert events_of(run, tenant_a, "branch.user_added") == [user_link]
    assert events_of(run, tenant_a, "branch.user_removed") == [user_link]
    assert events_of(run, tenant_a, "branch.course_added") == [course_link]
    assert events_of(run, tenant_a, "branch.course_removed") == [course_link]


def test_another_tenants_ids_are_404_like_missing_ones(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    mine, theirs = create(api, tenant_a), create(api, tenant_b)
    my_user = run(make_user(tenant_a.tenant)).id
    my_course = run(make_course(tenant_a.tenant)).id
    their_user = run(make_user(tenant_b.tenant)).id
    their_course = run(make_course(tenant_b.tenant)).id
    missing = 2147483000

    routes = [
        ("GET", "", None),
        ("PATCH", "", {"name": "stolen"}),
        ("DELETE", "", None),
        ("PUT", "/status", {"is_active": False}),
    ]
    for method, suffix, json in routes:
        crossed = request(api, method, f"{BRANCHES}/{theirs['id']}{suffix}", tenant_a, json)
        absent = request(api, method, f"{BRANCHES}/{missing}{suffix}", tenant_a, json)
        assert crossed.status_code == absent.status_code == 404
        assert error_of(crossed)["message"].replace(str(theirs["id"]), "N") == error_of(absent)[
            "message"
        ].replace(str(missing), "N")
    assert api.get(f"{BRANCHES}/{theirs['id']}", tenant=tenant_b).json["_data"] == theirs

    cases = [
        (USERS, {"branch_id": theirs["id"], "user_id": my_user}, "branch_id"),
        (USERS, {"branch_id": mine["id"], "user_id": their_user}, "user_id"),
        (USERS, {"branch_id": mine["id"], "user_id": 2**40}, "user_id"),
        (COURSES, {"branch_id": theirs["id"], "course_id": my_course}, "branch_id"),
        (COURSES, {"branch_id": mine["id"], "course_id": their_course}, "course_id"),
        (COURSES, {"branch_id": 0, "course_id": my_course}, "branch_id"),
    ]
    for path, body, param in cases:
        for method in ("POST", "DELETE"):
            response = request(api, method, path, tenant_a, body)
            assert response.status_code == 404, (path, body, method)
            assert error_of(response)["param"] == param


@pytest.mark.parametrize("path", [USERS, COURSES])
@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_malformed_link_bodies_are_400(api: Api, tenant_a: Seeded, path: str, method: str) -> None:
    other = "user_id" if path == USERS else "course_id"
    for body, param in (
        ({other: 1}, "branch_id"),
        ({"branch_id": 1}, other),
        ({"branch_id": "1", other: 1}, "branch_id"),
        ({"branch_id": 1, other: 1, "group_id": 1}, "group_id"),
    ):
        response = request(api, method, path, tenant_a, body)
        assert response.status_code == 400
        assert error_of(response)["param"] == param
    raw = api.request(
        "request",
        path,
        http_method=method,
        tenant=tenant_a,
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert raw.status_code == 400
    error_of(raw)


def test_huge_branch_ids_in_paths_are_404(api: Api, tenant_a: Seeded) -> None:
    for branch_id in ("0", "2147483648", "99999999999999999999999", "-5"):
        for method, suffix, json in (
            ("GET", "", None),
            ("DELETE", "", None),
            ("PATCH", "", {}),
            ("PUT", "/status", {"is_active": True}),
        ):
            response = request(api, method, f"{BRANCHES}/{branch_id}{suffix}", tenant_a, json)
            assert response.status_code == 404, (branch_id, method)
            error_of(response)


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    branch = create(api, tenant_a)
    url = f"{BRANCHES}/{branch['id']}"
    reader = run(make_key(tenant_a.tenant, ["branches:read"]))
    stranger = run(make_key(tenant_a.tenant, ["groups:write", "users:write"]))
    writer = run(make_key(tenant_a.tenant, ["branches:write"]))
    user_link = {"branch_id": branch["id"], "user_id": run(make_user(tenant_a.tenant)).id}

    for key in (reader, writer):
        assert api.get(BRANCHES, tenant=tenant_a, key=key).status_code == 200
        assert api.get(url, tenant=tenant_a, key=key).status_code == 200
    assert api.get(url, tenant=tenant_a, key=stranger).status_code == 403
    for key in (reader, stranger):
        for method, path, json in (
            ("POST", BRANCHES, {"name": "n"}),
            ("PATCH", url, {"name": "n"}),
            ("PUT", f"{url}/status", {"is_active": False}),
            ("DELETE", url, None),
            ("POST", USERS, user_link),
            ("DELETE", COURSES, {"branch_id": branch["id"], "course_id": 1}),
        ):
            response = request(api, method, path, tenant_a, json, key=key)
            assert response.status_code == 403, (method, path)
            error_of(response)
    assert request(api, "POST", USERS, tenant_a, user_link, key=writer).status_code == 200
    assert (
        request(api, "PUT", f"{url}/status", tenant_a, {"is_active": False}, key=writer).status_code
        == 204
    )


def test_another_tenants_key_is_401_on_every_route(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    branch = create(api, tenant_a)
    url = f"{BRANCHES}/{branch['id']}"
    user_link = {"branch_id": branch["id"], "user_id": run(make_user(tenant_a.tenant)).id}
    course_link = {"branch_id": branch["id"], "course_id": run(make_course(tenant_a.tenant)).id}
    for method, path, json in (
        ("GET", BRANCHES, None),
        ("POST", BRANCHES, {"name": "n"}),
        ("GET", url, None),
        ("PATCH", url, {"name": "n"}),
        ("PUT", f"{url}/status", {"is_active": False}),
        ("DELETE", url, None),
        ("POST", USERS, user_link),
        ("DELETE", USERS, user_link),
        ("POST", COURSES, course_link),
        ("DELETE", COURSES, course_link),
    ):
        response = request(api, method, path, tenant_a, json, key=tenant_b.key)
        assert response.status_code == 401, (method, path)
        error_of(response)
    assert api.get(url, tenant=tenant_a).json["_data"] == branch
