"""Groups, their members and their courses on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from shapes import From, Id, Shape, Timestamp


class Group(Shape):
    id: Id
    name: str
    description: str | None
    key: Annotated[str | None, Field(description="Users who know the key may join the group")]
    max_key_redemptions: Annotated[int, Field(ge=1)] | None
    price: Annotated[float, Field(ge=0)] | None
    created_at: Timestamp
    last_updated: Annotated[Timestamp, From("updated_at")]


class GroupCourseItem(Shape):
    id: Id
    name: str
    code: str | None


class GroupMembership(Shape):
    group_id: Id
    user_id: Id
    created_at: Timestamp


class GroupCourse(Shape):
    group_id: Id
    course_id: Id
    created_at: Timestamp
