from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from core.scoping import tenant_scope
from domain.courses import COURSES_COUNTER
from domain.enrollments import do_enroll
from domain.enrollments_of import ENROLLMENTS_COUNTER
from models.event import Event
from models.learning import Enrollment
from models.user import TokenPurpose, UserStatus, UserToken
from tests.factories import (
    Api,
    Seeded,
    counter_value,
    error_of,
    make_category,
    make_course,
    make_course_field,
    make_key,
    make_unit,
    make_user,
)

COURSES = "/api/v2/courses"


def create(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post(COURSES, tenant=tenant, json={"name": "Fire safety", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def patch(api: Api, tenant: Seeded, course_id: int, **body: Any) -> Any:
    return api.request("PATCH", f"{COURSES}/{course_id}", tenant=tenant, json=body)


def events_of(run: Any, tenant: Seeded, type: str) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type=type)
        .order_by("id")
        .values_list("data", flat=True)
    )
    return list(rows)


def counter(run: Any, tenant: Seeded, name: str = COURSES_COUNTER) -> int:
    value: int = run(counter_value(tenant.tenant.id, name))
    return value


def test_create_minimal_course(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = create(api, tenant_a, name="Fire Safety: Basics")

    assert course["name"] == "Fire Safety: Basics"
    assert course["slug"] == "fire-safety-basics"
    assert course["code"] is None
    assert course["category_id"] is None
    assert course["is_active"] is True
    assert course["is_published"] is False
    assert course["units"] == []
    assert course["custom_fields"] == []
    assert course["created_at"].endswith("Z")
    assert course["last_updated"].endswith("Z")
    assert counter(run, tenant_a) == 1
    assert events_of(run, tenant_a, "course.created") == [
        {"id": course["id"], "name": course["name"], "code": None, "slug": course["slug"]}
    ]


def test_create_full_course(api: Api, run: Any, tenant_a: Seeded) -> None:
    category = run(make_category(tenant_a.tenant))
    level = run(
        make_course_field(tenant_a.tenant, name="level", type="dropdown", options=("A", "B"))
    )
    run(make_course_field(tenant_a.tenant, name="certified", type="checkbox"))
    run(make_course_field(tenant_a.tenant, name="review", type="date"))
    course = create(
        api,
        tenant_a,
        name="Spanish A1",
        code="ES-A1",
        description="Ser y estar",
        category_id=category.id,
        price=49.5,
        capacity=30,
        level=1,
        time_limit=90,
        start_datetime="2027-01-01T09:00:00+01:00",
        expiration_datetime=1830297600,  # 2028-01-01T00:00:00Z
        is_active=False,
        is_published=True,
        slug="spanish-a1",
        custom_fields={"level": "A", "certified": True, "review": "2027-06-30"},
    )

    assert course["code"] == "ES-A1"
    assert course["category_id"] == category.id
    assert course["price"] == 49.5
    assert (course["capacity"], course["level"], course["time_limit"]) == (30, 1, 90)
    assert course["start_datetime"] == "2027-01-01T08:00:00Z"
    assert course["expiration_datetime"] == "2028-01-01T00:00:00Z"
    assert (course["is_active"], course["is_published"]) == (False, True)
    assert course["slug"] == "spanish-a1"
    values = {f["name"]: f["value"] for f in course["custom_fields"]}
    assert values == {"level": "A", "certified": "true", "review": "2027-06-30"}
    assert course["custom_fields"][0] == {
        "id": level.id,
        "name": "level",
        "type": "dropdown",
        "value": "A",
    }
    fetched = api.get(f"{COURSES}/{course['id']}", tenant=tenant_a).json["_data"]
    assert fetched == course


def test_same_name_gets_a_free_slug(api: Api, tenant_a: Seeded) -> None:
    first = create(api, tenant_a, name="Onboarding")
    second = create(api, tenant_a, name="Onboarding")
    assert first["slug"] == "onboarding"
    assert second["slug"].startswith("onboarding-")
    assert second["slug"] != first["slug"]


def test_slugs_are_per_tenant(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    assert create(api, tenant_a, name="Onboarding")["slug"] == "onboarding"
    assert create(api, tenant_b, name="Onboarding")["slug"] == "onboarding"


def test_duplicate_code_or_slug_is_409(api: Api, run: Any, tenant_a: Seeded) -> None:
    create(api, tenant_a, code="C-1", slug="taken")
    events_before = len(events_of(run, tenant_a, "course.created"))

    for body, param in (({"code": "C-1"}, "code"), ({"slug": "taken"}, "slug")):
        response = api.post(COURSES, tenant=tenant_a, json={"name": "Other", **body})
        assert response.status_code == 409
        assert error_of(response)["param"] == param

    assert counter(run, tenant_a) == 1
    assert len(events_of(run, tenant_a, "course.created")) == events_before


def test_codes_may_repeat_across_tenants(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    create(api, tenant_a, code="SHARED")
    create(api, tenant_b, code="SHARED")


def test_category_must_be_the_tenants(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    theirs = run(make_category(tenant_b.tenant))
    for category_id in (theirs.id, 2147483000, 99999999999999):
        response = api.post(
            COURSES, tenant=tenant_a, json={"name": "x", "category_id": category_id}
        )
        assert response.status_code == 404, response.text
        assert error_of(response)["param"] == "category_id"
    assert counter(run, tenant_a) == 0


def test_dates_must_be_in_order(api: Api, tenant_a: Seeded) -> None:
    same = {"start_datetime": "2027-01-01T00:00:00Z", "expiration_datetime": 1798761600}
    assert create(api, tenant_a, **same)["expiration_datetime"] == "2027-01-01T00:00:00Z"
    response = api.post(
        COURSES,
        tenant=tenant_a,
        json={
            "name": "x",
            "start_datetime": "2027-01-02T00:00:00Z",
            "expiration_datetime": "2027-01-01T00:00:00Z",
        },
    )
    assert response.status_code == 422
    assert error_of(response)["param"] == "expiration_datetime"


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({}, 400, "name"),
        ({"name": 5}, 400, "name"),
        ({"name": None}, 400, "name"),
        ({"name": ""}, 422, "name"),
        ({"name": "   "}, 422, "name"),
        ({"name": "x" * 192}, 422, "name"),
        ({"name": "x", "code": "c" * 192}, 422, "code"),
        ({"name": "x", "code": ""}, 422, "code"),
        ({"name": "x", "description": 7}, 400, "description"),
        ({"name": "x", "price": "10"}, 400, "price"),
        ({"name": "x", "price": True}, 400, "price"),
        ({"name": "x", "price": -1}, 422, "price"),
        ({"name": "x", "price": 1e12}, 422, "price"),
        ({"name": "x", "capacity": 1.5}, 400, "capacity"),
        ({"name": "x", "capacity": -1}, 422, "capacity"),
        ({"name": "x", "capacity": 2**31}, 422, "capacity"),
        ({"name": "x", "level": "1"}, 400, "level"),
        ({"name": "x", "time_limit": 10**20}, 400, "time_limit"),
        ({"name": "x", "time_limit": 2**40}, 422, "time_limit"),
        ({"name": "x", "category_id": "1"}, 400, "category_id"),
        ({"name": "x", "is_active": "yes"}, 400, "is_active"),
        ({"name": "x", "is_published": 1}, 400, "is_published"),
        ({"name": "x", "start_datetime": "yesterday"}, 422, "start_datetime"),
        ({"name": "x", "start_datetime": "2027-13-01T00:00:00Z"}, 422, "start_datetime"),
        ({"name": "x", "start_datetime": -5}, 422, "start_datetime"),
        ({"name": "x", "start_datetime": 10**13}, 422, "start_datetime"),
        ({"name": "x", "start_datetime": []}, 400, "start_datetime"),
        ({"name": "x", "start_datetime": True}, 400, "start_datetime"),
        ({"name": "x", "expiration_datetime": 1.5}, 400, "expiration_datetime"),
        ({"name": "x", "slug": "Not A Slug"}, 422, "slug"),
        ({"name": "x", "slug": "a" * 81}, 422, "slug"),
        ({"name": "x", "slug": 5}, 400, "slug"),
        ({"name": "x", "custom_fields": "a=b"}, 400, "custom_fields"),
        ({"name": "x", "custom_fields": {"nope": "x"}}, 404, "custom_fields.nope"),
        ({"name": "x", "custom_fields": {f"f{n}": "x" for n in range(101)}}, 422, "custom_fields"),
        ({"name": "x\x00y"}, 422, "name"),
        ({"name": "x", "code": "\x00"}, 422, "code"),
        ({"name": "x", "description": "a\x00"}, 422, "description"),
        ({"name": "x", "id": 5}, 400, "id"),
        ({"name": "x", "tenant_id": 1}, 400, "tenant_id"),
    ],
)
def test_invalid_bodies(
    api: Api, run: Any, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.post(COURSES, tenant=tenant_a, json=body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param
    assert counter(run, tenant_a) == 0


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"[]", b'"name"', b"null", b'{"name": "x"}{}', b"\xff\xfe"]
)
def test_malformed_bodies_are_400(api: Api, tenant_a: Seeded, raw: bytes) -> None:
    response = api.post(
        COURSES, tenant=tenant_a, content=raw, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    error_of(response)


@pytest.mark.parametrize(
    ("field", "value", "status"),
    [
        ({"type": "dropdown", "options": ("A", "B")}, "C", 422),
        ({"type": "dropdown", "options": ("A", "B")}, True, 400),
        ({"type": "checkbox"}, "yes", 400),
        ({"type": "date"}, "31/12/2027", 422),
        ({"type": "date"}, 20271231, 400),
        ({"type": "text"}, "x" * 192, 422),
        ({"type": "text"}, ["x"], 400),
        ({"type": "text"}, 5, 400),
        ({"type": "text"}, "a\x00b", 422),
    ],
)
def test_custom_values_must_suit_their_field(
    api: Api, run: Any, tenant_a: Seeded, field: dict[str, Any], value: Any, status: int
) -> None:
    run(make_course_field(tenant_a.tenant, name="f", **field))
    response = api.post(COURSES, tenant=tenant_a, json={"name": "x", "custom_fields": {"f": value}})
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == "custom_fields.f"


def test_mandatory_custom_fields(api: Api, run: Any, tenant_a: Seeded) -> None:
    run(make_course_field(tenant_a.tenant, name="owner", mandatory=True))
    missing = api.post(COURSES, tenant=tenant_a, json={"name": "x"})
    assert missing.status_code == 422
    assert error_of(missing)["param"] == "custom_fields.owner"
    course = create(api, tenant_a, custom_fields={"owner": "HR"})
    cleared = patch(api, tenant_a, course["id"], custom_fields={"owner": None})
    assert cleared.status_code == 422
    assert error_of(cleared)["param"] == "custom_fields.owner"


def test_another_tenants_course_fields_are_unknown(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    run(make_course_field(tenant_b.tenant, name="theirs"))
    response = api.post(
        COURSES, tenant=tenant_a, json={"name": "x", "custom_fields": {"theirs": "v"}}
    )
    assert response.status_code == 404
    assert error_of(response)["param"] == "custom_fields.theirs"


def test_get_shows_units_in_order_and_every_custom_field(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    run(make_course_field(tenant_a.tenant, name="b", position=2))
    run(make_course_field(tenant_a.tenant, name="a", position=1))
    course = create(api, tenant_a, custom_fields={"b": "bee"})
    last = run(make_unit(tenant_a.tenant, course["id"], name="Last"))
    first = run(make_unit(tenant_a.tenant, course["id"], name="First", position=1))

    body = api.get(f"{COURSES}/{course['id']}", tenant=tenant_a).json["_data"]

    assert [(u["id"], u["position"]) for u in body["units"]] == [(first.id, 1), (last.id, 2)]
    assert body["units"][0] == {
        "id": first.id,
        "name": "First",
        "type": "content",
        "position": 1,
        "is_active": True,
    }
    assert [(f["name"], f["value"]) for f in body["custom_fields"]] == [("a", None), ("b", "bee")]


def test_update_changes_only_what_is_given(api: Api, run: Any, tenant_a: Seeded) -> None:
    category = run(make_category(tenant_a.tenant))
    run(make_course_field(tenant_a.tenant, name="owner"))
    course = create(
        api, tenant_a, name="Old name", code="OLD", price=10, custom_fields={"owner": "HR"}
    )

    response = patch(
        api,
        tenant_a,
        course["id"],
        name="New name",
        price=None,
        category_id=category.id,
        is_published=True,
        start_datetime="2027-01-01T00:00:00Z",
    )

    assert response.status_code == 200, response.text
    updated = response.json["_data"]
    assert updated["name"] == "New name"
    assert updated["slug"] == course["slug"] == "old-name"
    assert updated["code"] == "OLD"
    assert updated["price"] is None
    assert updated["category_id"] == category.id
    assert updated["is_published"] is True
    assert updated["start_datetime"] == "2027-01-01T00:00:00Z"
    assert updated["custom_fields"][0]["value"] == "HR"
    assert events_of(run, tenant_a, "course.updated") == [
        {
            "id": course["id"],
            "changes": {
                "name": "New name",
                "price": None,
                "category_id": category.id,
                "is_published": True,
                "start_datetime": "2027-01-01T00:00:00Z",
            },
            "custom_fields": {},
        }
    ]


def test_update_custom_fields_and_slug(api: Api, run: Any, tenant_a: Seeded) -> None:
    run(make_course_field(tenant_a.tenant, name="owner"))
    run(make_course_field(tenant_a.tenant, name="room"))
    course = create(api, tenant_a, custom_fields={"owner": "HR", "room": "1"})

    response = patch(
        api, tenant_a, course["id"], slug="renamed", custom_fields={"owner": "IT", "room": None}
    )

    assert response.status_code == 200, response.text
    body = response.json["_data"]
    assert body["slug"] == "renamed"
    assert {f["name"]: f["value"] for f in body["custom_fields"]} == {"owner": "IT", "room": None}


def test_update_with_nothing_new_records_nothing(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = create(api, tenant_a, code="SAME")
    for body in ({}, {"code": "SAME", "name": course["name"]}):
        response = patch(api, tenant_a, course["id"], **body)
        assert response.status_code == 200
        assert response.json["_data"]["last_updated"] == course["last_updated"]
    assert events_of(run, tenant_a, "course.updated") == []


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"name": None}, 400, "name"),
        ({"is_active": None}, 400, "is_active"),
        ({"slug": None}, 400, "slug"),
        ({"custom_fields": None}, 400, "custom_fields"),
        ({"name": "x" * 192}, 422, "name"),
        ({"code": "TAKEN"}, 409, "code"),
        ({"slug": "taken-slug"}, 409, "slug"),
        ({"category_id": 2147483647}, 404, "category_id"),
        ({"expiration_datetime": "2026-01-01T00:00:00Z"}, 422, "expiration_datetime"),
        (
            {"start_datetime": "2026-02-01T00:00:00Z", "expiration_datetime": 1767225600},
            422,
            "expiration_datetime",
        ),
        ({"owner": "x"}, 400, "owner"),
    ],
)
def test_invalid_updates(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    create(api, tenant_a, name="Other", code="TAKEN", slug="taken-slug")
    course = create(api, tenant_a, start_datetime="2026-06-01T00:00:00Z")
    response = patch(api, tenant_a, course["id"], **body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param
    assert api.get(f"{COURSES}/{course['id']}", tenant=tenant_a).json["_data"] == course


def test_delete_course(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = create(api, tenant_a, code="GONE")
    create(api, tenant_a, name="Stays")
    run(make_unit(tenant_a.tenant, course["id"]))
    user = run(make_user(tenant_a.tenant))
    with tenant_scope(tenant_a.tenant.id):
        run(do_enroll(tenant_a.tenant, user.id, course["id"]))
    assert counter(run, tenant_a, ENROLLMENTS_COUNTER) == 1

    response = api.delete(f"{COURSES}/{course['id']}", tenant=tenant_a)

    assert response.status_code == 204
    assert response.body == b""
    assert api.get(f"{COURSES}/{course['id']}", tenant=tenant_a).status_code == 404
    assert api.delete(f"{COURSES}/{course['id']}", tenant=tenant_a).status_code == 404
    assert counter(run, tenant_a) == 1
    assert counter(run, tenant_a, ENROLLMENTS_COUNTER) == 0
    assert run(Enrollment.all_tenants.filter(course_id=course["id"]).count()) == 0
    assert events_of(run, tenant_a, "course.deleted") == [
        {
            "id": course["id"],
            "name": course["name"],
            "code": "GONE",
            "slug": course["slug"],
            "enrollments_deleted": 1,
        }
    ]
    assert len(events_of(run, tenant_a, "enrollment.deleted")) == 1
    listed = api.get(COURSES, tenant=tenant_a).json
    assert [c["name"] for c in listed["_data"]] == ["Stays"]
    assert listed["_meta"]["pagination"]["total_results"] == 1
    # The code is free again.
    create(api, tenant_a, code="GONE")


def test_list_paginates_across_pages(api: Api, tenant_a: Seeded) -> None:
    ids = [create(api, tenant_a, name=f"Course {n}")["id"] for n in range(5)]
    seen: list[int] = []
    url: str | None = f"{COURSES}?page[size]=2"
    pages = 0
    while url:
        body = api.get(url, tenant=tenant_a).json
        meta = body["_meta"]["pagination"]
        assert (meta["page_size"], meta["total_pages"], meta["total_results"]) == (2, 3, 5)
        assert meta["total_items"] == len(body["_data"])
        seen += [c["id"] for c in body["_data"]]
        next_link = body["_links"]["next"]
        url = urlsplit(next_link)._replace(scheme="", netloc="").geturl() if next_link else None
        pages += 1
    assert pages == 3
    assert seen == ids
    item = api.get(f"{COURSES}?page[size]=1", tenant=tenant_a).json["_data"][0]
    assert "units" not in item
    assert "custom_fields" not in item


def test_list_filters(api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    category = run(make_category(tenant_a.tenant))
    run(make_course_field(tenant_a.tenant, name="region"))
    spanish = create(
        api, tenant_a, name="Spanish A1", code="ES", category_id=category.id, is_published=True
    )
    french = create(
        api, tenant_a, name="French A1", is_active=False, custom_fields={"region": "EU"}
    )
    create(api, tenant_b, name="Spanish A1 (theirs)")

    def names(query: str) -> list[str]:
        response = api.get(f"{COURSES}?{query}", tenant=tenant_a)
        assert response.status_code == 200, response.text
        body = response.json
        assert body["_meta"]["pagination"]["total_results"] == len(body["_data"])
        return [c["name"] for c in body["_data"]]

    assert names("filter[name][like]=spanish") == ["Spanish A1"]
    assert names("filter[name][eq]=French A1") == ["French A1"]
    assert names("filter[code][eq]=ES") == ["Spanish A1"]
    assert names(f"filter[category_id][eq]={category.id}") == ["Spanish A1"]
    assert names("filter[is_active][eq]=false") == ["French A1"]
    assert names("filter[is_active][eq]=true") == ["Spanish A1"]
    assert names("filter[is_published][eq]=true") == ["Spanish A1"]
    assert names("filter[custom_field_value][eq]=EU") == ["French A1"]
    assert names("filter[custom_field_value][eq]=US") == []
    assert names("filter[last_updated][gte]=2999-01-01T00:00:00Z") == []
    assert names("filter[last_updated][lte]=2999-01-01T00:00:00Z") == ["Spanish A1", "French A1"]
    assert names(f"filter[last_updated][gte]={spanish['last_updated']}&filter[name][like]=a1") == [
        "Spanish A1",
        "French A1",
    ]
    assert french["id"] > spanish["id"]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("filter[is_active][eq]=yes", "filter[is_active][eq]"),
        ("filter[category_id][eq]=abc", "filter[category_id][eq]"),
        ("filter[category_id][eq]=99999999999", "filter[category_id][eq]"),
        ("filter[name][gte]=a", "filter[name][gte]"),
        ("filter[slug][eq]=a", "filter[slug][eq]"),
        ("filter[last_updated][gte]=soon", "filter[last_updated][gte]"),
        ("filter[name][like]=" + "x" * 192, "filter[name][like]"),
        ("page[size]=101", "page[size]"),
        ("page[number]=0", "page[number]"),
        ("sort=name", "sort"),
    ],
)
def test_bad_list_parameters_are_400(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    response = api.get(f"{COURSES}?{query}", tenant=tenant_a)
    assert response.status_code == 400
    assert error_of(response)["param"] == param


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_another_tenants_course_is_404_like_a_missing_one(
    api: Api, tenant_a: Seeded, tenant_b: Seeded, method: str
) -> None:
    theirs = create(api, tenant_b)
    kwargs: dict[str, Any] = {"json": {"name": "hijacked"}} if method == "PATCH" else {}
    crossed = api.request(method, f"{COURSES}/{theirs['id']}", tenant=tenant_a, **kwargs)
    missing = api.request(method, f"{COURSES}/2147483000", tenant=tenant_a, **kwargs)
    assert crossed.status_code == missing.status_code == 404
    assert error_of(crossed)["message"].replace(str(theirs["id"]), "N") == error_of(missing)[
        "message"
    ].replace("2147483000", "N")
    assert api.get(f"{COURSES}/{theirs['id']}", tenant=tenant_b).json["_data"] == theirs


@pytest.mark.parametrize("course_id", ["0", "2147483648", "99999999999999999999999", "-1"])
def test_ids_out_of_range_are_404(api: Api, tenant_a: Seeded, course_id: str) -> None:
    for method in ("GET", "PATCH", "DELETE"):
        kwargs: dict[str, Any] = {"json": {}} if method == "PATCH" else {}
        response = api.request(method, f"{COURSES}/{course_id}", tenant=tenant_a, **kwargs)
        assert response.status_code == 404
        error_of(response)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", COURSES),
        ("POST", COURSES),
        ("GET", f"{COURSES}/{{id}}"),
        ("PATCH", f"{COURSES}/{{id}}"),
        ("DELETE", f"{COURSES}/{{id}}"),
    ],
)
def test_owner_succeeds_and_other_tenants_key_is_401(
    api: Api, tenant_a: Seeded, tenant_b: Seeded, method: str, path: str
) -> None:
    url = path.format(id=create(api, tenant_a)["id"])
    kwargs: dict[str, Any] = {"json": {"name": "n"}} if method in ("POST", "PATCH") else {}
    intruder = api.request(method, url, tenant=tenant_a, key=tenant_b.key, **kwargs)
    assert intruder.status_code == 401
    error_of(intruder)
    owner = api.request(method, url, tenant=tenant_a, **kwargs)
    assert owner.status_code in (200, 204), owner.text


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    course_id = create(api, tenant_a)["id"]
    reader = run(make_key(tenant_a.tenant, ["courses:read"]))
    writer = run(make_key(tenant_a.tenant, ["courses:write"]))
    other = run(make_key(tenant_a.tenant, ["users:write", "categories:write"]))

    assert api.get(COURSES, tenant=tenant_a, key=reader).status_code == 200
    assert api.get(f"{COURSES}/{course_id}", tenant=tenant_a, key=reader).status_code == 200
    for method, path, body in (
        ("POST", COURSES, {"name": "x"}),
        ("PATCH", f"{COURSES}/{course_id}", {"name": "x"}),
        ("DELETE", f"{COURSES}/{course_id}", None),
    ):
        kwargs: dict[str, Any] = {"json": body} if body else {}
        denied = api.request(method, path, tenant=tenant_a, key=reader, **kwargs)
        assert denied.status_code == 403
        assert "courses:write" in error_of(denied)["message"]
    assert api.get(COURSES, tenant=tenant_a, key=other).status_code == 403
    assert api.get(COURSES, tenant=tenant_a, key=writer).status_code == 200
    created = api.post(COURSES, tenant=tenant_a, key=writer, json={"name": "By writer"})
    assert created.status_code == 200


def test_failed_write_leaves_no_trace(api: Api, run: Any, tenant_a: Seeded) -> None:
    """The row, counter and event share a transaction: a refused create writes none of them."""
    run(make_course(tenant_a.tenant, code="X"))
    before = run(Event.all_tenants.filter(tenant_id=tenant_a.tenant.id).count())
    response = api.post(COURSES, tenant=tenant_a, json={"name": "y", "code": "X"})
    assert response.status_code == 409
    assert run(Event.all_tenants.filter(tenant_id=tenant_a.tenant.id).count()) == before
    assert counter(run, tenant_a) == 1


# --- GET /courses/{course_id}/users/{user_id}/goto -------------------------------------------


def goto_url(course_id: int, user_id: int, query: str = "") -> str:
    return f"{COURSES}/{course_id}/users/{user_id}/goto" + (f"?{query}" if query else "")


def enrolled_pair(run: Any, tenant: Seeded, **user: Any) -> tuple[int, int]:
    course = run(make_course(tenant.tenant))
    learner = run(make_user(tenant.tenant, **user))
    with tenant_scope(tenant.tenant.id):
        run(do_enroll(tenant.tenant, learner.id, course.id))
    return course.id, learner.id


def test_goto_gives_a_one_time_link_on_the_tenants_host(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    course_id, user_id = enrolled_pair(run, tenant_a)
    logout = "aHR0cHM6Ly9leGFtcGxlLmNvbS9ieWU="  # https://example.com/bye
    done = "aHR0cHM6Ly9leGFtcGxlLmNvbS9kb25lP2E9MSZiPTI"  # https://example.com/done?a=1&b=2

    response = api.get(
        goto_url(course_id, user_id, f"logout_redirect={logout}&course_completed_redirect={done}"),
        tenant=tenant_a,
    )

    assert response.status_code == 200, response.text
    data = response.json["_data"]
    url = urlsplit(data["goto_url"])
    assert (url.scheme, url.netloc) == ("https", f"{tenant_a.slug}.lms.test")
    assert url.path.startswith("/goto/")
    token = url.path.removeprefix("/goto/")
    assert len(token) >= 40
    assert parse_qs(url.query) == {
        "course_id": [str(course_id)],
        "logout_redirect": ["https://example.com/bye"],
        "course_completed_redirect": ["https://example.com/done?a=1&b=2"],
    }
    assert data["expires_at"].endswith("Z")
    stored = run(UserToken.all_tenants.filter(tenant_id=tenant_a.tenant.id).values())
    assert len(stored) == 1
    assert stored[0]["user_id"] == user_id
    assert stored[0]["purpose"] == TokenPurpose.LOGIN
    assert stored[0]["token_hash"] == hashlib.sha256(token.encode()).hexdigest()
    assert stored[0]["used_at"] is None
    assert token not in str(stored)
    assert events_of(run, tenant_a, "course.launch_link_created") == [
        {"course_id": course_id, "user_id": user_id, "token_id": stored[0]["id"]}
    ]
    again = api.get(goto_url(course_id, user_id), tenant=tenant_a).json["_data"]["goto_url"]
    assert again != data["goto_url"]
    assert "redirect" not in again


def test_goto_needs_an_enrolled_active_user_and_an_active_course(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    course = run(make_course(tenant_a.tenant))
    user = run(make_user(tenant_a.tenant))
    not_enrolled = api.get(goto_url(course.id, user.id), tenant=tenant_a)
    assert not_enrolled.status_code == 409
    assert "not enrolled" in error_of(not_enrolled)["message"]

    course_id, inactive_user = enrolled_pair(run, tenant_a, status=UserStatus.INACTIVE)
    response = api.get(goto_url(course_id, inactive_user), tenant=tenant_a)
    assert response.status_code == 409
    assert error_of(response)["param"] == "user_id"

    course_id, user_id = enrolled_pair(run, tenant_a)
    patch(api, tenant_a, course_id, is_active=False)
    response = api.get(goto_url(course_id, user_id), tenant=tenant_a)
    assert response.status_code == 409
    assert error_of(response)["param"] == "course_id"
    assert run(UserToken.all_tenants.filter(tenant_id=tenant_a.tenant.id).count()) == 0


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("logout_redirect=not-base64!", "logout_redirect"),
        ("logout_redirect=amF2YXNjcmlwdDphbGVydCgxKQ==", "logout_redirect"),  # javascript:...
        ("course_completed_redirect=ZXhhbXBsZS5jb20=", "course_completed_redirect"),  # no scheme
        ("course_completed_redirect=//8=", "course_completed_redirect"),  # not UTF-8
        ("course_completed_redirect=%C2%AEg%C3%9B", "course_completed_redirect"),  # not ASCII
        ("logout_redirect=%C3%9B", "logout_redirect"),  # not ASCII, so not base64
        ("logout_redirect=aHR0cHM6Ly9h&logout_redirect=aHR0cHM6Ly9i", "logout_redirect"),
        ("redirect=aHR0cHM6Ly9h", "redirect"),
    ],
)
def test_goto_refuses_bad_redirects(
    api: Api, run: Any, tenant_a: Seeded, query: str, param: str
) -> None:
    course_id, user_id = enrolled_pair(run, tenant_a)
    response = api.get(goto_url(course_id, user_id, query), tenant=tenant_a)
    assert response.status_code == 400
    assert error_of(response)["param"] == param


def test_goto_isolation_and_scope(api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    course_id, user_id = enrolled_pair(run, tenant_a)
    their_course, their_user = enrolled_pair(run, tenant_b)
    mine = goto_url(course_id, user_id)

    assert api.get(mine, tenant=tenant_a, key=tenant_b.key).status_code == 401
    for url, param in (
        (goto_url(their_course, user_id), "course_id"),
        (goto_url(course_id, their_user), "user_id"),
        (goto_url(2147483647, user_id), "course_id"),
        (goto_url(course_id, 2147483648), "user_id"),
    ):
        response = api.get(url, tenant=tenant_a)
        assert response.status_code == 404
        assert error_of(response)["param"] == param
    courses_writer = run(make_key(tenant_a.tenant, ["courses:write"]))
    denied = api.get(mine, tenant=tenant_a, key=courses_writer)
    assert denied.status_code == 403
    assert "users:write" in error_of(denied)["message"]
    users_writer = run(make_key(tenant_a.tenant, ["users:write"]))
    assert api.get(mine, tenant=tenant_a, key=users_writer).status_code == 200
