"""A tenant's portal statistics on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from models.tenant import Plan
from shapes import Given, Id, Shape, enum_schema

Count = Annotated[int, Field(ge=0)]


class StatisticsTenant(Shape):
    id: Id
    slug: str
    name: str
    plan: Annotated[str, enum_schema(Plan)]


# From the figures of `domain.statistics.portal_statistics`.
class Statistics(Shape):
    users: Count
    courses: Count
    categories: Count
    groups: Count
    branches: Count
    learning_paths: Count
    enrollments: Count
    completions: Annotated[int, Field(ge=0, description="Enrollments completed")]
    tenant: Annotated[StatisticsTenant, Given]
