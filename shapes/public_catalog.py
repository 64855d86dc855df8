"""Courses of the public catalog on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, WithJsonSchema

from models.course import SLUG_PATTERN, UnitType
from shapes import From, Given, Shape, Timestamp


class PublicCourseListItem(Shape):
    slug: Annotated[str, Field(pattern=SLUG_PATTERN)]
    name: str
    description: str | None
    price: Annotated[float, Field(ge=0)] | None
    level: Annotated[int, Field(ge=0)] | None
    category: Annotated[
        str | None, From("category__name"), Field(description="The category's name")
    ]
    last_updated: Annotated[Timestamp, From("updated_at")]


class PublicLesson(Shape):
    position: Annotated[int, Field(ge=1)]
    name: str
    type: Annotated[str, WithJsonSchema({"type": "string", "enum": [t.value for t in UnitType]})]


class PublicCourse(PublicCourseListItem):
    lessons: Annotated[
        list[PublicLesson], Given, Field(description="The active lessons in course order")
    ]
