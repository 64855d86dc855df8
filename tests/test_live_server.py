from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.factories import VERSION, Seeded
from tests.live import LiveServer


def test_two_workers_serve_the_same_tenants(
    start_live_server: Callable[..., LiveServer], live_server_env: dict[str, str], tenant_a: Seeded
) -> None:
    server = start_live_server(live_server_env, workers=2)
    headers = {
        "Host": server.host(tenant_a.slug),
        "X-API-Key": tenant_a.key,
        "X-API-Version": VERSION,
    }
    statuses = {
        httpx.get(f"{server.url}/api/v2/auth/me", headers=headers).status_code for _ in range(10)
    }
    assert statuses == {200}
