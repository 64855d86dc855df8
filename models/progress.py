"""Progress events written by learner apps, and the item completions derived from them.

`ProgressEvent` is the fact table the analytics read: up to millions of rows per tenant, so it
is narrow (small integer codes, no text but the client's id) and indexed for the two ways it is
read, a learner's history and a tenant's period. Content ids are plain columns without foreign
keys: no check or lock on content rows slows ingest, and the history outlives content edits.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned
from models.content import CefrLevel, CefrSkill

if TYPE_CHECKING:
    from models.content import TrainingItem
    from models.tenant import Tenant
    from models.user import User


class ProgressOutcome(IntEnum):
    STARTED = 1
    COMPLETED = 2
    PASSED = 3
    FAILED = 4


# How events store an item's skill and level; levels are numbered in CEFR order.
SKILL_CODES: dict[CefrSkill, int] = {skill: code for code, skill in enumerate(CefrSkill, 1)}
LEVEL_CODES: dict[CefrLevel, int] = {level: code for code, level in enumerate(CefrLevel, 1)}
SKILLS_BY_CODE: dict[int, CefrSkill] = {code: skill for skill, code in SKILL_CODES.items()}
LEVELS_BY_CODE: dict[int, CefrLevel] = {code: level for level, code in LEVEL_CODES.items()}


class ProgressEvent(TenantOwned):
    id = fields.BigIntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    # The client's own id of the event: a replay of it is not stored twice.
    client_event_id = fields.CharField(max_length=64)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    user_id: int
    course_id = fields.IntField()
    lesson_id = fields.IntField()
    training_item_id = fields.IntField(null=True)
    outcome = fields.IntEnumField(ProgressOutcome)
    # `SKILL_CODES` and `LEVEL_CODES` of the item; null for an event about a whole lesson.
    skill = fields.SmallIntField(null=True)
    level = fields.SmallIntField(null=True)
    score = fields.FloatField(null=True)
    max_score = fields.FloatField(null=True)
    seconds_spent = fields.IntField(default=0)
    occurred_at = fields.DatetimeField()
    # When a reset of the learner's progress in the course set the event aside (null: it
    # counts): progress no longer derives from it, the history and analytics still do.
    reset_at = fields.DatetimeField(null=True)

    class Meta:
        table = "progress_events"
        unique_together = (("tenant_id", "client_event_id"),)
        indexes = (("tenant_id", "user_id", "occurred_at"), ("tenant_id", "occurred_at"))


class ItemCompletion(TenantOwned):
    """A learner's first completion (or pass) of a training item.

    Lesson completion counts these rather than reading the learner's whole event history.
    """

    id = fields.BigIntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    user_id: int
    # Deleting the item deletes its completions: a lesson is done when its items are.
    training_item: fields.ForeignKeyRelation[TrainingItem] = fields.ForeignKeyField(
        "models.TrainingItem", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    training_item_id: int
    # The item's, which never changes.
    lesson_id = fields.IntField()
    completed_at = fields.DatetimeField()

    class Meta:
        table = "item_completions"
        unique_together = (("tenant_id", "user_id", "training_item_id"),)
        indexes = (("tenant_id", "user_id", "lesson_id"), ("tenant_id", "lesson_id"))
