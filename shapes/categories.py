"""Categories on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from shapes import From, Id, Shape, Timestamp


class Category(Shape):
    id: Id
    name: str
    parent_id: Annotated[Id | None, Field(description="The parent category; null at the top")]
    price: Annotated[float, Field(ge=0)] | None
    created_at: Timestamp
    last_updated: Annotated[Timestamp, From("updated_at")]
