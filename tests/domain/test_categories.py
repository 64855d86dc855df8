"""The category tree stays a tree: parents of the same tenant, no cycles, even under races."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from core.errors import Conflict, NotFound
from core.scoping import tenant_scope
from domain.categories import (
    NewCategory,
    access_category_by_id,
    do_create_category,
    do_delete_category,
    do_update_category,
)
from models.course import Category
from tests.factories import Seeded, make_category


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


def has_cycle(run: Any) -> bool:
    parents = dict(run(Category.all().values_list("id", "parent_id")))
    for start in parents:
        seen, node = set(), parents[start]
        while node is not None:
            if node == start or node in seen:
                return True
            seen.add(node)
            node = parents.get(node)
    return False


async def _cross(tenant: Seeded, a: Category, b: Category) -> list[object]:
    return list(
        await asyncio.gather(
            do_update_category(tenant.tenant, a, {"parent_id": b.id}),
            do_update_category(tenant.tenant, b, {"parent_id": a.id}),
            return_exceptions=True,
        )
    )


@pytest.mark.usefixtures("in_a")
def test_crossed_moves_at_once_cannot_close_a_cycle(run: Any, tenant_a: Seeded) -> None:
    for _ in range(5):
        a, b = run(make_category(tenant_a.tenant)), run(make_category(tenant_a.tenant))

        results = run(_cross(tenant_a, a, b))

        assert sum(isinstance(r, Conflict) for r in results) == 1, results
        assert not has_cycle(run)


async def _attach_while_deleting(tenant: Seeded, parent: Category, name: str) -> list[object]:
    return list(
        await asyncio.gather(
            do_create_category(tenant.tenant, NewCategory(name=name, parent_id=parent.id)),
            do_delete_category(tenant.tenant, parent),
            return_exceptions=True,
        )
    )


@pytest.mark.usefixtures("in_a")
def test_a_parent_deleted_meanwhile_takes_no_child(run: Any, tenant_a: Seeded) -> None:
    for attempt in range(5):
        parent = run(make_category(tenant_a.tenant))

        results = run(_attach_while_deleting(tenant_a, parent, f"Child {attempt}"))

        # Either the child came first (and the parent stays), or the deletion did (no child).
        if run(Category.filter(id=parent.id).exists()):
            assert isinstance(results[1], Conflict), results
            assert run(Category.filter(parent_id=parent.id).count()) == 1
        else:
            assert isinstance(results[0], NotFound), results
            assert run(Category.filter(parent_id=parent.id).count()) == 0


@pytest.mark.usefixtures("in_a")
def test_another_tenants_category_is_not_found(
    run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    theirs = run(make_category(tenant_b.tenant))
    with pytest.raises(NotFound):
        run(access_category_by_id(tenant_a.tenant, theirs.id))
    with pytest.raises(NotFound) as raised:
        run(do_create_category(tenant_a.tenant, NewCategory(name="x", parent_id=theirs.id)))
    assert raised.value.param == "parent_id"
