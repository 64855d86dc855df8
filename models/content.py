"""Learning content inside a lesson (a course's unit): trainings, blocks of exercises, and their
training items, each exercise tagged with the CEFR skill and level it trains."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.course import Unit
    from models.tenant import Tenant


class TrainingItemType(StrEnum):
    VOCABULARY = "vocabulary"
    GRAMMAR = "grammar"
    LISTENING = "listening"
    READING = "reading"
    SPEAKING = "speaking"
    WRITING = "writing"
    QUIZ = "quiz"


class CefrSkill(StrEnum):
    """The skills the CEFR scales describe: the four language activities, and the vocabulary
    and grammar competences they draw on."""

    LISTENING = "listening"
    READING = "reading"
    SPEAKING = "speaking"
    WRITING = "writing"
    VOCABULARY = "vocabulary"
    GRAMMAR = "grammar"


class CefrLevel(StrEnum):
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"


class Training(TenantOwned):
    """A block of exercises in a lesson; a lesson's trainings hold the positions 1..n."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    lesson: fields.ForeignKeyRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="trainings", on_delete=fields.CASCADE, db_constraint=False
    )
    lesson_id: int
    # Denormalised from the lesson, which never changes course. Plain columns of a link, like the
    # other denormalised ids below: their composite keys are written in the migrations.
    course_id = fields.IntField()
    position = fields.IntField()
    name = fields.CharField(max_length=191)
    description = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "trainings"
        unique_together = (("tenant_id", "id"),)
        indexes = (("tenant_id", "lesson_id", "position"), ("tenant_id", "course_id"))


class TrainingItem(TenantOwned):
    """An exercise of a training; a training's items hold the positions 1..n."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    training: fields.ForeignKeyRelation[Training] = fields.ForeignKeyField(
        "models.Training", related_name="items", on_delete=fields.CASCADE, db_constraint=False
    )
    training_id: int
    # Denormalised from the training (items never change training): a lesson's items are one
    # index range, and progress events copy them.
    lesson_id = fields.IntField()
    course_id = fields.IntField()
    position = fields.IntField()
    type = fields.CharEnumField(TrainingItemType, max_length=16)
    skill = fields.CharEnumField(CefrSkill, max_length=16)
    level = fields.CharEnumField(CefrLevel, max_length=2)
    name = fields.CharField(max_length=191)
    content: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "training_items"
        unique_together = (("tenant_id", "id"),)
        indexes = (
            ("tenant_id", "training_id", "position"),
            ("tenant_id", "lesson_id"),
            ("tenant_id", "course_id"),
        )
