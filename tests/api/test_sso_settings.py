"""``GET/PUT /api/v2/sso``: the settings' checks, scopes and tenant isolation, and the sign-in
routes' answers before anything is configured."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.scoping import tenant_scope
from domain.sso.config import sso_enforced
from tests.factories import Api, Seeded, error_of, make_key
from tests.sso import APP_URL, make_certificate


@pytest.fixture
def certificate(tmp_path: Path) -> str:
    _, cert = make_certificate(tmp_path, "idp")
    return cert.read_text()


def _saml(certificate: str, **overrides: Any) -> dict[str, Any]:
    return {
        "idp_entity_id": "https://idp.example.com/metadata",
        "sso_url": "https://idp.example.com/sso",
        "certificate": certificate,
        **overrides,
    }


def _put(api: Api, tenant: Seeded, body: dict[str, Any], key: str | None = None) -> Any:
    return api.request("PUT", "/api/v2/sso", tenant=tenant, key=key, json=body)


def test_defaults_before_anything_is_saved(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/sso", tenant=tenant_a)
    assert response.status_code == 200, response.text
    data = response.json["_data"]
    assert data["saml"] is None
    assert data["oidc"] is None
    assert (data["jit_provisioning"], data["enforce"], data["provisioned_role"]) == (
        False,
        False,
        "Learner",
    )
    host = f"https://{tenant_a.slug}.lms.test/api/v2/sso"
    assert data["saml_urls"] == {
        "entity_id": f"{host}/saml/metadata",
        "acs_url": f"{host}/saml/acs",
    }
    assert data["oidc_redirect_uri"] == f"{host}/oidc/callback"


def test_saml_settings_round_trip_and_enforce(
    api: Api, tenant_a: Seeded, certificate: str, run: Any
) -> None:
    body = {
        "saml": _saml(certificate.replace("\n", "\r\n")),
        "jit_provisioning": True,
        "provisioned_role": "Instructor",
        "allowed_redirect_urls": [APP_URL, APP_URL],
        "enforce": True,
    }
    response = _put(api, tenant_a, body)
    assert response.status_code == 200, response.text
    data = response.json["_data"]
    assert data["saml"]["certificate"] == certificate
    assert data["saml"]["attribute_mapping"]["email"] == "email"
    assert data["allowed_redirect_urls"] == [APP_URL]
    assert data["provisioned_role"] == "Instructor"
    assert api.get("/api/v2/sso", tenant=tenant_a).json["_data"] == data
    with tenant_scope(tenant_a.tenant.id):
        assert run(sso_enforced(tenant_a.tenant)) is True
    metadata = api.get("/api/v2/sso/saml/metadata", tenant=tenant_a, key=None, version=None)
    assert metadata.status_code == 200
    assert metadata.headers["content-type"].startswith("application/xml")
    assert data["saml_urls"]["acs_url"] in metadata.text
    assert f'entityID="{data["saml_urls"]["entity_id"]}"' in metadata.text


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"saml": {"certificate": "-----BEGIN CERTIFICATE-----\nnope\n"}}, "saml.certificate"),
        ({"saml": {"certificate": "MIIB"}}, "saml.certificate"),
        ({"saml": {"sso_url": "ftp://idp.example.com/sso"}}, "saml.sso_url"),
        ({"saml": {"sso_url": "not a url"}}, "saml.sso_url"),
        ({"saml": {"sso_url": "https://user:pw@idp.example.com/"}}, "saml.sso_url"),
        ({"saml": {"attribute_mapping": {"email": "mail", "shoe": "x"}}}, "saml.attribute_mapping"),
        ({"saml": {"attribute_mapping": {"first_name": "givenName"}}}, "saml.attribute_mapping"),
        ({"saml": {"attribute_mapping": {"email": " "}}}, "saml.attribute_mapping"),
        ({"oidc": {"issuer": "https://op.example.com", "client_id": "c"}}, "oidc.client_secret"),
        (
            {"oidc": {"issuer": "op.example.com", "client_id": "c", "client_secret": "s"}},
            "oidc.issuer",
        ),
        ({"allowed_redirect_urls": ["javascript:alert(1)"]}, "allowed_redirect_urls"),
        ({"allowed_redirect_urls": []}, "allowed_redirect_urls"),
        ({"provisioned_role": "Emperor"}, "provisioned_role"),
        ({"saml": None, "enforce": True}, "enforce"),
    ],
)
def test_bad_settings_are_422(
    api: Api, tenant_a: Seeded, certificate: str, change: dict[str, Any], param: str
) -> None:
    body: dict[str, Any] = {"saml": _saml(certificate), "allowed_redirect_urls": [APP_URL]}
    for name, value in change.items():
        if isinstance(value, dict) and isinstance(body.get(name), dict):
            body[name] = {**body[name], **value}
        else:
            body[name] = value
    response = _put(api, tenant_a, body)
    assert response.status_code == 422, response.text
    assert error_of(response)["param"].startswith(param)
    assert api.get("/api/v2/sso", tenant=tenant_a).json["_data"]["saml"] is None


def test_the_oidc_secret_is_kept_when_left_out(api: Api, tenant_a: Seeded) -> None:
    oidc = {"issuer": "https://op.example.com", "client_id": "c", "client_secret": "s3cret"}
    body = {"oidc": oidc, "allowed_redirect_urls": [APP_URL]}
    assert _put(api, tenant_a, body).status_code == 200
    kept = _put(api, tenant_a, {**body, "oidc": {"issuer": oidc["issuer"], "client_id": "d"}})
    assert kept.status_code == 200, kept.text
    assert kept.json["_data"]["oidc"] == {
        "issuer": "https://op.example.com",
        "client_id": "d",
        "client_secret_set": True,
    }
    assert "s3cret" not in kept.text


def test_scopes(api: Api, tenant_a: Seeded, certificate: str, run: Any) -> None:
    reader = run(make_key(tenant_a.tenant, ["sso:read"]))
    other = run(make_key(tenant_a.tenant, ["users:write"]))
    body = {"saml": _saml(certificate), "allowed_redirect_urls": [APP_URL]}
    assert api.get("/api/v2/sso", tenant=tenant_a, key=reader).status_code == 200
    assert _put(api, tenant_a, body, key=reader).status_code == 403
    assert api.get("/api/v2/sso", tenant=tenant_a, key=other).status_code == 403
    writer = run(make_key(tenant_a.tenant, ["sso:write"]))
    assert _put(api, tenant_a, body, key=writer).status_code == 200


def test_tenants_are_isolated(
    api: Api, tenant_a: Seeded, tenant_b: Seeded, certificate: str
) -> None:
    body = {"saml": _saml(certificate), "allowed_redirect_urls": [APP_URL]}
    assert _put(api, tenant_b, body).status_code == 200
    assert api.get("/api/v2/sso", tenant=tenant_a.slug, key=tenant_b.key).status_code == 401
    assert _put(api, tenant_a, body, key=tenant_b.key).status_code == 401
    assert api.get("/api/v2/sso", tenant=tenant_a).json["_data"]["saml"] is None
    for path in ("/api/v2/sso/saml/metadata", "/api/v2/sso/saml/login", "/api/v2/sso/oidc/login"):
        response = api.get(path, tenant=tenant_a, key=None, version=None)
        assert response.status_code == 404, (path, response.text)


def test_sign_in_routes_refuse_bad_requests(api: Api, tenant_a: Seeded, certificate: str) -> None:
    body = {"saml": _saml(certificate), "allowed_redirect_urls": [APP_URL]}
    assert _put(api, tenant_a, body).status_code == 200
    browser: dict[str, Any] = {"tenant": tenant_a, "key": None, "version": None}
    elsewhere = api.get("/api/v2/sso/saml/login?redirect=https://evil.example.com/", **browser)
    assert elsewhere.status_code == 422
    assert error_of(elsewhere)["param"] == "redirect"
    assert api.get("/api/v2/sso/saml/login?other=1", **browser).status_code == 400
    login = api.get(f"/api/v2/sso/saml/login?redirect={APP_URL}", **browser)
    assert login.status_code == 302
    assert login.headers["location"].startswith("https://idp.example.com/sso?SAMLRequest=")
    no_form = api.post("/api/v2/sso/saml/acs", **browser)
    assert no_form.status_code == 400
    assert error_of(no_form)["param"] == "SAMLResponse"
    garbage = api.post("/api/v2/sso/saml/acs", data={"SAMLResponse": "bm90IHhtbA=="}, **browser)
    assert garbage.status_code == 403, garbage.text
    for evil in ("not base64 at all!", "PCFET0NUWVBFIHg+PHg+PC94Pg=="):  # the second: a DTD
        refused = api.post("/api/v2/sso/saml/acs", data={"SAMLResponse": evil}, **browser)
        assert refused.status_code == 403, refused.text
    # OIDC is not configured here.
    assert api.get("/api/v2/sso/oidc/callback?state=x&code=y", **browser).status_code == 404
