"""The OpenAPI document: served without a key, complete, valid, and true of the running service
(schemathesis generates requests for every operation and checks each response against it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from sanic_testing.reusable import ReusableClient
from schemathesis import Case, HookContext, engine
from schemathesis.engine import Status, events
from schemathesis.schemas import BaseSchema

from api.openapi import openapi_path
from api.policy import STRICT, RoutePolicy
from tests.factories import VERSION, Api, Seeded, make_key
from tests.live import LiveServer

DOCUMENT = "/api/v2/openapi.json"
# Keyless routes whose body is the credential, refused with 401 as a bad key is.
CREDENTIALS_IN_BODY = {("/api/v2/auth/sign-in", "post")}
ERROR_STATUSES = {"400", "401", "403", "404", "413", "422", "429", "500"}


def _document(api: Api, tenant: str | None) -> dict[str, Any]:
    response = api.get(DOCUMENT, tenant=tenant, key=None, version=None)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["X-Request-Id"]
    document: dict[str, Any] = response.json
    return document


def _routes(client: ReusableClient) -> dict[tuple[str, str], RoutePolicy]:
    """Every /api/v2 route of the app as (OpenAPI path, method) → its policy."""
    return {
        (openapi_path(route.path), method.lower()): getattr(route.ctx, "policy", STRICT)
        for route in client.app.router.routes
        if route.path.startswith("api/v2")
        for method in route.methods
    }


def test_document_is_served_without_a_key_on_tenant_and_root_hosts(
    api: Api, tenant_a: Seeded
) -> None:
    on_tenant = _document(api, tenant_a.slug)
    on_root = _document(api, None)
    # The servers are the host asked (tests/api/test_docs.py); the rest is the same.
    assert on_tenant.keys() == on_root.keys()
    assert on_tenant["paths"].keys() == on_root["paths"].keys()
    assert on_tenant["components"] == on_root["components"]
    assert on_root["openapi"].startswith("3.")


def test_document_is_valid_openapi(api: Api) -> None:
    schemathesis.openapi.from_dict(_document(api, None)).validate()


def test_document_describes_every_route(api: Api, client: ReusableClient) -> None:
    documented = {
        (path, method) for path, item in _document(api, None)["paths"].items() for method in item
    }
    missing = set(_routes(client)) - documented
    assert not missing, f"routes without @describe (api/openapi.py): {sorted(missing)}"
    assert documented == set(_routes(client))


def test_operations_follow_their_route_policy(api: Api, client: ReusableClient) -> None:
    paths = _document(api, None)["paths"]
    for (path, method), policy in _routes(client).items():
        operation = paths[path][method]
        versioned = [
            p
            for p in operation["parameters"]
            if (p["in"], p["name"]) == ("header", "X-API-Version")
        ]
        assert bool(versioned) == policy.versioned, (path, method)
        assert all(p["required"] for p in versioned)
        idempotency = [
            p
            for p in operation["parameters"]
            if (p["in"], p["name"]) == ("header", "Idempotency-Key")
        ]
        assert bool(idempotency) == (policy.key and method == "post"), (path, method)
        assert not any(p["required"] for p in idempotency)
        assert ("security" in operation) == policy.key, (path, method)
        responses = operation["responses"]
        # Success is a 2xx, or a 3xx for the routes a browser opens (single sign-on).
        assert any(status.startswith(("2", "3")) for status in responses), (path, method)
        assert {"400", "404", "500"} <= set(responses)
        assert ("401" in responses) == (policy.key or (path, method) in CREDENTIALS_IN_BODY), (
            path,
            method,
        )
        for status, response in responses.items():
            assert "X-Request-Id" in response["headers"], (path, method, status)
            if status in ERROR_STATUSES:
                schema = response["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/Error"}


def _key_id(server: LiveServer, tenant: Seeded, key: str) -> int:
    response = httpx.get(
        f"{server.url}/api/v2/auth/me",
        headers={"Host": server.host(tenant.slug), "X-API-Key": key, "X-API-Version": VERSION},
    )
    assert response.status_code == 200, response.text
    key_id: int = response.json()["_data"]["id"]
    return key_id


@pytest.fixture
def live_server(
    start_live_server: Callable[..., LiveServer], live_server_env: dict[str, str]
) -> LiveServer:
    # Hundreds of requests within seconds would trip the burst limit, which has its own tests.
    return start_live_server({**live_server_env, "RATE_LIMITS_ENABLED": "false"})


@pytest.fixture
def live_schema(live_server: LiveServer, tenant_a: Seeded, run: Any) -> Iterator[BaseSchema]:
    """The document as the live server serves it, set up to call that server as tenant_a."""
    host = live_server.host(tenant_a.slug)
    config = schemathesis.Config.from_dict(
        {
            "base-url": live_server.url,
            "headers": {"Host": host},
            # Valid credentials and version: the generated requests explore parameters and bodies.
            "auth": {"openapi": {"ApiKey": {"api_key": tenant_a.key}}},
            "parameters": {"header.X-API-Version": VERSION},
            "generation": {"max-examples": 30, "deterministic": True, "database": "none"},
            "phases": {"stateful": {"generation": {"max-examples": 10}}},
            # Replaying what earlier runs found would make runs differ from each other.
            "cache": {"enabled": False},
            # Business rules the document cannot state make some schema-valid requests rightly
            # fail: references to the tenant's own data (custom field names, category and user
            # ids → 404/422), cross-field rules (a course starts before it expires), duplicates
            # (409). For the same reason a 404 for another id in a body is not "a created
            # resource not found". Every other check runs, negative data rejection included.
            "checks": {
                "positive_data_acceptance": {"enabled": False},
                "ensure_resource_availability": {"enabled": False},
            },
            "operations": [
                # A revoked key stays retrievable (status "revoked"), by design.
                {
                    "include-operation-id": "getApiKey",
                    "checks": {"use_after_free": {"enabled": False}},
                }
            ],
        }
    )
    schema = schemathesis.openapi.from_url(
        f"{live_server.url}{DOCUMENT}", config=config, headers={"Host": host}
    )
    signing_key = _key_id(live_server, tenant_a, tenant_a.key)
    decoy = _key_id(live_server, tenant_a, run(make_key(tenant_a.tenant, ["*"], name="decoy")))

    # Global, as schemathesis allows this hook only there: it sees every request of every phase.
    @schemathesis.hook
    def before_call(context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
        """Revoking the key the requests are signed with would leave the rest of the run with
        nothing but 401s: revoke a decoy instead."""
        # Generated path parameters come as integers or as their text ("2"): both name the key.
        key_id = (case.path_parameters or {}).get("key_id")
        if case.method == "DELETE" and str(key_id) == str(signing_key):
            case.path_parameters = {"key_id": decoy}

    yield schema
    schemathesis.hooks.unregister(before_call)


def _failures(event: events.EngineEvent) -> list[str]:
    if isinstance(event, events.NonFatalError):
        return [f"{event.label}: {event.info.title}\n{event.info.message}"]
    if not isinstance(event, events.ScenarioFinished) or event.status != Status.FAILURE:
        return []
    return [
        f"{event.recorder.label}: {node.failure_info.failure}\n{node.failure_info.code_sample}"
        for nodes in event.recorder.checks.values()
        for node in nodes
        if node.status == Status.FAILURE and node.failure_info is not None
    ]


def test_service_conforms_to_its_document(
    live_schema: BaseSchema, live_server: LiveServer, tenant_a: Seeded
) -> None:
    """Schemathesis' checks (server errors, status codes, content types, body and header schemas,
    auth, unsupported methods, negative data; see `live_schema` for the two left out) over every
    phase."""
    failures: list[str] = []
    tested: set[str] = set()
    for event in engine.from_schema(live_schema).execute():
        if isinstance(event, events.FatalError):
            raise event.exception
        if isinstance(event, events.ScenarioFinished) and event.recorder.cases:
            tested.add(event.recorder.label)
        failures.extend(_failures(event))
    assert not failures, "\n\n".join(dict.fromkeys(failures))
    paths: dict[str, dict[str, Any]] = live_schema.raw_schema["paths"]
    operations = {f"{method.upper()} {path}" for path, item in paths.items() for method in item}
    # Schemathesis leaves out the operation that served it the document.
    assert operations - {f"GET {DOCUMENT}"} <= tested
    # Every request was signed with a key that worked throughout.
    assert _key_id(live_server, tenant_a, tenant_a.key)
