"""Course enrollments on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from models.learning import EnrollmentRole, ProgressStatus
from shapes import From, Id, Shape, Timestamp, enum_schema


class Enrollment(Shape):
    id: Id
    user_id: Id
    course_id: Id
    role: Annotated[str, enum_schema(EnrollmentRole), From(convert=str)]
    status: Annotated[str, enum_schema(ProgressStatus), From(convert=str)]
    progress_percent: Annotated[float, Field(ge=0, le=100)]
    score: float | None
    time_spent_seconds: Annotated[int, Field(ge=0)]
    enrolled_at: Timestamp
    completed_at: Timestamp | None
    last_updated: Annotated[Timestamp, From("updated_at")]
