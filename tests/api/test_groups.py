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

GROUPS = "/api/v2/groups"
MEMBERS = "/api/v2/group-memberships"
COURSES = "/api/v2/group-courses"
ENROLLMENTS = "/api/v2/enrollments"


def create(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post(GROUPS, tenant=tenant, json={"name": "Sales", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def add(api: Api, tenant: Seeded, path: str, **body: int) -> dict[str, Any]:
    response = api.post(path, tenant=tenant, json=body)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def enrolled(api: Api, tenant: Seeded) -> set[tuple[int, int]]:
    body = api.get(f"{ENROLLMENTS}?page[size]=100", tenant=tenant).json
    return {(e["user_id"], e["course_id"]) for e in body["_data"]}


def events_of(run: Any, tenant: Seeded, type: str) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type=type)
        .order_by("id")
        .values_list("data", flat=True)
    )
    return list(rows)


def user(run: Any, tenant: Seeded) -> int:
    user_id: int = run(make_user(tenant.tenant)).id
    return user_id


def course(run: Any, tenant: Seeded, **overrides: Any) -> int:
    course_id: int = run(make_course(tenant.tenant, **overrides)).id
    return course_id


def test_create_get_update_delete(api: Api, run: Any, tenant_a: Seeded) -> None:
    created = create(
        api,
        tenant_a,
        name="Sales EMEA",
        description="Everyone selling in Europe",
        key="emea-2026",
        max_key_redemptions=50,
        price=19.5,
    )
    assert created["name"] == "Sales EMEA"
    assert created["key"] == "emea-2026"
    assert created["max_key_redemptions"] == 50
    assert created["price"] == 19.5
    assert created["created_at"].endswith("Z")
    url = f"{GROUPS}/{created['id']}"
    assert api.get(url, tenant=tenant_a).json["_data"] == created

    patched = api.request(
        "PATCH", url, tenant=tenant_a, json={"name": "Sales Europe", "description": None}
    )
    assert patched.status_code == 200, patched.text
    assert patched.json["_data"]["name"] == "Sales Europe"
    assert patched.json["_data"]["description"] is None
    assert patched.json["_data"]["key"] == "emea-2026"
    unchanged = api.request("PATCH", url, tenant=tenant_a, json={})
    assert unchanged.json["_data"] == patched.json["_data"]

    deleted = api.delete(url, tenant=tenant_a)
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert api.get(url, tenant=tenant_a).status_code == 404
    assert api.delete(url, tenant=tenant_a).status_code == 404

    assert events_of(run, tenant_a, "group.created") == [
        {"id": created["id"], "name": "Sales EMEA"}
    ]
    assert events_of(run, tenant_a, "group.updated") == [
        {"id": created["id"], "changes": {"name": "Sales Europe", "description": None}}
    ]
    assert events_of(run, tenant_a, "group.deleted") == [
        {"id": created["id"], "name": "Sales Europe"}
    ]


def test_names_and_keys_are_unique_per_tenant(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    first = create(api, tenant_a, name="Sales", key="k1")
    other = create(api, tenant_a, name="Support", key="k2")
    # Another tenant may reuse both.
    create(api, tenant_b, name="Sales", key="k1")

    for body, param in (({"name": "Sales"}, "name"), ({"name": "New", "key": "k1"}, "key")):
        response = api.post(GROUPS, tenant=tenant_a, json=body)
        assert response.status_code == 409
        assert error_of(response)["param"] == param
        patched = api.request("PATCH", f"{GROUPS}/{other['id']}", tenant=tenant_a, json=body)
        assert patched.status_code == 409
        assert error_of(patched)["param"] == param
    # A group keeps its own name and key.
    same = api.request(
        "PATCH", f"{GROUPS}/{first['id']}", tenant=tenant_a, json={"name": "Sales", "key": "k1"}
    )
    assert same.status_code == 200
    # Groups without a key do not collide.
    create(api, tenant_a, name="No key 1")
    create(api, tenant_a, name="No key 2")
    assert len(events_of(run, tenant_a, "group.created")) == 4


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({}, 400, "name"),
        ({"name": 5}, 400, "name"),
        ({"name": None}, 400, "name"),
        ({"name": "x", "price": "10"}, 400, "price"),
        ({"name": "x", "price": True}, 400, "price"),
        ({"name": "x", "max_key_redemptions": 1.5}, 400, "max_key_redemptions"),
        ({"name": "x", "max_key_redemptions": "3"}, 400, "max_key_redemptions"),
        ({"name": "x", "key": 42}, 400, "key"),
        ({"name": "x", "owner": "me"}, 400, "owner"),
        ({"name": ""}, 422, "name"),
        ({"name": "   "}, 422, "name"),
        ({"name": "x" * 192}, 422, "name"),
        ({"name": "x", "key": "k" * 192}, 422, "key"),
        ({"name": "x", "key": ""}, 422, "key"),
        ({"name": "x", "key": "with space"}, 422, "key"),
        ({"name": "a\x00b"}, 422, "name"),
        ({"name": "x", "description": "d\x00"}, 422, "description"),
        ({"name": "x", "key": "k\x00"}, 422, "key"),
        ({"name": "x", "description": "d" * 65_536}, 422, "description"),
        ({"name": "x", "price": -1}, 422, "price"),
        ({"name": "x", "price": 1e12}, 422, "price"),
        ({"name": "x", "max_key_redemptions": 0}, 422, "max_key_redemptions"),
        ({"name": "x", "max_key_redemptions": 2**31}, 422, "max_key_redemptions"),
    ],
)
def test_invalid_group_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.post(GROUPS, tenant=tenant_a, json=body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param
    if "name" in body and param != "name":
        group = create(api, tenant_a, name=f"valid {param}")
        patch = {k: v for k, v in body.items() if k != "name"}
        patched = api.request("PATCH", f"{GROUPS}/{group['id']}", tenant=tenant_a, json=patch)
        assert patched.status_code == status, patched.text
        assert error_of(patched)["param"] == param


def test_patch_cannot_null_the_name(api: Api, tenant_a: Seeded) -> None:
    group = create(api, tenant_a)
    response = api.request("PATCH", f"{GROUPS}/{group['id']}", tenant=tenant_a, json={"name": None})
    assert response.status_code == 400
    assert error_of(response)["param"] == "name"


def test_list_paginates_filters_and_counts(api: Api, tenant_a: Seeded) -> None:
    names = [f"Team {n}" for n in range(5)]
    created = [create(api, tenant_a, name=name) for name in names]

    first = api.get(f"{GROUPS}?page[size]=2", tenant=tenant_a).json
    assert first["_meta"]["pagination"]["total_results"] == 5
    assert first["_meta"]["pagination"]["total_pages"] == 3
    seen = []
    for number in (1, 2, 3):
        page = api.get(f"{GROUPS}?page[size]=2&page[number]={number}", tenant=tenant_a).json
        seen += [g["name"] for g in page["_data"]]
    assert seen == names
    assert page["_links"]["next"] is None

    api.delete(f"{GROUPS}/{created[0]['id']}", tenant=tenant_a)
    assert api.get(GROUPS, tenant=tenant_a).json["_meta"]["pagination"]["total_results"] == 4
    like = api.get(f"{GROUPS}?filter[name][like]=team 3", tenant=tenant_a).json
    assert [g["name"] for g in like["_data"]] == ["Team 3"]
    assert like["_meta"]["pagination"]["total_results"] == 1
    eq = api.get(f"{GROUPS}?filter[name][eq]=Team 4", tenant=tenant_a).json
    assert [g["name"] for g in eq["_data"]] == ["Team 4"]
    future = api.get(f"{GROUPS}?filter[created_at][gte]=2999-01-01T00:00:00Z", tenant=tenant_a)
    assert future.json["_data"] == []
    bad = api.get(f"{GROUPS}?filter[key][eq]=x", tenant=tenant_a)
    assert bad.status_code == 400
    assert error_of(bad)["param"] == "filter[key][eq]"


def test_a_new_member_gets_the_groups_courses(api: Api, run: Any, tenant_a: Seeded) -> None:
    group = create(api, tenant_a)
    courses = [course(run, tenant_a) for _ in range(3)]
    for course_id in courses:
        add(api, tenant_a, COURSES, group_id=group["id"], course_id=course_id)
    member = user(run, tenant_a)
    # Already enrolled in one of them: kept as is, not duplicated, not an error.
    api.post(
        ENROLLMENTS,
        tenant=tenant_a,
        json={"user_id": member, "course_id": courses[0], "role": "instructor"},
    )

    data = add(api, tenant_a, MEMBERS, group_id=group["id"], user_id=member)

    assert data["group_id"] == group["id"]
    assert data["user_id"] == member
    assert data["created_at"].endswith("Z")
    assert enrolled(api, tenant_a) == {(member, c) for c in courses}
    roles = {
        e["course_id"]: e["role"]
        for e in api.get(f"{ENROLLMENTS}?filter[user_id][eq]={member}", tenant=tenant_a).json[
            "_data"
        ]
    }
    assert roles == {courses[0]: "instructor", courses[1]: "learner", courses[2]: "learner"}
    assert events_of(run, tenant_a, "group.user_added") == [
        {"group_id": group["id"], "user_id": member, "enrolled_course_ids": courses[1:]}
    ]
    by_group = [e for e in events_of(run, tenant_a, "enrollment.created") if "group_id" in e]
    assert sorted(e["course_id"] for e in by_group) == courses[1:]
    total = api.get(ENROLLMENTS, tenant=tenant_a).json["_meta"]["pagination"]["total_results"]
    assert total == 3


def test_a_new_course_goes_to_every_member(api: Api, run: Any, tenant_a: Seeded) -> None:
    group = create(api, tenant_a)
    members = [user(run, tenant_a) for _ in range(4)]
    for member in members:
        add(api, tenant_a, MEMBERS, group_id=group["id"], user_id=member)
    outsider = user(run, tenant_a)
    new_course = course(run, tenant_a, code="ADV-101")
    api.post(ENROLLMENTS, tenant=tenant_a, json={"user_id": members[0], "course_id": new_course})

    data = add(api, tenant_a, COURSES, group_id=group["id"], course_id=new_course)

    assert data["group_id"] == group["id"]
    assert data["course_id"] == new_course
    assert enrolled(api, tenant_a) == {(m, new_course) for m in members}
    assert (outsider, new_course) not in enrolled(api, tenant_a)
    assert events_of(run, tenant_a, "group.course_added") == [
        {"group_id": group["id"], "course_id": new_course, "enrolled_users": 3}
    ]
    listed = api.get(f"{GROUPS}/{group['id']}/courses", tenant=tenant_a).json
    assert listed["_data"][0]["id"] == new_course
    assert listed["_data"][0]["code"] == "ADV-101"
    assert set(listed["_data"][0]) == {"id", "name", "code"}


def test_leaving_a_group_keeps_the_enrollments(api: Api, run: Any, tenant_a: Seeded) -> None:
    group = create(api, tenant_a)
    course_id, member = course(run, tenant_a), user(run, tenant_a)
    add(api, tenant_a, COURSES, group_id=group["id"], course_id=course_id)
    add(api, tenant_a, MEMBERS, group_id=group["id"], user_id=member)
    membership = {"group_id": group["id"], "user_id": member}
    link = {"group_id": group["id"], "course_id": course_id}

    left = delete_with_body(api, MEMBERS, tenant=tenant_a, json=membership)
    assert left.status_code == 204, left.text
    assert enrolled(api, tenant_a) == {(member, course_id)}
    again = delete_with_body(api, MEMBERS, tenant=tenant_a, json=membership)
    assert again.status_code == 404
    assert error_of(again)["param"] == "user_id"

    # Joining again re-adds the membership; the existing enrollment is kept.
    add(api, tenant_a, MEMBERS, **membership)
    removed = delete_with_body(api, COURSES, tenant=tenant_a, json=link)
    assert removed.status_code == 204
    assert enrolled(api, tenant_a) == {(member, course_id)}
    assert api.get(f"{GROUPS}/{group['id']}/courses", tenant=tenant_a).json["_data"] == []
    assert delete_with_body(api, COURSES, tenant=tenant_a, json=link).status_code == 404

    api.delete(f"{GROUPS}/{group['id']}", tenant=tenant_a)
    assert enrolled(api, tenant_a) == {(member, course_id)}
    assert events_of(run, tenant_a, "group.user_removed") == [membership]
    assert events_of(run, tenant_a, "group.course_removed") == [link]
    assert events_of(run, tenant_a, "enrollment.deleted") == []


def test_duplicates_are_409(api: Api, run: Any, tenant_a: Seeded) -> None:
    group = create(api, tenant_a)
    member, course_id = user(run, tenant_a), course(run, tenant_a)
    add(api, tenant_a, MEMBERS, group_id=group["id"], user_id=member)
    add(api, tenant_a, COURSES, group_id=group["id"], course_id=course_id)

    twice_member = api.post(
        MEMBERS, tenant=tenant_a, json={"group_id": group["id"], "user_id": member}
    )
    assert twice_member.status_code == 409
    assert error_of(twice_member)["param"] == "user_id"
    twice_course = api.post(
        COURSES, tenant=tenant_a, json={"group_id": group["id"], "course_id": course_id}
    )
    assert twice_course.status_code == 409
    assert error_of(twice_course)["param"] == "course_id"
    assert len(events_of(run, tenant_a, "group.user_added")) == 1
    assert len(events_of(run, tenant_a, "group.course_added")) == 1


def test_group_courses_paginate(api: Api, run: Any, tenant_a: Seeded) -> None:
    group = create(api, tenant_a)
    courses = [course(run, tenant_a) for _ in range(5)]
    for course_id in courses:
        add(api, tenant_a, COURSES, group_id=group["id"], course_id=course_id)
    url = f"{GROUPS}/{group['id']}/courses"

    seen = []
    for number in (1, 2, 3):
        page = api.get(f"{url}?page[size]=2&page[number]={number}", tenant=tenant_a).json
        assert page["_meta"]["pagination"]["total_results"] == 5
        seen += [c["id"] for c in page["_data"]]
    assert seen == courses
    assert page["_links"]["self"] == (
        f"https://{tenant_a.slug}.lms.test{url}?page[number]=3&page[size]=2"
    )
    for query in ("page[size]=0", "filter[name][eq]=x", "sort=name"):
        bad = api.get(f"{url}?{query}", tenant=tenant_a)
        assert bad.status_code == 400
        error_of(bad)


def test_another_tenants_ids_are_404_like_missing_ones(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    mine = create(api, tenant_a)
    theirs = create(api, tenant_b)
    my_user, my_course = user(run, tenant_a), course(run, tenant_a)
    their_user, their_course = user(run, tenant_b), course(run, tenant_b)
    missing = 2147483000

    for method, suffix in (("GET", ""), ("PATCH", ""), ("DELETE", ""), ("GET", "/courses")):
        json = {"name": "stolen"} if method == "PATCH" else None
        crossed = api.request(
            "request",
            f"{GROUPS}/{theirs['id']}{suffix}",
            http_method=method,
            tenant=tenant_a,
            json=json,
        )
        absent = api.request(
            "request", f"{GROUPS}/{missing}{suffix}", http_method=method, tenant=tenant_a, json=json
        )
        assert crossed.status_code == absent.status_code == 404
        assert error_of(crossed)["message"].replace(str(theirs["id"]), "N") == error_of(absent)[
            "message"
        ].replace(str(missing), "N")

    cases = [
        (MEMBERS, {"group_id": theirs["id"], "user_id": my_user}, "group_id"),
        (MEMBERS, {"group_id": mine["id"], "user_id": their_user}, "user_id"),
        (COURSES, {"group_id": theirs["id"], "course_id": my_course}, "group_id"),
        (COURSES, {"group_id": mine["id"], "course_id": their_course}, "course_id"),
    ]
    for path, body, param in cases:
        for method in ("POST", "DELETE"):
            response = api.request("request", path, http_method=method, tenant=tenant_a, json=body)
            assert response.status_code == 404, (path, body, method)
            assert error_of(response)["param"] == param
    assert api.get(f"{GROUPS}/{theirs['id']}", tenant=tenant_b).json["_data"]["name"] == "Sales"
    assert enrolled(api, tenant_a) == set()
    assert enrolled(api, tenant_b) == set()


@pytest.mark.parametrize("path", [MEMBERS, COURSES])
@pytest.mark.parametrize("method", ["POST", "DELETE"])
@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({}, 400, "group_id"),
        ({"group_id": "1", "other_id": 1}, 400, "group_id"),
        ({"group_id": 1, "other_id": None}, 400, "other_id"),
        ({"group_id": 1, "other_id": 1, "extra": 1}, 400, "extra"),
        ({"group_id": 0, "other_id": 1}, 404, "group_id"),
        ({"group_id": 2**40, "other_id": 1}, 404, "group_id"),
    ],
)
def test_invalid_link_bodies(
    api: Api,
    tenant_a: Seeded,
    path: str,
    method: str,
    body: dict[str, Any],
    status: int,
    param: str,
) -> None:
    other = "user_id" if path == MEMBERS else "course_id"
    sent = {other if k == "other_id" else k: v for k, v in body.items()}
    response = api.request("request", path, http_method=method, tenant=tenant_a, json=sent)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == (other if param == "other_id" else param)


def test_huge_group_ids_in_paths_are_404(api: Api, tenant_a: Seeded) -> None:
    for group_id in ("0", "2147483648", "99999999999999999999999", "-1"):
        for method, suffix in (("GET", ""), ("DELETE", ""), ("PATCH", ""), ("GET", "/courses")):
            json: dict[str, Any] | None = {} if method == "PATCH" else None
            response = api.request(
                "request",
                f"{GROUPS}/{group_id}{suffix}",
                http_method=method,
                tenant=tenant_a,
                json=json,
            )
            assert response.status_code == 404, (group_id, method, suffix)
            error_of(response)


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    group = create(api, tenant_a)
    member, course_id = user(run, tenant_a), course(run, tenant_a)
    reader = run(make_key(tenant_a.tenant, ["groups:read"]))
    stranger = run(make_key(tenant_a.tenant, ["enrollments:write", "users:write"]))
    writer = run(make_key(tenant_a.tenant, ["groups:write"]))
    url = f"{GROUPS}/{group['id']}"

    for key in (reader, writer):
        assert api.get(GROUPS, tenant=tenant_a, key=key).status_code == 200
        assert api.get(url, tenant=tenant_a, key=key).status_code == 200
        assert api.get(f"{url}/courses", tenant=tenant_a, key=key).status_code == 200
    assert api.get(GROUPS, tenant=tenant_a, key=stranger).status_code == 403
    for key in (reader, stranger):
        writes = [
            api.post(GROUPS, tenant=tenant_a, key=key, json={"name": "n"}),
            api.request("PATCH", url, tenant=tenant_a, key=key, json={"name": "n"}),
            api.delete(url, tenant=tenant_a, key=key),
            api.post(
                MEMBERS, tenant=tenant_a, key=key, json={"group_id": group["id"], "user_id": member}
            ),
            api.post(
                COURSES,
                tenant=tenant_a,
                key=key,
                json={"group_id": group["id"], "course_id": course_id},
            ),
        ]
        for response in writes:
            assert response.status_code == 403
            error_of(response)
    assert api.post(GROUPS, tenant=tenant_a, key=writer, json={"name": "n"}).status_code == 200
    assert add(api, tenant_a, MEMBERS, group_id=group["id"], user_id=member)


def test_another_tenants_key_is_401_on_every_route(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    group = create(api, tenant_a)
    url = f"{GROUPS}/{group['id']}"
    link = {"group_id": group["id"], "user_id": user(run, tenant_a)}
    routes: list[tuple[str, str, Any]] = [
        ("GET", GROUPS, None),
        ("POST", GROUPS, {"name": "n"}),
        ("GET", url, None),
        ("PATCH", url, {"name": "n"}),
        ("DELETE", url, None),
        ("GET", f"{url}/courses", None),
        ("POST", MEMBERS, link),
        ("DELETE", MEMBERS, link),
        ("POST", COURSES, {"group_id": group["id"], "course_id": course(run, tenant_a)}),
        ("DELETE", COURSES, {"group_id": group["id"], "course_id": 1}),
    ]
    for method, path, json in routes:
        response = api.request(
            "request", path, http_method=method, tenant=tenant_a, key=tenant_b.key, json=json
        )
        assert response.status_code == 401, (method, path)
        error_of(response)
    assert api.get(url, tenant=tenant_a).json["_data"] == group
