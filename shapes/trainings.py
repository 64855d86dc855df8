"""Trainings (blocks of exercises in a lesson) on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from shapes import From, Id, Shape, Timestamp


class Training(Shape):
    id: Id
    lesson_id: Id
    course_id: Id
    position: Annotated[int, Field(ge=1, description="1-based place in the lesson")]
    name: str
    description: str | None
    created_at: Timestamp
    last_updated: Annotated[Timestamp, From("updated_at")]
