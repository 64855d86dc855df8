from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.factories import TLS_PROXY_HEADERS, VERSION, Api, Seeded, error_of
from tests.live import LiveServer


def test_plain_http_is_403_saying_https_is_required(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a, https=False)
    assert response.status_code == 403
    assert "HTTPS is required" in error_of(response)["message"]


def test_https_through_a_trusted_proxy_is_served(api: Api, tenant_a: Seeded) -> None:
    assert api.get("/api/v2/auth/me", tenant=tenant_a, https=True).status_code == 200


def test_forwarded_proto_is_ignored_without_a_trusted_proxy(
    start_live_server: Callable[..., LiveServer],
    live_server_env: dict[str, str],
    tenant_a: Seeded,
) -> None:
    server = start_live_server({**live_server_env, "REQUIRE_HTTPS": "true", "PROXIES_COUNT": "0"})
    headers = {
        "Host": server.host(tenant_a.slug),
        "X-API-Key": tenant_a.key,
        "X-API-Version": VERSION,
        **TLS_PROXY_HEADERS,
    }
    response = httpx.get(f"{server.url}/api/v2/auth/me", headers=headers)
    assert response.status_code == 403
    assert "HTTPS" in response.json()["error"]["message"]


def test_require_https_false_serves_plain_http(
    start_live_server: Callable[..., LiveServer],
    live_server_env: dict[str, str],
    tenant_a: Seeded,
) -> None:
    server = start_live_server({**live_server_env, "REQUIRE_HTTPS": "false"})
    headers = {
        "Host": server.host(tenant_a.slug),
        "X-API-Key": tenant_a.key,
        "X-API-Version": VERSION,
    }
    assert httpx.get(f"{server.url}/api/v2/auth/me", headers=headers).status_code == 200
