"""Training items: the exercises of a training, in order, each of a type and tagged with the
CEFR skill and level it trains.

A training's items hold the positions 1..n; every change to them locks the training's row first
(see `domain.ordering`). An item stays in the training it was created in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import NotFound
from core.query import INTEGER, TEXT, Filter, FilterField, Page, apply_filters, choice, is_db_id
from domain.events import EventType, record_event
from domain.ordering import delete_sibling, lock_parent, make_room, update_sibling
from models.content import CefrLevel, CefrSkill, Training, TrainingItem, TrainingItemType
from shapes import training_items as shapes
from tenants.records import TenantRecord

ITEM_FIELDS = frozenset({"name", "type", "skill", "level", "content"})
_LEVELS = choice(*(level.value for level in CefrLevel))
ITEM_FILTERS: dict[str, FilterField] = {
    "type": FilterField("type", frozenset({"eq"}), choice(*(t.value for t in TrainingItemType))),
    "skill": FilterField("skill", frozenset({"eq"}), choice(*(s.value for s in CefrSkill))),
    # A1 < A2 < … < C2 as text too, so gte/lte compare levels.
    "level": FilterField("level", frozenset({"eq", "gte", "lte"}), _LEVELS),
    "training_id": FilterField("training_id", frozenset({"eq"}), INTEGER),
    "lesson_id": FilterField("lesson_id", frozenset({"eq"}), INTEGER),
    "course_id": FilterField("course_id", frozenset({"eq"}), INTEGER),
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
}
ITEM_SUMMARY_COLUMNS = shapes.TrainingItemListItem.columns


@dataclass(frozen=True, slots=True)
class NewTrainingItem:
    training_id: int
    name: str
    type: TrainingItemType
    skill: CefrSkill
    level: CefrLevel
    content: dict[str, Any] = field(default_factory=dict)
    # 1-based; None, or past the end, appends.
    position: int | None = None


def items_in_tenant(tenant: TenantRecord) -> QuerySet[TrainingItem]:
    return TrainingItem.filter(tenant_id=tenant.id)


async def access_item_by_id(tenant: TenantRecord, item_id: int) -> TrainingItem:
    """The tenant's training item ``item_id``; NotFound for a missing id or another tenant's."""
    item = await items_in_tenant(tenant).get_or_none(id=item_id) if is_db_id(item_id) else None
    if item is None:
        raise NotFound(f"No training item with id {item_id}")
    return item


async def _lock_training(
    tenant: TenantRecord,
    training_id: int,
    connection: BaseDBAsyncClient,
    *,
    param: str | None = None,
) -> Training:
    return await lock_parent(
        Training, tenant.id, training_id, connection, label="training", param=param
    )


def _siblings(
    tenant: TenantRecord, training_id: int, connection: BaseDBAsyncClient
) -> QuerySet[TrainingItem]:
    return items_in_tenant(tenant).using_db(connection).filter(training_id=training_id)


async def do_create_item(tenant: TenantRecord, new: NewTrainingItem) -> TrainingItem:
    """Add an item to the tenant's training ``new.training_id`` at ``new.position`` (last when
    None or past the end). Raises NotFound (``param`` training_id) for a missing or another
    tenant's training. The item, the shift and ``training_item.created`` commit together."""
    async with in_transaction() as connection:
        training = await _lock_training(tenant, new.training_id, connection, param="training_id")
        position = await make_room(_siblings(tenant, training.id, connection), new.position)
        item = await TrainingItem.create(
            tenant_id=tenant.id,
            training_id=training.id,
            lesson_id=training.lesson_id,
            course_id=training.course_id,
            position=position,
            name=new.name,
            type=new.type,
            skill=new.skill,
            level=new.level,
            content=new.content,
            using_db=connection,
        )
        await record_event(
            tenant.id,
            EventType.TRAINING_ITEM_CREATED,
            {"id": item.id, "training_id": training.id, "name": item.name, "type": item.type},
            connection=connection,
        )
    return item


async def do_update_item(
    tenant: TenantRecord,
    item: TrainingItem,
    changes: Mapping[str, Any],
    position: int | None = None,
) -> TrainingItem:
    """Apply ``changes`` (a subset of `ITEM_FIELDS`) to the tenant's ``item`` and move it to
    ``position`` when given (clamped to its training's items). Raises NotFound when it is gone.
    Records ``training_item.updated`` with the names of what changed, unless nothing did."""
    unknown = set(changes) - ITEM_FIELDS
    if unknown:
        raise ValueError(f"not training item fields: {sorted(unknown)}")
    async with in_transaction() as connection:
        await _lock_training(tenant, item.training_id, connection)
        siblings = _siblings(tenant, item.training_id, connection)
        current, changed = await update_sibling(
            siblings, item.id, changes, position, connection, label="training item"
        )
        if not changed:
            return current
        await record_event(
            tenant.id,
            EventType.TRAINING_ITEM_UPDATED,
            {"id": current.id, "training_id": current.training_id, "changed": sorted(changed)},
            connection=connection,
        )
    return current


async def do_delete_item(tenant: TenantRecord, item: TrainingItem) -> None:
    """Delete the tenant's ``item``; the items after it move up one place. Raises NotFound when
    it is gone already. Learners' progress events on it stay in their history."""
    async with in_transaction() as connection:
        await _lock_training(tenant, item.training_id, connection)
        siblings = _siblings(tenant, item.training_id, connection)
        current = await delete_sibling(siblings, item.id, label="training item")
        await record_event(
            tenant.id,
            EventType.TRAINING_ITEM_DELETED,
            {"id": current.id, "training_id": current.training_id, "name": current.name},
            connection=connection,
        )


async def list_items(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's training items as plain rows without their content, by training
    then position, and the total."""
    query = apply_filters(items_in_tenant(tenant), filters, ITEM_FILTERS)
    rows = (
        await query.order_by("training_id", "position")
        .offset(page.offset)
        .limit(page.size)
        .values(*ITEM_SUMMARY_COLUMNS)
    )
    return rows, await query.count()
