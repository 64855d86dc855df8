"""Enrollment writes: counters and events in the same transaction, the caller's transaction
honoured, duplicates skipped or refused, other tenants' ids never enrolled."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
from core.scoping import tenant_scope
from domain.enrollments import do_enroll, do_enroll_missing, do_unenroll
from domain.enrollments_of import ENROLLMENTS_COUNTER, do_delete_enrollments_of
from models.event import Event
from models.learning import Enrollment, EnrollmentRole
from tests.factories import Seeded, counter_value, make_course, make_user


class Boom(Exception):
    pass


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


def events(run: Any, type: str) -> list[dict[str, Any]]:
    rows = run(Event.filter(type=type).order_by("id").values_list("data", flat=True))
    return list(rows)


@pytest.mark.usefixtures("in_a")
def test_enroll_writes_row_counter_and_event(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user, course = run(make_user(tenant)), run(make_course(tenant))

    enrollment = run(do_enroll(tenant, user.id, course.id, EnrollmentRole.INSTRUCTOR))

    assert (enrollment.user_id, enrollment.course_id) == (user.id, course.id)
    assert enrollment.role == EnrollmentRole.INSTRUCTOR
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 1
    assert events(run, "enrollment.created") == [
        {"id": enrollment.id, "user_id": user.id, "course_id": course.id, "role": "instructor"}
    ]


@pytest.mark.usefixtures("in_a")
def test_enrolling_twice_conflicts_unless_existing_ok(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user, course = run(make_user(tenant)), run(make_course(tenant))
    first = run(do_enroll(tenant, user.id, course.id))

    with pytest.raises(Conflict):
        run(do_enroll(tenant, user.id, course.id))
    again = run(do_enroll(tenant, user.id, course.id, EnrollmentRole.INSTRUCTOR, existing_ok=True))

    assert again.id == first.id
    assert again.role == EnrollmentRole.LEARNER
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 1
    assert len(events(run, "enrollment.created")) == 1


@pytest.mark.usefixtures("in_a")
def test_enroll_joins_the_callers_transaction(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user, course, other = run(make_user(tenant)), run(make_course(tenant)), run(make_course(tenant))

    async def enroll_then_fail() -> None:
        async with in_transaction() as connection:
            await do_enroll(tenant, user.id, course.id, connection=connection)
            # A conflict raised inside leaves the caller's transaction usable.
            with pytest.raises(Conflict):
                await do_enroll(tenant, user.id, course.id, connection=connection)
            await do_enroll(tenant, user.id, other.id, connection=connection)
            raise Boom

    with pytest.raises(Boom):
        run(enroll_then_fail())
    assert run(Enrollment.filter(user_id=user.id).count()) == 0
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 0
    assert events(run, "enrollment.created") == []

    async def enroll_and_commit() -> None:
        async with in_transaction() as connection:
            await do_enroll(tenant, user.id, course.id, connection=connection)
            await do_enroll(tenant, user.id, other.id, connection=connection)

    run(enroll_and_commit())
    assert run(Enrollment.filter(user_id=user.id).count()) == 2
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 2


def test_other_tenants_ids_are_not_found_and_never_enrolled(
    run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    a, b = tenant_a.tenant, tenant_b.tenant
    user_a, course_a = run(make_user(a)), run(make_course(a))
    user_b, course_b = run(make_user(b)), run(make_course(b))
    with tenant_scope(a.id):
        with pytest.raises(NotFound) as missing_user:
            run(do_enroll(a, user_b.id, course_a.id))
        assert missing_user.value.param == "user_id"
        with pytest.raises(NotFound) as missing_course:
            run(do_enroll(a, user_a.id, course_b.id))
        assert missing_course.value.param == "course_id"

        async def sneak() -> list[Any]:
            async with in_transaction() as connection:
                return await do_enroll_missing(
                    a,
                    [(user_b.id, course_a.id), (user_a.id, course_b.id), (user_b.id, course_b.id)],
                    connection=connection,
                )

        assert run(sneak()) == []
        assert run(Enrollment.all().count()) == 0
    with tenant_scope(b.id):
        assert run(Enrollment.all().count()) == 0


@pytest.mark.usefixtures("in_a")
def test_enroll_missing_skips_existing_and_tags_events(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    users = [run(make_user(tenant)) for _ in range(3)]
    course = run(make_course(tenant))
    run(do_enroll(tenant, users[0].id, course.id))

    async def sync() -> list[Any]:
        async with in_transaction() as connection:
            return await do_enroll_missing(
                tenant,
                [(u.id, course.id) for u in users] + [(2**40, course.id)],
                connection=connection,
                event_data={"group_id": 7},
            )

    created = run(sync())
    assert sorted(e.user_id for e in created) == sorted(u.id for u in users[1:])
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 3
    tagged = [e for e in events(run, "enrollment.created") if e.get("group_id") == 7]
    assert sorted(e["user_id"] for e in tagged) == sorted(u.id for u in users[1:])
    assert run(sync()) == []


@pytest.mark.usefixtures("in_a")
def test_unenroll_deletes_with_counter_and_event(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user, course = run(make_user(tenant)), run(make_course(tenant))
    enrollment = run(do_enroll(tenant, user.id, course.id))

    run(do_unenroll(tenant, user.id, course.id))

    assert not run(Enrollment.filter(id=enrollment.id).exists())
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 0
    assert events(run, "enrollment.deleted") == [
        {"id": enrollment.id, "user_id": user.id, "course_id": course.id}
    ]
    with pytest.raises(NotFound):
        run(do_unenroll(tenant, user.id, course.id))
    with pytest.raises(NotFound):
        run(do_unenroll(tenant, 2**40, course.id))


@pytest.mark.usefixtures("in_a")
def test_delete_enrollments_of_a_user_keeps_the_counter_exact(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    leaving, staying = run(make_user(tenant)), run(make_user(tenant))
    courses = [run(make_course(tenant)) for _ in range(3)]
    for course in courses:
        run(do_enroll(tenant, leaving.id, course.id))
    run(do_enroll(tenant, staying.id, courses[0].id))

    async def delete_of_user() -> int:
        async with in_transaction() as connection:
            return await do_delete_enrollments_of(tenant, user_id=leaving.id, connection=connection)

    assert run(delete_of_user()) == 3
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 1
    assert len(events(run, "enrollment.deleted")) == 3
    assert run(delete_of_user()) == 0
