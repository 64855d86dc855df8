from __future__ import annotations

import json
import os
import secrets
import socket
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
import pytest

from tests.factories import VERSION, Seeded, make_user, sign_in_as
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
    server.stop()
    assert not group_alive(server.process.pid), "a process of the server's group is left"


def group_alive(group: int, seconds: float = 10.0) -> bool:
    """Whether process group ``group`` still has a process after ``seconds`` (the processes a
    SIGKILL ends are reaped by init a little later)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.1)
    return True


def access_log_line(server: LiveServer, request_id: str) -> dict[str, Any]:
    """The access log line of the request ``request_id``, once the server has written it."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for text in server.output().splitlines():
            if request_id in text:
                entry: dict[str, Any] = json.loads(text)
                if entry["logger"] == "atrium.access":
                    return entry
        time.sleep(0.2)
    raise AssertionError(f"no access log line for {request_id}:\n{server.output()}")


def test_each_request_gets_one_json_access_log_line_without_secrets(
    start_live_server: Callable[..., LiveServer], live_server_env: dict[str, str], tenant_a: Seeded
) -> None:
    server = start_live_server({**live_server_env, "LOG_LEVEL": "INFO"})
    request_id = f"trace-{secrets.token_hex(8)}"
    response = httpx.get(
        f"{server.url}/api/v2/auth/me?page[size]=1",
        headers={
            "Host": server.host(tenant_a.slug),
            "X-API-Key": tenant_a.key,
            "X-API-Version": VERSION,
            "X-Request-Id": request_id,
        },
    )
    assert response.status_code == 200
    assert response.headers["X-Request-Id"] == request_id

    entry = access_log_line(server, request_id)
    assert entry["logger"] == "atrium.access"
    assert entry["tenant"] == tenant_a.slug
    assert entry["method"] == "GET"
    assert entry["path"] == "/api/v2/auth/me"
    assert entry["status"] == 200
    assert isinstance(entry["key_id"], int)
    assert entry["token_id"] is None
    assert entry["latency_ms"] >= 0
    assert datetime.fromisoformat(entry["ts"]).tzinfo is not None
    assert tenant_a.key not in server.output()


def test_a_server_that_fails_at_start_shows_why(
    start_live_server: Callable[..., LiveServer], live_server_env: dict[str, str]
) -> None:
    with pytest.raises(RuntimeError, match="REDIS_URL") as raised:
        start_live_server({**live_server_env, "REDIS_URL": "ftp://127.0.0.1:6379/0"})
    assert "server exited at start" in str(raised.value)


def test_a_used_key_shows_when_it_was_last_used(
    start_live_server: Callable[..., LiveServer], live_server_env: dict[str, str], tenant_a: Seeded
) -> None:
    server = start_live_server(live_server_env)
    headers = {"Host": server.host(tenant_a.slug), "X-API-Version": VERSION}
    created = httpx.post(
        f"{server.url}/api/v2/api-keys",
        headers={**headers, "X-API-Key": tenant_a.key},
        json={"name": "touched", "scopes": ["*"]},
    ).json()["_data"]
    me = httpx.get(f"{server.url}/api/v2/auth/me", headers={**headers, "X-API-Key": created["key"]})
    assert me.status_code == 200
    # The server records the use in a task of its own, after answering.
    for _ in range(200):
        row = httpx.get(
            f"{server.url}/api/v2/api-keys/{created['id']}",
            headers={**headers, "X-API-Key": tenant_a.key},
        ).json()["_data"]
        if row["last_used_at"] is not None:
            break
    assert row["last_used_at"].endswith("Z")


def test_email_addresses_in_paths_stay_out_of_the_log(
    start_live_server: Callable[..., LiveServer],
    live_server_env: dict[str, str],
    run: Any,
    tenant_a: Seeded,
) -> None:
    email = f"private-{secrets.token_hex(4)}@example.com"
    run(make_user(tenant_a.tenant, email=email))
    server = start_live_server({**live_server_env, "LOG_LEVEL": "INFO"})
    request_id = f"trace-{secrets.token_hex(8)}"
    response = httpx.post(
        f"{server.url}/api/v2/users/{email}/username-recovery",
        headers={
            "Host": server.host(tenant_a.slug),
            "X-API-Key": tenant_a.key,
            "X-API-Version": VERSION,
            "X-Request-Id": request_id,
        },
    )
    assert response.status_code < 300, response.text
    entry = access_log_line(server, request_id)
    assert entry["path"] == "/api/v2/users/<email:str>/username-recovery"
    assert email not in server.output()


def test_logs_say_what_happened(
    start_live_server: Callable[..., LiveServer], live_server_env: dict[str, str], tenant_a: Seeded
) -> None:
    """A client that hangs up mid-body is a 499 at info level with a true latency, whether the
    route streams its body or not; an expected 503 (mail not configured) is no unhandled error."""
    server = start_live_server({**live_server_env, "LOG_LEVEL": "INFO", "SMTP_URL": ""})
    host = server.host(tenant_a.slug)
    hung_up = []
    for path in ("/api/v2/api-keys", "/api/v2/batch/users"):
        request_id = f"hangup-{secrets.token_hex(8)}"
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {host}\r\nX-API-Key: {tenant_a.key}\r\n"
            f"X-API-Version: {VERSION}\r\nX-Request-Id: {request_id}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
        )
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
            sock.sendall(head.encode() + b'{"name": ')
        hung_up.append(request_id)
    mail_id = f"nomail-{secrets.token_hex(8)}"
    response = httpx.post(
        f"{server.url}/api/v2/password-reset",
        headers={
            "Host": host,
            "X-API-Key": tenant_a.key,
            "X-API-Version": VERSION,
            "X-Request-Id": mail_id,
        },
        json={"login": "someone"},
    )
    assert response.status_code == 503

    for request_id in hung_up:
        entry = access_log_line(server, request_id)
        assert entry["status"] == 499, entry
        assert 0 <= entry["latency_ms"] < 60_000, entry
    assert access_log_line(server, mail_id)["status"] == 503
    assert "unhandled error" not in server.output()
    assert "client closed the request" in server.output()


def test_without_a_trusted_proxy_me_shows_the_avatar_on_the_host_and_scheme_called(
    start_live_server: Callable[..., LiveServer],
    live_server_env: dict[str, str],
    run: Any,
    tenant_a: Seeded,
) -> None:
    token = run(sign_in_as(tenant_a.tenant, run(make_user(tenant_a.tenant))))
    server = start_live_server(live_server_env)
    host = server.host(tenant_a.slug)
    # Forwarding headers from an untrusted client name neither the scheme nor the host.
    spoofed = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example"}
    for asked, extra in ((host, {}), (f"{host}:8080", spoofed), (host, spoofed)):
        response = httpx.get(
            f"{server.url}/api/v2/auth/me",
            headers={
                "Host": asked,
                "Authorization": f"Bearer {token}",
                "X-API-Version": VERSION,
                **extra,
            },
            timeout=30,
        )
        assert response.status_code == 200, response.text
        urls = set(response.json()["_data"]["avatar"].values())
        assert urls == {f"http://{asked}/api/v2/avatars/default.svg"}
    server.stop()
