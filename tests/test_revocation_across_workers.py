from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from tests.factories import PASSWORD, VERSION, Seeded, make_person
from tests.live import LiveServer

TIMEOUT = 60.0


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


def test_a_signed_out_token_stops_on_every_worker_within_one_second(
    start_live_server: Callable[..., LiveServer],
    live_server_env: dict[str, str],
    tenant_a: Seeded,
    run: Any,
) -> None:
    learner = run(make_person(tenant_a.tenant))
    server = start_live_server(live_server_env, workers=2)
    headers = {"Host": server.host(tenant_a.slug), "X-API-Version": VERSION}
    signed_in = httpx.post(
        f"{server.url}/api/v2/auth/sign-in",
        headers=headers,
        json={"login": learner.login, "password": PASSWORD},
        timeout=TIMEOUT,
    )
    assert signed_in.status_code == 200, signed_in.text
    bearer = {**headers, "Authorization": f"Bearer {signed_in.json()['_data']['token']}"}

    def statuses() -> set[int]:
        # Fresh connections spread the requests over both workers, warming both caches.
        return {
            httpx.get(f"{server.url}/api/v2/auth/me", headers=bearer, timeout=TIMEOUT).status_code
            for _ in range(20)
        }

    assert statuses() == {200}
    signed_out_at = time.monotonic()
    signed_out = httpx.post(f"{server.url}/api/v2/auth/sign-out", headers=bearer, timeout=TIMEOUT)
    assert signed_out.status_code == 204
    time.sleep(max(0.0, 1.0 - (time.monotonic() - signed_out_at)))
    assert statuses() == {401}
