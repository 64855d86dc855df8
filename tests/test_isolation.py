"""Two tenants side by side: nothing of one is visible or reachable from the other."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import Api, Seeded, error_of
from tests.receiver import Receiver

# Every keyed route, with a way to name one of the tenant's own objects where it takes an id.
KEYED_ROUTES = [
    ("GET", "/api/v2/auth/me"),
    ("GET", "/api/v2/api-keys"),
    ("POST", "/api/v2/api-keys"),
    ("GET", "/api/v2/api-keys/{key_id}"),
    ("DELETE", "/api/v2/api-keys/{key_id}"),
]


def own_key_id(api: Api, tenant: Seeded) -> int:
    created = api.post("/api/v2/api-keys", tenant=tenant, json={"name": "victim", "scopes": ["*"]})
    key_id: int = created.json["_data"]["id"]
    return key_id


@pytest.mark.parametrize(("method", "path"), KEYED_ROUTES)
def test_owner_succeeds_and_other_tenants_key_is_401(
    api: Api, tenant_a: Seeded, tenant_b: Seeded, method: str, path: str
) -> None:
    url = path.format(key_id=own_key_id(api, tenant_a))
    body: dict[str, Any] = {"json": {"name": "n", "scopes": ["*"]}} if method == "POST" else {}
    owner = api.request(method, url, tenant=tenant_a, **body)
    assert owner.status_code == (201 if method == "POST" else 200), owner.text
    intruder = api.request(method, url, tenant=tenant_a, key=tenant_b.key, **body)
    assert intruder.status_code == 401
    error_of(intruder)


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_another_tenants_ids_are_404_like_missing_ones(
    api: Api, tenant_a: Seeded, tenant_b: Seeded, method: str
) -> None:
    theirs = own_key_id(api, tenant_b)
    crossed = api.request(method, f"/api/v2/api-keys/{theirs}", tenant=tenant_a)
    missing = api.request(method, "/api/v2/api-keys/2147483000", tenant=tenant_a)
    assert crossed.status_code == missing.status_code == 404
    assert error_of(crossed)["message"].replace(str(theirs), "N") == error_of(missing)[
        "message"
    ].replace("2147483000", "N")
    still = api.get(f"/api/v2/api-keys/{theirs}", tenant=tenant_b)
    assert still.json["_data"]["status"] == "active"


def test_lists_only_show_the_tenants_own_keys(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    own_key_id(api, tenant_b)
    prefixes_a = {k["prefix"] for k in api.get("/api/v2/api-keys", tenant=tenant_a).json["_data"]}
    prefixes_b = {k["prefix"] for k in api.get("/api/v2/api-keys", tenant=tenant_b).json["_data"]}
    assert prefixes_a == {tenant_a.key[:12]}
    assert len(prefixes_b) == 2
    assert not prefixes_a & prefixes_b


WEBHOOK_ROUTES = [
    ("GET", "/api/v2/webhooks"),
    ("POST", "/api/v2/webhooks"),
    ("GET", "/api/v2/webhooks/{webhook_id}"),
    ("PUT", "/api/v2/webhooks/{webhook_id}"),
    ("POST", "/api/v2/webhooks/{webhook_id}/rotate-secret"),
    ("POST", "/api/v2/webhooks/{webhook_id}/test"),
    ("GET", "/api/v2/webhooks/{webhook_id}/deliveries"),
    ("POST", "/api/v2/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver"),
    ("DELETE", "/api/v2/webhooks/{webhook_id}"),
]
# What the owner gets from each: a ping cannot be redelivered (422), which still shows that the
# owner got past authentication and the lookup of both ids.
OWNER_STATUS = {("POST", "/api/v2/webhooks"): 201, WEBHOOK_ROUTES[7]: 422}


def own_webhook(api: Api, tenant: Seeded, receiver: Receiver) -> dict[str, int]:
    """A webhook of ``tenant`` with one delivered event in its log."""
    created = api.post(
        "/api/v2/webhooks", tenant=tenant, json={"url": receiver.url, "event_types": ["*"]}
    ).json["_data"]
    ping = api.post(f"/api/v2/webhooks/{created['id']}/test", tenant=tenant).json["_data"]
    return {"webhook_id": created["id"], "delivery_id": ping["id"]}


def _webhook_body(method: str, path: str, receiver: Receiver) -> dict[str, Any]:
    if path == "/api/v2/webhooks":
        return {"json": {"url": receiver.url, "event_types": ["*"]}} if method == "POST" else {}
    return {"json": {"description": "changed"}} if method == "PUT" else {}


@pytest.mark.parametrize(("method", "path"), WEBHOOK_ROUTES)
def test_webhooks_owner_succeeds_and_other_tenants_key_is_401(
    api: Api, tenant_a: Seeded, tenant_b: Seeded, receiver: Receiver, method: str, path: str
) -> None:
    url = path.format(**own_webhook(api, tenant_a, receiver))
    body = _webhook_body(method, path, receiver)
    intruder = api.request(method, url, tenant=tenant_a, key=tenant_b.key, **body)
    assert intruder.status_code == 401
    error_of(intruder)
    owner = api.request(method, url, tenant=tenant_a, **body)
    assert owner.status_code == OWNER_STATUS.get((method, path), 200), owner.text


@pytest.mark.parametrize(("method", "path"), [r for r in WEBHOOK_ROUTES if "{" in r[1]])
def test_another_tenants_webhook_ids_are_404(
    api: Api, tenant_a: Seeded, tenant_b: Seeded, receiver: Receiver, method: str, path: str
) -> None:
    theirs = own_webhook(api, tenant_b, receiver)
    body = _webhook_body(method, path, receiver)
    crossed = api.request(method, path.format(**theirs), tenant=tenant_a, **body)
    assert crossed.status_code == 404
    error_of(crossed)
    still = api.get(f"/api/v2/webhooks/{theirs['webhook_id']}", tenant=tenant_b)
    assert still.status_code == 200
    assert still.json["_data"]["description"] == ""
