"""The custom fields tenants define for users and for courses, on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, WithJsonSchema

from models.user import FieldType
from shapes import Const, From, Given, Id, Shape, Timestamp, enum_schema, enum_value, example


class UserField(Shape):
    id: Id
    key: Annotated[
        str,
        Given,
        Field(
            json_schema_extra=example(
                "custom_field_3", "The field's name in user bodies besides its own name"
            )
        ),
    ]
    name: str
    type: Annotated[str, enum_schema(FieldType)]
    options: Annotated[list[str], From(convert=list)]
    mandatory: bool
    position: Annotated[int, Field(ge=0)]
    created_at: Timestamp


class Deleted(Shape):
    id: Id
    deleted: Annotated[bool, Const(True), WithJsonSchema({"type": "boolean", "enum": [True]})]


class CourseField(Shape):
    id: Id
    name: str
    type: Annotated[str, enum_schema(FieldType), From(convert=enum_value(FieldType))]
    options: Annotated[list[str], From(convert=list)]
    mandatory: bool
    position: Annotated[int, Field(ge=0)]
    created_at: Timestamp
