"""Units (TalentLMS's name for lessons) on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from models.course import UnitType
from shapes import From, Given, Id, Shape, Timestamp, enum_schema, enum_value

TypeName = Annotated[str, enum_schema(UnitType), From(convert=enum_value(UnitType))]


class UnitListItem(Shape):
    id: Id
    course_id: Id
    name: str
    type: TypeName
    position: Annotated[int, Field(ge=1)]
    is_active: bool


class Unit(UnitListItem):
    content: str | None
    created_at: Timestamp
    last_updated: Annotated[Timestamp, From("updated_at")]


class UnitOrder(Shape):
    course_id: Annotated[Id, From("id")]
    units: Annotated[list[UnitListItem], Given]
