"""Trainings: the blocks of exercises of a lesson (a course's unit), in order.

A lesson's trainings hold the positions 1..n; every change to them locks the lesson's row first
(see `domain.ordering`). A training stays in the lesson it was created in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import NotFound
from core.query import INTEGER, TEXT, Filter, FilterField, Page, apply_filters, is_db_id
from domain.events import EventType, record_event
from domain.ordering import delete_sibling, lock_parent, make_room, update_sibling
from models.content import Training
from models.course import Unit
from shapes import trainings as shapes
from shapes.lessons import LessonTraining
from tenants.records import TenantRecord

TRAINING_FIELDS = frozenset({"name", "description"})
TRAINING_FILTERS: dict[str, FilterField] = {
    "lesson_id": FilterField("lesson_id", frozenset({"eq"}), INTEGER),
    "course_id": FilterField("course_id", frozenset({"eq"}), INTEGER),
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
}
TRAINING_COLUMNS = shapes.Training.columns


@dataclass(frozen=True, slots=True)
class NewTraining:
    lesson_id: int
    name: str
    description: str | None = None
    # 1-based; None, or past the end, appends.
    position: int | None = None


def trainings_in_tenant(tenant: TenantRecord) -> QuerySet[Training]:
    return Training.filter(tenant_id=tenant.id)


async def access_training_by_id(
    tenant: TenantRecord, training_id: int, *, param: str | None = None
) -> Training:
    """The tenant's training ``training_id``; NotFound for a missing id or another tenant's."""
    training = (
        await trainings_in_tenant(tenant).get_or_none(id=training_id)
        if is_db_id(training_id)
        else None
    )
    if training is None:
        raise NotFound(f"No training with id {training_id}", param=param)
    return training


async def lock_lesson(
    tenant: TenantRecord, lesson_id: int, connection: BaseDBAsyncClient, *, param: str | None = None
) -> Unit:
    """The tenant's lesson ``lesson_id``, its row held until the transaction ends: the lock on
    its trainings' positions. NotFound for a missing id or another tenant's."""
    return await lock_parent(Unit, tenant.id, lesson_id, connection, label="lesson", param=param)


def _siblings(
    tenant: TenantRecord, lesson_id: int, connection: BaseDBAsyncClient
) -> QuerySet[Training]:
    return trainings_in_tenant(tenant).using_db(connection).filter(lesson_id=lesson_id)


async def do_create_training(tenant: TenantRecord, new: NewTraining) -> Training:
    """Add a training to the tenant's lesson ``new.lesson_id`` at ``new.position`` (last when
    None or past the end). Raises NotFound (``param`` lesson_id) for a missing or another
    tenant's lesson. The training, the shift and ``training.created`` commit together."""
    async with in_transaction() as connection:
        lesson = await lock_lesson(tenant, new.lesson_id, connection, param="lesson_id")
        position = await make_room(_siblings(tenant, lesson.id, connection), new.position)
        training = await Training.create(
            tenant_id=tenant.id,
            lesson_id=lesson.id,
            course_id=lesson.course_id,
            position=position,
            name=new.name,
            description=new.description,
            using_db=connection,
        )
        await record_event(
            tenant.id,
            EventType.TRAINING_CREATED,
            {"id": training.id, "lesson_id": lesson.id, "name": training.name},
            connection=connection,
        )
    return training


async def do_update_training(
    tenant: TenantRecord,
    training: Training,
    changes: Mapping[str, Any],
    position: int | None = None,
) -> Training:
    """Apply ``changes`` (a subset of `TRAINING_FIELDS`) to the tenant's ``training`` and move
    it to ``position`` when given (clamped to its lesson's trainings). Raises NotFound when it
    is gone. Records ``training.updated`` with what changed, unless nothing did."""
    unknown = set(changes) - TRAINING_FIELDS
    if unknown:
        raise ValueError(f"not training fields: {sorted(unknown)}")
    async with in_transaction() as connection:
        await lock_lesson(tenant, training.lesson_id, connection)
        siblings = _siblings(tenant, training.lesson_id, connection)
        current, changed = await update_sibling(
            siblings, training.id, changes, position, connection, label="training"
        )
        if not changed:
            return current
        await record_event(
            tenant.id,
            EventType.TRAINING_UPDATED,
            {"id": current.id, "lesson_id": current.lesson_id, "changes": changed},
            connection=connection,
        )
    return current


async def do_delete_training(tenant: TenantRecord, training: Training) -> None:
    """Delete the tenant's ``training`` with its items; the trainings after it move up one
    place. Raises NotFound when it is gone already."""
    async with in_transaction() as connection:
        await lock_lesson(tenant, training.lesson_id, connection)
        siblings = _siblings(tenant, training.lesson_id, connection)
        current = await delete_sibling(siblings, training.id, label="training")
        await record_event(
            tenant.id,
            EventType.TRAINING_DELETED,
            {"id": current.id, "lesson_id": current.lesson_id, "name": current.name},
            connection=connection,
        )


async def list_trainings(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's trainings as plain rows, by lesson then position, and the total."""
    query = apply_filters(trainings_in_tenant(tenant), filters, TRAINING_FILTERS)
    rows = (
        await query.order_by("lesson_id", "position")
        .offset(page.offset)
        .limit(page.size)
        .values(*TRAINING_COLUMNS)
    )
    return rows, await query.count()


async def lesson_trainings(tenant: TenantRecord, lesson_id: int) -> list[dict[str, Any]]:
    """The trainings of the tenant's lesson ``lesson_id`` in order: id, name, position."""
    return (
        await trainings_in_tenant(tenant)
        .filter(lesson_id=lesson_id)
        .order_by("position")
        .values(*LessonTraining.columns)
    )
