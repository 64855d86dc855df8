from __future__ import annotations

import pytest

from api.versions import FIRST, LATEST, VERSIONS
from tests.factories import Api, Seeded, error_of


@pytest.mark.parametrize("version", [None, "", "yesterday", "2024-13-45", "2026-1-1", "20261101"])
def test_missing_or_malformed_version_is_400(
    api: Api, tenant_a: Seeded, version: str | None
) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a, version=version)
    assert response.status_code == 400
    assert error_of(response)["param"] == "X-API-Version"


def test_version_before_the_first_release_names_the_supported_ones(
    api: Api, tenant_a: Seeded
) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a, version="2020-01-01")
    assert response.status_code == 400
    message = error_of(response)["message"]
    for release in VERSIONS:
        assert release.released.isoformat() in message


@pytest.mark.parametrize(
    ("asked", "resolved"),
    [
        (FIRST.isoformat(), FIRST.isoformat()),
        ("2026-10-31", FIRST.isoformat()),
        (LATEST.isoformat(), LATEST.isoformat()),
        ("2099-12-31", LATEST.isoformat()),
    ],
)
def test_dates_resolve_to_the_newest_release_on_or_before_them(
    api: Api, tenant_a: Seeded, asked: str, resolved: str
) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a, version=asked)
    assert response.status_code == 200
    assert response.headers["X-API-Version"] == resolved
    assert response.json["_data"]["api_version"] == resolved


def test_old_versions_get_scopes_as_a_string(api: Api, tenant_a: Seeded) -> None:
    created = api.post(
        "/api/v2/api-keys",
        tenant=tenant_a,
        json={"name": "reporting", "scopes": ["users:read", "courses:read"]},
    )
    assert created.status_code == 201
    key_id = created.json["_data"]["id"]

    current = api.get(f"/api/v2/api-keys/{key_id}", tenant=tenant_a)
    assert current.json["_data"]["scopes"] == ["courses:read", "users:read"]

    old = api.get(f"/api/v2/api-keys/{key_id}", tenant=tenant_a, version=FIRST.isoformat())
    assert old.headers["X-API-Version"] == FIRST.isoformat()
    assert old.json["_data"]["scopes"] == "courses:read users:read"
    listed = api.get("/api/v2/api-keys", tenant=tenant_a, version=FIRST.isoformat())
    assert all(isinstance(item["scopes"], str) for item in listed.json["_data"])
