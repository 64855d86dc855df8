"""Courses on the wire: in lists, in full (with units and custom fields), and launch links."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, WithJsonSchema

from models.course import SLUG_PATTERN, UnitType
from models.user import FieldType
from shapes import From, Given, Id, Shape, Timestamp

Count = Annotated[int, Field(ge=0)]


class CourseListItem(Shape):
    id: Id
    name: str
    code: str | None
    slug: Annotated[str, Field(pattern=SLUG_PATTERN)]
    description: str | None
    category_id: Id | None
    price: Annotated[float, Field(ge=0)] | None
    capacity: Count | None
    level: Count | None
    time_limit: Count | None
    start_datetime: Timestamp | None
    expiration_datetime: Timestamp | None
    is_active: bool
    is_published: bool
    created_at: Timestamp
    last_updated: Annotated[Timestamp, From("updated_at")]


class CourseUnit(Shape):
    id: Id
    name: str
    type: Annotated[str, WithJsonSchema({"type": "string", "enum": [t.value for t in UnitType]})]
    position: Annotated[int, Field(ge=1)]
    is_active: bool


class CourseCustomField(Shape):
    id: Id
    name: str
    type: Annotated[str, WithJsonSchema({"type": "string", "enum": [t.value for t in FieldType]})]
    value: Annotated[
        str | None,
        Field(
            json_schema_extra={
                "description": "As stored: a checkbox's is true or false, a date's YYYY-MM-DD"
            }
        ),
    ]


class Course(CourseListItem):
    units: Annotated[
        list[CourseUnit], Given, Field(description="The course's units in course order")
    ]
    custom_fields: Annotated[
        list[CourseCustomField],
        Given,
        Field(description="Every course field of the tenant, with this course's value"),
    ]


class CourseLaunchLink(Shape):
    goto_url: Annotated[
        str,
        WithJsonSchema(
            {
                "type": "string",
                "format": "uri",
                "description": "Signs the user in and opens the course; works once",
            }
        ),
        From("url"),
    ]
    expires_at: Timestamp
