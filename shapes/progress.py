"""Progress on the wire: a user's progress in a course or a unit, and results."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, WithJsonSchema

from models.course import UnitType
from models.learning import ProgressStatus
from shapes import From, Id, Shape, Timestamp, enum_schema

# Units whose progress is a result: TalentLMS's /results covers tests and surveys.
RESULT_UNIT_TYPES = (UnitType.TEST.value, UnitType.SURVEY.value)

Status = Annotated[str, enum_schema(ProgressStatus), From(convert=str)]
Score = Annotated[float | None, Field(description="0-100; null until scored")]
Seconds = Annotated[int, Field(ge=0)]


class CourseProgress(Shape):
    user_id: Id
    course_id: Id
    status: Status
    progress_percent: Annotated[float, Field(ge=0, le=100)]
    score: Score
    time_spent_seconds: Seconds
    enrolled_at: Timestamp
    completed_at: Timestamp | None
    last_updated: Annotated[Timestamp, From("updated_at")]


class UnitProgress(Shape):
    user_id: Id
    unit_id: Id
    course_id: Id
    status: Status
    score: Score
    attempts: Annotated[int, Field(ge=0)]
    time_spent_seconds: Seconds
    started_at: Timestamp | None
    completed_at: Timestamp | None
    last_updated: Annotated[Timestamp, From("updated_at")]


class Result(UnitProgress):
    # The unit's type comes along through a join on units.
    unit_type: Annotated[
        str,
        WithJsonSchema({"type": "string", "enum": list(RESULT_UNIT_TYPES)}),
        From("unit__type", str),
    ]
