"""Branches, their users and their courses on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from shapes import From, Id, Shape, Timestamp, example


class Branch(Shape):
    id: Id
    name: str
    description: str | None
    default_locale: Annotated[str | None, Field(json_schema_extra=example("en"))]
    is_active: bool
    created_at: Timestamp
    last_updated: Annotated[Timestamp, From("updated_at")]


class BranchUser(Shape):
    branch_id: Id
    user_id: Id
    created_at: Timestamp


class BranchCourse(Shape):
    branch_id: Id
    course_id: Id
    created_at: Timestamp
