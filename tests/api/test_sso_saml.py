"""SAML sign-in against a real identity provider (tests/sso_idp.py, pysaml2 + xmlsec1) run as a
process: the happy path, then each kind of bad response, refused with a 403 and no user made."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from lxml import etree
from sanic_testing import testing

from core.scoping import tenant_scope
from core.settings import Settings
from domain.groups import NewGroup, do_create_group
from models.organization import GroupMembership
from models.user import UserStatus
from tests.conftest import free_port
from tests.factories import Api, Seeded, error_of, make_user
from tests.sso import (
    APP_URL,
    Counterpart,
    assert_exchanges_for,
    code_of,
    make_certificate,
    start_counterpart,
    users_with_email,
)
from tests.test_secrets_at_rest import columns_holding

NS = {
    "saml": "urn:oasis:names:tc:SAML:2.0:assertion",
    "samlp": "urn:oasis:names:tc:SAML:2.0:protocol",
    "ds": "http://www.w3.org/2000/09/xmldsig#",
}
CLIENT_TIMEOUT = 60.0


@dataclass
class SamlIdp:
    tenant: Seeded
    process: Counterpart
    port: int
    certificate: Path


def _configure(
    api: Api, tenant: Seeded, port: int, cert: Path, **extra: Any
) -> testing.TestingResponse:
    return api.request(
        "PUT",
        "/api/v2/sso",
        tenant=tenant,
        json={
            "saml": {
                "idp_entity_id": f"http://127.0.0.1:{port}/metadata",
                "sso_url": f"http://127.0.0.1:{port}/sso",
                "certificate": cert.read_text(),
                "attribute_mapping": {
                    "email": "email",
                    "first_name": "first_name",
                    "last_name": "last_name",
                    "groups": "groups",
                },
            },
            "jit_provisioning": True,
            "allowed_redirect_urls": [APP_URL],
            **extra,
        },
    )


@pytest.fixture
def start_idp(api: Api, tmp_path: Path) -> Iterator[Callable[[Seeded], SamlIdp]]:
    """Configure a tenant for a new IdP of its own and start that IdP."""
    started: list[Counterpart] = []

    def start(tenant: Seeded) -> SamlIdp:
        port = free_port()
        name = f"idp{len(started)}"
        key, cert = make_certificate(tmp_path, name)
        other_key, other_cert = make_certificate(tmp_path, f"{name}-other")
        assert _configure(api, tenant, port, cert).status_code == 200
        metadata = api.get("/api/v2/sso/saml/metadata", tenant=tenant, key=None, version=None)
        assert metadata.status_code == 200, metadata.text
        metadata_path = tmp_path / f"{name}-sp.xml"
        metadata_path.write_text(metadata.text)
        process = start_counterpart(
            [
                "-m",
                "tests.sso_idp",
                str(port),
                f"http://127.0.0.1:{port}/metadata",
                str(key),
                str(cert),
                str(metadata_path),
                str(other_key),
                str(other_cert),
            ],
            tmp_path / f"{name}.log",
            f"http://127.0.0.1:{port}",
        )
        started.append(process)
        return SamlIdp(tenant, process, port, cert)

    yield start
    for process in started:
        process.stop()


def _idp_answer(api: Api, idp: SamlIdp, **query: str) -> dict[str, str]:
    """Start a sign-in at the tenant and have its IdP answer it as ``query`` says."""
    login = api.get("/api/v2/sso/saml/login", tenant=idp.tenant, key=None, version=None)
    assert login.status_code == 302, login.text
    location = login.headers["location"]
    assert location.startswith(f"{idp.process.url}/sso?SAMLRequest=")
    answer = httpx.get(f"{location}&{urlencode(query)}", timeout=CLIENT_TIMEOUT)
    assert answer.status_code == 200, answer.text
    body: dict[str, str] = answer.json()
    return body


def _post_acs(api: Api, tenant: Seeded, saml_response: str) -> testing.TestingResponse:
    return api.post(
        "/api/v2/sso/saml/acs",
        tenant=tenant,
        key=None,
        version=None,
        data={"SAMLResponse": saml_response, "RelayState": ""},
    )


def _email() -> str:
    return f"ada.{secrets.token_hex(4)}@example.com"


def test_sign_in_creates_the_user_joins_groups_and_redirects_with_a_one_time_code(
    api: Api,
    tenant_a: Seeded,
    start_idp: Callable[[Seeded], SamlIdp],
    run: Any,
    settings: Settings,
) -> None:
    idp = start_idp(tenant_a)
    with tenant_scope(tenant_a.tenant.id):
        group = run(do_create_group(tenant_a.tenant, NewGroup(name="Physics")))
    email = _email()
    answer = _idp_answer(api, idp, email=email, groups="Physics,Unknown", first_name="Ada")
    assert answer["acs"] == f"https://{tenant_a.slug}.lms.test/api/v2/sso/saml/acs"
    response = _post_acs(api, tenant_a, answer["SAMLResponse"])
    assert response.status_code == 302, response.text
    code = code_of(response.headers["location"])
    assert response.headers["cache-control"] == "no-store"
    assert run(columns_holding(settings.database_url, code)) == []
    [user] = run(users_with_email(tenant_a.tenant, email))
    assert (user.name, user.surname, user.login) == ("Ada", "Lovelace", email)
    with tenant_scope(tenant_a.tenant.id):
        assert run(GroupMembership.filter(user_id=user.id).values_list("group_id", flat=True)) == [
            group.id
        ]
    assert_exchanges_for(api, tenant_a, code, user.id)

    # A second sign-in finds the same user.
    again = _post_acs(api, tenant_a, _idp_answer(api, idp, email=email)["SAMLResponse"])
    assert again.status_code == 302, again.text
    assert len(run(users_with_email(tenant_a.tenant, email))) == 1


@pytest.mark.parametrize(
    ("variant", "reason"),
    [
        ("unsigned", "is not signed"),
        ("other_key", "Signature validation failed"),
        ("wrong_audience", "is not a valid audience"),
        ("expired", "expired"),
        ("other_request", "answers no sign-in this tenant started"),
    ],
)
def test_bad_responses_are_refused_and_create_no_user(
    api: Api,
    tenant_a: Seeded,
    start_idp: Callable[[Seeded], SamlIdp],
    run: Any,
    variant: str,
    reason: str,
) -> None:
    idp = start_idp(tenant_a)
    email = _email()
    response = _post_acs(
        api, tenant_a, _idp_answer(api, idp, email=email, variant=variant)["SAMLResponse"]
    )
    assert response.status_code == 403, response.text
    assert reason in error_of(response)["message"]
    assert run(users_with_email(tenant_a.tenant, email)) == []


def test_a_replayed_response_is_refused(
    api: Api, tenant_a: Seeded, start_idp: Callable[[Seeded], SamlIdp], run: Any
) -> None:
    idp = start_idp(tenant_a)
    email = _email()
    saml_response = _idp_answer(api, idp, email=email)["SAMLResponse"]
    assert _post_acs(api, tenant_a, saml_response).status_code == 302
    replay = _post_acs(api, tenant_a, saml_response)
    assert replay.status_code == 403, replay.text
    assert len(run(users_with_email(tenant_a.tenant, email))) == 1


def test_a_signature_wrapping_attack_is_refused(
    api: Api, tenant_a: Seeded, start_idp: Callable[[Seeded], SamlIdp], run: Any
) -> None:
    """The genuine signed assertion (for a harmless user) moves inside a forged one naming
    another user: the signature still verifies over the moved element, the forged one is not
    signed."""
    idp = start_idp(tenant_a)
    victim = _email()
    signed = _idp_answer(api, idp, email="harmless@example.com")["SAMLResponse"]
    document = etree.fromstring(base64.b64decode(signed))
    genuine = document.find("saml:Assertion", NS)
    assert genuine is not None
    forged = etree.fromstring(etree.tostring(genuine))
    forged.set("ID", "_forged" + secrets.token_hex(8))
    forged_signature = forged.find("ds:Signature", NS)
    assert forged_signature is not None
    forged.remove(forged_signature)
    for name_id in forged.iterfind(".//saml:NameID", NS):
        name_id.text = victim
    for value in forged.iterfind(".//saml:AttributeValue", NS):
        if value.text == "harmless@example.com":
            value.text = victim
    document.replace(genuine, forged)
    subject = forged.find("saml:Subject", NS)
    assert subject is not None
    subject.addnext(genuine)
    wrapped = base64.b64encode(etree.tostring(document)).decode()
    response = _post_acs(api, tenant_a, wrapped)
    assert response.status_code == 403, response.text
    assert run(users_with_email(tenant_a.tenant, victim)) == []
    assert run(users_with_email(tenant_a.tenant, "harmless@example.com")) == []


def test_another_tenants_idp_is_refused(
    api: Api,
    tenant_a: Seeded,
    tenant_b: Seeded,
    start_idp: Callable[[Seeded], SamlIdp],
    run: Any,
) -> None:
    start_idp(tenant_a)
    idp_b = start_idp(tenant_b)
    email = _email()
    # B's IdP answers a sign-in B started; the answer is posted to A.
    response = _post_acs(api, tenant_a, _idp_answer(api, idp_b, email=email)["SAMLResponse"])
    assert response.status_code == 403, response.text
    assert run(users_with_email(tenant_a.tenant, email)) == []
    assert run(users_with_email(tenant_b.tenant, email)) == []


def test_unknown_users_without_provisioning_and_inactive_users_are_refused(
    api: Api, tenant_a: Seeded, start_idp: Callable[[Seeded], SamlIdp], run: Any
) -> None:
    idp = start_idp(tenant_a)
    without = _configure(api, tenant_a, idp.port, idp.certificate, jit_provisioning=False)
    assert without.status_code == 200, without.text
    email = _email()
    unknown = _post_acs(api, tenant_a, _idp_answer(api, idp, email=email)["SAMLResponse"])
    assert unknown.status_code == 403, unknown.text
    assert "does not create users" in error_of(unknown)["message"]
    assert run(users_with_email(tenant_a.tenant, email)) == []

    inactive = run(make_user(tenant_a.tenant, email=email, status=UserStatus.INACTIVE))
    refused = _post_acs(api, tenant_a, _idp_answer(api, idp, email=email)["SAMLResponse"])
    assert refused.status_code == 403, refused.text
    assert "inactive" in error_of(refused)["message"]
    [unchanged] = run(users_with_email(tenant_a.tenant, email))
    assert (unchanged.id, unchanged.name) == (inactive.id, inactive.name)
