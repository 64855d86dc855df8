"""``POST /api/v2/progress-events``: what learners did, written by learner apps, one event or
a batch of up to 100; lesson and course completions follow from them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, RootModel
from sanic import Blueprint, HTTPResponse

from api.body import json_body, validate_body
from api.fields import BODY_CONFIG, Id, Timestamp
from api.openapi import Reply, describe, shape_component, single
from api.policy import OWN_WRITE, check_own_user, requires
from api.request import AtriumRequest
from api.responses import json_response
from api.versions import LATEST, to_version
from core.errors import InvalidRequest
from domain.progress.events import MAX_BATCH, NewProgressEvent, do_record_progress_events
from models.progress import ProgressOutcome
from shapes.progress_events import CLIENT_EVENT_ID_PATTERN, MAX_SECONDS, ProgressEvent

bp = Blueprint("progress_events")
TAG = "Progress events"
MAX_SCORE = 1_000_000

Outcome = Literal["started", "completed", "passed", "failed"]
Score = Annotated[float, Field(ge=0, le=MAX_SCORE)]


class ProgressEventBody(BaseModel):
    model_config = BODY_CONFIG

    client_event_id: str = Field(
        min_length=1,
        max_length=64,
        pattern=CLIENT_EVENT_ID_PATTERN,
        description="The app's own id of the event (a UUID, say): sending it again stores "
        "nothing new and answers with the event as first stored",
    )
    user_id: Id = Field(description="One of the tenant's users")
    training_item_id: Id | None = Field(
        None, description="The exercise; give it or lesson_id (or both, the item's lesson)"
    )
    lesson_id: Id | None = Field(None, description="The lesson, for an event about all of it")
    outcome: Outcome
    score: Score | None = Field(None, description="Not above max_score")
    max_score: Score | None = None
    seconds_spent: int = Field(0, ge=0, le=MAX_SECONDS)
    occurred_at: Timestamp = Field(
        description="When it happened: from 2000 on, and no more than 5 minutes ahead"
    )


class ProgressEventsBody(
    RootModel[
        ProgressEventBody
        | Annotated[list[ProgressEventBody], Field(min_length=1, max_length=MAX_BATCH)]
    ]
):
    """One event, or an array of 1 to 100."""


EVENT = shape_component(ProgressEvent)


def _new_event(body: ProgressEventBody) -> NewProgressEvent:
    return NewProgressEvent(
        client_event_id=body.client_event_id,
        user_id=body.user_id,
        training_item_id=body.training_item_id,
        lesson_id=body.lesson_id,
        outcome=ProgressOutcome[body.outcome.upper()],
        score=body.score,
        max_score=body.max_score,
        seconds_spent=body.seconds_spent,
        occurred_at=body.occurred_at,
    )


@bp.post("/progress-events", ctx_policy=requires("progress:write", own=OWN_WRITE))
@describe(
    "recordProgressEvents",
    "Record progress events",
    tag=TAG,
    description=(
        "One event object, or an array of up to 100 stored all together or not at all. Each "
        "event is stored once per client_event_id. Completing or passing every item of a "
        "lesson, or a lesson-level completed/passed event, completes the lesson for the user; "
        "completing every active lesson of a course (sections aside) completes the user's "
        "enrollment. These record lesson.completed and course.completed. A learner's token "
        "records the learner's own events only (another user_id: 404)."
    ),
    body=ProgressEventsBody,
    responses={
        200: Reply(
            "The events as stored: one object for one, an array in the order sent for an array",
            single({"anyOf": [EVENT, {"type": "array", "items": EVENT}]}),
        )
    },
    errors={
        400: "the body is an empty array or one of more than 100 events",
        404: "a user_id, training_item_id or lesson_id is not one of the tenant's",
        422: "a score is above its max_score, an occurred_at is before 2000 or more than 5 "
        "minutes ahead, an event names neither an item nor a lesson, or an item is not in the "
        "lesson given",
    },
)
async def record(request: AtriumRequest) -> HTTPResponse:
    body = json_body(request)
    batch = isinstance(body, list)
    if batch and not 1 <= len(body) <= MAX_BATCH:
        raise InvalidRequest(f"A batch holds 1 to {MAX_BATCH} events, not {len(body)}")
    if not batch and not isinstance(body, dict):
        raise InvalidRequest("The body must be an event object or an array of them")
    raw = body if batch else [body]
    events = [
        _new_event(validate_body(item, ProgressEventBody, f"{index}." if batch else ""))
        for index, item in enumerate(raw)
    ]
    for event in events:
        check_own_user(request, event.user_id)
    stored = await do_record_progress_events(request.ctx.require_tenant(), events, batch=batch)
    version = request.ctx.api_version or LATEST
    data = [to_version("progress_event", ProgressEvent.from_row(row), version) for row in stored]
    return json_response({"_data": data if batch else data[0]})
