"""Progress analytics on the wire: history by day, the tenant's figures, lesson progress.

The domain computes these reports as plain dicts with their days already formatted."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from shapes import Day, Id, Shape, example

Count = Annotated[int, Field(ge=0)]
Minutes = Annotated[float, Field(ge=0)]
Percent = Annotated[
    Annotated[float, Field(ge=0, le=100)] | None, Field(description="Mean score in percent")
]
Zone = Annotated[str, Field(json_schema_extra=example("Europe/Athens", "The tenant's time zone"))]


class HistoryDay(Shape):
    date: Day
    events: Count
    completions: Count
    minutes: Minutes
    average_score: Percent


class ProgressHistory(Shape):
    user_id: Id | None
    timezone: Zone
    date_from: Day
    date_to: Day
    days: list[HistoryDay]


class TenantStats(Shape):
    timezone: Zone
    date_from: Day
    date_to: Day
    active_learners: Annotated[int, Field(ge=0, description="Learners with at least one event")]
    events: Count
    completions: Annotated[
        int, Field(ge=0, description="Exercises and lessons completed or passed")
    ]
    courses_completed: Count
    minutes: Minutes
    average_score: Percent


class LessonProgressItem(Shape):
    lesson_id: Id
    name: str
    position: Annotated[int, Field(ge=1)]
    completions: Count
    completion_rate: Annotated[float, Field(ge=0)] | None
    average_score: Percent
    active_learners: Count
    time_spent_seconds: Count
    average_time_seconds: Count | None


class LessonProgress(Shape):
    course_id: Id
    user_id: Id | None
    learners: Annotated[int, Field(ge=0, description="The course's learners (1 for one user)")]
    lessons: list[LessonProgressItem]
