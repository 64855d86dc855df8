"""Lessons (units under the learning-content name) and their trainings on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from shapes import From, Given, Id, Shape, Timestamp
from shapes.units import TypeName


class LessonListItem(Shape):
    id: Id
    course_id: Id
    position: Annotated[int, Field(ge=1, description="1-based place in the course")]
    name: str
    type: TypeName
    is_active: bool
    created_at: Timestamp
    last_updated: Annotated[Timestamp, From("updated_at")]


class LessonTraining(Shape):
    id: Id
    name: str
    position: Annotated[int, Field(ge=1)]


class Lesson(LessonListItem):
    content: str | None
    trainings: Annotated[
        list[LessonTraining], Given, Field(description="The lesson's trainings in order")
    ]
