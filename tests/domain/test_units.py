"""Unit positions stay dense (1..n) whatever mix of inserts, moves, deletes and reorders runs,
concurrently or not; a failed write leaves them as they were."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from typing import Any

import pytest

from core.errors import Conflict, NotFound
from core.scoping import tenant_scope
from domain import units
from domain.units import (
    NewUnit,
    access_unit_by_id,
    do_create_unit,
    do_delete_unit,
    do_reorder_units,
    do_update_unit,
)
from models.course import Unit
from models.event import Event
from tests.factories import Seeded, make_course, make_unit


class Boom(Exception):
    pass


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


def layout(run: Any, course_id: int) -> list[tuple[int, int]]:
    rows = run(Unit.filter(course_id=course_id).order_by("position").values_list("id", "position"))
    return [(unit_id, position) for unit_id, position in rows]


def assert_dense(run: Any, course_id: int) -> list[int]:
    rows = layout(run, course_id)
    assert [position for _, position in rows] == list(range(1, len(rows) + 1))
    return [unit_id for unit_id, _ in rows]


@pytest.mark.usefixtures("in_a")
def test_concurrent_inserts_keep_positions_dense(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    course = run(make_course(tenant))

    async def insert_many() -> list[Unit]:
        return await asyncio.gather(
            *(
                do_create_unit(tenant, course.id, NewUnit(name=f"U{n}", position=1 + n % 3))
                for n in range(12)
            )
        )

    created = run(insert_many())

    assert sorted(assert_dense(run, course.id)) == sorted(u.id for u in created)


@pytest.mark.usefixtures("in_a")
def test_a_random_mix_of_changes_keeps_positions_dense(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    course = run(make_course(tenant))
    for n in range(6):
        run(make_unit(tenant, course.id, name=f"U{n}"))
    rng = random.Random(7)

    async def one_change(step: int) -> None:
        ids = [u.id for u in await Unit.filter(course_id=course.id)]
        action = rng.choice(["insert", "move", "delete", "reorder"])
        try:
            if action == "insert" or not ids:
                position = rng.randint(1, len(ids) + 2)
                await do_create_unit(tenant, course.id, NewUnit(name=f"S{step}", position=position))
            elif action == "move":
                unit = await access_unit_by_id(tenant, rng.choice(ids))
                await do_update_unit(tenant, unit, {}, rng.randint(1, len(ids) + 1))
            elif action == "delete":
                await do_delete_unit(tenant, await access_unit_by_id(tenant, rng.choice(ids)))
            else:
                rng.shuffle(ids)
                await do_reorder_units(tenant, course.id, ids)
        except (NotFound, Conflict):
            pass  # a concurrent change got there first: the caller would re-read and retry

    for round_ in range(4):
        run(asyncio.gather(*(one_change(round_ * 10 + n) for n in range(8))))
        assert_dense(run, course.id)


@pytest.mark.usefixtures("in_a")
def test_moves(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    course = run(make_course(tenant))
    a, b, c = (run(make_unit(tenant, course.id, name=name)) for name in "ABC")

    run(do_update_unit(tenant, a, {"name": "A2"}, 3))
    assert assert_dense(run, course.id) == [b.id, c.id, a.id]
    run(do_update_unit(tenant, c, {}, 1))
    assert assert_dense(run, course.id) == [c.id, b.id, a.id]
    unchanged = run(do_update_unit(tenant, b, {"name": b.name}, 2))
    assert unchanged.position == 2
    assert run(Event.filter(type="unit.updated").count()) == 2


@pytest.mark.usefixtures("in_a")
def test_a_failed_insert_changes_nothing(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    course = run(make_course(tenant))
    before = [run(make_unit(tenant, course.id)).id for _ in range(3)]

    async def fail(*args: Any, **kwargs: Any) -> None:
        raise Boom

    monkeypatch.setattr(units, "record_event", fail)
    with pytest.raises(Boom):
        run(do_create_unit(tenant, course.id, NewUnit(name="x", position=1)))
    with pytest.raises(Boom):
        run(do_reorder_units(tenant, course.id, before[::-1]))
    with pytest.raises(Boom):
        run(do_delete_unit(tenant, run(access_unit_by_id(tenant, before[0]))))

    assert assert_dense(run, course.id) == before


@pytest.mark.usefixtures("in_a")
def test_another_tenants_course_takes_no_units(
    run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    theirs = run(make_course(tenant_b.tenant))
    with pytest.raises(NotFound):
        run(do_create_unit(tenant_a.tenant, theirs.id, NewUnit(name="x")))
    with pytest.raises(NotFound):
        run(do_reorder_units(tenant_a.tenant, theirs.id, []))
