"""Learning paths: enrollments into the path reach its courses, once, under races too."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from core.errors import Conflict
from core.scoping import tenant_scope
from domain import learning_paths
from domain.enrollments_of import ENROLLMENTS_COUNTER
from domain.learning_paths import (
    PathEnrollment,
    do_enroll_in_learning_path,
    do_update_learning_path,
)
from models.course import LearningPath
from models.learning import Enrollment, LearningPathEnrollment
from models.user import User
from tests.factories import Seeded, counter_value, make_course, make_learning_path, make_user


class Boom(Exception):
    pass


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


@pytest.mark.usefixtures("in_a")
def test_enrolling_twice_at_once_enrolls_once(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    course = run(make_course(tenant))
    path = run(make_learning_path(tenant, (course.id,)))
    user = run(make_user(tenant))

    async def twice() -> list[PathEnrollment | BaseException]:
        return list(
            await asyncio.gather(
                do_enroll_in_learning_path(tenant, user.id, path.id),
                do_enroll_in_learning_path(tenant, user.id, path.id),
                return_exceptions=True,
            )
        )

    results = run(twice())

    assert sum(isinstance(r, Conflict) for r in results) == 1, results
    assert run(LearningPathEnrollment.filter(user_id=user.id).count()) == 1
    assert run(Enrollment.filter(user_id=user.id).count()) == 1
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 1


async def _enroll_while_adding(
    tenant: Seeded, user: User, path: LearningPath, course_ids: list[int]
) -> None:
    await asyncio.gather(
        do_enroll_in_learning_path(tenant.tenant, user.id, path.id),
        do_update_learning_path(tenant.tenant, path, {}, course_ids),
    )


@pytest.mark.usefixtures("in_a")
def test_a_course_added_while_a_user_enrolls_reaches_them(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    for _ in range(4):
        first, added = run(make_course(tenant)), run(make_course(tenant))
        path = run(make_learning_path(tenant, (first.id,)))
        user = run(make_user(tenant))

        run(_enroll_while_adding(tenant_a, user, path, [first.id, added.id]))

        courses = set(run(Enrollment.filter(user_id=user.id).values_list("course_id", flat=True)))
        assert courses == {first.id, added.id}


@pytest.mark.usefixtures("in_a")
def test_a_failed_enrollment_writes_nothing(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    course = run(make_course(tenant))
    path = run(make_learning_path(tenant, (course.id,)))
    user = run(make_user(tenant))

    async def fail(*args: Any, **kwargs: Any) -> None:
        raise Boom

    monkeypatch.setattr(learning_paths, "record_event", fail)
    with pytest.raises(Boom):
        run(do_enroll_in_learning_path(tenant, user.id, path.id))

    assert not run(LearningPathEnrollment.filter(user_id=user.id).exists())
    assert not run(Enrollment.filter(user_id=user.id).exists())
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 0
