from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sanic_testing import testing
from sanic_testing.reusable import ReusableClient

from api.versions import FIRST
from core.scoping import tenant_scope
from domain.idempotency import IN_FLIGHT_TIMEOUT, purge_expired_idempotent_requests
from models.operations import IdempotentRequest
from tests.factories import TLS_PROXY_HEADERS, VERSION, Api, Seeded, error_of, make_key

USERS = "/api/v2/users"
REPLAYED = "Idempotent-Replayed"


def new_key() -> str:
    return f"key-{secrets.token_hex(8)}"


def user_body(login: str = "jdoe", **overrides: Any) -> dict[str, Any]:
    return {
        "name": "John",
        "surname": "Doe",
        "login": login,
        "email": f"{login}@example.com",
        "password": "correct-horse",
        **overrides,
    }


def create(
    api: Api, tenant: Seeded, idempotency_key: str | None, body: dict[str, Any], **kwargs: Any
) -> testing.TestingResponse:
    headers = {"Idempotency-Key": idempotency_key} if idempotency_key is not None else {}
    return api.post(USERS, tenant=tenant, json=body, headers=headers, **kwargs)


def logins(api: Api, tenant: Seeded) -> list[str]:
    response = api.get(f"{USERS}?page[size]=100", tenant=tenant)
    assert response.status_code == 200, response.text
    return [user["login"] for user in response.json["_data"]]


def stored(run: Any, tenant: Seeded, key: str) -> IdempotentRequest | None:
    with tenant_scope(tenant.tenant.id):
        row: IdempotentRequest | None = run(IdempotentRequest.filter(key=key).first())
    return row


def shift(run: Any, tenant: Seeded, key: str, **times: datetime) -> None:
    with tenant_scope(tenant.tenant.id):
        assert run(IdempotentRequest.filter(key=key).update(**times)) == 1


def test_a_retry_gets_the_first_answer_and_creates_nothing(api: Api, tenant_a: Seeded) -> None:
    key = new_key()
    first = create(api, tenant_a, key, user_body())
    retry = create(api, tenant_a, key, user_body())
    assert first.status_code == retry.status_code == 200, retry.text
    assert retry.body == first.body
    assert retry.headers["content-type"] == first.headers["content-type"] == "application/json"
    assert retry.headers[REPLAYED] == "true"
    assert REPLAYED not in first.headers
    # What belongs to each call is the retry's own.
    assert retry.headers["X-Request-Id"] != first.headers["X-Request-Id"]
    assert int(retry.headers["X-RateLimit-Remaining"]) < int(first.headers["X-RateLimit-Remaining"])
    assert retry.headers["X-API-Version"] == VERSION
    assert logins(api, tenant_a) == ["jdoe"]


def test_without_a_key_every_post_runs(api: Api, tenant_a: Seeded) -> None:
    first = create(api, tenant_a, None, user_body())
    second = create(api, tenant_a, None, user_body())
    assert first.status_code == 200
    assert second.status_code == 409
    assert REPLAYED not in second.headers


def test_a_final_4xx_answer_is_replayed(api: Api, tenant_a: Seeded) -> None:
    assert create(api, tenant_a, None, user_body("taken")).status_code == 200
    key = new_key()
    clash = user_body("other", email="taken@example.com")
    first = create(api, tenant_a, key, clash)
    assert first.status_code == 409
    taken = next(u for u in api.get(USERS, tenant=tenant_a).json["_data"] if u["login"] == "taken")
    assert api.delete(f"{USERS}/{taken['id']}", tenant=tenant_a).status_code == 200
    # The email is free now, but the key stands for the request as it was first answered.
    retry = create(api, tenant_a, key, clash)
    assert retry.status_code == 409
    assert retry.body == first.body
    assert retry.headers[REPLAYED] == "true"
    assert logins(api, tenant_a) == []


def test_answers_refused_before_the_handler_are_not_kept(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    key = new_key()
    read_only = run(make_key(tenant_a.tenant, ["users:read"]))
    assert create(api, tenant_a, key, user_body(), key=read_only).status_code == 403
    assert create(api, tenant_a, key, user_body(), key="atr_nonsense").status_code == 401
    assert create(api, tenant_a, key, user_body(), version="1999-01-01").status_code == 400
    assert stored(run, tenant_a, key) is None
    response = create(api, tenant_a, key, user_body())
    assert response.status_code == 200
    assert REPLAYED not in response.headers
    assert logins(api, tenant_a) == ["jdoe"]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (USERS, user_body("someone")),
        (USERS, {**user_body(), "name": "Jon"}),
        ("/api/v2/categories", {"name": "Languages"}),
    ],
)
def test_the_same_key_with_another_request_is_422(
    api: Api, tenant_a: Seeded, path: str, body: dict[str, Any]
) -> None:
    key = new_key()
    assert create(api, tenant_a, key, user_body()).status_code == 200
    response = api.post(path, tenant=tenant_a, json=body, headers={"Idempotency-Key": key})
    assert response.status_code == 422
    error = error_of(response)
    assert error["param"] == "Idempotency-Key"
    assert "another request" in error["message"]
    assert logins(api, tenant_a) == ["jdoe"]
    assert api.get("/api/v2/categories", tenant=tenant_a).json["_data"] == []


def test_the_key_holds_for_the_api_version_the_request_resolved_to(
    api: Api, tenant_a: Seeded
) -> None:
    key = new_key()
    assert create(api, tenant_a, key, user_body()).status_code == 200
    # A later date resolves to the same version: the same request.
    assert create(api, tenant_a, key, user_body(), version="2099-01-01").headers[REPLAYED]
    response = create(api, tenant_a, key, user_body(), version=FIRST.isoformat())
    assert response.status_code == 422
    assert error_of(response)["param"] == "Idempotency-Key"


def test_a_key_in_flight_is_409_until_it_is_abandoned(api: Api, run: Any, tenant_a: Seeded) -> None:
    key = new_key()
    # A request that claimed the key and has not answered yet.
    assert create(api, tenant_a, key, user_body()).status_code == 200
    shift(run, tenant_a, key, created_at=datetime.now(UTC))
    with tenant_scope(tenant_a.tenant.id):
        run(IdempotentRequest.filter(key=key).update(status_code=None, response_body=None))
    response = create(api, tenant_a, key, user_body())
    assert response.status_code == 409
    error = error_of(response)
    assert error["param"] == "Idempotency-Key"
    assert "in progress" in error["message"]
    # Its request died: after the timeout, a retry runs (and meets the user it created).
    shift(run, tenant_a, key, created_at=datetime.now(UTC) - IN_FLIGHT_TIMEOUT)
    retried = create(api, tenant_a, key, user_body())
    assert retried.status_code == 409
    assert REPLAYED not in retried.headers
    assert "login" in error_of(retried)["message"]


def _post_concurrently(
    client: ReusableClient, run: Any, tenant: Seeded, keys: list[str], count: int
) -> list[httpx.Response]:
    """``count`` creates of the same user at once, each with the ``Idempotency-Key`` headers
    ``keys``, straight to the app's socket."""
    headers = [
        ("Host", f"{tenant.slug}.{client.app.ctx.settings.base_domain}"),
        ("X-API-Key", tenant.key),
        ("X-API-Version", VERSION),
        *TLS_PROXY_HEADERS.items(),
        *(("Idempotency-Key", key) for key in keys),
    ]
    url = f"http://{client.host}:{client.port}{USERS}"

    async def post_all() -> list[httpx.Response]:
        async with httpx.AsyncClient() as http:
            return await asyncio.gather(
                *(http.post(url, json=user_body(), headers=headers) for _ in range(count))
            )

    responses: list[httpx.Response] = run(post_all())
    return responses


def test_concurrent_requests_with_one_key_create_one_resource(
    api: Api, client: ReusableClient, run: Any, tenant_a: Seeded
) -> None:
    responses = _post_concurrently(client, run, tenant_a, [new_key()], 6)
    statuses = sorted(r.status_code for r in responses)
    assert statuses.count(200) >= 1
    assert set(statuses) <= {200, 409}
    ran = [r for r in responses if r.status_code == 200 and REPLAYED not in r.headers]
    assert len(ran) == 1
    for response in responses:
        if response.status_code == 200:
            assert response.content == ran[0].content
        else:
            assert "in progress" in response.json()["error"]["message"]
    assert logins(api, tenant_a) == ["jdoe"]


def test_an_expired_key_runs_the_request_again_and_is_purged(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    key = new_key()
    first = create(api, tenant_a, key, user_body())
    assert first.status_code == 200
    assert create(api, tenant_b, key, user_body()).status_code == 200
    shift(run, tenant_a, key, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    again = create(api, tenant_a, key, user_body("again"))
    assert again.status_code == 200
    assert REPLAYED not in again.headers
    assert again.json["_data"]["id"] != first.json["_data"]["id"]
    assert sorted(logins(api, tenant_a)) == ["again", "jdoe"]
    assert create(api, tenant_a, key, user_body("again")).headers[REPLAYED] == "true"

    shift(run, tenant_a, key, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    assert run(purge_expired_idempotent_requests()) >= 1
    assert stored(run, tenant_a, key) is None
    # Tenant b's key with the same name has not expired.
    assert stored(run, tenant_b, key) is not None
    assert create(api, tenant_b, key, user_body()).headers[REPLAYED] == "true"


def test_keys_are_per_tenant(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    key = new_key()
    in_a = create(api, tenant_a, key, user_body())
    in_b = create(api, tenant_b, key, user_body())
    assert in_a.status_code == in_b.status_code == 200
    assert REPLAYED not in in_b.headers
    assert in_a.json["_data"]["id"] != in_b.json["_data"]["id"]
    assert logins(api, tenant_a) == logins(api, tenant_b) == ["jdoe"]
    # Another request under the same key is a mismatch in a only.
    other = user_body("other")
    assert create(api, tenant_a, key, other).status_code == 422
    assert create(api, tenant_b, new_key(), other).status_code == 200


@pytest.mark.parametrize("key", ["", "x" * 256, "tab\there"])
def test_malformed_keys_are_400(api: Api, tenant_a: Seeded, key: str) -> None:
    response = create(api, tenant_a, key, user_body())
    assert response.status_code == 400, response.text
    assert error_of(response)["param"] == "Idempotency-Key"
    assert logins(api, tenant_a) == []


def test_several_keys_are_400(api: Api, client: ReusableClient, run: Any, tenant_a: Seeded) -> None:
    (response,) = _post_concurrently(client, run, tenant_a, [new_key(), new_key()], 1)
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "Idempotency-Key"
    assert logins(api, tenant_a) == []


def test_the_longest_and_oddest_keys_work(api: Api, tenant_a: Seeded) -> None:
    for n, key in enumerate(("x" * 255, "a", "~ !{}\"'")):
        login = f"user{n}"
        assert create(api, tenant_a, key, user_body(login)).status_code == 200
        assert create(api, tenant_a, key, user_body(login)).headers[REPLAYED] == "true"
    assert len(logins(api, tenant_a)) == 3


def test_other_methods_ignore_the_key(api: Api, tenant_a: Seeded) -> None:
    key = new_key()
    created = create(api, tenant_a, key, user_body()).json["_data"]
    headers = {"Idempotency-Key": key}
    path = f"{USERS}/{created['id']}"
    response = api.request("PATCH", path, tenant=tenant_a, json={"name": "Jo"}, headers=headers)
    assert response.status_code == 200
    assert REPLAYED not in response.headers
    assert api.get(path, tenant=tenant_a, headers=headers).json["_data"]["name"] == "Jo"


def test_an_answer_holding_a_secret_is_not_kept(api: Api, run: Any, tenant_a: Seeded) -> None:
    key = new_key()
    body = {"name": "hr-sync", "scopes": ["users:read"]}
    headers = {"Idempotency-Key": key}
    first = api.post("/api/v2/api-keys", tenant=tenant_a, json=body, headers=headers)
    assert first.status_code == 201, first.text
    assert first.headers["Cache-Control"] == "no-store"
    secret = first.json["_data"]["key"]
    row = stored(run, tenant_a, key)
    assert row is not None
    assert row.status_code == 201
    assert row.response_body is None
    retry = api.post("/api/v2/api-keys", tenant=tenant_a, json=body, headers=headers)
    assert retry.status_code == 409
    error = error_of(retry)
    assert error["param"] == "Idempotency-Key"
    assert "secret" in error["message"]
    assert secret not in retry.text
    names = [k["name"] for k in api.get("/api/v2/api-keys", tenant=tenant_a).json["_data"]]
    assert names.count("hr-sync") == 1


@pytest.mark.parametrize(
    ("content_type", "first", "second"),
    [
        (
            "application/json",
            b'{"users": [{"login": "ann", "email": "ann@x.example", "name": "A", "surname": "B"}]}',
            b'{"users": [{"login": "bob", "email": "bob@x.example", "name": "B", "surname": "C"}]}',
        ),
        (
            "text/csv",
            b"login,email,name,surname\r\nann,ann@example.com,A,B\r\n",
            b"login,email,name,surname\r\nbob,bob@example.com,B,C\r\n",
        ),
    ],
)
def test_a_streamed_route_matches_the_body_it_read(
    api: Api, tenant_a: Seeded, content_type: str, first: bytes, second: bytes
) -> None:
    """/batch/users reads its own body (a CSV may be large): the key is claimed once it has."""
    key = new_key()

    def post(body: bytes) -> testing.TestingResponse:
        headers = {"Idempotency-Key": key, "Content-Type": content_type}
        return api.post("/api/v2/batch/users", tenant=tenant_a, content=body, headers=headers)

    queued = post(first)
    assert queued.status_code == 202, queued.text
    again = post(first)
    assert again.status_code == 202
    assert again.headers[REPLAYED] == "true"
    assert again.json["_data"]["id"] == queued.json["_data"]["id"]
    other = post(second)
    assert other.status_code == 422
    assert error_of(other)["param"] == "Idempotency-Key"
