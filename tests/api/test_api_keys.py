from __future__ import annotations

from typing import Any

import pytest

from tests.factories import Api, Seeded, error_of, make_key


def create(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post(
        "/api/v2/api-keys", tenant=tenant, json={"name": "k", "scopes": ["*"], **body}
    )
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def test_create_returns_the_secret_once(api: Api, tenant_a: Seeded) -> None:
    created = create(api, tenant_a, name="hr-sync", scopes=["users:write", "users:read"])
    secret = created["key"]
    assert secret.startswith(created["prefix"])
    assert created["scopes"] == ["users:read", "users:write"]
    assert created["status"] == "active"
    assert created["created_at"].endswith("Z")

    fetched = api.get(f"/api/v2/api-keys/{created['id']}", tenant=tenant_a)
    assert "key" not in fetched.json["_data"]
    listed = api.get("/api/v2/api-keys", tenant=tenant_a)
    assert secret not in listed.text
    assert api.get("/api/v2/auth/me", tenant=tenant_a, key=secret).status_code == 200


def test_revoked_key_stops_working_at_once(api: Api, tenant_a: Seeded) -> None:
    created = create(api, tenant_a)
    assert api.get("/api/v2/auth/me", tenant=tenant_a, key=created["key"]).status_code == 200

    revoked = api.delete(f"/api/v2/api-keys/{created['id']}", tenant=tenant_a)
    assert revoked.status_code == 200
    assert revoked.json["_data"]["status"] == "revoked"
    assert revoked.json["_data"]["revoked_at"].endswith("Z")

    response = api.get("/api/v2/auth/me", tenant=tenant_a, key=created["key"])
    assert response.status_code == 401
    assert "revoked" in error_of(response)["message"]


def test_a_key_can_revoke_itself(api: Api, run: Any, tenant_a: Seeded) -> None:
    own = create(api, tenant_a)
    response = api.delete(f"/api/v2/api-keys/{own['id']}", tenant=tenant_a, key=own["key"])
    assert response.status_code == 200
    assert api.get("/api/v2/auth/me", tenant=tenant_a, key=own["key"]).status_code == 401


def test_a_key_cannot_mint_scopes_it_lacks(api: Api, run: Any, tenant_a: Seeded) -> None:
    limited = run(make_key(tenant_a.tenant, ["api-keys:write", "users:read"]))
    response = api.post(
        "/api/v2/api-keys",
        tenant=tenant_a,
        key=limited,
        json={"name": "escalate", "scopes": ["*"]},
    )
    assert response.status_code == 422
    assert error_of(response)["param"] == "scopes"
    allowed = api.post(
        "/api/v2/api-keys",
        tenant=tenant_a,
        key=limited,
        json={"name": "narrower", "scopes": ["users:read", "api-keys:read"]},
    )
    assert allowed.status_code == 201


def test_a_key_cannot_revoke_scopes_it_lacks(api: Api, run: Any, tenant_a: Seeded) -> None:
    limited = run(make_key(tenant_a.tenant, ["api-keys:write"]))
    admin = create(api, tenant_a, name="admin", scopes=["*"])
    refused = api.delete(f"/api/v2/api-keys/{admin['id']}", tenant=tenant_a, key=limited)
    assert refused.status_code == 403
    assert "*" in error_of(refused)["message"]
    assert api.get("/api/v2/auth/me", tenant=tenant_a, key=admin["key"]).status_code == 200

    peer = create(api, tenant_a, name="peer", scopes=["api-keys:read"])
    revoked = api.delete(f"/api/v2/api-keys/{peer['id']}", tenant=tenant_a, key=limited)
    assert revoked.status_code == 200


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"scopes": ["*"]}, 400, "name"),
        ({"name": "x"}, 400, "scopes"),
        ({"name": 5, "scopes": ["*"]}, 400, "name"),
        ({"name": "x", "scopes": "users:read"}, 400, "scopes"),
        ({"name": "x", "scopes": [1]}, 400, "scopes.0"),
        ({"name": "x", "scopes": ["*"], "admin": True}, 400, "admin"),
        ({"name": "", "scopes": ["*"]}, 422, "name"),
        ({"name": "x" * 192, "scopes": ["*"]}, 422, "name"),
        ({"name": "x", "scopes": []}, 422, "scopes"),
        ({"name": "x", "scopes": ["users:delete"]}, 422, "scopes"),
        ({"name": "x", "scopes": ["a"] * 65}, 422, "scopes"),
    ],
)
def test_invalid_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.post("/api/v2/api-keys", tenant=tenant_a, json=body)
    assert response.status_code == status
    assert error_of(response)["param"] == param


def test_list_paginates_with_absolute_links(api: Api, tenant_a: Seeded) -> None:
    for n in range(4):
        create(api, tenant_a, name=f"key {n}")
    # The seeded key plus four: pages of two are 2, 2, 1.
    first = api.get("/api/v2/api-keys?page[size]=2&filter[name][like]=key", tenant=tenant_a)
    assert first.status_code == 200, first.text
    body = first.json
    meta = body["_meta"]["pagination"]
    assert meta == {
        "page": 1,
        "page_size": 2,
        "total_items": 2,
        "total_pages": 3,
        "total_results": 5,
    }
    links = body["_links"]
    base = f"https://{tenant_a.slug}.lms.test/api/v2/api-keys?filter[name][like]=key&"
    assert links["self"] == base + "page[number]=1&page[size]=2"
    assert links["last"] == base + "page[number]=3&page[size]=2"
    assert links["prev"] is None
    assert links["next"] == base + "page[number]=2&page[size]=2"

    last = api.get("/api/v2/api-keys?page[number]=3&page[size]=2", tenant=tenant_a).json
    assert len(last["_data"]) == 1
    assert last["_links"]["next"] is None
    assert last["_links"]["prev"].endswith("page[number]=2&page[size]=2")
    seen = [k["id"] for k in body["_data"]] + [k["id"] for k in last["_data"]]
    assert len(set(seen)) == 3


def test_list_filters(api: Api, tenant_a: Seeded) -> None:
    create(api, tenant_a, name="Payroll export")
    create(api, tenant_a, name="LMS sync")
    like = api.get("/api/v2/api-keys?filter[name][like]=payroll", tenant=tenant_a).json
    assert [k["name"] for k in like["_data"]] == ["Payroll export"]
    eq = api.get("/api/v2/api-keys?filter[name][eq]=LMS sync", tenant=tenant_a).json
    assert [k["name"] for k in eq["_data"]] == ["LMS sync"]
    future = api.get(
        "/api/v2/api-keys?filter[created_at][gte]=2999-01-01T00:00:00Z", tenant=tenant_a
    ).json
    assert future["_data"] == []
    assert future["_meta"]["pagination"]["total_results"] == 0


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("page[size]=0", "page[size]"),
        ("page[size]=101", "page[size]"),
        ("page[size]=-1", "page[size]"),
        ("page[size]=abc", "page[size]"),
        ("page[size]=1e9", "page[size]"),
        ("page[number]=0", "page[number]"),
        ("page[number]=99999999999999999999", "page[number]"),
        ("page[size]=5&page[size]=6", "page[size]"),
        ("filter[secret][eq]=x", "filter[secret][eq]"),
        ("filter[name][gte]=x", "filter[name][gte]"),
        ("filter[name]=x", "filter[name]"),
        ("filter[created_at][gte]=yesterday", "filter[created_at][gte]"),
        ("filter[name][like]=" + "x" * 300, "filter[name][like]"),
        ("sort=name", "sort"),
    ],
)
def test_bad_list_parameters_are_400(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    response = api.get(f"/api/v2/api-keys?{query}", tenant=tenant_a)
    assert response.status_code == 400
    assert error_of(response)["param"] == param


@pytest.mark.parametrize("written", ["01", "+1", "1.0", "1e0", " 1", "1%0A"])
def test_an_id_written_another_way_is_not_that_id(api: Api, tenant_a: Seeded, written: str) -> None:
    key_id = create(api, tenant_a)["id"]
    assert api.get(f"/api/v2/api-keys/{key_id}", tenant=tenant_a).status_code == 200
    response = api.get(f"/api/v2/api-keys/{written.replace('1', str(key_id))}", tenant=tenant_a)
    assert response.status_code == 404
    error_of(response)


def test_ids_out_of_range_are_404(api: Api, tenant_a: Seeded) -> None:
    for key_id in ("0", "2147483648", "99999999999999999999999"):
        response = api.get(f"/api/v2/api-keys/{key_id}", tenant=tenant_a)
        assert response.status_code == 404
        error_of(response)
