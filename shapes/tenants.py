"""A tenant as responses name it."""

from __future__ import annotations

from typing import Annotated

from models.tenant import Plan
from shapes import Id, Shape, enum_schema


class TenantSummary(Shape):
    id: Id
    slug: str
    name: str
    plan: Annotated[str, enum_schema(Plan)]
