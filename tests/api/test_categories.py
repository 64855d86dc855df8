from __future__ import annotations

from typing import Any

import pytest

from domain.categories import CATEGORIES_COUNTER
from models.event import Event
from tests.factories import (
    Api,
    Seeded,
    counter_value,
    error_of,
    make_category,
    make_course,
    make_key,
)

CATEGORIES = "/api/v2/categories"


def create(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post(CATEGORIES, tenant=tenant, json={"name": "Languages", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def patch(api: Api, tenant: Seeded, category_id: int, **body: Any) -> Any:
    return api.request("PATCH", f"{CATEGORIES}/{category_id}", tenant=tenant, json=body)


def events_of(run: Any, tenant: Seeded, type: str) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type=type)
        .order_by("id")
        .values_list("data", flat=True)
    )
    return list(rows)


def test_create_and_get(api: Api, run: Any, tenant_a: Seeded) -> None:
    top = create(api, tenant_a, name="Languages", price=100)
    child = create(api, tenant_a, name="Spanish", parent_id=top["id"])

    assert top["parent_id"] is None
    assert top["price"] == 100
    assert child["parent_id"] == top["id"]
    assert child["created_at"].endswith("Z")
    assert api.get(f"{CATEGORIES}/{child['id']}", tenant=tenant_a).json["_data"] == child
    assert run(counter_value(tenant_a.tenant.id, CATEGORIES_COUNTER)) == 2
    assert events_of(run, tenant_a, "category.created")[1] == {
        "id": child["id"],
        "name": "Spanish",
        "parent_id": top["id"],
    }


def test_names_are_unique_per_tenant(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    create(api, tenant_a, name="Safety")
    create(api, tenant_b, name="Safety")
    response = api.post(CATEGORIES, tenant=tenant_a, json={"name": "Safety"})
    assert response.status_code == 409
    assert error_of(response)["param"] == "name"
    other = create(api, tenant_a, name="Other")
    renamed = patch(api, tenant_a, other["id"], name="Safety")
    assert renamed.status_code == 409
    assert error_of(renamed)["param"] == "name"
    assert run(counter_value(tenant_a.tenant.id, CATEGORIES_COUNTER)) == 2


def test_parent_must_be_the_tenants(api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    theirs = run(make_category(tenant_b.tenant))
    for parent_id in (theirs.id, 2147483647, 2**40):
        response = api.post(CATEGORIES, tenant=tenant_a, json={"name": "x", "parent_id": parent_id})
        assert response.status_code == 404, response.text
        assert error_of(response)["param"] == "parent_id"
    mine = create(api, tenant_a)
    response = patch(api, tenant_a, mine["id"], parent_id=theirs.id)
    assert response.status_code == 404
    assert error_of(response)["param"] == "parent_id"


def test_no_cycles(api: Api, tenant_a: Seeded) -> None:
    a = create(api, tenant_a, name="A")
    b = create(api, tenant_a, name="B", parent_id=a["id"])
    c = create(api, tenant_a, name="C", parent_id=b["id"])

    for category, parent in ((a, a), (a, b), (a, c), (b, c)):
        response = patch(api, tenant_a, category["id"], parent_id=parent["id"])
        assert response.status_code == 409, response.text
        assert error_of(response)["param"] == "parent_id"

    moved = patch(api, tenant_a, c["id"], parent_id=a["id"])
    assert moved.status_code == 200
    assert moved.json["_data"]["parent_id"] == a["id"]
    to_top = patch(api, tenant_a, b["id"], parent_id=None)
    assert to_top.json["_data"]["parent_id"] is None
    assert patch(api, tenant_a, a["id"], parent_id=b["id"]).status_code == 200


def test_update(api: Api, run: Any, tenant_a: Seeded) -> None:
    category = create(api, tenant_a, name="Old", price=5)
    response = patch(api, tenant_a, category["id"], name="New", price=None)
    assert response.status_code == 200, response.text
    assert response.json["_data"]["name"] == "New"
    assert response.json["_data"]["price"] is None
    assert patch(api, tenant_a, category["id"], name="New").status_code == 200
    assert events_of(run, tenant_a, "category.updated") == [
        {"id": category["id"], "changes": {"name": "New", "price": None}}
    ]


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({}, 400, "name"),
        ({"name": None}, 400, "name"),
        ({"name": ["x"]}, 400, "name"),
        ({"name": ""}, 422, "name"),
        ({"name": "x" * 192}, 422, "name"),
        ({"name": "x", "parent_id": "1"}, 400, "parent_id"),
        ({"name": "x", "parent_id": 1.0}, 400, "parent_id"),
        ({"name": "x", "price": "free"}, 400, "price"),
        ({"name": "x", "price": -0.01}, 422, "price"),
        ({"name": "x", "color": "red"}, 400, "color"),
    ],
)
def test_invalid_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.post(CATEGORIES, tenant=tenant_a, json=body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"name": None}, 400, "name"),
        ({"name": "x" * 192}, 422, "name"),
        ({"parent_id": True}, 400, "parent_id"),
        ({"price": []}, 400, "price"),
    ],
)
def test_invalid_updates(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    category = create(api, tenant_a)
    response = patch(api, tenant_a, category["id"], **body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param


def test_delete(api: Api, run: Any, tenant_a: Seeded) -> None:
    parent = create(api, tenant_a, name="Parent")
    child = create(api, tenant_a, name="Child", parent_id=parent["id"])
    course = run(make_course(tenant_a.tenant, category_id=child["id"]))

    refused = api.delete(f"{CATEGORIES}/{parent['id']}", tenant=tenant_a)
    assert refused.status_code == 409
    assert "subcategories" in error_of(refused)["message"]

    assert api.delete(f"{CATEGORIES}/{child['id']}", tenant=tenant_a).status_code == 204
    assert api.get(f"{CATEGORIES}/{child['id']}", tenant=tenant_a).status_code == 404
    assert api.delete(f"{CATEGORIES}/{child['id']}", tenant=tenant_a).status_code == 404
    uncategorised = api.get(f"/api/v2/courses/{course.id}", tenant=tenant_a).json["_data"]
    assert uncategorised["category_id"] is None
    assert events_of(run, tenant_a, "category.deleted") == [
        {"id": child["id"], "name": "Child", "uncategorised_course_ids": [course.id]}
    ]
    assert api.delete(f"{CATEGORIES}/{parent['id']}", tenant=tenant_a).status_code == 204
    assert run(counter_value(tenant_a.tenant.id, CATEGORIES_COUNTER)) == 0


def test_list_paginates_and_filters(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    top = create(api, tenant_a, name="Top")
    for n in range(4):
        create(api, tenant_a, name=f"Child {n}", parent_id=top["id"])
    create(api, tenant_b, name="Child of theirs")

    first = api.get(f"{CATEGORIES}?page[size]=2", tenant=tenant_a).json
    assert first["_meta"]["pagination"]["total_results"] == 5
    assert first["_meta"]["pagination"]["total_pages"] == 3
    last = api.get(f"{CATEGORIES}?page[size]=2&page[number]=3", tenant=tenant_a).json
    assert [c["name"] for c in last["_data"]] == ["Child 3"]
    assert last["_links"]["next"] is None

    def names(query: str) -> list[str]:
        body = api.get(f"{CATEGORIES}?{query}", tenant=tenant_a).json
        return [c["name"] for c in body["_data"]]

    assert names(f"filter[parent_id][eq]={top['id']}") == [f"Child {n}" for n in range(4)]
    assert names("filter[name][like]=CHILD 2") == ["Child 2"]
    assert names("filter[name][eq]=Top") == ["Top"]
    assert names("filter[last_updated][gte]=2999-01-01T00:00:00Z") == []
    for query in ("filter[price][eq]=1", "filter[parent_id][eq]=x", "page[size]=0"):
        response = api.get(f"{CATEGORIES}?{query}", tenant=tenant_a)
        assert response.status_code == 400
        error_of(response)


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_isolation(api: Api, tenant_a: Seeded, tenant_b: Seeded, method: str) -> None:
    theirs = create(api, tenant_b)
    mine = create(api, tenant_a, name="Mine")
    kwargs: dict[str, Any] = {"json": {"name": "hijacked"}} if method == "PATCH" else {}
    for category_id in (theirs["id"], 2147483647, 2147483648, 0):
        response = api.request(method, f"{CATEGORIES}/{category_id}", tenant=tenant_a, **kwargs)
        assert response.status_code == 404
        error_of(response)
    intruder = api.request(method, f"{CATEGORIES}/{mine['id']}", tenant=tenant_a, key=tenant_b.key)
    assert intruder.status_code == 401
    assert api.get(f"{CATEGORIES}/{theirs['id']}", tenant=tenant_b).json["_data"] == theirs


def test_list_and_create_with_another_tenants_key_are_401(
    api: Api, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    assert api.get(CATEGORIES, tenant=tenant_a, key=tenant_b.key).status_code == 401
    response = api.post(CATEGORIES, tenant=tenant_a, key=tenant_b.key, json={"name": "x"})
    assert response.status_code == 401


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    category = create(api, tenant_a)
    reader = run(make_key(tenant_a.tenant, ["categories:read"]))
    courses_only = run(make_key(tenant_a.tenant, ["courses:write"]))
    writer = run(make_key(tenant_a.tenant, ["categories:write"]))
    one = f"{CATEGORIES}/{category['id']}"

    assert api.get(CATEGORIES, tenant=tenant_a, key=reader).status_code == 200
    assert api.get(one, tenant=tenant_a, key=reader).status_code == 200
    assert api.post(CATEGORIES, tenant=tenant_a, key=reader, json={"name": "x"}).status_code == 403
    assert (
        api.request("PATCH", one, tenant=tenant_a, key=reader, json={"name": "y"}).status_code
        == 403
    )
    assert api.delete(one, tenant=tenant_a, key=reader).status_code == 403
    assert api.get(CATEGORIES, tenant=tenant_a, key=courses_only).status_code == 403
    assert api.get(one, tenant=tenant_a, key=writer).status_code == 200
    assert api.delete(one, tenant=tenant_a, key=writer).status_code == 204
