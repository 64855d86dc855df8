"""Learning paths and path enrollments on the wire."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from shapes import From, Given, Id, Shape, Timestamp


def _status(is_active: bool) -> str:
    return "active" if is_active else "inactive"


class LearningPathListItem(Shape):
    id: Id
    name: str
    code: str | None
    description: str | None
    status: Annotated[Literal["active", "inactive"], From("is_active", _status)]
    created_at: Timestamp
    last_updated: Annotated[Timestamp, From("updated_at")]


class LearningPathCourse(Shape):
    id: Id
    name: str
    code: str | None


class LearningPath(LearningPathListItem):
    courses: Annotated[
        list[LearningPathCourse], Given, Field(description="The path's courses in order")
    ]


class LearningPathEnrollment(Shape):
    id: Id
    user_id: Id
    learning_path_id: Id
    enrolled_at: Timestamp
    enrolled_course_ids: Annotated[
        list[Id],
        Given,
        Field(description="The path's courses the user was enrolled in now (not before)"),
    ]
