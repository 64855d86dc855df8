"""A tenant's portal statistics on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from shapes import Given, Shape
from shapes.tenants import TenantSummary

Count = Annotated[int, Field(ge=0)]


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
    tenant: Annotated[TenantSummary, Given]
