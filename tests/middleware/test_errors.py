from __future__ import annotations

import pytest

from tests.factories import Api, Seeded, error_of


def test_every_response_carries_a_request_id(api: Api, tenant_a: Seeded) -> None:
    ok = api.get("/api/v2/auth/me", tenant=tenant_a)
    failed = api.get("/api/v2/auth/me", tenant=tenant_a, key="nope")
    ids = {ok.headers["X-Request-Id"], failed.headers["X-Request-Id"]}
    assert len(ids) == 2
    assert all(len(i) >= 16 for i in ids)


def test_a_safe_incoming_request_id_is_kept(api: Api, tenant_a: Seeded) -> None:
    response = api.get(
        "/api/v2/auth/me", tenant=tenant_a, headers={"X-Request-Id": "upstream-1234-abcd"}
    )
    assert response.headers["X-Request-Id"] == "upstream-1234-abcd"
    unsafe = api.get("/api/v2/auth/me", tenant=tenant_a, headers={"X-Request-Id": "a b\tc"})
    assert unsafe.headers["X-Request-Id"] != "a b\tc"


def test_unknown_route_is_404_in_the_error_format(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/no-such-thing", tenant=tenant_a)
    assert response.status_code == 404
    error_of(response)
    assert response.headers["X-Request-Id"]


def test_wrong_method_is_405_with_allow(api: Api, tenant_a: Seeded) -> None:
    response = api.request("PUT", "/api/v2/auth/me", tenant=tenant_a)
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    error_of(response)


def test_a_2_mb_body_is_413(api: Api, tenant_a: Seeded) -> None:
    response = api.post("/api/v2/api-keys", tenant=tenant_a, content=b"x" * (2 * 1024 * 1024))
    assert response.status_code == 413
    error_of(response)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b"", "JSON object body is required"),
        (b'["name", "scopes"]', "must be a JSON object"),
        (b"42", "must be a JSON object"),
        (b'"text"', "must be a JSON object"),
        (b"\xff\xfe\x00", "not valid JSON"),
    ],
)
def test_bodies_that_are_not_json_objects_are_400(
    api: Api, tenant_a: Seeded, body: bytes, message: str
) -> None:
    response = api.post(
        "/api/v2/api-keys",
        tenant=tenant_a,
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert message in error_of(response)["message"]


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"]
)
def test_a_body_labelled_as_another_media_type_is_415(
    api: Api, tenant_a: Seeded, content_type: str
) -> None:
    response = api.post(
        "/api/v2/api-keys",
        tenant=tenant_a,
        content=b'{"name": "k", "scopes": ["*"]}',
        headers={"Content-Type": content_type},
    )
    assert response.status_code == 415
    assert error_of(response)["param"] == "Content-Type"


@pytest.mark.parametrize(
    "content_type", ["application/json; charset=utf-8", "APPLICATION/JSON", "application/vnd+json"]
)
def test_json_media_types_are_read(api: Api, tenant_a: Seeded, content_type: str) -> None:
    response = api.post(
        "/api/v2/api-keys",
        tenant=tenant_a,
        content=b'{"name": "k", "scopes": ["*"]}',
        headers={"Content-Type": content_type},
    )
    assert response.status_code == 201
