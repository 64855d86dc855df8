from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from core.scoping import tenant_scope
from domain.events import (
    DISPATCH_KIND,
    EventType,
    enqueue_dispatches,
    events_in_tenant,
    record_event,
)
from models.event import Event
from models.job import Job, JobStatus
from tests.factories import Seeded


class Abort(Exception):
    pass


def connection() -> Any:
    return connections.get("default")


@pytest.fixture(autouse=True)
def in_a(tenant_a: Seeded) -> Iterator[None]:
    """Events are written as their tenant: tenant_a unless a test says otherwise."""
    with tenant_scope(tenant_a.tenant.id):
        yield


def test_an_event_and_its_dispatch_job_are_written_together(run: Any, tenant_a: Seeded) -> None:
    event = run(record_event(tenant_a.tenant.id, EventType.USER_CREATED, {"user": {"id": 7}}))
    assert event.type == "user.created"
    jobs = run(Job.all_tenants.filter(tenant_id=tenant_a.tenant.id, kind=DISPATCH_KIND).all())
    assert [j.payload for j in jobs] == [{"event_id": event.id, "type": "user.created"}]
    assert jobs[0].status == JobStatus.QUEUED


def test_nothing_is_written_when_the_callers_transaction_rolls_back(
    run: Any, tenant_a: Seeded
) -> None:
    async def change_then_fail() -> None:
        async with in_transaction() as conn:
            await record_event(
                tenant_a.tenant.id, EventType.USER_DELETED, {"user": {"id": 1}}, connection=conn
            )
            raise Abort

    with pytest.raises(Abort):
        run(change_then_fail())
    assert run(Event.all_tenants.filter(tenant_id=tenant_a.tenant.id).count()) == 0
    assert run(Job.all_tenants.filter(tenant_id=tenant_a.tenant.id).count()) == 0


def test_events_are_read_per_tenant_in_order(run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    for n in range(3):
        run(record_event(tenant_a.tenant.id, EventType.LESSON_COMPLETED, {"n": n}))
    with tenant_scope(tenant_b.tenant.id):
        run(record_event(tenant_b.tenant.id, EventType.LESSON_COMPLETED, {"n": 99}))

    async def read(tenant_id: int) -> list[Any]:
        with tenant_scope(tenant_id):
            return await events_in_tenant(tenant_id).order_by("id").values_list("data", flat=True)

    assert run(read(tenant_a.tenant.id)) == [{"n": 0}, {"n": 1}, {"n": 2}]
    assert run(read(tenant_b.tenant.id)) == [{"n": 99}]


def test_undeclared_event_types_are_a_programming_error(run: Any, tenant_a: Seeded) -> None:
    for bad in ("user", "User.Created", "user.exploded", "user." + "x" * 64):
        with pytest.raises(ValueError, match="not declared in EventType"):
            run(record_event(tenant_a.tenant.id, cast(EventType, bad), {}))
        with pytest.raises(ValueError, match="not declared in EventType"):
            run(enqueue_dispatches(tenant_a.tenant.id, [(1, bad)], connection=connection()))
    assert run(Event.all_tenants.filter(tenant_id=tenant_a.tenant.id).count()) == 0
    assert run(Job.all_tenants.filter(tenant_id=tenant_a.tenant.id).count()) == 0
