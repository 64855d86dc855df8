from __future__ import annotations

import hashlib
from typing import Any

import pytest

from core.scoping import tenant_scope
from models.access_token import AccessToken
from models.user import User, UserType
from tests.factories import Api, Seeded, error_of, make_user, sign_in_as

TOKENS = "/api/v2/tokens"


def _signed_in(
    run: Any, seeded: Seeded, user_type: UserType = UserType.LEARNER
) -> tuple[User, str]:
    user = run(make_user(seeded.tenant, user_type=user_type))
    return user, run(sign_in_as(seeded.tenant, user))


def _create(api: Api, seeded: Seeded, token: str, **body: Any) -> Any:
    return api.post(TOKENS, tenant=seeded.slug, bearer=token, json=body)


def test_a_learner_creates_a_personal_token_shown_once_and_listed_without_it(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    learner, token = _signed_in(run, tenant_a)
    response = _create(api, tenant_a, token, name="my app", abilities=["me:read"])
    assert response.status_code == 201, response.text
    assert response.headers["Cache-Control"] == "no-store"
    created = response.json["_data"]
    secret = created["token"]
    assert secret.startswith("atu_")
    assert created["kind"] == "personal"
    assert created["abilities"] == ["me:read"]
    assert created["expires_at"] is None
    assert created["user_id"] == learner.id
    with tenant_scope(tenant_a.tenant.id):
        stored = run(AccessToken.get(id=created["id"]))
    assert stored.token_hash == hashlib.sha256(secret.encode()).hexdigest()

    listed = api.get(TOKENS, tenant=tenant_a.slug, bearer=token)
    assert listed.status_code == 200
    assert secret not in listed.text
    assert {item["kind"] for item in listed.json["_data"]} == {"sign_in", "personal"}

    me = api.get(f"/api/v2/users/{learner.id}", tenant=tenant_a.slug, bearer=secret)
    assert me.status_code == 200
    write = api.post("/api/v2/progress-events", tenant=tenant_a.slug, bearer=secret, json={})
    assert write.status_code == 403, "me:read does not reach me:write"


@pytest.mark.parametrize(
    "abilities", [["users:read"], ["*"], ["me:read", "courses:write"], ["me:everything"]]
)
def test_a_learner_cannot_grant_abilities_beyond_their_own(
    api: Api, run: Any, tenant_a: Seeded, abilities: list[str]
) -> None:
    _, token = _signed_in(run, tenant_a)
    response = _create(api, tenant_a, token, name="too much", abilities=abilities)
    assert response.status_code == 422, response.text
    assert error_of(response)["param"] == "abilities"


def test_a_token_cannot_grant_more_than_it_holds(api: Api, run: Any, tenant_a: Seeded) -> None:
    _, admin_token = _signed_in(run, tenant_a, UserType.ADMIN)
    narrow = _create(api, tenant_a, admin_token, name="reader", abilities=["users:read"])
    assert narrow.status_code == 201, narrow.text
    reader = narrow.json["_data"]["token"]
    assert api.get("/api/v2/users", tenant=tenant_a.slug, bearer=reader).status_code == 200
    assert (
        api.post("/api/v2/users", tenant=tenant_a.slug, bearer=reader, json={}).status_code == 403
    )
    broader = _create(api, tenant_a, reader, name="writer", abilities=["users:write"])
    assert broader.status_code == 422


@pytest.mark.parametrize(
    "body",
    [{}, {"name": "x"}, {"name": "", "abilities": ["me:read"]}, {"name": "x", "abilities": []}],
)
def test_malformed_token_bodies_are_4xx(
    api: Api, run: Any, tenant_a: Seeded, body: dict[str, Any]
) -> None:
    _, token = _signed_in(run, tenant_a)
    response = api.post(TOKENS, tenant=tenant_a.slug, bearer=token, json=body)
    assert response.status_code in (400, 422), response.text
    error_of(response)


def test_tokens_routes_need_a_user_token(api: Api, tenant_a: Seeded) -> None:
    for response in (
        api.get(TOKENS, tenant=tenant_a),
        api.post(TOKENS, tenant=tenant_a, json={"name": "x", "abilities": ["me:read"]}),
        api.delete(f"{TOKENS}/1", tenant=tenant_a),
    ):
        assert response.status_code == 403
        assert "user token" in error_of(response)["message"]


def test_learners_see_and_revoke_their_own_tokens_administrators_everyones(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    learner, learner_token = _signed_in(run, tenant_a)
    other, other_token = _signed_in(run, tenant_a)
    _, admin_token = _signed_in(run, tenant_a, UserType.ADMIN)

    def ids(token: str) -> set[int]:
        return {
            item["user_id"]
            for item in api.get(TOKENS, tenant=tenant_a.slug, bearer=token).json["_data"]
        }

    assert ids(learner_token) == {learner.id}
    assert ids(admin_token) >= {learner.id, other.id}
    with tenant_scope(tenant_a.tenant.id):
        others = run(AccessToken.get(user_id=other.id))
    refused = api.delete(f"{TOKENS}/{others.id}", tenant=tenant_a.slug, bearer=learner_token)
    assert refused.status_code == 404
    assert api.get("/api/v2/auth/me", tenant=tenant_a.slug, bearer=other_token).status_code == 200

    revoked = api.delete(f"{TOKENS}/{others.id}", tenant=tenant_a.slug, bearer=admin_token)
    assert revoked.status_code == 200, revoked.text
    assert revoked.json["_data"]["status"] == "revoked"
    assert api.get("/api/v2/auth/me", tenant=tenant_a.slug, bearer=other_token).status_code == 401
    again = api.delete(f"{TOKENS}/{others.id}", tenant=tenant_a.slug, bearer=admin_token)
    assert again.json["_data"]["revoked_at"] == revoked.json["_data"]["revoked_at"]


def test_a_user_revokes_a_personal_token(api: Api, run: Any, tenant_a: Seeded) -> None:
    _, token = _signed_in(run, tenant_a)
    created = _create(api, tenant_a, token, name="app", abilities=["me:read"]).json["_data"]
    assert (
        api.get("/api/v2/auth/me", tenant=tenant_a.slug, bearer=created["token"]).status_code == 200
    )
    response = api.delete(f"{TOKENS}/{created['id']}", tenant=tenant_a.slug, bearer=token)
    assert response.status_code == 200
    assert (
        api.get("/api/v2/auth/me", tenant=tenant_a.slug, bearer=created["token"]).status_code == 401
    )


def test_tokens_are_isolated_between_tenants(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    _, token_a = _signed_in(run, tenant_a)
    _, admin_b = _signed_in(run, tenant_b, UserType.ADMIN)
    created = _create(api, tenant_a, token_a, name="app", abilities=["me:read"]).json["_data"]
    listed_b = api.get(TOKENS, tenant=tenant_b.slug, bearer=admin_b).json["_data"]
    assert created["id"] not in {item["id"] for item in listed_b}
    response = api.delete(f"{TOKENS}/{created['id']}", tenant=tenant_b.slug, bearer=admin_b)
    assert response.status_code == 404
    assert api.get(TOKENS, tenant=tenant_b.slug, bearer=token_a).status_code == 401
    assert api.get(TOKENS, tenant=tenant_a.slug, bearer=token_a).status_code == 200
