"""Group sync: all or nothing however large the group, and no member or course missed when both
change at once."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from core.scoping import tenant_scope
from domain import groups
from domain.enrollments_of import ENROLLMENTS_COUNTER
from domain.events import EventType, record_event
from domain.groups import (
    NewGroup,
    do_add_group_course,
    do_add_group_member,
    do_create_group,
)
from models.event import Event
from models.learning import Enrollment
from models.organization import GroupCourse, GroupMembership
from tests.factories import Seeded, counter_value, make_course, make_user

LARGE_GROUP = 150


class Boom(Exception):
    pass


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


async def _add_members(tenant: Seeded, group_id: int, count: int) -> list[int]:
    users = [await make_user(tenant.tenant) for _ in range(count)]
    for user in users:
        await do_add_group_member(tenant.tenant, group_id, user.id)
    return [user.id for user in users]


@pytest.mark.usefixtures("in_a")
def test_a_failure_midway_through_a_large_group_writes_nothing(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    group = run(do_create_group(tenant, NewGroup(name="Everyone")))
    members = run(_add_members(tenant_a, group.id, LARGE_GROUP))
    course = run(make_course(tenant))
    events_before = run(Event.all().count())

    async def fail_after_the_enrollments(
        tenant_id: int, type: EventType, *args: Any, **kw: Any
    ) -> Any:
        if type == "group.course_added":
            # By now every member's enrollment and event has been written in the transaction.
            assert await Enrollment.filter(course_id=course.id).using_db(
                kw["connection"]
            ).count() == len(members)
            raise Boom
        return await record_event(tenant_id, type, *args, **kw)

    monkeypatch.setattr(groups, "record_event", fail_after_the_enrollments)
    with pytest.raises(Boom):
        run(do_add_group_course(tenant, group.id, course.id))

    assert run(Enrollment.filter(course_id=course.id).count()) == 0
    assert not run(GroupCourse.filter(group_id=group.id).exists())
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 0
    assert run(Event.all().count()) == events_before

    monkeypatch.setattr(groups, "record_event", record_event)
    run(do_add_group_course(tenant, group.id, course.id))
    assert run(Enrollment.filter(course_id=course.id).count()) == LARGE_GROUP
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == LARGE_GROUP
    assert run(Event.filter(type="enrollment.created").count()) == LARGE_GROUP


@pytest.mark.usefixtures("in_a")
def test_a_failed_membership_enrolls_no_one(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    group = run(do_create_group(tenant, NewGroup(name="Onboarding")))
    for _ in range(3):
        run(do_add_group_course(tenant, group.id, run(make_course(tenant)).id))
    user = run(make_user(tenant))

    async def fail(*args: Any, **kwargs: Any) -> None:
        raise Boom

    monkeypatch.setattr(groups, "record_event", fail)
    with pytest.raises(Boom):
        run(do_add_group_member(tenant, group.id, user.id))

    assert not run(GroupMembership.filter(user_id=user.id).exists())
    assert run(Enrollment.filter(user_id=user.id).count()) == 0
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 0


async def _add_both(tenant: Seeded, group_id: int, user_id: int, course_id: int) -> None:
    await asyncio.gather(
        do_add_group_member(tenant.tenant, group_id, user_id),
        do_add_group_course(tenant.tenant, group_id, course_id),
    )


@pytest.mark.usefixtures("in_a")
def test_member_and_course_added_at_once_still_meet(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    for attempt in range(5):
        group = run(do_create_group(tenant, NewGroup(name=f"Race {attempt}")))
        user, course = run(make_user(tenant)), run(make_course(tenant))

        run(_add_both(tenant_a, group.id, user.id, course.id))

        assert run(Enrollment.filter(user_id=user.id, course_id=course.id).exists())
