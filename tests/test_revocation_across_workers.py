from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from tests.factories import VERSION, Seeded
from tests.live import LiveServer


def test_revoked_key_stops_on_every_worker_within_one_second(
    start_live_server: Callable[..., LiveServer],
    live_server_env: dict[str, str],
    tenant_a: Seeded,
) -> None:
    server = start_live_server(live_server_env, workers=2)
    admin = {
        "Host": server.host(tenant_a.slug),
        "X-API-Key": tenant_a.key,
        "X-API-Version": VERSION,
    }
    created = httpx.post(
        f"{server.url}/api/v2/api-keys", headers=admin, json={"name": "doomed", "scopes": ["*"]}
    ).json()["_data"]
    doomed = {**admin, "X-API-Key": created["key"]}

    def statuses() -> set[int]:
        # Fresh connections spread the requests over both workers, warming both caches.
        return {
            httpx.get(f"{server.url}/api/v2/auth/me", headers=doomed).status_code for _ in range(20)
        }

    assert statuses() == {200}
    revoked_at = time.monotonic()
    assert httpx.delete(f"{server.url}/api/v2/api-keys/{created['id']}", headers=admin).is_success
    time.sleep(max(0.0, 1.0 - (time.monotonic() - revoked_at)))
    assert statuses() == {401}
