from __future__ import annotations

from typing import Any

import pytest

from domain.enrollments_of import ENROLLMENTS_COUNTER
from domain.learning_paths import LEARNING_PATHS_COUNTER
from models.event import Event
from models.learning import Enrollment
from tests.factories import (
    Api,
    Seeded,
    counter_value,
    delete_with_body,
    error_of,
    make_course,
    make_key,
    make_learning_path,
    make_user,
)

PATHS = "/api/v2/learning-paths"
ENROLLMENTS = "/api/v2/learning-paths/enrollments"


def courses(run: Any, tenant: Seeded, n: int) -> list[int]:
    return [run(make_course(tenant.tenant, name=f"Course {i}")).id for i in range(n)]


def create(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post(PATHS, tenant=tenant, json={"name": "Onboarding", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def patch(api: Api, tenant: Seeded, path_id: int, **body: Any) -> Any:
    return api.request("PATCH", f"{PATHS}/{path_id}", tenant=tenant, json=body)


def enrolled_courses(run: Any, tenant: Seeded, user_id: int) -> set[int]:
    rows = run(
        Enrollment.all_tenants.filter(tenant_id=tenant.tenant.id, user_id=user_id).values_list(
            "course_id", flat=True
        )
    )
    return set(rows)


def events_of(run: Any, tenant: Seeded, type: str) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type=type)
        .order_by("id")
        .values_list("data", flat=True)
    )
    return list(rows)


def test_create_get_update_delete(api: Api, run: Any, tenant_a: Seeded) -> None:
    c1, c2, c3 = courses(run, tenant_a, 3)
    path = create(api, tenant_a, code="ONB", description="First weeks", course_ids=[c2, c1])

    assert path["status"] == "active"
    assert path["code"] == "ONB"
    assert [c["id"] for c in path["courses"]] == [c2, c1]
    assert path["courses"][0] == {"id": c2, "name": "Course 1", "code": None}
    assert api.get(f"{PATHS}/{path['id']}", tenant=tenant_a).json["_data"] == path
    assert run(counter_value(tenant_a.tenant.id, LEARNING_PATHS_COUNTER)) == 1

    updated = patch(api, tenant_a, path["id"], course_ids=[c3, c2], is_active=False, code=None)
    assert updated.status_code == 200, updated.text
    body = updated.json["_data"]
    assert [c["id"] for c in body["courses"]] == [c3, c2]
    assert (body["status"], body["code"], body["name"]) == ("inactive", None, "Onboarding")

    assert api.delete(f"{PATHS}/{path['id']}", tenant=tenant_a).status_code == 204
    assert api.get(f"{PATHS}/{path['id']}", tenant=tenant_a).status_code == 404
    assert api.delete(f"{PATHS}/{path['id']}", tenant=tenant_a).status_code == 404
    assert run(counter_value(tenant_a.tenant.id, LEARNING_PATHS_COUNTER)) == 0
    types = [
        "learning_path.created",
        "learning_path.updated",
        "learning_path.deleted",
    ]
    assert [len(events_of(run, tenant_a, t)) for t in types] == [1, 1, 1]


def test_course_ids_must_be_the_tenants_and_distinct(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    (mine,) = courses(run, tenant_a, 1)
    (theirs,) = courses(run, tenant_b, 1)
    for course_ids in ([mine, theirs], [2147483647], [2**40]):
        response = api.post(PATHS, tenant=tenant_a, json={"name": "x", "course_ids": course_ids})
        assert response.status_code == 404, response.text
        assert error_of(response)["param"] == "course_ids"
    repeated = api.post(PATHS, tenant=tenant_a, json={"name": "x", "course_ids": [mine, mine]})
    assert repeated.status_code == 422
    assert error_of(repeated)["param"] == "course_ids"
    path = create(api, tenant_a, course_ids=[mine])
    response = patch(api, tenant_a, path["id"], course_ids=[theirs])
    assert response.status_code == 404
    assert run(counter_value(tenant_a.tenant.id, LEARNING_PATHS_COUNTER)) == 1
    assert [
        c["id"] for c in api.get(f"{PATHS}/{path['id']}", tenant=tenant_a).json["_data"]["courses"]
    ] == [mine]


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"name": None}, 400, "name"),
        ({"name": "x" * 192}, 422, "name"),
        ({"code": "x" * 192}, 422, "code"),
        ({"is_active": "no"}, 400, "is_active"),
        ({"course_ids": "1"}, 400, "course_ids"),
        ({"course_ids": ["1"]}, 400, "course_ids.0"),
        ({"course_ids": None}, 400, "course_ids"),
        ({"status": "active"}, 400, "status"),
    ],
)
def test_invalid_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.post(PATHS, tenant=tenant_a, json={"name": "x", **body})
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param
    path = create(api, tenant_a)
    patched = patch(api, tenant_a, path["id"], **body)
    assert patched.status_code == status, patched.text
    assert error_of(patched)["param"] == param


def test_list_filters(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    create(api, tenant_a, name="Sales onboarding", code="S-1")
    create(api, tenant_a, name="Engineering", description="For new ONBOARDING engineers")
    create(api, tenant_a, name="Retired", is_active=False)
    create(api, tenant_b, name="Their onboarding")

    def names(query: str) -> list[str]:
        response = api.get(f"{PATHS}?{query}", tenant=tenant_a)
        assert response.status_code == 200, response.text
        body = response.json
        assert body["_meta"]["pagination"]["total_results"] == len(body["_data"])
        return [p["name"] for p in body["_data"]]

    assert names("") == ["Sales onboarding", "Engineering", "Retired"]
    assert names("filter[keyword][like]=onboarding") == ["Sales onboarding", "Engineering"]
    assert names("filter[keyword][like]=s-1") == ["Sales onboarding"]
    assert names("filter[status][eq]=inactive") == ["Retired"]
    assert names("filter[status][eq]=active&filter[name][like]=eng") == ["Engineering"]
    assert names("filter[last_updated][gte]=2999-01-01T00:00:00Z") == []
    page = api.get(f"{PATHS}?page[size]=2&page[number]=2", tenant=tenant_a).json
    assert [p["name"] for p in page["_data"]] == ["Retired"]
    assert "courses" not in page["_data"][0]
    for query, param in (
        ("filter[status][eq]=on", "filter[status][eq]"),
        ("filter[keyword][eq]=x", "filter[keyword][eq]"),
        ("filter[code][eq]=x", "filter[code][eq]"),
    ):
        response = api.get(f"{PATHS}?{query}", tenant=tenant_a)
        assert response.status_code == 400
        assert error_of(response)["param"] == param


def test_enrolling_enrolls_in_the_paths_courses(api: Api, run: Any, tenant_a: Seeded) -> None:
    c1, c2, c3 = courses(run, tenant_a, 3)
    path = create(api, tenant_a, course_ids=[c1, c2])
    user = run(make_user(tenant_a.tenant)).id
    api.post("/api/v2/enrollments", tenant=tenant_a, json={"user_id": user, "course_id": c2})
    before = run(counter_value(tenant_a.tenant.id, ENROLLMENTS_COUNTER))

    response = api.post(
        ENROLLMENTS, tenant=tenant_a, json={"user_id": user, "learning_path_id": path["id"]}
    )

    assert response.status_code == 200, response.text
    body = response.json["_data"]
    assert (body["user_id"], body["learning_path_id"]) == (user, path["id"])
    assert body["enrolled_course_ids"] == [c1]
    assert body["enrolled_at"].endswith("Z")
    assert enrolled_courses(run, tenant_a, user) == {c1, c2}
    assert run(counter_value(tenant_a.tenant.id, ENROLLMENTS_COUNTER)) == before + 1
    assert events_of(run, tenant_a, "learning_path_enrollment.created") == [
        {
            "id": body["id"],
            "user_id": user,
            "learning_path_id": path["id"],
            "enrolled_course_ids": [c1],
        }
    ]
    created = events_of(run, tenant_a, "enrollment.created")
    assert created[-1]["learning_path_id"] == path["id"]

    again = api.post(
        ENROLLMENTS, tenant=tenant_a, json={"user_id": user, "learning_path_id": path["id"]}
    )
    assert again.status_code == 409
    assert error_of(again)["param"] == "user_id"

    # Courses added to the path later reach the users already in it.
    added = patch(api, tenant_a, path["id"], course_ids=[c1, c2, c3])
    assert added.status_code == 200
    assert enrolled_courses(run, tenant_a, user) == {c1, c2, c3}
    # Leaving the path keeps the course enrollments.
    left = delete_with_body(
        api, ENROLLMENTS, tenant=tenant_a, json={"user_id": user, "learning_path_id": path["id"]}
    )
    assert left.status_code == 204, left.text
    assert enrolled_courses(run, tenant_a, user) == {c1, c2, c3}
    assert len(events_of(run, tenant_a, "learning_path_enrollment.deleted")) == 1
    twice = delete_with_body(
        api, ENROLLMENTS, tenant=tenant_a, json={"user_id": user, "learning_path_id": path["id"]}
    )
    assert twice.status_code == 404
    assert error_of(twice)["param"] == "user_id"
    rejoined = api.post(
        ENROLLMENTS, tenant=tenant_a, json={"user_id": user, "learning_path_id": path["id"]}
    )
    assert rejoined.json["_data"]["enrolled_course_ids"] == []


def test_enrollment_isolation(api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    my_user = run(make_user(tenant_a.tenant)).id
    their_user = run(make_user(tenant_b.tenant)).id
    my_path = run(make_learning_path(tenant_a.tenant)).id
    their_path = run(make_learning_path(tenant_b.tenant)).id

    for body, param in (
        ({"user_id": their_user, "learning_path_id": my_path}, "user_id"),
        ({"user_id": my_user, "learning_path_id": their_path}, "learning_path_id"),
        ({"user_id": 2147483647, "learning_path_id": my_path}, "user_id"),
        ({"user_id": my_user, "learning_path_id": 2**40}, "learning_path_id"),
    ):
        response = api.post(ENROLLMENTS, tenant=tenant_a, json=body)
        assert response.status_code == 404, response.text
        assert error_of(response)["param"] == param
        removed = delete_with_body(api, ENROLLMENTS, tenant=tenant_a, json=body)
        assert removed.status_code == 404
    body = {"user_id": my_user, "learning_path_id": my_path}
    assert api.post(ENROLLMENTS, tenant=tenant_a, key=tenant_b.key, json=body).status_code == 401
    assert api.post(ENROLLMENTS, tenant=tenant_a, json=body).status_code == 200
    intruder = delete_with_body(api, ENROLLMENTS, tenant=tenant_a, key=tenant_b.key, json=body)
    assert intruder.status_code == 401


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({}, 400, "user_id"),
        ({"user_id": 1}, 400, "learning_path_id"),
        ({"user_id": "1", "learning_path_id": 1}, 400, "user_id"),
        ({"user_id": 1, "learning_path_id": 1.5}, 400, "learning_path_id"),
        ({"user_id": 1, "learning_path_id": 1, "course_id": 1}, 400, "course_id"),
    ],
)
def test_invalid_enrollment_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    for response in (
        api.post(ENROLLMENTS, tenant=tenant_a, json=body),
        delete_with_body(api, ENROLLMENTS, tenant=tenant_a, json=body),
    ):
        assert response.status_code == status, response.text
        assert error_of(response)["param"] == param


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_isolation(api: Api, tenant_a: Seeded, tenant_b: Seeded, method: str) -> None:
    theirs = create(api, tenant_b)
    mine = create(api, tenant_a)
    kwargs: dict[str, Any] = {"json": {"name": "hijacked"}} if method == "PATCH" else {}
    for path_id in (theirs["id"], 2147483647, 2147483648):
        response = api.request(method, f"{PATHS}/{path_id}", tenant=tenant_a, **kwargs)
        assert response.status_code == 404
        error_of(response)
    intruder = api.request(method, f"{PATHS}/{mine['id']}", tenant=tenant_a, key=tenant_b.key)
    assert intruder.status_code == 401
    assert api.get(PATHS, tenant=tenant_a, key=tenant_b.key).status_code == 401
    assert api.get(f"{PATHS}/{theirs['id']}", tenant=tenant_b).json["_data"] == theirs


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    path = create(api, tenant_a)
    user = run(make_user(tenant_a.tenant)).id
    reader = run(make_key(tenant_a.tenant, ["courses:read"]))
    assert api.get(PATHS, tenant=tenant_a, key=reader).status_code == 200
    assert api.get(f"{PATHS}/{path['id']}", tenant=tenant_a, key=reader).status_code == 200
    assert api.post(PATHS, tenant=tenant_a, key=reader, json={"name": "x"}).status_code == 403
    assert api.delete(f"{PATHS}/{path['id']}", tenant=tenant_a, key=reader).status_code == 403
    body = {"user_id": user, "learning_path_id": path["id"]}
    courses_writer = run(make_key(tenant_a.tenant, ["courses:write"]))
    denied = api.post(ENROLLMENTS, tenant=tenant_a, key=courses_writer, json=body)
    assert denied.status_code == 403
    assert "enrollments:write" in error_of(denied)["message"]
    enroller = run(make_key(tenant_a.tenant, ["enrollments:write"]))
    assert api.post(ENROLLMENTS, tenant=tenant_a, key=enroller, json=body).status_code == 200
