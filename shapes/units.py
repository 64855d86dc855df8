"""Units (TalentLMS's name for lessons) on the wire."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, WithJsonSchema

from models.course import UnitType
from shapes import From, Given, Id, Shape, Timestamp


def unit_type(value: Any) -> str:
    """A unit's type as the wire's string, from the enum or the stored value."""
    return UnitType(value).value


TypeName = Annotated[
    str,
    WithJsonSchema({"type": "string", "enum": [t.value for t in UnitType]}),
    From(convert=unit_type),
]


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
