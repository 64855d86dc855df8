from __future__ import annotations

from typing import Any

import pytest

from models.event import Event
from tests.factories import Api, Seeded, error_of, make_key

FIELDS = "/api/v2/user-fields"


def create(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post(FIELDS, tenant=tenant, json={"name": "Department", "type": "text", **body})
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def patch(api: Api, tenant: Seeded, field_id: int, body: Any, **kwargs: Any) -> Any:
    return api.request("PATCH", f"{FIELDS}/{field_id}", tenant=tenant, json=body, **kwargs)


def events_of(run: Any, tenant: Seeded, type: str) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type=type)
        .order_by("id")
        .values_list("data", flat=True)
    )
    return list(rows)


def test_create_read_list_update_delete(api: Api, run: Any, tenant_a: Seeded) -> None:
    field = create(
        api, tenant_a, name="Shirt size", type="dropdown", options=["S", "M", "L"], mandatory=True
    )
    assert field["key"] == f"custom_field_{field['id']}"
    assert field["options"] == ["S", "M", "L"]
    assert field["mandatory"] is True
    assert field["created_at"].endswith("Z")
    assert api.get(f"{FIELDS}/{field['id']}", tenant=tenant_a).json["_data"] == field

    create(api, tenant_a, name="Hired on", type="date", position=1)
    listed = api.get(FIELDS, tenant=tenant_a).json
    assert [f["name"] for f in listed["_data"]] == ["Shirt size", "Hired on"]
    assert listed["_meta"]["pagination"]["total_results"] == 2

    changed = patch(api, tenant_a, field["id"], {"options": ["S", "M"], "mandatory": False})
    assert changed.status_code == 200, changed.text
    assert changed.json["_data"]["options"] == ["S", "M"]
    assert changed.json["_data"]["mandatory"] is False
    assert events_of(run, tenant_a, "user_field.updated")[-1]["changed"] == [
        "mandatory",
        "options",
    ]

    deleted = api.delete(f"{FIELDS}/{field['id']}", tenant=tenant_a)
    assert deleted.status_code == 200
    assert deleted.json["_data"] == {"id": field["id"], "deleted": True}
    assert api.get(f"{FIELDS}/{field['id']}", tenant=tenant_a).status_code == 404
    assert [e["id"] for e in events_of(run, tenant_a, "user_field.deleted")] == [field["id"]]
    assert [e["name"] for e in events_of(run, tenant_a, "user_field.created")] == [
        "Shirt size",
        "Hired on",
    ]


def test_list_is_ordered_by_position_and_paginates(api: Api, tenant_a: Seeded) -> None:
    for name, position in (("c", 3), ("a", 1), ("b", 2)):
        create(api, tenant_a, name=name, position=position)
    first = api.get(f"{FIELDS}?page[size]=2", tenant=tenant_a).json
    assert [f["name"] for f in first["_data"]] == ["a", "b"]
    assert first["_meta"]["pagination"]["total_pages"] == 2
    second = api.get(first["_links"]["next"].split("lms.test", 1)[1], tenant=tenant_a).json
    assert [f["name"] for f in second["_data"]] == ["c"]


def test_options_belong_to_dropdowns(api: Api, tenant_a: Seeded) -> None:
    text = create(api, tenant_a, name="Office", options=["ignored"])
    assert text["options"] == []
    assert patch(api, tenant_a, text["id"], {"options": ["a"]}).json["_data"]["options"] == []
    empty = create(api, tenant_a, name="Size", type="dropdown")
    assert empty["options"] == []
    filled = patch(api, tenant_a, empty["id"], {"options": ["S", "M"]})
    assert filled.json["_data"]["options"] == ["S", "M"]
    named = create(api, tenant_a, name="custom_field_1", type="date")
    assert named["key"] == f"custom_field_{named['id']}"


def test_an_unchanged_update_records_nothing(api: Api, run: Any, tenant_a: Seeded) -> None:
    field = create(api, tenant_a)
    response = patch(api, tenant_a, field["id"], {"name": "Department", "type": "text"})
    assert response.status_code == 200
    assert events_of(run, tenant_a, "user_field.updated") == []


def test_names_are_unique_per_tenant(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    create(api, tenant_a)
    create(api, tenant_b)
    again = api.post(FIELDS, tenant=tenant_a, json={"name": "Department", "type": "date"})
    assert again.status_code == 409
    assert error_of(again)["param"] == "name"
    other = create(api, tenant_a, name="Office")
    renamed = patch(api, tenant_a, other["id"], {"name": "Department"})
    assert renamed.status_code == 409
    assert error_of(renamed)["param"] == "name"


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"type": "text"}, 400, "name"),
        ({"name": "x"}, 400, "type"),
        ({"name": 1, "type": "text"}, 400, "name"),
        ({"name": "x", "type": "text", "mandatory": "yes"}, 400, "mandatory"),
        ({"name": "x", "type": "text", "options": "S,M"}, 400, "options"),
        ({"name": "x", "type": "text", "colour": "red"}, 400, "colour"),
        ({"name": "x", "type": "number"}, 422, "type"),
        ({"name": "", "type": "text"}, 422, "name"),
        ({"name": "   ", "type": "text"}, 422, "name"),
        ({"name": "x" * 192, "type": "text"}, 422, "name"),
        ({"name": "a\x00", "type": "text"}, 422, "name"),
        ({"name": "x", "type": "dropdown", "options": ["a\x00"]}, 422, "options.0"),
        ({"name": "x", "type": "date", "options": ["a", "a"]}, 422, "options"),
        ({"name": "x", "type": "dropdown", "options": ["a", "a"]}, 422, "options"),
        ({"name": "x", "type": "dropdown", "options": ["a" * 192]}, 422, "options.0"),
        ({"name": "x", "type": "dropdown", "options": list("abcdefghij" * 11)}, 422, "options"),
        ({"name": "x", "type": "text", "position": 10**12}, 422, "position"),
    ],
)
def test_invalid_create_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.post(FIELDS, tenant=tenant_a, json=body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"name": None}, 400, "name"),
        ({"mandatory": None}, 400, "mandatory"),
        ({"type": "date"}, 409, "type"),
        ({"name": "x" * 192}, 422, "name"),
        ({"extra": 1}, 400, "extra"),
    ],
)
def test_invalid_update_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    field = create(api, tenant_a)
    response = patch(api, tenant_a, field["id"], body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param


def test_malformed_json_is_400(api: Api, tenant_a: Seeded) -> None:
    response = api.post(
        FIELDS, tenant=tenant_a, content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    error_of(response)


def test_other_tenants_fields_are_404_and_their_keys_401(
    api: Api, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    theirs = create(api, tenant_b)
    for method in ("GET", "DELETE"):
        crossed = api.request(method, f"{FIELDS}/{theirs['id']}", tenant=tenant_a)
        missing = api.request(method, f"{FIELDS}/2147483000", tenant=tenant_a)
        assert crossed.status_code == missing.status_code == 404
        assert error_of(crossed)["message"].replace(str(theirs["id"]), "N") == error_of(missing)[
            "message"
        ].replace("2147483000", "N")
    assert patch(api, tenant_a, theirs["id"], {"name": "Mine"}).status_code == 404
    assert api.get(f"{FIELDS}/{theirs['id']}", tenant=tenant_b).json["_data"]["name"] == (
        "Department"
    )
    assert api.get(FIELDS, tenant=tenant_a).json["_data"] == []
    assert api.get(FIELDS, tenant=tenant_a, key=tenant_b.key).status_code == 401
    for huge in ("0", "2147483648", "99999999999999999999999"):
        assert api.get(f"{FIELDS}/{huge}", tenant=tenant_a).status_code == 404


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    reader = run(make_key(tenant_a.tenant, ["users:read"]))
    field = create(api, tenant_a)
    assert api.get(FIELDS, tenant=tenant_a, key=reader).status_code == 200
    assert api.get(f"{FIELDS}/{field['id']}", tenant=tenant_a, key=reader).status_code == 200
    denied = [
        api.post(FIELDS, tenant=tenant_a, key=reader, json={"name": "n", "type": "text"}),
        patch(api, tenant_a, field["id"], {"name": "n"}, key=reader),
        api.delete(f"{FIELDS}/{field['id']}", tenant=tenant_a, key=reader),
    ]
    assert [r.status_code for r in denied] == [403, 403, 403]
    courses_only = run(make_key(tenant_a.tenant, ["courses:write"]))
    assert api.get(FIELDS, tenant=tenant_a, key=courses_only).status_code == 403
