from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher

from core.scoping import tenant_scope
from domain.passwords import needs_rehash
from domain.user_tokens import SIGN_IN_TTL
from models.access_token import AccessToken
from models.user import User, UserStatus, UserType
from tenants.lookup import forget_all
from tenants.sign_in_throttle import ACCOUNT_FAILURES, ADDRESS_FAILURES, WINDOW_SECONDS
from tests.factories import PASSWORD, Api, Seeded, error_of, make_person, make_user, sign_in_as

SIGN_IN = "/api/v2/auth/sign-in"
ME = "/api/v2/auth/me"


def sign_in(api: Api, tenant: Seeded, **body: Any) -> Any:
    return api.post(SIGN_IN, tenant=tenant.slug, json=body)


def test_sign_in_with_login_answers_a_token_its_abilities_expiry_and_the_user(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    learner = run(make_person(tenant_a.tenant))
    before = datetime.now(UTC).replace(microsecond=0)  # the wire has whole seconds
    response = sign_in(api, tenant_a, login=learner.login, password=PASSWORD)
    assert response.status_code == 200, response.text
    assert response.headers["Cache-Control"] == "no-store"
    data = response.json["_data"]
    assert data["token"].startswith("atu_")
    assert data["abilities"] == ["me:read", "me:write"]
    expires_at = datetime.fromisoformat(data["expires_at"])
    assert before + SIGN_IN_TTL <= expires_at <= datetime.now(UTC) + SIGN_IN_TTL
    assert data["user"]["id"] == learner.id
    assert data["user"]["login"] == learner.login
    assert "password" not in response.text
    with tenant_scope(tenant_a.tenant.id):
        stored = run(AccessToken.filter(user_id=learner.id).values("token_hash", "prefix"))
    assert stored == [
        {
            "token_hash": hashlib.sha256(data["token"].encode()).hexdigest(),
            "prefix": data["token"][:12],
        }
    ]
    me = api.get(ME, tenant=tenant_a.slug, bearer=data["token"])
    assert me.status_code == 200
    assert me.json["_data"]["id"] == learner.id
    assert me.json["_data"]["email"] == learner.email


def test_sign_in_with_email_in_any_case_and_an_administrators_abilities(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    admin = run(make_person(tenant_a.tenant, UserType.ADMIN))
    response = sign_in(api, tenant_a, email=admin.email.upper(), password=PASSWORD)
    assert response.status_code == 200, response.text
    data = response.json["_data"]
    assert data["abilities"] == ["*"]
    assert (
        api.get("/api/v2/api-keys", tenant=tenant_a.slug, bearer=data["token"]).status_code == 200
    )


def _refusal(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = sign_in(api, tenant, **body)
    assert response.status_code == 401, response.text
    return error_of(response)


def test_unknown_wrong_inactive_and_other_tenants_users_get_the_same_401(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    learner = run(make_person(tenant_a.tenant))
    inactive = run(make_person(tenant_a.tenant, status=UserStatus.INACTIVE))
    deactivated = run(
        make_person(tenant_a.tenant, deactivation_date=datetime.now(UTC) - timedelta(days=1))
    )
    passwordless = run(make_user(tenant_a.tenant))
    elsewhere = run(make_person(tenant_b.tenant))
    refusals = [
        _refusal(api, tenant_a, login="nobody-at-all", password=PASSWORD),
        _refusal(api, tenant_a, login=learner.login, password=PASSWORD + "!"),
        _refusal(api, tenant_a, email=learner.email, password="wrong"),
        _refusal(api, tenant_a, login=inactive.login, password=PASSWORD),
        _refusal(api, tenant_a, login=deactivated.login, password=PASSWORD),
        _refusal(api, tenant_a, login=passwordless.login, password=PASSWORD),
        _refusal(api, tenant_a, login=elsewhere.login, password=PASSWORD),
    ]
    assert all(refusal == refusals[0] for refusal in refusals), refusals
    with tenant_scope(tenant_a.tenant.id):
        assert run(AccessToken.all().count()) == 0


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"password": PASSWORD}, 422),
        ({"login": "a", "email": "a@example.com", "password": PASSWORD}, 422),
        ({"login": "a"}, 400),
        ({"login": 5, "password": PASSWORD}, 400),
        ({"login": "a", "password": ""}, 422),
        ({"login": "a", "password": PASSWORD, "remember": True}, 400),
    ],
)
def test_malformed_sign_ins_are_4xx(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int
) -> None:
    response = sign_in(api, tenant_a, **body)
    assert response.status_code == status, response.text
    error_of(response)


def test_repeated_failures_for_one_account_are_throttled_with_retry_after(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    learner = run(make_person(tenant_a.tenant))
    for _ in range(ACCOUNT_FAILURES):
        _refusal(api, tenant_a, login=learner.login, password="guess")
    for password in ("guess", PASSWORD):
        response = sign_in(api, tenant_a, login=learner.login, password=password)
        assert response.status_code == 429, response.text
        assert 0 < int(response.headers["Retry-After"]) <= WINDOW_SECONDS
        assert "sign-in" in error_of(response)["message"]
    other = run(make_person(tenant_a.tenant))
    assert sign_in(api, tenant_a, login=other.login, password=PASSWORD).status_code == 200


def test_a_success_clears_the_accounts_failures(api: Api, run: Any, tenant_a: Seeded) -> None:
    learner = run(make_person(tenant_a.tenant))
    for _ in range(ACCOUNT_FAILURES - 1):
        _refusal(api, tenant_a, login=learner.login, password="guess")
    assert sign_in(api, tenant_a, login=learner.login, password=PASSWORD).status_code == 200
    for _ in range(ACCOUNT_FAILURES - 1):
        _refusal(api, tenant_a, login=learner.login, password="guess")
    assert sign_in(api, tenant_a, login=learner.login, password=PASSWORD).status_code == 200


def test_repeated_failures_from_one_address_are_throttled(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    for n in range(ADDRESS_FAILURES):
        _refusal(api, tenant_a, login=f"guess{n}", password="guess")
    learner = run(make_person(tenant_a.tenant))
    response = sign_in(api, tenant_a, login=learner.login, password=PASSWORD)
    assert response.status_code == 429, response.text
    assert int(response.headers["Retry-After"]) > 0
    elsewhere = api.post(
        SIGN_IN,
        tenant=tenant_a.slug,
        json={"login": learner.login, "password": PASSWORD},
        headers={"X-Forwarded-For": "198.51.100.9"},
    )
    assert elsewhere.status_code == 200, elsewhere.text


def test_sign_out_revokes_the_token_in_use(api: Api, run: Any, tenant_a: Seeded) -> None:
    learner = run(make_person(tenant_a.tenant))
    token = sign_in(api, tenant_a, login=learner.login, password=PASSWORD).json["_data"]["token"]
    other = run(sign_in_as(tenant_a.tenant, learner))
    assert api.post("/api/v2/auth/sign-out", tenant=tenant_a.slug, bearer=token).status_code == 204
    response = api.get(ME, tenant=tenant_a.slug, bearer=token)
    assert response.status_code == 401
    assert error_of(response)["param"] == "Authorization"
    assert api.get(ME, tenant=tenant_a.slug, bearer=other).status_code == 200


def test_sign_out_with_an_api_key_is_403(api: Api, tenant_a: Seeded) -> None:
    response = api.post("/api/v2/auth/sign-out", tenant=tenant_a)
    assert response.status_code == 403
    assert "user token" in error_of(response)["message"]


def test_api_keys_work_as_bearer_tokens(api: Api, tenant_a: Seeded) -> None:
    response = api.get(ME, tenant=tenant_a.slug, bearer=tenant_a.key)
    assert response.status_code == 200
    assert response.json["_data"]["prefix"] == tenant_a.key[:12]
    forged = tenant_a.key[:-1] + ("a" if tenant_a.key[-1] != "a" else "b")
    response = api.get(ME, tenant=tenant_a.slug, bearer=forged)
    assert response.status_code == 401
    assert error_of(response)["param"] == "Authorization"


def test_both_headers_at_once_are_400(api: Api, run: Any, tenant_a: Seeded) -> None:
    token = run(sign_in_as(tenant_a.tenant, run(make_user(tenant_a.tenant))))
    for bearer in (token, tenant_a.key):
        response = api.get(ME, tenant=tenant_a, key=tenant_a.key, bearer=bearer)
        assert response.status_code == 400
        assert error_of(response)["param"] == "Authorization"


@pytest.mark.parametrize(
    "authorization",
    [
        "",
        "Bearer",
        "Basic dXNlcjpwYXNz",
        "Token atu_AAAAAAAA_" + "B" * 43,
        "Bearer atu_AAAAAAAA_" + "B" * 42,
        "Bearer atu_AAAA-AAA_" + "B" * 43,
        "Bearer atu_ZZZZZZZZ_" + "Z" * 43,
    ],
)
def test_missing_malformed_or_unknown_bearer_tokens_are_401(
    api: Api, tenant_a: Seeded, authorization: str
) -> None:
    response = api.get(ME, tenant=tenant_a.slug, headers={"Authorization": authorization})
    assert response.status_code == 401
    assert error_of(response)["param"] == "Authorization"


def test_another_tenants_token_is_answered_like_an_unknown_one(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    token = run(sign_in_as(tenant_a.tenant, run(make_user(tenant_a.tenant))))
    response = api.get(ME, tenant=tenant_b.slug, bearer=token)
    unknown = api.get(ME, tenant=tenant_b.slug, bearer="atu_ZZZZZZZZ_" + "Z" * 43)
    assert response.status_code == unknown.status_code == 401
    assert error_of(response) == error_of(unknown)


def test_expired_tokens_and_deactivated_users_are_401(api: Api, run: Any, tenant_a: Seeded) -> None:
    expiring = run(make_user(tenant_a.tenant))
    leaving = run(make_user(tenant_a.tenant))
    expired = run(sign_in_as(tenant_a.tenant, expiring))
    deactivated = run(sign_in_as(tenant_a.tenant, leaving))
    with tenant_scope(tenant_a.tenant.id):
        past = datetime.now(UTC) - timedelta(seconds=1)
        run(AccessToken.filter(user_id=expiring.id).update(expires_at=past))
        run(User.filter(id=leaving.id).update(status=UserStatus.INACTIVE))
    assert "expired" in error_of(api.get(ME, tenant=tenant_a.slug, bearer=expired))["message"]
    response = api.get(ME, tenant=tenant_a.slug, bearer=deactivated)
    assert response.status_code == 401


def test_a_demoted_administrators_token_reaches_what_a_learners_does(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    admin = run(make_user(tenant_a.tenant, user_type=UserType.ADMIN))
    token = run(sign_in_as(tenant_a.tenant, admin))
    assert api.get("/api/v2/users", tenant=tenant_a.slug, bearer=token).status_code == 200
    with tenant_scope(tenant_a.tenant.id):
        run(User.filter(id=admin.id).update(user_type=UserType.LEARNER))
    forget_all()  # the role change, without waiting for the cache to expire
    assert api.get("/api/v2/users", tenant=tenant_a.slug, bearer=token).status_code == 403
    own = api.get(f"/api/v2/users/{admin.id}", tenant=tenant_a.slug, bearer=token)
    assert own.status_code == 200


def test_me_shows_a_change_to_the_user_at_once(api: Api, run: Any, tenant_a: Seeded) -> None:
    learner = run(make_user(tenant_a.tenant))
    token = run(sign_in_as(tenant_a.tenant, learner))
    assert api.get(ME, tenant=tenant_a.slug, bearer=token).json["_data"]["name"] == "Test"
    changed = api.request(
        "PATCH", f"/api/v2/users/{learner.id}", tenant=tenant_a, json={"name": "Renamed"}
    )
    assert changed.status_code == 200, changed.text
    assert api.get(ME, tenant=tenant_a.slug, bearer=token).json["_data"]["name"] == "Renamed"


def test_a_hash_of_an_earlier_setting_is_replaced_at_sign_in(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    learner = run(make_person(tenant_a.tenant))
    earlier = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash(PASSWORD)
    with tenant_scope(tenant_a.tenant.id):
        run(User.filter(id=learner.id).update(password_hash=earlier))
    response = sign_in(api, tenant_a, login=learner.login, password=PASSWORD)
    assert response.status_code == 200, response.text
    with tenant_scope(tenant_a.tenant.id):
        stored = run(User.get(id=learner.id)).password_hash
    assert stored != earlier
    assert not needs_rehash(stored)
    assert sign_in(api, tenant_a, login=learner.login, password=PASSWORD).status_code == 200
