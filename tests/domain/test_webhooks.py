"""Delivering events to webhook endpoints, in-process: subscriptions, signatures, the attempt
log, retries, disabling, and the connection-time address check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from core.outbound import outbound_client
from core.scoping import tenant_scope
from core.settings import Settings
from domain.events import EventType
from domain.webhook_delivery import DELIVER_KIND
from domain.webhooks import do_create_webhook, do_update_webhook
from models.job import Job, JobStatus
from models.webhook import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from tasks.worker import Worker
from tests.conftest import free_port
from tests.factories import Seeded, make_event
from tests.receiver import Receiver


async def make_webhook(
    tenant: Seeded, settings: Settings, url: str, event_types: list[str]
) -> tuple[WebhookEndpoint, str]:
    with tenant_scope(tenant.tenant.id):
        return await do_create_webhook(tenant.tenant, settings, url=url, event_types=event_types)


def drain(run: Any, settings: Settings) -> int:
    async def go() -> int:
        async with outbound_client(settings.webhook_allowed_networks, 2.0) as http:
            return await Worker(settings, http).run_until_idle()

    ran: int = run(go())
    return ran


async def attempts(endpoint_id: int) -> list[WebhookDelivery]:
    found: list[WebhookDelivery] = (
        await WebhookDelivery.all_tenants.filter(endpoint_id=endpoint_id).order_by("id").all()
    )
    return found


def test_events_reach_subscribed_endpoints_signed(
    run: Any, settings: Settings, tenant_a: Seeded, receiver: Receiver
) -> None:
    everything, secret = run(make_webhook(tenant_a, settings, receiver.url + "/all", ["*"]))
    users, users_secret = run(
        make_webhook(tenant_a, settings, receiver.url + "/users", ["user.created"])
    )
    paused, _ = run(make_webhook(tenant_a, settings, receiver.url + "/paused", ["*"]))
    with tenant_scope(tenant_a.tenant.id):
        run(do_update_webhook(tenant_a.tenant, settings, paused, enabled=False))

    created = run(
        make_event(tenant_a.tenant.id, EventType.USER_CREATED, {"user": {"id": 5, "x": "é"}})
    )
    run(make_event(tenant_a.tenant.id, EventType.ENROLLMENT_CREATED, {"enrollment": {}}))
    drain(run, settings)

    got = receiver.wait_for(3)
    by_path: dict[str, list[Any]] = {}
    for request in got:
        by_path.setdefault(request.path, []).append(request)
    assert sorted(by_path) == ["/hooks/all", "/hooks/users"]
    assert len(by_path["/hooks/all"]) == 2
    [to_users] = by_path["/hooks/users"]
    body = to_users.verify(users_secret)
    assert body == {
        "id": f"evt_{created.id}",
        "type": "user.created",
        "created_at": body["created_at"],
        "tenant": {"id": tenant_a.tenant.id, "slug": tenant_a.slug},
        "data": {"user": {"id": 5, "x": "é"}},
    }
    assert body["created_at"].endswith("Z")
    assert to_users.headers["content-type"] == "application/json"
    for request in by_path["/hooks/all"]:
        request.verify(secret)

    logged = run(attempts(users.id))
    assert [(d.attempt, d.status, d.status_code) for d in logged] == [
        (1, DeliveryStatus.SUCCEEDED, 200)
    ]
    assert run(attempts(paused.id)) == []
    assert run(attempts(everything.id))[0].message_id.startswith("evt_")


def test_failed_attempts_are_logged_with_their_next_retry(
    run: Any, settings: Settings, tenant_a: Seeded, receiver: Receiver
) -> None:
    receiver.behaviour.status = 503
    receiver.behaviour.answer = b"maintenance"
    endpoint, _ = run(make_webhook(tenant_a, settings, receiver.url, ["*"]))
    run(make_event(tenant_a.tenant.id, EventType.COURSE_COMPLETED, {}))
    drain(run, settings)
    [first] = run(attempts(endpoint.id))
    assert (first.attempt, first.status, first.status_code) == (1, DeliveryStatus.FAILED, 503)
    assert first.error == "HTTP 503"
    assert first.response_excerpt == "maintenance"
    job = run(Job.all_tenants.get(tenant_id=tenant_a.tenant.id, kind=DELIVER_KIND))
    assert job.status == JobStatus.QUEUED
    assert first.next_retry_at == job.run_at
    assert first.next_retry_at is not None
    assert first.next_retry_at > first.created_at + timedelta(seconds=30)

    run(Job.all_tenants.filter(id=job.id).update(run_at=datetime.now(UTC)))
    receiver.behaviour.status = 204
    drain(run, settings)
    second = run(attempts(endpoint.id))[1]
    assert (second.attempt, second.status, second.next_retry_at) == (
        2,
        DeliveryStatus.SUCCEEDED,
        None,
    )
    assert run(Job.all_tenants.get(id=job.id)).status == JobStatus.SUCCEEDED


def test_an_endpoint_failing_for_days_is_disabled_until_the_tenant_enables_it(
    run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    endpoint, _ = run(make_webhook(tenant_a, settings, f"http://127.0.0.1:{free_port()}/", ["*"]))
    run(make_event(tenant_a.tenant.id, EventType.USER_UPDATED, {}))
    drain(run, settings)
    failing = run(WebhookEndpoint.all_tenants.get(id=endpoint.id))
    assert failing.enabled
    assert failing.failing_since is not None

    four_days_ago = datetime.now(UTC) - timedelta(days=4)
    run(WebhookEndpoint.all_tenants.filter(id=endpoint.id).update(failing_since=four_days_ago))
    run(Job.all_tenants.filter(tenant_id=tenant_a.tenant.id).update(run_at=datetime.now(UTC)))
    drain(run, settings)
    disabled = run(WebhookEndpoint.all_tenants.get(id=endpoint.id))
    assert not disabled.enabled
    assert "failed since" in (disabled.disabled_reason or "")
    last = run(attempts(endpoint.id))[-1]
    assert last.next_retry_at is None
    job = run(Job.all_tenants.get(tenant_id=tenant_a.tenant.id, kind=DELIVER_KIND))
    assert job.status == JobStatus.SUCCEEDED  # nothing more to do for a disabled endpoint

    run(make_event(tenant_a.tenant.id, EventType.USER_UPDATED, {}))
    drain(run, settings)
    assert len(run(attempts(endpoint.id))) == 2  # disabled: not even tried

    with tenant_scope(tenant_a.tenant.id):
        enabled = run(do_update_webhook(tenant_a.tenant, settings, disabled, enabled=True))
    assert (enabled.enabled, enabled.disabled_reason, enabled.failing_since) == (True, None, None)


def test_the_address_is_checked_again_at_delivery_time(
    run: Any, settings: Settings, tenant_a: Seeded, receiver: Receiver
) -> None:
    endpoint, _ = run(make_webhook(tenant_a, settings, receiver.url, ["*"]))
    run(make_event(tenant_a.tenant.id, EventType.LESSON_COMPLETED, {}))
    # As if the name now resolved to a private address: the allow-list no longer covers it.
    drain(run, settings.model_copy(update={"webhook_allowed_networks": ()}))
    [refused] = run(attempts(endpoint.id))
    assert refused.status == DeliveryStatus.FAILED
    assert refused.status_code is None
    assert "non-public address" in (refused.error or "")
    assert receiver.received == []
