from __future__ import annotations

from tests.factories import VERSION, Api, Seeded


def test_me_describes_the_calling_key(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a)
    assert response.status_code == 200
    data = response.json["_data"]
    assert data["prefix"] == tenant_a.key[:12]
    assert data["scopes"] == ["*"]
    assert data["tenant"]["slug"] == tenant_a.slug
    assert data["api_version"] == VERSION
    assert response.headers["X-API-Version"] == VERSION
    assert tenant_a.key not in response.text
