"""``/api/v2/trainings``: the blocks of exercises of a lesson, in order (list, add, retrieve,
update, delete). Atrium's learning content; a lesson is a course's unit."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Id, LongText, Name
from api.listing import parse_list_query
from api.openapi import (
    Reply,
    describe,
    list_parameters,
    paginated,
    path_id,
    shape_component,
    single,
)
from api.partial import PartialBody
from api.policy import requires
from api.request import AtriumRequest
from api.responses import many, no_content, one
from core.query import MAX_DB_ID
from domain.trainings import (
    TRAINING_FILTERS,
    NewTraining,
    access_training_by_id,
    do_create_training,
    do_delete_training,
    do_update_training,
    list_trainings,
)
from shapes import trainings as shapes

bp = Blueprint("trainings")
TAG = "Trainings"

Position = Annotated[
    int,
    Field(ge=1, le=MAX_DB_ID, description="1-based place in the lesson; past the end means last"),
]


class CreateTraining(BaseModel):
    model_config = BODY_CONFIG

    lesson_id: Id = Field(description="One of the tenant's lessons; a training stays in it")
    name: Name
    description: LongText | None = None
    position: Position | None = Field(
        None, description="1-based place in the lesson; null, left out or past the end: last"
    )


class UpdateTraining(PartialBody):
    """Only the fields given change; a position moves the training there."""

    NULLABLE = frozenset({"description"})

    name: Name | None = None
    description: LongText | None = None
    position: Position | None = None


TRAINING = shape_component(shapes.Training)
TRAINING_ID = path_id("training_id", "The training's id")
NOT_FOUND = {404: "the tenant has no training with this id"}


@bp.get("/trainings", ctx_policy=requires("courses:read"))
@describe(
    "listTrainings",
    "List trainings",
    tag=TAG,
    description="By lesson, each lesson's in order; filter[lesson_id][eq] gives one lesson's.",
    parameters=list_parameters(TRAINING_FILTERS),
    responses={200: Reply("A page of the tenant's trainings", paginated(TRAINING))},
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, TRAINING_FILTERS)
    rows, total = await list_trainings(request.ctx.require_tenant(), query.filters, query.page)
    return many(request, "training", [shapes.Training.from_row(r) for r in rows], total, query.page)


@bp.post("/trainings", ctx_policy=requires("courses:write"))
@describe(
    "createTraining",
    "Add a training to a lesson",
    tag=TAG,
    description="At the position given (the trainings from there on move down one place), or last.",
    body=CreateTraining,
    responses={200: Reply("The new training", single(TRAINING))},
    errors={404: "lesson_id is not one of the tenant's lessons"},
)
async def create(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, CreateTraining)
    training = await do_create_training(tenant, NewTraining(**body.model_dump()))
    return one(request, "training", shapes.Training.from_object(training))


@bp.get("/trainings/<training_id:int>", ctx_policy=requires("courses:read"))
@describe(
    "getTraining",
    "Retrieve a training",
    tag=TAG,
    parameters=[TRAINING_ID],
    responses={200: Reply("The training", single(TRAINING))},
    errors=NOT_FOUND,
)
async def get(request: AtriumRequest, training_id: int) -> HTTPResponse:
    training = await access_training_by_id(request.ctx.require_tenant(), training_id)
    return one(request, "training", shapes.Training.from_object(training))


@bp.patch("/trainings/<training_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "updateTraining",
    "Update a training",
    tag=TAG,
    description="Only the fields given change. A position moves the training there (past the "
    "end: last), shifting the trainings in between.",
    parameters=[TRAINING_ID],
    body=UpdateTraining,
    responses={200: Reply("The training as it is now", single(TRAINING))},
    errors=NOT_FOUND,
)
async def update(request: AtriumRequest, training_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateTraining)
    changes = body.changes()
    position = changes.pop("position", None)
    training = await access_training_by_id(tenant, training_id)
    updated = await do_update_training(tenant, training, changes, position)
    return one(request, "training", shapes.Training.from_object(updated))


@bp.delete("/trainings/<training_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "deleteTraining",
    "Delete a training",
    tag=TAG,
    description="With its items; the trainings after it move up one place. Progress events "
    "already recorded on its items stay in the learners' history.",
    parameters=[TRAINING_ID],
    responses={204: Reply("The training is deleted")},
    errors=NOT_FOUND,
)
async def delete(request: AtriumRequest, training_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_training(tenant, await access_training_by_id(tenant, training_id))
    return no_content()
