"""Branch writes: row, counter and event together or not at all; branch courses enroll nobody."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from core.errors import Conflict, NotFound
from core.scoping import tenant_scope
from domain import branches
from domain.branches import (
    BRANCHES_COUNTER,
    NewBranch,
    do_add_branch_course,
    do_add_branch_user,
    do_create_branch,
    do_delete_branch,
)
from models.event import Event
from models.learning import Enrollment
from models.organization import Branch
from tests.factories import Seeded, counter_value, make_course, make_user


class Boom(Exception):
    pass


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


async def _fail(*args: Any, **kwargs: Any) -> None:
    raise Boom


@pytest.mark.usefixtures("in_a")
def test_a_failed_event_leaves_no_branch_and_no_count(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    kept = run(do_create_branch(tenant, NewBranch(name="Kept")))
    monkeypatch.setattr(branches, "record_event", _fail)

    with pytest.raises(Boom):
        run(do_create_branch(tenant, NewBranch(name="Lost")))
    with pytest.raises(Boom):
        run(do_delete_branch(tenant, kept))

    assert run(Branch.all().values_list("name", flat=True)) == ["Kept"]
    assert run(counter_value(tenant.id, BRANCHES_COUNTER)) == 1
    assert run(Event.filter(type__startswith="branch.").count()) == 1


@pytest.mark.usefixtures("in_a")
def test_conflicts_and_missing_ids(run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    tenant = tenant_a.tenant
    branch = run(do_create_branch(tenant, NewBranch(name="Athens")))
    with pytest.raises(Conflict):
        run(do_create_branch(tenant, NewBranch(name="Athens")))
    assert run(counter_value(tenant.id, BRANCHES_COUNTER)) == 1

    stranger = run(make_user(tenant_b.tenant))
    with pytest.raises(NotFound) as error:
        run(do_add_branch_user(tenant, branch.id, stranger.id))
    assert error.value.param == "user_id"
    with pytest.raises(NotFound) as error:
        run(do_add_branch_user(tenant, 2**40, stranger.id))
    assert error.value.param == "branch_id"


@pytest.mark.usefixtures("in_a")
def test_branch_courses_are_a_catalog(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    branch = run(do_create_branch(tenant, NewBranch(name="Athens")))
    user, course = run(make_user(tenant)), run(make_course(tenant))

    run(do_add_branch_user(tenant, branch.id, user.id))
    run(do_add_branch_course(tenant, branch.id, course.id))

    assert run(Enrollment.all().count()) == 0
