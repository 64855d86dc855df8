"""OpenID Connect sign-in against a real provider (oidc-provider-mock, tests/oidc_op.py) run as a
process: the happy path, then a wrong nonce, a wrong audience, an expired token, ``alg: none``,
a tampered signature, HMAC with the public key and a replayed code, each refused with no user
made."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import pytest
from sanic_testing import testing

from core.scoping import tenant_scope
from core.settings import Settings
from domain.groups import NewGroup, do_create_group
from models.organization import GroupMembership
from models.sso import SsoConfig
from tests.conftest import free_port
from tests.factories import Api, Seeded, error_of
from tests.sso import (
    APP_URL,
    Counterpart,
    assert_exchanges_for,
    code_of,
    start_counterpart,
    users_with_email,
)
from tests.test_secrets_at_rest import columns_holding

CLIENT_TIMEOUT = 60.0
CLIENT_ID = "atrium-tests"
CLIENT_SECRET = "client-secret-" + "s" * 20
CALLBACK = "/api/v2/sso/oidc/callback"


def _configure(api: Api, tenant: Seeded, issuer: str) -> testing.TestingResponse:
    return api.request(
        "PUT",
        "/api/v2/sso",
        tenant=tenant,
        json={
            "oidc": {"issuer": issuer, "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
            "jit_provisioning": True,
            "provisioned_role": "Learner",
            "allowed_redirect_urls": [APP_URL],
        },
    )


@pytest.fixture
def start_op(api: Api, tmp_path: Path) -> Iterator[Callable[..., Counterpart]]:
    """Start a provider (``mode``: see tests/oidc_op.py) and point the tenant at it."""
    started: list[Counterpart] = []

    def start(tenant: Seeded, mode: str = "") -> Counterpart:
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        process = start_counterpart(
            ["-m", "tests.oidc_op", str(port), *([mode] if mode else [])],
            tmp_path / f"op{len(started)}.log",
            url,
        )
        started.append(process)
        response = _configure(api, tenant, url)
        assert response.status_code == 200, response.text
        return process

    yield start
    for process in started:
        process.stop()


def _user_at_provider(op: Counterpart, email: str, **claims: Any) -> None:
    response = httpx.put(
        f"{op.url}/users/{email}", json={"email": email, **claims}, timeout=CLIENT_TIMEOUT
    )
    assert response.status_code == 204, response.text


def _with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


def _authorize(api: Api, tenant: Seeded, op: Counterpart, email: str, **edits: str) -> str:
    """Start a sign-in at the tenant and sign ``email`` in at the provider (with the changes
    ``edits`` makes to the authorization request); the callback path the provider sends the
    browser to."""
    login = api.get("/api/v2/sso/oidc/login", tenant=tenant, key=None, version=None)
    assert login.status_code == 302, login.text
    location = login.headers["location"]
    assert location.startswith(f"{op.url}/oauth2/authorize?")
    query = dict(parse_qsl(urlsplit(location).query))
    assert query["code_challenge_method"] == "S256"
    assert query["redirect_uri"] == f"https://{tenant.slug}.lms.test{CALLBACK}"
    answer = httpx.post(_with_query(location, **edits), data={"sub": email}, timeout=CLIENT_TIMEOUT)
    assert answer.status_code == 302, answer.text
    back = urlsplit(answer.headers["location"])
    assert back.path == CALLBACK
    return f"{back.path}?{back.query}"


def _callback(api: Api, tenant: Seeded, path: str) -> testing.TestingResponse:
    return api.get(path, tenant=tenant, key=None, version=None)


def _email() -> str:
    return f"grace.{secrets.token_hex(4)}@example.com"


def test_sign_in_creates_the_user_and_redirects_with_a_one_time_code(
    api: Api, tenant_a: Seeded, start_op: Callable[..., Counterpart], run: Any
) -> None:
    op = start_op(tenant_a)
    with tenant_scope(tenant_a.tenant.id):
        group = run(do_create_group(tenant_a.tenant, NewGroup(name="Navy")))
    email = _email()
    _user_at_provider(op, email, given_name="Grace", family_name="Hopper", groups=["Navy"])
    response = _callback(api, tenant_a, _authorize(api, tenant_a, op, email))
    assert response.status_code == 302, response.text
    code = code_of(response.headers["location"])
    [user] = run(users_with_email(tenant_a.tenant, email))
    assert (user.name, user.surname, user.user_type) == ("Grace", "Hopper", 5)
    with tenant_scope(tenant_a.tenant.id):
        memberships = run(
            GroupMembership.filter(user_id=user.id).values_list("group_id", flat=True)
        )
        assert memberships == [group.id]
    assert_exchanges_for(api, tenant_a, code, user.id)


def test_the_client_secret_is_encrypted_and_never_returned(
    api: Api,
    tenant_a: Seeded,
    start_op: Callable[..., Counterpart],
    run: Any,
    settings: Settings,
) -> None:
    start_op(tenant_a)
    response = api.get("/api/v2/sso", tenant=tenant_a)
    assert response.status_code == 200, response.text
    assert CLIENT_SECRET not in response.text
    assert response.json["_data"]["oidc"]["client_secret_set"] is True
    with tenant_scope(tenant_a.tenant.id):
        stored = run(SsoConfig.get(tenant_id=tenant_a.tenant.id))
    assert stored.oidc_client_secret_ciphertext
    assert run(columns_holding(settings.database_url, CLIENT_SECRET)) == []


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("wrong_audience", "aud"),
        ("expired", "exp"),
        ("alg_none", "none"),
        ("tampered", "signature"),
        ("hmac_public_key", "HS256"),
    ],
)
def test_bad_id_tokens_are_refused_and_create_no_user(
    api: Api,
    tenant_a: Seeded,
    start_op: Callable[..., Counterpart],
    run: Any,
    mode: str,
    reason: str,
) -> None:
    op = start_op(tenant_a, mode)
    email = _email()
    response = _callback(api, tenant_a, _authorize(api, tenant_a, op, email))
    assert response.status_code == 403, response.text
    message = error_of(response)["message"]
    assert message.startswith("The id_token was refused"), message
    assert reason in message, message
    assert run(users_with_email(tenant_a.tenant, email)) == []


def test_a_wrong_nonce_is_refused(
    api: Api, tenant_a: Seeded, start_op: Callable[..., Counterpart], run: Any
) -> None:
    op = start_op(tenant_a)
    email = _email()
    path = _authorize(api, tenant_a, op, email, nonce=secrets.token_urlsafe(16))
    response = _callback(api, tenant_a, path)
    assert response.status_code == 403, response.text
    assert "nonce" in error_of(response)["message"]
    assert run(users_with_email(tenant_a.tenant, email)) == []


def test_a_replayed_code_is_refused(
    api: Api, tenant_a: Seeded, start_op: Callable[..., Counterpart], run: Any
) -> None:
    op = start_op(tenant_a)
    email = _email()
    path = _authorize(api, tenant_a, op, email)
    assert _callback(api, tenant_a, path).status_code == 302
    replay = _callback(api, tenant_a, path)
    assert replay.status_code == 403, replay.text
    assert len(run(users_with_email(tenant_a.tenant, email))) == 1


def test_another_tenants_callback_is_refused(
    api: Api,
    tenant_a: Seeded,
    tenant_b: Seeded,
    start_op: Callable[..., Counterpart],
    run: Any,
) -> None:
    """A sign-in started at B cannot be finished at A: the state is B's alone."""
    start_op(tenant_a)
    op_b = start_op(tenant_b)
    email = _email()
    path = _authorize(api, tenant_b, op_b, email)
    response = _callback(api, tenant_a, path)
    assert response.status_code == 403, response.text
    assert run(users_with_email(tenant_a.tenant, email)) == []
    assert run(users_with_email(tenant_b.tenant, email)) == []


def test_control_characters_in_claims_are_dropped(
    api: Api, tenant_a: Seeded, start_op: Callable[..., Counterpart], run: Any
) -> None:
    op = start_op(tenant_a)
    email = _email()
    _user_at_provider(op, email, given_name="Gr\x00ace", family_name="\x01", groups=["\x00"])
    response = _callback(api, tenant_a, _authorize(api, tenant_a, op, email))
    assert response.status_code == 302, response.text
    [user] = run(users_with_email(tenant_a.tenant, email))
    assert (user.name, user.surname) == ("Grace", "-")


def test_a_provider_on_a_private_address_is_not_called(api: Api, tenant_a: Seeded) -> None:
    """Calls to the provider go through the outbound guard: 10.0.0.0/8 is not allowed here."""
    assert _configure(api, tenant_a, "http://10.255.255.1:9").status_code == 200
    response = api.get("/api/v2/sso/oidc/login", tenant=tenant_a, key=None, version=None)
    assert response.status_code == 502, response.text
    assert "non-public address" in error_of(response)["message"]


def test_a_discovery_document_naming_another_issuer_is_refused(
    api: Api, tenant_a: Seeded, start_op: Callable[..., Counterpart]
) -> None:
    op = start_op(tenant_a)
    assert _configure(api, tenant_a, f"{op.url}/").status_code == 200
    response = api.get("/api/v2/sso/oidc/login", tenant=tenant_a, key=None, version=None)
    assert response.status_code == 502, response.text
    assert "another issuer" in error_of(response)["message"]
