"""Units of a course (TalentLMS's name; Atrium's learning content calls them lessons), in order.

A course's units hold the positions 1..n, no gaps and no repeats. Every change to them (insert,
move, delete, reorder) locks the course's row first and shifts the neighbours in the same
transaction, so concurrent writers queue up instead of interleaving their shifts, and the
positions are dense again whenever a transaction commits.

These functions know nothing of the wire: the ``units`` and ``lessons`` APIs both build on them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound, ValidationFailed
from core.query import TEXT, Filter, FilterField, Page, apply_filters, choice, is_db_id
from domain.events import EventType, record_event
from domain.ordering import delete_sibling, lock_parent, make_room, update_sibling
from models.course import Course, Unit, UnitType
from shapes import units as shapes
from tenants.records import TenantRecord

UNIT_FIELDS = frozenset({"name", "type", "content", "is_active"})
UNIT_FILTERS: dict[str, FilterField] = {
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
    "type": FilterField("type", frozenset({"eq"}), choice(*(t.value for t in UnitType))),
}
# A list leaves the content out: it can be long, and a list is for finding units.
UNIT_SUMMARY_COLUMNS = shapes.UnitListItem.columns


@dataclass(frozen=True, slots=True)
class NewUnit:
    name: str
    type: UnitType = UnitType.CONTENT
    content: str | None = None
    is_active: bool = True
    # 1-based; None, or past the end, appends.
    position: int | None = None


def units_in_tenant(tenant: TenantRecord) -> QuerySet[Unit]:
    return Unit.filter(tenant_id=tenant.id)


async def access_unit_by_id(tenant: TenantRecord, unit_id: int) -> Unit:
    """The tenant's unit ``unit_id``; NotFound for a missing id or another tenant's."""
    unit = await units_in_tenant(tenant).get_or_none(id=unit_id) if is_db_id(unit_id) else None
    if unit is None:
        raise NotFound(f"No unit with id {unit_id}")
    return unit


async def _lock_course(tenant: TenantRecord, course_id: int, connection: BaseDBAsyncClient) -> None:
    """Hold the course's row until the transaction ends: the lock on its units' positions."""
    await lock_parent(Course, tenant.id, course_id, connection, label="course")


def _course_units(
    tenant: TenantRecord, course_id: int, connection: BaseDBAsyncClient
) -> QuerySet[Unit]:
    return units_in_tenant(tenant).using_db(connection).filter(course_id=course_id)


async def do_create_unit(tenant: TenantRecord, course_id: int, new: NewUnit) -> Unit:
    """Add a unit to the tenant's course ``course_id`` at ``new.position`` (appended when None or
    past the end); the units from there on move down one place.

    Raises NotFound when the course is missing or another tenant's. The unit, the shift and the
    ``unit.created`` event commit together.
    """
    async with in_transaction() as connection:
        await _lock_course(tenant, course_id, connection)
        position = await make_room(_course_units(tenant, course_id, connection), new.position)
        unit = await Unit.create(
            tenant_id=tenant.id,
            course_id=course_id,
            position=position,
            name=new.name,
            type=new.type,
            content=new.content,
            is_active=new.is_active,
            using_db=connection,
        )
        await record_event(
            tenant.id,
            EventType.UNIT_CREATED,
            {"id": unit.id, "course_id": course_id, "name": unit.name, "position": position},
            connection=connection,
        )
    return unit


async def do_update_unit(
    tenant: TenantRecord, unit: Unit, changes: Mapping[str, Any], position: int | None = None
) -> Unit:
    """Apply ``changes`` (a subset of `UNIT_FIELDS`) to the tenant's ``unit`` and, when
    ``position`` is given, move it there (clamped to the course's units).

    Raises NotFound when the unit is gone. Records ``unit.updated`` with what changed, unless
    nothing did.
    """
    unknown = set(changes) - UNIT_FIELDS
    if unknown:
        raise ValueError(f"not unit fields: {sorted(unknown)}")
    async with in_transaction() as connection:
        await _lock_course(tenant, unit.course_id, connection)
        units = _course_units(tenant, unit.course_id, connection)
        current, changed = await update_sibling(
            units, unit.id, changes, position, connection, label="unit"
        )
        if not changed:
            return current
        await record_event(
            tenant.id,
            EventType.UNIT_UPDATED,
            {"id": current.id, "course_id": current.course_id, "changes": changed},
            connection=connection,
        )
    return current


async def do_delete_unit(tenant: TenantRecord, unit: Unit) -> None:
    """Delete the tenant's ``unit`` with its learners' progress in it; the units after it move
    up one place. Raises NotFound when it is gone already. The deletion, the shift and the
    ``unit.deleted`` event commit together."""
    async with in_transaction() as connection:
        await _lock_course(tenant, unit.course_id, connection)
        units = _course_units(tenant, unit.course_id, connection)
        current = await delete_sibling(units, unit.id, label="unit")
        await record_event(
            tenant.id,
            EventType.UNIT_DELETED,
            {"id": current.id, "course_id": current.course_id, "name": current.name},
            connection=connection,
        )


async def do_reorder_units(
    tenant: TenantRecord, course_id: int, unit_ids: Sequence[int]
) -> list[dict[str, Any]]:
    """Put the units of the tenant's course ``course_id`` in the order of ``unit_ids``, which must
    name each of them exactly once; returns them in their new order (`UNIT_SUMMARY_COLUMNS`).

    Raises NotFound for a missing or another tenant's course, ValidationFailed (``param``
    unit_ids) for a repeated id, and Conflict (``param`` unit_ids) when the ids are not exactly
    the course's units (a unit added or removed since the caller read them). The new positions
    and the ``course.units_reordered`` event commit together.
    """
    if len(set(unit_ids)) != len(unit_ids):
        raise ValidationFailed("unit_ids names a unit more than once", param="unit_ids")
    async with in_transaction() as connection:
        await _lock_course(tenant, course_id, connection)
        units = {unit.id: unit for unit in await _course_units(tenant, course_id, connection)}
        if set(unit_ids) != set(units):
            missing = sorted(set(units) - set(unit_ids))
            foreign = sorted(set(unit_ids) - set(units))
            raise Conflict(
                f"unit_ids must name each unit of course {course_id} once: "
                f"missing {missing}, not in the course {foreign}",
                param="unit_ids",
            )
        moved = []
        for position, unit_id in enumerate(unit_ids, start=1):
            unit = units[unit_id]
            if unit.position != position:
                unit.position = position
                moved.append(unit)
        if moved:
            await Unit.bulk_update(moved, fields=["position"], using_db=connection)
        await record_event(
            tenant.id,
            EventType.COURSE_UNITS_REORDERED,
            {"course_id": course_id, "unit_ids": list(unit_ids)},
            connection=connection,
        )
    return [
        {column: getattr(units[unit_id], column) for column in UNIT_SUMMARY_COLUMNS}
        for unit_id in unit_ids
    ]


async def list_units(
    tenant: TenantRecord, course_id: int, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the units of the tenant's course ``course_id`` in course order, as plain rows
    without their content, and the total."""
    query = apply_filters(
        units_in_tenant(tenant).filter(course_id=course_id), filters, UNIT_FILTERS
    )
    rows = (
        await query.order_by("position")
        .offset(page.offset)
        .limit(page.size)
        .values(*UNIT_SUMMARY_COLUMNS)
    )
    return rows, await query.count()


async def unit_summaries(tenant: TenantRecord, course_id: int) -> list[dict[str, Any]]:
    """Every unit of the tenant's course ``course_id`` in course order, without content."""
    return (
        await units_in_tenant(tenant)
        .filter(course_id=course_id)
        .order_by("position")
        .values(*UNIT_SUMMARY_COLUMNS)
    )
