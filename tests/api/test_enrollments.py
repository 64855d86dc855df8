from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from models.event import Event
from models.learning import Enrollment
from tests.factories import (
    Api,
    Seeded,
    delete_with_body,
    error_of,
    make_course,
    make_key,
    make_user,
)

PATH = "/api/v2/enrollments"


def ids(run: Any, tenant: Seeded) -> tuple[int, int]:
    """A new user and a new course of ``tenant``."""
    return run(make_user(tenant.tenant)).id, run(make_course(tenant.tenant)).id


def enroll(api: Api, tenant: Seeded, user_id: int, course_id: int, **extra: Any) -> Any:
    response = api.post(
        PATH, tenant=tenant, json={"user_id": user_id, "course_id": course_id, **extra}
    )
    assert response.status_code == 200, response.text
    return response.json["_data"]


def events_of(run: Any, tenant: Seeded, type: str) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type=type)
        .order_by("id")
        .values_list("data", flat=True)
    )
    return list(rows)


def test_enroll_returns_the_enrollment_and_records_an_event(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    user_id, course_id = ids(run, tenant_a)

    data = enroll(api, tenant_a, user_id, course_id)

    assert data["user_id"] == user_id
    assert data["course_id"] == course_id
    assert data["role"] == "learner"
    assert data["status"] == "not_attempted"
    assert data["progress_percent"] == 0
    assert data["score"] is None
    assert data["completed_at"] is None
    assert data["enrolled_at"].endswith("Z")
    assert data["last_updated"].endswith("Z")
    assert events_of(run, tenant_a, "enrollment.created") == [
        {"id": data["id"], "user_id": user_id, "course_id": course_id, "role": "learner"}
    ]
    listed = api.get(PATH, tenant=tenant_a).json
    assert listed["_data"] == [data]


def test_enroll_as_instructor(api: Api, run: Any, tenant_a: Seeded) -> None:
    user_id, course_id = ids(run, tenant_a)
    assert enroll(api, tenant_a, user_id, course_id, role="instructor")["role"] == "instructor"


def test_enrolling_twice_is_409(api: Api, run: Any, tenant_a: Seeded) -> None:
    user_id, course_id = ids(run, tenant_a)
    enroll(api, tenant_a, user_id, course_id)

    again = api.post(PATH, tenant=tenant_a, json={"user_id": user_id, "course_id": course_id})

    assert again.status_code == 409
    assert "already enrolled" in error_of(again)["message"]
    assert len(events_of(run, tenant_a, "enrollment.created")) == 1
    assert api.get(PATH, tenant=tenant_a).json["_meta"]["pagination"]["total_results"] == 1


def test_another_tenants_user_or_course_is_404_like_a_missing_one(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    user_a, course_a = ids(run, tenant_a)
    user_b, course_b = ids(run, tenant_b)
    cases = [
        ({"user_id": user_b, "course_id": course_a}, "user_id", user_b),
        ({"user_id": user_a, "course_id": course_b}, "course_id", course_b),
    ]
    for body, param, theirs in cases:
        crossed = api.post(PATH, tenant=tenant_a, json=body)
        missing = api.post(PATH, tenant=tenant_a, json={**body, param: 2147483000})
        assert crossed.status_code == missing.status_code == 404
        assert error_of(crossed)["param"] == error_of(missing)["param"] == param
        assert error_of(crossed)["message"].replace(str(theirs), "N") == error_of(missing)[
            "message"
        ].replace("2147483000", "N")
    assert run(Enrollment.all_tenants.filter(user_id__in=[user_a, user_b]).count()) == 0


def test_unenroll_takes_ids_in_the_body(api: Api, run: Any, tenant_a: Seeded) -> None:
    user_id, course_id = ids(run, tenant_a)
    created = enroll(api, tenant_a, user_id, course_id)
    body = {"user_id": user_id, "course_id": course_id}

    response = delete_with_body(api, PATH, tenant=tenant_a, json=body)

    assert response.status_code == 204, response.text
    assert response.content == b""
    assert api.get(PATH, tenant=tenant_a).json["_data"] == []
    assert api.get(PATH, tenant=tenant_a).json["_meta"]["pagination"]["total_results"] == 0
    assert events_of(run, tenant_a, "enrollment.deleted") == [
        {"id": created["id"], "user_id": user_id, "course_id": course_id}
    ]
    again = delete_with_body(api, PATH, tenant=tenant_a, json=body)
    assert again.status_code == 404
    error_of(again)
    # Enrolling again after removal is allowed.
    enroll(api, tenant_a, user_id, course_id)


def test_unenroll_from_another_tenant_is_404_and_changes_nothing(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    user_b, course_b = ids(run, tenant_b)
    enroll(api, tenant_b, user_b, course_b)
    body = {"user_id": user_b, "course_id": course_b}

    crossed = delete_with_body(api, PATH, tenant=tenant_a, json=body)

    assert crossed.status_code == 404
    error_of(crossed)
    assert len(api.get(PATH, tenant=tenant_b).json["_data"]) == 1


def test_list_paginates_and_counts(api: Api, run: Any, tenant_a: Seeded) -> None:
    user_id = run(make_user(tenant_a.tenant)).id
    course_ids = [run(make_course(tenant_a.tenant)).id for _ in range(5)]
    for course_id in course_ids:
        enroll(api, tenant_a, user_id, course_id)

    first = api.get(f"{PATH}?page[size]=2", tenant=tenant_a).json
    assert first["_meta"]["pagination"] == {
        "page": 1,
        "page_size": 2,
        "total_items": 2,
        "total_pages": 3,
        "total_results": 5,
    }
    assert first["_links"]["next"] == (
        f"https://{tenant_a.slug}.lms.test{PATH}?page[number]=2&page[size]=2"
    )
    seen = []
    for number in (1, 2, 3):
        page = api.get(f"{PATH}?page[size]=2&page[number]={number}", tenant=tenant_a).json
        seen += [e["course_id"] for e in page["_data"]]
    assert seen == course_ids
    assert page["_links"]["next"] is None


def test_list_filters(api: Api, run: Any, tenant_a: Seeded) -> None:
    alice, bob = run(make_user(tenant_a.tenant)).id, run(make_user(tenant_a.tenant)).id
    french, greek = run(make_course(tenant_a.tenant)).id, run(make_course(tenant_a.tenant)).id
    done = enroll(api, tenant_a, alice, french)
    enroll(api, tenant_a, alice, greek, role="instructor")
    enroll(api, tenant_a, bob, french)
    run(
        Enrollment.all_tenants.filter(id=done["id"]).update(
            status="completed", completed_at=datetime(2026, 3, 1, tzinfo=UTC)
        )
    )

    def course_user_pairs(query: str) -> set[tuple[int, int]]:
        response = api.get(f"{PATH}?{query}", tenant=tenant_a)
        assert response.status_code == 200, response.text
        return {(e["user_id"], e["course_id"]) for e in response.json["_data"]}

    assert course_user_pairs(f"filter[user_id][eq]={alice}") == {(alice, french), (alice, greek)}
    assert course_user_pairs(f"filter[course_id][eq]={french}") == {(alice, french), (bob, french)}
    assert course_user_pairs("filter[status][eq]=completed") == {(alice, french)}
    assert course_user_pairs("filter[role][eq]=instructor") == {(alice, greek)}
    assert course_user_pairs(
        "filter[completed_at][gte]=2026-02-01T00:00:00Z&filter[completed_at][lte]=2026-03-02T00:00:00Z"
    ) == {(alice, french)}
    assert course_user_pairs("filter[completed_at][lte]=2026-02-01T00:00:00Z") == set()
    assert course_user_pairs("filter[enrolled_at][gte]=2999-01-01T00:00:00Z") == set()
    assert len(course_user_pairs("filter[last_updated][gte]=2000-01-01T00:00:00Z")) == 3
    filtered = api.get(f"{PATH}?filter[user_id][eq]={bob}", tenant=tenant_a).json
    assert filtered["_meta"]["pagination"]["total_results"] == 1


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("filter[status][eq]=finished", "filter[status][eq]"),
        ("filter[role][eq]=admin", "filter[role][eq]"),
        ("filter[user_id][eq]=abc", "filter[user_id][eq]"),
        ("filter[user_id][eq]=99999999999", "filter[user_id][eq]"),
        ("filter[user_id][like]=1", "filter[user_id][like]"),
        ("filter[completed_at][gte]=soon", "filter[completed_at][gte]"),
        ("filter[grade][eq]=1", "filter[grade][eq]"),
        ("page[size]=101", "page[size]"),
        ("user_id=1", "user_id"),
    ],
)
def test_bad_list_parameters_are_400(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    response = api.get(f"{PATH}?{query}", tenant=tenant_a)
    assert response.status_code == 400
    assert error_of(response)["param"] == param


@pytest.mark.parametrize("method", ["POST", "DELETE"])
@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"course_id": 1}, 400, "user_id"),
        ({"user_id": 1}, 400, "course_id"),
        ({"user_id": "1", "course_id": 1}, 400, "user_id"),
        ({"user_id": 1.5, "course_id": 1}, 400, "user_id"),
        ({"user_id": True, "course_id": 1}, 400, "user_id"),
        ({"user_id": None, "course_id": 1}, 400, "user_id"),
        ({"user_id": [1], "course_id": 1}, 400, "user_id"),
        ({"user_id": 1, "course_id": 1, "status": "completed"}, 400, "status"),
    ],
)
def test_malformed_bodies_are_400(
    api: Api, tenant_a: Seeded, method: str, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.request("request", PATH, http_method=method, tenant=tenant_a, json=body)
    assert response.status_code == status
    assert error_of(response)["param"] == param


@pytest.mark.parametrize("method", ["POST", "DELETE"])
@pytest.mark.parametrize("raw", [b"", b"{", b"[1, 2]", b'"user"', b"null"])
def test_non_object_bodies_are_400(api: Api, tenant_a: Seeded, method: str, raw: bytes) -> None:
    response = api.request(
        "request",
        PATH,
        http_method=method,
        tenant=tenant_a,
        content=raw,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    error_of(response)


@pytest.mark.parametrize("role", ["admin", "", "LEARNER", 5])
def test_unknown_roles_are_422(api: Api, run: Any, tenant_a: Seeded, role: Any) -> None:
    user_id, course_id = ids(run, tenant_a)
    response = api.post(
        PATH, tenant=tenant_a, json={"user_id": user_id, "course_id": course_id, "role": role}
    )
    assert response.status_code == 422
    assert error_of(response)["param"] == "role"


@pytest.mark.parametrize("method", ["POST", "DELETE"])
@pytest.mark.parametrize("bad_id", [0, -1, 2**31, 2**63 - 1, -(2**63)])
def test_ids_out_of_range_are_404(
    api: Api, run: Any, tenant_a: Seeded, method: str, bad_id: int
) -> None:
    user_id, course_id = ids(run, tenant_a)
    for body in (
        {"user_id": bad_id, "course_id": course_id},
        {"user_id": user_id, "course_id": bad_id},
    ):
        response = api.request("request", PATH, http_method=method, tenant=tenant_a, json=body)
        assert response.status_code == 404, response.text
        error_of(response)


def test_numbers_beyond_64_bits_are_400(api: Api, run: Any, tenant_a: Seeded) -> None:
    _, course_id = ids(run, tenant_a)
    response = api.post(PATH, tenant=tenant_a, json={"user_id": 10**30, "course_id": course_id})
    assert response.status_code == 400
    assert error_of(response)["param"] == "user_id"


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    user_id, course_id = ids(run, tenant_a)
    body = {"user_id": user_id, "course_id": course_id}
    reader = run(make_key(tenant_a.tenant, ["enrollments:read"]))
    writer = run(make_key(tenant_a.tenant, ["enrollments:write"]))
    stranger = run(make_key(tenant_a.tenant, ["users:write", "courses:write", "groups:write"]))

    assert api.get(PATH, tenant=tenant_a, key=reader).status_code == 200
    for key in (reader, stranger):
        assert api.post(PATH, tenant=tenant_a, key=key, json=body).status_code == 403
        denied = delete_with_body(api, PATH, tenant=tenant_a, key=key, json=body)
        assert denied.status_code == 403
        error_of(denied)
    assert api.get(PATH, tenant=tenant_a, key=stranger).status_code == 403
    assert api.post(PATH, tenant=tenant_a, key=writer, json=body).status_code == 200
    assert api.get(PATH, tenant=tenant_a, key=writer).status_code == 200
    assert delete_with_body(api, PATH, tenant=tenant_a, key=writer, json=body).status_code == 204


def test_another_tenants_key_is_401_on_every_route(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    user_id, course_id = ids(run, tenant_a)
    body = {"user_id": user_id, "course_id": course_id}
    for method in ("GET", "POST", "DELETE"):
        json = None if method == "GET" else body
        response = api.request(
            "request", PATH, http_method=method, tenant=tenant_a, key=tenant_b.key, json=json
        )
        assert response.status_code == 401
        error_of(response)
    assert api.get(PATH, tenant=tenant_a).json["_data"] == []


def test_lists_only_show_the_tenants_own_enrollments(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    enroll(api, tenant_a, *ids(run, tenant_a))
    theirs = enroll(api, tenant_b, *ids(run, tenant_b))
    mine = api.get(PATH, tenant=tenant_a).json
    assert theirs["id"] not in [e["id"] for e in mine["_data"]]
    assert mine["_meta"]["pagination"]["total_results"] == 1
    crossed = api.get(f"{PATH}?filter[user_id][eq]={theirs['user_id']}", tenant=tenant_a).json
    assert crossed["_data"] == []
