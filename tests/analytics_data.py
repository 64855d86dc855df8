"""Hand-built progress for the analytics tests: content, and events stored the way ingest
stores them (the rows, then the rollups, in one transaction)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from tortoise.models import Model
from tortoise.transactions import in_transaction

from core.scoping import tenant_scope
from domain.progress.rollup import RolledEvent, do_roll_up_progress_events
from models.content import CefrLevel, CefrSkill, Training, TrainingItem, TrainingItemType
from models.progress import LEVEL_CODES, SKILL_CODES, ProgressEvent, ProgressOutcome

COMPLETED = ProgressOutcome.COMPLETED
PASSED = ProgressOutcome.PASSED
FAILED = ProgressOutcome.FAILED
STARTED = ProgressOutcome.STARTED


M = TypeVar("M", bound=Model)


async def create(model: type[M], **values: Any) -> M:
    """A row of a tenant-owned model, created as its tenant."""
    with tenant_scope(values["tenant_id"]):
        return await model.create(**values)


@dataclass(frozen=True)
class Item:
    id: int
    lesson_id: int
    course_id: int
    skill: CefrSkill
    level: CefrLevel


async def make_items(
    tenant_id: int,
    lesson_id: int,
    course_id: int,
    skill: CefrSkill = CefrSkill.LISTENING,
    level: CefrLevel = CefrLevel.A1,
    count: int = 1,
) -> list[Item]:
    """``count`` exercises of one skill and level in a new training of the lesson."""
    training = await create(
        Training,
        tenant_id=tenant_id,
        lesson_id=lesson_id,
        course_id=course_id,
        position=1,
        name="T",
    )
    items = []
    for position in range(1, count + 1):
        item = await create(
            TrainingItem,
            tenant_id=tenant_id,
            training_id=training.id,
            lesson_id=lesson_id,
            course_id=course_id,
            position=position,
            type=TrainingItemType.QUIZ,
            skill=skill,
            level=level,
            name=f"Item {position}",
        )
        items.append(Item(item.id, lesson_id, course_id, skill, level))
    return items


@dataclass(frozen=True)
class Ev:
    user_id: int
    at: datetime
    outcome: ProgressOutcome = COMPLETED
    item: Item | None = None
    lesson_id: int | None = None
    course_id: int | None = None
    score: float | None = None
    max_score: float | None = None
    seconds: int = 0


async def store_events(tenant_id: int, events: list[Ev]) -> None:
    rows: list[dict[str, Any]] = []
    for e in events:
        lesson_id = e.item.lesson_id if e.item else e.lesson_id
        course_id = e.item.course_id if e.item else e.course_id
        assert lesson_id is not None
        assert course_id is not None
        rows.append(
            {
                "tenant_id": tenant_id,
                "client_event_id": secrets.token_hex(8),
                "user_id": e.user_id,
                "course_id": course_id,
                "lesson_id": lesson_id,
                "training_item_id": e.item.id if e.item else None,
                "outcome": e.outcome,
                "skill": SKILL_CODES[e.item.skill] if e.item else None,
                "level": LEVEL_CODES[e.item.level] if e.item else None,
                "score": e.score,
                "max_score": e.max_score,
                "seconds_spent": e.seconds,
                "occurred_at": e.at,
            }
        )
    # The transaction's connection is bound to the tenant current when it opens.
    with tenant_scope(tenant_id):
        async with in_transaction() as connection:
            await ProgressEvent.bulk_create(
                [ProgressEvent(**row) for row in rows], using_db=connection
            )
            await do_roll_up_progress_events(
                connection,
                tenant_id,
                [
                    RolledEvent(
                        user_id=r["user_id"],
                        course_id=r["course_id"],
                        lesson_id=r["lesson_id"],
                        training_item_id=r["training_item_id"],
                        outcome=int(r["outcome"]),
                        score=r["score"],
                        max_score=r["max_score"],
                        seconds_spent=r["seconds_spent"],
                        occurred_at=r["occurred_at"],
                    )
                    for r in rows
                ],
            )
