"""``POST /api/v2/auth/exchange``: a single sign-on's one-time code becomes a user token, once;
and ``enforce`` keeps everyone but administrators to single sign-on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.scoping import tenant_scope
from domain.sso.codes import do_issue_sso_code
from models.sso import SsoProtocol
from models.user import UserType
from tests.factories import PASSWORD, Api, Seeded, error_of, make_person, make_user
from tests.sso import APP_URL, make_certificate

EXCHANGE = "/api/v2/auth/exchange"


async def _code(tenant: Seeded, **user: Any) -> tuple[int, str]:
    made = await make_user(tenant.tenant, **user)
    with tenant_scope(tenant.tenant.id):
        return made.id, await do_issue_sso_code(tenant.tenant, made, SsoProtocol.SAML)


def test_a_code_becomes_a_user_token_once(api: Api, run: Any, tenant_a: Seeded) -> None:
    user_id, code = run(_code(tenant_a))
    response = api.post(EXCHANGE, tenant=tenant_a.slug, json={"code": code})
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    data = response.json["_data"]
    assert data["user"]["id"] == user_id
    assert data["abilities"] == ["me:read", "me:write"]
    me = api.get("/api/v2/auth/me", tenant=tenant_a.slug, bearer=data["token"])
    assert me.status_code == 200, me.text
    assert me.json["_data"]["id"] == user_id

    again = api.post(EXCHANGE, tenant=tenant_a.slug, json={"code": code})
    assert again.status_code == 422, again.text
    assert error_of(again)["param"] == "code"


def test_another_tenants_code_is_refused(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    _, code = run(_code(tenant_b))
    assert api.post(EXCHANGE, tenant=tenant_a.slug, json={"code": code}).status_code == 422
    assert api.post(EXCHANGE, tenant=tenant_b.slug, json={"code": code}).status_code == 200


def test_malformed_exchanges_are_4xx(api: Api, tenant_a: Seeded) -> None:
    for body, status in (({}, 400), ({"code": 7}, 400), ({"code": "é" * 10}, 422)):
        response = api.post(EXCHANGE, tenant=tenant_a.slug, json=body)
        assert response.status_code == status, (body, response.text)


def test_enforce_leaves_password_sign_in_to_administrators(
    api: Api, run: Any, tenant_a: Seeded, tmp_path: Path
) -> None:
    learner = run(make_person(tenant_a.tenant))
    admin = run(make_person(tenant_a.tenant, UserType.ADMIN))
    _, cert = make_certificate(tmp_path, "idp")
    settings = {
        "saml": {
            "idp_entity_id": "https://idp.example.com/metadata",
            "sso_url": "https://idp.example.com/sso",
            "certificate": cert.read_text(),
        },
        "allowed_redirect_urls": [APP_URL],
        "enforce": True,
    }
    assert api.request("PUT", "/api/v2/sso", tenant=tenant_a, json=settings).status_code == 200

    def sign_in(login: str) -> Any:
        return api.post(
            "/api/v2/auth/sign-in",
            tenant=tenant_a.slug,
            json={"login": login, "password": PASSWORD},
        )

    refused = sign_in(learner.login)
    assert refused.status_code == 403, refused.text
    assert "SSO" in error_of(refused)["message"]
    assert sign_in(admin.login).status_code == 200

    settings["enforce"] = False
    assert api.request("PUT", "/api/v2/sso", tenant=tenant_a, json=settings).status_code == 200
    assert sign_in(learner.login).status_code == 200
