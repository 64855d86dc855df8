from __future__ import annotations

from typing import Any

from api.versions import FIRST, LATEST
from models.tenant import Plan, Tenant
from tenants.provisioning import do_change_plan
from tests.factories import VERSION, Api, Seeded, make_user, sign_in_as


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


def test_me_answers_each_version_of_one_key_in_its_own_shape(api: Api, tenant_a: Seeded) -> None:
    # The encoded answer is kept per version: asking in turn must not get the other's bytes.
    for version in (FIRST, LATEST, FIRST, LATEST):
        response = api.get("/api/v2/auth/me", tenant=tenant_a, version=version.isoformat())
        assert response.status_code == 200
        data = response.json["_data"]
        assert data["api_version"] == version.isoformat()
        assert data["scopes"] == ("*" if version == FIRST else ["*"])


def test_me_shows_a_change_of_plan_at_once(api: Api, run: Any, tenant_a: Seeded) -> None:
    assert api.get("/api/v2/auth/me", tenant=tenant_a).json["_data"]["tenant"]["plan"] == "core"
    run(_change_plan(tenant_a, Plan.GROW))
    response = api.get("/api/v2/auth/me", tenant=tenant_a)
    assert response.json["_data"]["tenant"]["plan"] == "grow"


async def _change_plan(seeded: Seeded, plan: Plan) -> None:
    await do_change_plan(await Tenant.get(id=seeded.tenant.id), plan, limiter=None)


def test_me_with_a_user_token_shows_the_avatar_on_the_host_asked(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    token = run(sign_in_as(tenant_a.tenant, run(make_user(tenant_a.tenant))))
    host = api.host(tenant_a.slug)
    for asked in (host, f"{host}:8443", host):
        response = api.get(
            "/api/v2/auth/me", tenant=tenant_a.slug, bearer=token, headers={"Host": asked}
        )
        assert response.status_code == 200
        avatar = response.json["_data"]["avatar"]
        assert set(avatar.values()) == {f"https://{asked}/api/v2/avatars/default.svg"}
