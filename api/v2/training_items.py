"""``/api/v2/training-items``: the exercises of a training, in order (list, add, retrieve,
update, delete), each of a type and tagged with the CEFR skill and level it trains."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import orjson
from pydantic import AfterValidator, BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Id, Name
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
from domain.training_items import (
    ITEM_FILTERS,
    NewTrainingItem,
    access_item_by_id,
    do_create_item,
    do_delete_item,
    do_update_item,
    list_items,
)
from models.content import CefrLevel, CefrSkill, TrainingItemType
from shapes import training_items as shapes

bp = Blueprint("training_items")
TAG = "Training items"
MAX_CONTENT_BYTES = 65_536

ItemType = Literal["vocabulary", "grammar", "listening", "reading", "speaking", "writing", "quiz"]
Skill = Literal["listening", "reading", "speaking", "writing", "vocabulary", "grammar"]
Level = Literal["A1", "A2", "B1", "B2", "C1", "C2"]


def _content(value: dict[str, Any]) -> dict[str, Any]:
    encoded = orjson.dumps(value)
    if len(encoded) > MAX_CONTENT_BYTES:
        raise ValueError(f"must be at most {MAX_CONTENT_BYTES} bytes of JSON")
    if b"\\u0000" in encoded:  # PostgreSQL's jsonb cannot hold it
        raise ValueError("must not contain NUL characters")
    return value


Content = Annotated[
    dict[str, Any],
    Field(
        description="The exercise itself, as the learner app reads it (prompt, options, "
        f"answers, media URLs…): any JSON object of at most {MAX_CONTENT_BYTES} bytes"
    ),
    AfterValidator(_content),
]
Position = Annotated[
    int,
    Field(ge=1, le=MAX_DB_ID, description="1-based place in the training; past the end: last"),
]


class CreateTrainingItem(BaseModel):
    model_config = BODY_CONFIG

    training_id: Id = Field(description="One of the tenant's trainings; an item stays in it")
    name: Name
    type: ItemType
    skill: Skill = Field(description="The CEFR skill the exercise trains")
    level: Level = Field(description="The CEFR level the exercise trains")
    content: Content = Field(default_factory=dict)
    position: Position | None = Field(
        None, description="1-based place in the training; null, left out or past the end: last"
    )


class UpdateTrainingItem(PartialBody):
    """Only the fields given change; a position moves the item there."""

    name: Name | None = None
    type: ItemType | None = None
    skill: Skill | None = None
    level: Level | None = None
    content: Content | None = None
    position: Position | None = None


ITEM_LIST_ITEM = shape_component(shapes.TrainingItemListItem)
ITEM = shape_component(shapes.TrainingItem)
ITEM_ID = path_id("item_id", "The training item's id")
NOT_FOUND = {404: "the tenant has no training item with this id"}


def _enums(changes: dict[str, Any]) -> dict[str, Any]:
    for name, enum in (("type", TrainingItemType), ("skill", CefrSkill), ("level", CefrLevel)):
        if name in changes:
            changes[name] = enum(changes[name])
    return changes


@bp.get("/training-items", ctx_policy=requires("courses:read"))
@describe(
    "listTrainingItems",
    "List training items",
    tag=TAG,
    description="By training, each training's in order, without their content. Filter on "
    "type, skill, level (gte and lte compare CEFR levels: A1 < A2 < … < C2) or a parent.",
    parameters=list_parameters(ITEM_FILTERS),
    responses={200: Reply("A page of the tenant's training items", paginated(ITEM_LIST_ITEM))},
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, ITEM_FILTERS)
    rows, total = await list_items(request.ctx.require_tenant(), query.filters, query.page)
    return many(
        request,
        "training_item",
        [shapes.TrainingItemListItem.from_row(r) for r in rows],
        total,
        query.page,
    )


@bp.post("/training-items", ctx_policy=requires("courses:write"))
@describe(
    "createTrainingItem",
    "Add an item to a training",
    tag=TAG,
    description="At the position given (the items from there on move down one place), or last.",
    body=CreateTrainingItem,
    responses={200: Reply("The new training item", single(ITEM))},
    errors={404: "training_id is not one of the tenant's trainings"},
)
async def create(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, CreateTrainingItem)
    item = await do_create_item(
        tenant,
        NewTrainingItem(
            training_id=body.training_id,
            name=body.name,
            type=TrainingItemType(body.type),
            skill=CefrSkill(body.skill),
            level=CefrLevel(body.level),
            content=body.content,
            position=body.position,
        ),
    )
    return one(request, "training_item", shapes.TrainingItem.from_object(item))


@bp.get("/training-items/<item_id:int>", ctx_policy=requires("courses:read"))
@describe(
    "getTrainingItem",
    "Retrieve a training item",
    tag=TAG,
    description="With its content.",
    parameters=[ITEM_ID],
    responses={200: Reply("The training item", single(ITEM))},
    errors=NOT_FOUND,
)
async def get(request: AtriumRequest, item_id: int) -> HTTPResponse:
    item = await access_item_by_id(request.ctx.require_tenant(), item_id)
    return one(request, "training_item", shapes.TrainingItem.from_object(item))


@bp.patch("/training-items/<item_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "updateTrainingItem",
    "Update a training item",
    tag=TAG,
    description="Only the fields given change; content is replaced whole. A position moves the "
    "item there (past the end: last), shifting the items in between.",
    parameters=[ITEM_ID],
    body=UpdateTrainingItem,
    responses={200: Reply("The training item as it is now", single(ITEM))},
    errors=NOT_FOUND,
)
async def update(request: AtriumRequest, item_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateTrainingItem)
    changes = _enums(body.changes())
    position = changes.pop("position", None)
    item = await access_item_by_id(tenant, item_id)
    updated = await do_update_item(tenant, item, changes, position)
    return one(request, "training_item", shapes.TrainingItem.from_object(updated))


@bp.delete("/training-items/<item_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "deleteTrainingItem",
    "Delete a training item",
    tag=TAG,
    description="The items after it move up one place. Progress events already recorded on it "
    "stay in the learners' history.",
    parameters=[ITEM_ID],
    responses={204: Reply("The training item is deleted")},
    errors=NOT_FOUND,
)
async def delete(request: AtriumRequest, item_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_item(tenant, await access_item_by_id(tenant, item_id))
    return no_content()
