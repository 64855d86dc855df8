"""Progress events (what learner apps report) on the wire."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, WithJsonSchema

from models.content import CefrLevel, CefrSkill
from models.progress import LEVELS_BY_CODE, SKILLS_BY_CODE, ProgressOutcome
from shapes import From, Id, Shape, Timestamp, enum_schema

MAX_SECONDS = 86_400
CLIENT_EVENT_ID_PATTERN = r"^[A-Za-z0-9._:-]+$"


def _outcome(code: Any) -> str:
    return ProgressOutcome(code).name.lower()


def _skill(code: int | None) -> str | None:
    return None if code is None else SKILLS_BY_CODE[code].value


def _level(code: int | None) -> str | None:
    return None if code is None else LEVELS_BY_CODE[code].value


class ProgressEvent(Shape):
    id: Annotated[int, Field(ge=1)]
    client_event_id: Annotated[str, Field(pattern=CLIENT_EVENT_ID_PATTERN)]
    user_id: Id
    course_id: Id
    lesson_id: Id
    training_item_id: Id | None
    outcome: Annotated[
        str,
        WithJsonSchema({"type": "string", "enum": [o.name.lower() for o in ProgressOutcome]}),
        From(convert=_outcome),
    ]
    skill: Annotated[Annotated[str, enum_schema(CefrSkill)] | None, From(convert=_skill)]
    level: Annotated[Annotated[str, enum_schema(CefrLevel)] | None, From(convert=_level)]
    score: Annotated[float, Field(ge=0)] | None
    max_score: Annotated[float, Field(ge=0)] | None
    seconds_spent: Annotated[int, Field(ge=0, le=MAX_SECONDS)]
    occurred_at: Timestamp
