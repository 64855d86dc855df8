from __future__ import annotations

from typing import Any

import pytest

from core.outbound import outbound_client
from core.settings import Settings
from domain.events import EventType
from models.webhook import WebhookEndpoint
from tasks.worker import Worker
from tests.conftest import free_port
from tests.factories import Api, Seeded, error_of, make_course, make_event, make_key, make_user
from tests.receiver import Receiver


def create(api: Api, tenant: Seeded, url: str, **body: Any) -> dict[str, Any]:
    response = api.post(
        "/api/v2/webhooks", tenant=tenant, json={"url": url, "event_types": ["*"], **body}
    )
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def deliver_pending(run: Any, settings: Settings) -> int:
    """Run every due job once, the way a worker would."""

    async def drain() -> int:
        async with outbound_client(settings.webhook_allowed_networks, 2.0) as http:
            return await Worker(settings, http).run_until_idle()

    ran: int = run(drain())
    return ran


def test_create_shows_the_secret_once_and_stores_it_encrypted(
    api: Api, run: Any, tenant_a: Seeded, receiver: Receiver
) -> None:
    created = create(
        api,
        tenant_a,
        receiver.url,
        event_types=["user.created", "enrollment.created", "user.created"],
        description="HR sync",
    )
    secret = created["secret"]
    assert secret.startswith("whsec_")
    assert created["event_types"] == ["enrollment.created", "user.created"]
    assert created["enabled"] is True
    assert created["description"] == "HR sync"
    assert created["created_at"].endswith("Z")

    fetched = api.get(f"/api/v2/webhooks/{created['id']}", tenant=tenant_a)
    assert fetched.status_code == 200
    assert "secret" not in fetched.json["_data"]
    assert secret not in api.get("/api/v2/webhooks", tenant=tenant_a).text
    stored = run(WebhookEndpoint.all_tenants.get(id=created["id"]))
    assert secret not in stored.secret_ciphertext
    assert secret[6:] not in stored.secret_ciphertext


def test_test_ping_is_signed_and_its_result_returned_and_logged(
    api: Api, tenant_a: Seeded, receiver: Receiver
) -> None:
    created = create(api, tenant_a, receiver.url)
    response = api.post(f"/api/v2/webhooks/{created['id']}/test", tenant=tenant_a)
    assert response.status_code == 200, response.text
    result = response.json["_data"]
    assert result["status"] == "succeeded"
    assert result["status_code"] == 200
    assert result["response_excerpt"] == '{"ok": true}'
    assert result["event_type"] == "webhook.ping"
    assert result["next_retry_at"] is None
    assert isinstance(result["latency_ms"], int)

    [ping] = receiver.wait_for(1)
    body = ping.verify(created["secret"])
    assert body["type"] == "webhook.ping"
    assert body["id"] == ping.headers["webhook-id"] == result["message_id"]
    assert body["tenant"] == {"id": tenant_a.tenant.id, "slug": tenant_a.slug}
    assert body["data"] == {"webhook_id": created["id"]}

    log = api.get(f"/api/v2/webhooks/{created['id']}/deliveries", tenant=tenant_a).json
    assert [d["id"] for d in log["_data"]] == [result["id"]]


def test_a_failed_ping_is_a_result_not_an_error(api: Api, tenant_a: Seeded) -> None:
    created = create(api, tenant_a, f"http://127.0.0.1:{free_port()}/down")
    response = api.post(f"/api/v2/webhooks/{created['id']}/test", tenant=tenant_a)
    assert response.status_code == 200
    result = response.json["_data"]
    assert result["status"] == "failed"
    assert result["status_code"] is None
    assert "ConnectError" in result["error"]


def test_rotating_the_secret_signs_with_the_new_one(
    api: Api, tenant_a: Seeded, receiver: Receiver
) -> None:
    created = create(api, tenant_a, receiver.url)
    rotated = api.post(f"/api/v2/webhooks/{created['id']}/rotate-secret", tenant=tenant_a)
    assert rotated.status_code == 200
    new_secret = rotated.json["_data"]["secret"]
    assert new_secret.startswith("whsec_")
    assert new_secret != created["secret"]
    api.post(f"/api/v2/webhooks/{created['id']}/test", tenant=tenant_a)
    [ping] = receiver.wait_for(1)
    ping.verify(new_secret)
    with pytest.raises(AssertionError):
        ping.verify(created["secret"])


def test_update_and_delete(api: Api, tenant_a: Seeded, receiver: Receiver) -> None:
    created = create(api, tenant_a, receiver.url)
    url = f"/api/v2/webhooks/{created['id']}"
    updated = api.request(
        "PUT",
        url,
        tenant=tenant_a,
        json={"event_types": ["course.completed"], "description": "x", "enabled": False},
    )
    assert updated.status_code == 200, updated.text
    data = updated.json["_data"]
    assert (data["event_types"], data["description"], data["enabled"]) == (
        ["course.completed"],
        "x",
        False,
    )
    assert data["disabled_reason"]
    listed = api.get("/api/v2/webhooks?filter[enabled][eq]=false", tenant=tenant_a).json
    assert [w["id"] for w in listed["_data"]] == [created["id"]]
    enabled = api.request("PUT", url, tenant=tenant_a, json={"enabled": True}).json["_data"]
    assert (enabled["enabled"], enabled["disabled_reason"]) == (True, None)

    deleted = api.delete(url, tenant=tenant_a)
    assert deleted.status_code == 200
    assert deleted.json["_data"]["id"] == created["id"]
    assert api.get(url, tenant=tenant_a).status_code == 404
    assert api.delete(url, tenant=tenant_a).status_code == 404


def test_deliveries_are_logged_paginated_and_redeliverable(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, receiver: Receiver
) -> None:
    created = create(api, tenant_a, receiver.url)
    for n in range(3):
        run(make_event(tenant_a.tenant.id, EventType.USER_CREATED, {"user": {"id": n}}))
    deliver_pending(run, settings)
    receiver.wait_for(3)

    base = f"/api/v2/webhooks/{created['id']}/deliveries"
    page = api.get(f"{base}?page[size]=2", tenant=tenant_a).json
    assert page["_meta"]["pagination"]["total_results"] == 3
    newest = page["_data"][0]
    assert newest["event_type"] == "user.created"
    assert (newest["attempt"], newest["status"], newest["status_code"]) == (1, "succeeded", 200)
    assert newest["message_id"] == f"evt_{newest['event_id']}"
    assert page["_links"]["next"].endswith("page[number]=2&page[size]=2")
    filtered = api.get(f"{base}?filter[status][eq]=failed", tenant=tenant_a).json
    assert filtered["_data"] == []

    again = api.post(f"{base}/{newest['id']}/redeliver", tenant=tenant_a)
    assert again.status_code == 202, again.text
    assert again.json["_data"] == {
        "webhook_id": created["id"],
        "event_id": newest["event_id"],
        "status": "queued",
    }
    deliver_pending(run, settings)
    fourth = receiver.wait_for(4)[3]
    assert fourth.headers["webhook-id"] == newest["message_id"]
    fourth.verify(created["secret"])
    assert api.get(base, tenant=tenant_a).json["_meta"]["pagination"]["total_results"] == 4


def test_a_ping_cannot_be_redelivered(api: Api, tenant_a: Seeded, receiver: Receiver) -> None:
    created = create(api, tenant_a, receiver.url)
    ping = api.post(f"/api/v2/webhooks/{created['id']}/test", tenant=tenant_a).json["_data"]
    response = api.post(
        f"/api/v2/webhooks/{created['id']}/deliveries/{ping['id']}/redeliver", tenant=tenant_a
    )
    assert response.status_code == 422
    error_of(response)


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"event_types": ["*"]}, 400, "url"),
        ({"url": "https://93.184.215.14/h"}, 400, "event_types"),
        ({"url": 5, "event_types": ["*"]}, 400, "url"),
        ({"url": "https://93.184.215.14/h", "event_types": "*"}, 400, "event_types"),
        ({"url": "https://93.184.215.14/h", "event_types": [1]}, 400, "event_types.0"),
        ({"url": "https://93.184.215.14/h", "event_types": ["*"], "secret": "x"}, 400, "secret"),
        ({"url": "https://93.184.215.14/h", "event_types": []}, 422, "event_types"),
        ({"url": "https://93.184.215.14/h", "event_types": ["user.exploded"]}, 422, "event_types"),
        ({"url": "not a url", "event_types": ["*"]}, 422, "url"),
        ({"url": "ftp://93.184.215.14/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "https://u:p@93.184.215.14/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "https://93.184.215.14:99999/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://10.0.0.7/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://192.168.1.1/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://169.254.169.254/latest/meta-data", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://[::1]:8000/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://[fd00:ec2::254]/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://[::ffff:10.0.0.1]/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://[::127.0.0.2]/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://[64:ff9b::a9fe:a9fe]/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://[2002:a9fe:a9fe::]/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://[fec0::1]/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "http://0.0.0.0:8000/h", "event_types": ["*"]}, 422, "url"),
        # The allow-list of the test run is 127.0.0.1/32 only.
        ({"url": "http://127.0.0.2:8000/h", "event_types": ["*"]}, 422, "url"),
        ({"url": "https://93.184.215.14/" + "a" * 2100, "event_types": ["*"]}, 422, "url"),
        ({"url": "https://93.184.215.14/a\x00b", "event_types": ["*"]}, 422, "url"),
        ({"url": "https://exa\x00mple.com/", "event_types": ["*"]}, 422, "url"),
        ({"url": "https://93.184.215.14/a b", "event_types": ["*"]}, 422, "url"),
        ({"url": "https://93.184.215.14/h", "event_types": ["*\x00"]}, 422, "event_types"),
        (
            {"url": "https://93.184.215.14/h", "event_types": ["*"], "description": "a\x00"},
            422,
            "description",
        ),
        (
            {"url": "https://93.184.215.14/h", "event_types": ["*"], "description": "d" * 192},
            422,
            "description",
        ),
    ],
)
def test_invalid_bodies(
    api: Api, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    response = api.post("/api/v2/webhooks", tenant=tenant_a, json=body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param


def test_a_public_address_is_accepted(api: Api, tenant_a: Seeded) -> None:
    created = create(api, tenant_a, "https://93.184.215.14/hooks")
    assert created["url"] == "https://93.184.215.14/hooks"


def test_bad_updates(api: Api, tenant_a: Seeded, receiver: Receiver) -> None:
    url = f"/api/v2/webhooks/{create(api, tenant_a, receiver.url)['id']}"
    for body, status in (
        ({}, 400),
        ({"enabled": "yes"}, 400),
        ({"url": "http://10.1.2.3/"}, 422),
        ({"event_types": ["nope"]}, 422),
    ):
        response = api.request("PUT", url, tenant=tenant_a, json=body)
        assert response.status_code == status, (body, response.text)
        error_of(response)
    for raw in (b"", b"[]", b"{not json"):
        response = api.request("PUT", url, tenant=tenant_a, content=raw)
        assert response.status_code == 400
        error_of(response)


def test_a_huge_body_is_refused(api: Api, tenant_a: Seeded) -> None:
    body = {"url": "https://93.184.215.14/h", "event_types": ["*"], "description": "d" * 2**21}
    response = api.post("/api/v2/webhooks", tenant=tenant_a, json=body)
    assert response.status_code == 413
    error_of(response)


def test_a_tenant_has_a_bounded_number_of_webhooks(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    for _ in range(20):
        create(api, tenant_a, "https://93.184.215.14/h")
    response = api.post(
        "/api/v2/webhooks",
        tenant=tenant_a,
        json={"url": "https://93.184.215.14/h", "event_types": ["*"]},
    )
    assert response.status_code == 422
    error_of(response)


def test_scopes(api: Api, run: Any, tenant_a: Seeded, receiver: Receiver) -> None:
    webhook_id = create(api, tenant_a, receiver.url)["id"]
    reader = run(make_key(tenant_a.tenant, ["webhooks:read"]))
    assert api.get("/api/v2/webhooks", tenant=tenant_a, key=reader).status_code == 200
    for method, path in (
        ("POST", "/api/v2/webhooks"),
        ("PUT", f"/api/v2/webhooks/{webhook_id}"),
        ("DELETE", f"/api/v2/webhooks/{webhook_id}"),
        ("POST", f"/api/v2/webhooks/{webhook_id}/test"),
        ("POST", f"/api/v2/webhooks/{webhook_id}/rotate-secret"),
    ):
        body: dict[str, Any] = {"json": {}} if method in ("POST", "PUT") else {}
        response = api.request(method, path, tenant=tenant_a, key=reader, **body)
        assert response.status_code == 403, (method, path)
        error_of(response)
    other = run(make_key(tenant_a.tenant, ["users:write"]))
    assert api.get("/api/v2/webhooks", tenant=tenant_a, key=other).status_code == 403


def test_ids_out_of_range_are_404(api: Api, tenant_a: Seeded, receiver: Receiver) -> None:
    webhook_id = create(api, tenant_a, receiver.url)["id"]
    for path in (
        "/api/v2/webhooks/0",
        "/api/v2/webhooks/2147483648",
        "/api/v2/webhooks/99999999999999999999999/deliveries",
        f"/api/v2/webhooks/{webhook_id}/deliveries/0/redeliver",
        f"/api/v2/webhooks/{webhook_id}/deliveries/99999999999999999999999/redeliver",
    ):
        method = "POST" if path.endswith("redeliver") else "GET"
        response = api.request(method, path, tenant=tenant_a)
        assert response.status_code == 404, path
        error_of(response)


def test_a_disabled_endpoint_is_not_redelivered_to(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, receiver: Receiver
) -> None:
    created = create(api, tenant_a, receiver.url)
    run(make_event(tenant_a.tenant.id, EventType.USER_DELETED, {"user": {"id": 1}}))
    deliver_pending(run, settings)
    [delivery] = api.get(f"/api/v2/webhooks/{created['id']}/deliveries", tenant=tenant_a).json[
        "_data"
    ]
    api.request(
        "PUT", f"/api/v2/webhooks/{created['id']}", tenant=tenant_a, json={"enabled": False}
    )
    response = api.post(
        f"/api/v2/webhooks/{created['id']}/deliveries/{delivery['id']}/redeliver", tenant=tenant_a
    )
    assert response.status_code == 409
    error_of(response)


def test_enrollment_events_written_in_bulk_reach_webhooks(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, receiver: Receiver
) -> None:
    """Enrolling, and deleting a user and a course with their enrollments, write their events in
    one statement each: they go through the outbox like any other event."""
    create(api, tenant_a, receiver.url)
    users = [run(make_user(tenant_a.tenant)) for _ in range(2)]
    courses = [run(make_course(tenant_a.tenant)) for _ in range(2)]
    deliver_pending(run, settings)
    before = len(receiver.received)
    for user in users:
        for course in courses:
            body = {"user_id": user.id, "course_id": course.id}
            enrolled = api.post("/api/v2/enrollments", tenant=tenant_a, json=body)
            assert enrolled.status_code in (200, 201), enrolled.text
    assert api.delete(f"/api/v2/users/{users[0].id}", tenant=tenant_a).status_code == 200
    assert api.delete(f"/api/v2/courses/{courses[0].id}", tenant=tenant_a).status_code == 204
    deliver_pending(run, settings)
    received = receiver.wait_for(before + 9)[before:]
    enrollment_events = sorted(
        (r.json["type"], r.json["data"]["user_id"], r.json["data"]["course_id"])
        for r in received
        if r.json["type"].startswith("enrollment.")
    )
    pairs = sorted((u.id, c.id) for u in users for c in courses)
    deleted = sorted(p for p in pairs if p[0] == users[0].id or p[1] == courses[0].id)
    assert enrollment_events == sorted(
        [("enrollment.created", *p) for p in pairs] + [("enrollment.deleted", *p) for p in deleted]
    )
