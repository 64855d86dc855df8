from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import orjson
import pytest

from models.tenant import TenantStatus
from tenants import lookup
from tenants.provisioning import do_set_tenant_status, get_tenant
from tests.factories import VERSION, Api, Seeded, error_of
from tests.live import LiveServer


@pytest.mark.parametrize(
    "host", ["lms.other.com", "x.y.lms.test", "bad_slug.lms.test", "[::1]", "lms.test.evil.com"]
)
def test_hosts_outside_the_base_domain_are_404(api: Api, tenant_a: Seeded, host: str) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a, headers={"Host": host})
    assert response.status_code == 404
    error_of(response)


def test_empty_host_is_400(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/auth/me", tenant=tenant_a, headers={"Host": ""})
    assert response.status_code == 400
    assert error_of(response)["param"] == "Host"


def test_unknown_tenant_is_404(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/auth/me", tenant="nosuchtenant", key=tenant_a.key)
    assert response.status_code == 404
    assert error_of(response)["type"] == "invalid_request_error"


def test_tenant_routes_are_not_served_on_the_root_host(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/auth/me", tenant=None, key=tenant_a.key)
    assert response.status_code == 404
    error_of(response)


def test_host_is_case_insensitive_and_ignores_the_port(api: Api, tenant_a: Seeded) -> None:
    host = f"{tenant_a.slug.upper()}.LMS.TEST:8443"
    response = api.get("/api/v2/auth/me", tenant=tenant_a, headers={"Host": host})
    assert response.status_code == 200


def test_suspended_tenant_is_403(api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    run(do_set_tenant_status(run(get_tenant(tenant_a.slug)), TenantStatus.SUSPENDED))
    response = api.get("/api/v2/auth/me", tenant=tenant_a)
    assert response.status_code == 403
    assert "inactive" in error_of(response)["message"]
    assert api.get("/api/v2/auth/me", tenant=tenant_b).status_code == 200


def test_tenant_with_api_disabled_is_403(api: Api, run: Any, tenant_a: Seeded) -> None:
    tenant = run(get_tenant(tenant_a.slug))
    tenant.api_enabled = False
    run(tenant.save())
    lookup.forget_tenant(tenant_a.slug)
    response = api.get("/api/v2/auth/me", tenant=tenant_a)
    assert response.status_code == 403
    assert "not enabled" in error_of(response)["message"]


def test_health_answers_on_tenant_and_root_hosts(api: Api, tenant_a: Seeded) -> None:
    for tenant in (tenant_a, None):
        response = api.get("/api/v2/health", tenant=tenant, key=None, version=None, https=False)
        assert response.status_code == 200
        assert response.json["_data"] == {"status": "ok", "database": "up", "redis": "up"}


def raw_exchange(server: LiveServer, head: str) -> tuple[int, dict[str, Any]]:
    """Send one hand-written HTTP/1.1 request; its status and JSON body."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    body: dict[str, Any] = orjson.loads(rest.partition(b"\r\n\r\n")[2])
    return int(status_line.split()[1]), body


def test_a_request_names_one_host(
    start_live_server: Callable[..., LiveServer], live_server_env: dict[str, str], tenant_a: Seeded
) -> None:
    server = start_live_server(live_server_env)
    host = server.host(tenant_a.slug)
    other = server.host("someone-else")
    common = f"X-API-Key: {tenant_a.key}\nX-API-Version: {VERSION}\nConnection: close\n"

    status, _ = raw_exchange(server, f"GET /api/v2/auth/me HTTP/1.1\nHost: {host}\n{common}")
    assert status == 200
    absolute = f"GET http://{host}/api/v2/auth/me HTTP/1.1\nHost: {host}\n{common}"
    status, _ = raw_exchange(server, absolute)
    assert status == 200

    for head in (
        f"GET /api/v2/auth/me HTTP/1.1\nHost: {host}\nHost: {other}\n{common}",
        f"GET http://{other}/api/v2/auth/me HTTP/1.1\nHost: {host}\n{common}",
    ):
        status, body = raw_exchange(server, head)
        assert status == 400, head
        assert body["error"]["param"] == "Host"
