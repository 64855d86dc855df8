"""Units of a course, in order: ``/api/v2/courses/{course_id}/units`` (list, add, reorder) and
``/api/v2/units/{unit_id}`` (retrieve, update, delete). Atrium's additions to TalentLMS's API.

Positions are 1-based and dense: adding at a position, moving and deleting shift the other
units so that a course's units always hold 1..n.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, NO_NUL_PATTERN, Id, Name, NoNul
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
from domain.courses import access_course_by_id
from domain.units import (
    UNIT_FILTERS,
    NewUnit,
    access_unit_by_id,
    do_create_unit,
    do_delete_unit,
    do_reorder_units,
    do_update_unit,
    list_units,
)
from models.course import UnitType
from shapes import units as shapes

bp = Blueprint("units")
TAG = "Units"
MAX_CONTENT = 1_000_000
MAX_UNITS = 1000
_TYPES = [t.value for t in UnitType]

UnitTypeName = Literal[
    "content",
    "video",
    "audio",
    "document",
    "web",
    "scorm",
    "test",
    "survey",
    "assignment",
    "section",
]
Content = Annotated[
    str,
    Field(
        max_length=MAX_CONTENT,
        description="The unit's body: HTML, a URL, or an embed",
        json_schema_extra={"pattern": NO_NUL_PATTERN},
    ),
    NoNul,
]
Position = Annotated[
    int,
    Field(
        ge=1,
        le=MAX_DB_ID,
        description="1-based place in the course; past the end means last",
    ),
]


class CreateUnit(BaseModel):
    model_config = BODY_CONFIG

    name: Name
    type: UnitTypeName = "content"
    content: Content | None = None
    is_active: bool = True
    position: Position | None = Field(
        None, description="1-based place in the course; null, left out or past the end: last"
    )


class UpdateUnit(PartialBody):
    """Only the fields given change; a position moves the unit there."""

    NULLABLE = frozenset({"content"})

    name: Name | None = None
    type: UnitTypeName | None = None
    content: Content | None = None
    is_active: bool | None = None
    position: Position | None = None


class ReorderUnits(BaseModel):
    model_config = BODY_CONFIG

    unit_ids: list[Id] = Field(
        max_length=MAX_UNITS,
        json_schema_extra={"uniqueItems": True},
        description="Every unit of the course, once each, in the new order",
    )


UNIT_LIST_ITEM = shape_component(shapes.UnitListItem)
UNIT = shape_component(shapes.Unit)
UNIT_ORDER = shape_component(shapes.UnitOrder)
COURSE_ID = path_id("course_id", "The course's id")
UNIT_ID = path_id("unit_id", "The unit's id")
COURSE_NOT_FOUND = {404: "the tenant has no course with this id"}
UNIT_NOT_FOUND = {404: "the tenant has no unit with this id"}
LIST_PARAMETERS = (COURSE_ID, *list_parameters(UNIT_FILTERS))


@bp.get("/courses/<course_id:int>/units", ctx_policy=requires("courses:read"))
@describe(
    "listCourseUnits",
    "List a course's units",
    tag=TAG,
    description="In course order, without their content.",
    parameters=LIST_PARAMETERS,
    responses={200: Reply("A page of the course's units", paginated(UNIT_LIST_ITEM))},
    errors=COURSE_NOT_FOUND,
)
async def list_all(request: AtriumRequest, course_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    query = parse_list_query(request, UNIT_FILTERS)
    course = await access_course_by_id(tenant, course_id)
    rows, total = await list_units(tenant, course.id, query.filters, query.page)
    return many(request, "unit", [shapes.UnitListItem.from_row(r) for r in rows], total, query.page)


@bp.post("/courses/<course_id:int>/units", ctx_policy=requires("courses:write"))
@describe(
    "createCourseUnit",
    "Add a unit to a course",
    tag=TAG,
    description="At the position given (the units from there on move down one place), or last.",
    parameters=[COURSE_ID],
    body=CreateUnit,
    responses={200: Reply("The new unit", single(UNIT))},
    errors=COURSE_NOT_FOUND,
)
async def create(request: AtriumRequest, course_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, CreateUnit)
    course = await access_course_by_id(tenant, course_id)
    unit = await do_create_unit(
        tenant,
        course.id,
        NewUnit(
            name=body.name,
            type=UnitType(body.type),
            content=body.content,
            is_active=body.is_active,
            position=body.position,
        ),
    )
    return one(request, "unit", shapes.Unit.from_object(unit))


@bp.put("/courses/<course_id:int>/units/order", ctx_policy=requires("courses:write"))
@describe(
    "reorderCourseUnits",
    "Reorder a course's units",
    tag=TAG,
    description="unit_ids lists every unit of the course once, in the new order.",
    parameters=[COURSE_ID],
    body=ReorderUnits,
    responses={200: Reply("The course's units in their new order", single(UNIT_ORDER))},
    errors={
        **COURSE_NOT_FOUND,
        409: "unit_ids misses a unit of the course or names one that is not in it (the "
        "course's units changed since they were read)",
        422: "unit_ids names a unit more than once",
    },
)
async def reorder(request: AtriumRequest, course_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, ReorderUnits)
    course = await access_course_by_id(tenant, course_id)
    units = await do_reorder_units(tenant, course.id, body.unit_ids)
    order = shapes.UnitOrder.from_object(
        course, units=[shapes.UnitListItem.from_row(u) for u in units]
    )
    return one(request, "unit_order", order)


@bp.get("/units/<unit_id:int>", ctx_policy=requires("courses:read"))
@describe(
    "getUnit",
    "Retrieve a unit",
    tag=TAG,
    parameters=[UNIT_ID],
    responses={200: Reply("The unit, with its content", single(UNIT))},
    errors=UNIT_NOT_FOUND,
)
async def get(request: AtriumRequest, unit_id: int) -> HTTPResponse:
    unit = await access_unit_by_id(request.ctx.require_tenant(), unit_id)
    return one(request, "unit", shapes.Unit.from_object(unit))


@bp.patch("/units/<unit_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "updateUnit",
    "Update a unit",
    tag=TAG,
    description="Only the fields given change. A position moves the unit there (past the end: "
    "last), shifting the units in between.",
    parameters=[UNIT_ID],
    body=UpdateUnit,
    responses={200: Reply("The unit as it is now", single(UNIT))},
    errors=UNIT_NOT_FOUND,
)
async def update(request: AtriumRequest, unit_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateUnit)
    changes = body.changes()
    position = changes.pop("position", None)
    if "type" in changes:
        changes["type"] = UnitType(changes["type"])
    unit = await access_unit_by_id(tenant, unit_id)
    updated = await do_update_unit(tenant, unit, changes, position)
    return one(request, "unit", shapes.Unit.from_object(updated))


@bp.delete("/units/<unit_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "deleteUnit",
    "Delete a unit",
    tag=TAG,
    description="With its learners' progress in it; the units after it move up one place.",
    parameters=[UNIT_ID],
    responses={204: Reply("The unit is deleted")},
    errors=UNIT_NOT_FOUND,
)
async def delete(request: AtriumRequest, unit_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_unit(tenant, await access_unit_by_id(tenant, unit_id))
    return no_content()
