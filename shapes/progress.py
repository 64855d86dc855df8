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


class CourseProgress(Shape):
    user_id: Id
    course_id: Id
    status: Status
    progress_percent: Annotated[float, Field(ge=0, le=100)]
    score: Annotated[
        float | None,
        Field(description="0-100: the mean score of the scored active units; null until one is"),
    ]
    time_spent_seconds: Annotated[
        int, Field(ge=0, description="Seconds spent, summed over every event in the course")
    ]
    enrolled_at: Timestamp
    completed_at: Timestamp | None
    last_updated: Annotated[Timestamp, From("updated_at")]


class UnitProgress(Shape):
    user_id: Id
    unit_id: Id
    course_id: Id
    status: Status
    score: Annotated[
        float | None, Field(description="0-100: the latest attempt's score; null until scored")
    ]
    attempts: Annotated[
        int,
        Field(
            ge=0, description="Results reported for the unit as a whole: completed, passed, failed"
        ),
    ]
    time_spent_seconds: Annotated[
        int, Field(ge=0, description="Seconds spent, summed over every event in the unit")
    ]
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
