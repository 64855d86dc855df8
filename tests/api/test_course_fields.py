from __future__ import annotations

from typing import Any

import pytest

from models.event import Event
from tests.factories import Api, Seeded, error_of, make_course, make_key

FIELDS = "/api/v2/course-fields"


def create(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post(FIELDS, tenant=tenant, json={"name": "region", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def patch(api: Api, tenant: Seeded, field_id: int, **body: Any) -> Any:
    return api.request("PATCH", f"{FIELDS}/{field_id}", tenant=tenant, json=body)


def test_create_list_get(api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    text = create(api, tenant_a, name="owner", position=2)
    dropdown = create(
        api, tenant_a, name="level", type="dropdown", options=["A1", "A2"], mandatory=True
    )
    create(api, tenant_b, name="theirs")

    assert text == {
        "id": text["id"],
        "name": "owner",
        "type": "text",
        "options": [],
        "mandatory": False,
        "position": 2,
        "created_at": text["created_at"],
    }
    assert dropdown["options"] == ["A1", "A2"]
    listed = api.get(FIELDS, tenant=tenant_a).json
    assert [f["name"] for f in listed["_data"]] == ["level", "owner"]
    assert listed["_meta"]["pagination"]["total_results"] == 2
    assert api.get(f"{FIELDS}/{text['id']}", tenant=tenant_a).json["_data"] == text
    events = run(
        Event.all_tenants.filter(tenant_id=tenant_a.tenant.id, type="course_field.created").count()
    )
    assert events == 2


def test_list_paginates(api: Api, tenant_a: Seeded) -> None:
    for n in range(3):
        create(api, tenant_a, name=f"f{n}")
    page = api.get(f"{FIELDS}?page[size]=2&page[number]=2", tenant=tenant_a).json
    assert [f["name"] for f in page["_data"]] == ["f2"]
    assert page["_meta"]["pagination"]["total_pages"] == 2
    bad = api.get(f"{FIELDS}?filter[name][eq]=f1", tenant=tenant_a)
    assert bad.status_code == 400
    assert error_of(bad)["param"] == "filter[name][eq]"


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"name": None}, 400, "name"),
        ({"name": "x" * 192}, 422, "name"),
        ({"type": "number"}, 422, "type"),
        ({"type": "dropdown"}, 422, "options"),
        ({"type": "dropdown", "options": []}, 422, "options"),
        ({"type": "dropdown", "options": ["a", "a"]}, 422, "options"),
        ({"type": "dropdown", "options": [""]}, 422, "options.0"),
        ({"type": "dropdown", "options": ["x" * 192]}, 422, "options.0"),
        ({"type": "dropdown", "options": [1]}, 400, "options.0"),
        ({"type": "dropdown", "options": ["a\x00"]}, 422, "options.0"),
        ({"name": "\x00"}, 422, "name"),
        ({"type": "text", "options": ["a"]}, 422, "options"),
        ({"options": "a,b"}, 400, "options"),
        ({"mandatory": "no"}, 400, "mandatory"),
        ({"position": -1}, 422, "position"),
        ({"default": "x"}, 400, "default"),
    ],
)
def test_invalid_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.post(FIELDS, tenant=tenant_a, json={"name": "f", **body})
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param


def test_duplicate_name_is_409(api: Api, tenant_a: Seeded) -> None:
    create(api, tenant_a, name="owner")
    response = api.post(FIELDS, tenant=tenant_a, json={"name": "owner"})
    assert response.status_code == 409
    assert error_of(response)["param"] == "name"
    other = create(api, tenant_a, name="other")
    assert patch(api, tenant_a, other["id"], name="owner").status_code == 409


def test_update(api: Api, tenant_a: Seeded) -> None:
    field = create(api, tenant_a, name="level")
    to_dropdown = patch(api, tenant_a, field["id"], type="dropdown", options=["A", "B"])
    assert to_dropdown.status_code == 200, to_dropdown.text
    assert to_dropdown.json["_data"]["options"] == ["A", "B"]
    more = patch(api, tenant_a, field["id"], options=["A", "B", "C"], mandatory=True)
    assert more.json["_data"]["options"] == ["A", "B", "C"]
    assert more.json["_data"]["mandatory"] is True
    back = patch(api, tenant_a, field["id"], type="text", name="lvl")
    assert back.json["_data"]["type"] == "text"
    assert back.json["_data"]["options"] == []
    assert back.json["_data"]["name"] == "lvl"
    refused = patch(api, tenant_a, field["id"], options=["A"])
    assert refused.status_code == 422
    assert error_of(refused)["param"] == "options"
    missing = patch(api, tenant_a, field["id"], type="dropdown")
    assert missing.status_code == 422
    assert error_of(missing)["param"] == "options"
    assert patch(api, tenant_a, field["id"], name=None).status_code == 400


def test_values_in_use_are_protected(api: Api, run: Any, tenant_a: Seeded) -> None:
    field = create(api, tenant_a, name="level", type="dropdown", options=["A", "B"])
    run(make_course(tenant_a.tenant, custom_fields={"level": "A"}))

    retype = patch(api, tenant_a, field["id"], type="text")
    assert retype.status_code == 409
    assert error_of(retype)["param"] == "type"
    drop_used = patch(api, tenant_a, field["id"], options=["B"])
    assert drop_used.status_code == 409
    assert "A" in error_of(drop_used)["message"]
    drop_unused = patch(api, tenant_a, field["id"], options=["A", "C"])
    assert drop_unused.status_code == 200


def test_delete_takes_the_values_with_it(api: Api, run: Any, tenant_a: Seeded) -> None:
    field = create(api, tenant_a, name="owner")
    course = run(make_course(tenant_a.tenant, custom_fields={"owner": "HR"}))

    assert api.delete(f"{FIELDS}/{field['id']}", tenant=tenant_a).status_code == 204
    assert api.get(f"{FIELDS}/{field['id']}", tenant=tenant_a).status_code == 404
    assert api.delete(f"{FIELDS}/{field['id']}", tenant=tenant_a).status_code == 404
    body = api.get(f"/api/v2/courses/{course.id}", tenant=tenant_a).json["_data"]
    assert body["custom_fields"] == []
    # The name is free again, with no value attached.
    create(api, tenant_a, name="owner")
    body = api.get(f"/api/v2/courses/{course.id}", tenant=tenant_a).json["_data"]
    assert [f["value"] for f in body["custom_fields"]] == [None]


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_isolation(api: Api, tenant_a: Seeded, tenant_b: Seeded, method: str) -> None:
    theirs = create(api, tenant_b)
    mine = create(api, tenant_a, name="mine")
    kwargs: dict[str, Any] = {"json": {"name": "hijacked"}} if method == "PATCH" else {}
    for field_id in (theirs["id"], 2147483647, 99999999999):
        response = api.request(method, f"{FIELDS}/{field_id}", tenant=tenant_a, **kwargs)
        assert response.status_code == 404
        error_of(response)
    intruder = api.request(method, f"{FIELDS}/{mine['id']}", tenant=tenant_a, key=tenant_b.key)
    assert intruder.status_code == 401
    assert api.get(FIELDS, tenant=tenant_a, key=tenant_b.key).status_code == 401
    assert api.get(f"{FIELDS}/{theirs['id']}", tenant=tenant_b).json["_data"] == theirs


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    field = create(api, tenant_a)
    reader = run(make_key(tenant_a.tenant, ["courses:read"]))
    assert api.get(FIELDS, tenant=tenant_a, key=reader).status_code == 200
    assert api.post(FIELDS, tenant=tenant_a, key=reader, json={"name": "x"}).status_code == 403
    assert api.delete(f"{FIELDS}/{field['id']}", tenant=tenant_a, key=reader).status_code == 403
    categories = run(make_key(tenant_a.tenant, ["categories:write"]))
    assert api.get(FIELDS, tenant=tenant_a, key=categories).status_code == 403
