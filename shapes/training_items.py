"""Training items (exercises) on the wire."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from models.content import CefrLevel, CefrSkill, TrainingItemType
from shapes import From, Id, Shape, Timestamp, enum_schema, enum_value


class TrainingItemListItem(Shape):
    id: Id
    training_id: Id
    lesson_id: Id
    course_id: Id
    position: Annotated[int, Field(ge=1, description="1-based place in the training")]
    name: str
    type: Annotated[str, enum_schema(TrainingItemType), From(convert=enum_value(TrainingItemType))]
    skill: Annotated[str, enum_schema(CefrSkill), From(convert=enum_value(CefrSkill))]
    level: Annotated[str, enum_schema(CefrLevel), From(convert=enum_value(CefrLevel))]
    created_at: Timestamp
    last_updated: Annotated[Timestamp, From("updated_at")]


class TrainingItem(TrainingItemListItem):
    content: dict[str, Any]
