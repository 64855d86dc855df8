from __future__ import annotations

from typing import Any

import pytest

from middleware.authentication import TOUCHED_KEYS_MAX, due_for_touch
from tests.factories import Api, Seeded, error_of, make_key


@pytest.mark.parametrize(
    "key",
    [
        "",
        "atr_abc def",
        "x" * 4_000,
        "atr_AAAAAAAA_" + "B" * 42,
        "atr_AAAAAAAA_" + "B" * 44,
        "Bearer atr_AAAAAAAA_" + "B" * 43,
        "atr_AAAA-AAA_" + "B" * 43,
    ],
)
def test_missing_or_malformed_keys_are_401(api: Api, tenant_a: Seeded, key: str) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a, key=key)
    assert response.status_code == 401
    assert error_of(response)["param"] == "X-API-Key"


def test_a_10_kb_key_is_refused_with_the_error_body(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a, key="x" * 10_000)
    assert response.status_code == 413
    error_of(response)


def test_no_key_header_is_401(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a.slug)
    assert response.status_code == 401
    assert "required" in error_of(response)["message"]


def test_well_formed_unknown_key_is_401(api: Api, tenant_a: Seeded) -> None:
    forged = tenant_a.key[:-1] + ("a" if tenant_a.key[-1] != "a" else "b")
    assert api.get("/api/v2/auth/me", tenant=tenant_a, key=forged).status_code == 401
    unknown = "atr_ZZZZZZZZ_" + "Z" * 43
    assert api.get("/api/v2/auth/me", tenant=tenant_a, key=unknown).status_code == 401


def test_another_tenants_key_is_answered_like_an_unknown_key(
    api: Api, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_b, key=tenant_a.key)
    assert response.status_code == 401
    unknown = api.get("/api/v2/auth/me", tenant=tenant_b, key="atr_ZZZZZZZZ_" + "Z" * 43)
    assert error_of(response) == error_of(unknown)
    assert "tenant" not in error_of(response)["message"]


def test_key_without_the_scope_is_403(api: Api, run: Any, tenant_a: Seeded) -> None:
    reader = run(make_key(tenant_a.tenant, ["users:read"]))
    response = api.get("/api/v2/api-keys", tenant=tenant_a, key=reader)
    assert response.status_code == 403
    assert "api-keys:read" in error_of(response)["message"]
    assert api.get("/api/v2/auth/me", tenant=tenant_a, key=reader).status_code == 200


def test_write_scope_implies_read(api: Api, run: Any, tenant_a: Seeded) -> None:
    writer = run(make_key(tenant_a.tenant, ["api-keys:write"]))
    assert api.get("/api/v2/api-keys", tenant=tenant_a, key=writer).status_code == 200


def test_keys_touched_recently_are_remembered_up_to_a_bound() -> None:
    first = 10**9
    assert due_for_touch("key", first)
    assert not due_for_touch("key", first)
    assert due_for_touch("token", first), "a token is not a key with the same id"
    for key_id in range(first + 1, first + 2 * TOUCHED_KEYS_MAX):
        due_for_touch("key", key_id)
    assert due_for_touch("key", first), "the oldest key was forgotten once the bound was reached"
