"""``/api/v2/course-fields``: the tenant's custom course fields. TalentLMS lists them; creating,
retrieving one, updating and deleting are Atrium's additions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict, JsonValue
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Count, Name, ShortText, openapi_30
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
from domain.course_fields import (
    COURSE_CUSTOM_FIELDS,
    NewCourseField,
    do_create_course_field,
    do_update_course_field,
)
from domain.custom_fields import (
    MAX_OPTIONS,
    access_custom_field_by_id,
    do_delete_custom_field,
    list_custom_fields,
)
from models.user import FieldType
from shapes import custom_fields as shapes

bp = Blueprint("course_fields")
TAG = "Courses"
_TYPES = [t.value for t in FieldType]
_OTHER_TYPES: list[JsonValue] = [t.value for t in FieldType if t != FieldType.DROPDOWN]

FieldTypeName = Literal["text", "dropdown", "checkbox", "date"]
Options = Annotated[
    list[ShortText],
    Field(
        max_length=MAX_OPTIONS,
        json_schema_extra={"uniqueItems": True},
        description="The values a dropdown field takes; other types take none",
    ),
]
_PATCH_SCHEMA = cast(
    Callable[[JsonDict, type[Any]], None], PartialBody.model_config["json_schema_extra"]
)
# The rules between type and options, in the schema so that clients (and schema-driven tests)
# see them: a dropdown has options, other types have none.
_DROPDOWN: JsonDict = {
    "required": ["type", "options"],
    "properties": {"type": {"enum": ["dropdown"]}, "options": {"minItems": 1}},
}
_NOT_DROPDOWN: JsonDict = {
    "required": ["type"],
    "properties": {"type": {"enum": _OTHER_TYPES}, "options": {"maxItems": 0}},
}


def _create_schema(schema: dict[str, Any]) -> None:
    openapi_30(schema)
    untyped: JsonDict = {"not": {"required": ["type"]}, "properties": {"options": {"maxItems": 0}}}
    schema["oneOf"] = [_DROPDOWN, _NOT_DROPDOWN, untyped]


def _update_schema(schema: JsonDict, model: type[Any]) -> None:
    _PATCH_SCHEMA(schema, model)
    # Options alone change a dropdown's options: at least one (other types answer 422).
    untyped: JsonDict = {"not": {"required": ["type"]}, "properties": {"options": {"minItems": 1}}}
    schema["oneOf"] = [_DROPDOWN, _NOT_DROPDOWN, untyped]


class CreateCourseField(BaseModel):
    model_config = ConfigDict(**{**BODY_CONFIG, "json_schema_extra": _create_schema})

    name: Name = Field(description="Unique in the tenant; courses give values by this name")
    type: FieldTypeName = "text"
    options: Options = Field(default_factory=list)
    mandatory: bool = Field(False, description="Courses are created with a value for it")
    position: Count = Field(0, description="Fields are listed by position, then id")


class UpdateCourseField(PartialBody):
    """Only the fields given change. A type change takes the new options with it."""

    model_config = ConfigDict(**{**PartialBody.model_config, "json_schema_extra": _update_schema})

    name: Name | None = None
    type: FieldTypeName | None = None
    options: Options | None = None
    mandatory: bool | None = None
    position: Count | None = None


COURSE_FIELD = shape_component(shapes.CourseField)
FIELD_ID = path_id("field_id", "The course field's id")
NOT_FOUND = {404: "the tenant has no course field with this id"}


@bp.get("/course-fields", ctx_policy=requires("courses:read"))
@describe(
    "listCourseFields",
    "List course custom fields",
    tag=TAG,
    parameters=list_parameters({}),
    responses={
        200: Reply("A page of the tenant's course fields, by position", paginated(COURSE_FIELD))
    },
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, {})
    rows, total = await list_custom_fields(
        COURSE_CUSTOM_FIELDS, request.ctx.require_tenant(), query.page
    )
    return many(
        request, "course_field", [shapes.CourseField.from_row(r) for r in rows], total, query.page
    )


@bp.post("/course-fields", ctx_policy=requires("courses:write"))
@describe(
    "createCourseField",
    "Create a course custom field",
    tag=TAG,
    body=CreateCourseField,
    responses={200: Reply("The new course field", single(COURSE_FIELD))},
    errors={
        409: "a course field with this name exists",
        422: "options do not suit the type",
    },
)
async def create(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CreateCourseField)
    field = await do_create_course_field(
        request.ctx.require_tenant(),
        NewCourseField(
            name=body.name,
            type=FieldType(body.type),
            options=tuple(body.options),
            mandatory=body.mandatory,
            position=body.position,
        ),
    )
    return one(request, "course_field", shapes.CourseField.from_object(field))


@bp.get("/course-fields/<field_id:int>", ctx_policy=requires("courses:read"))
@describe(
    "getCourseField",
    "Retrieve a course custom field",
    tag=TAG,
    parameters=[FIELD_ID],
    responses={200: Reply("The course field", single(COURSE_FIELD))},
    errors=NOT_FOUND,
)
async def get(request: AtriumRequest, field_id: int) -> HTTPResponse:
    field = await access_custom_field_by_id(
        COURSE_CUSTOM_FIELDS, request.ctx.require_tenant(), field_id
    )
    return one(request, "course_field", shapes.CourseField.from_object(field))


@bp.patch("/course-fields/<field_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "updateCourseField",
    "Update a course custom field",
    tag=TAG,
    description="While courses hold values of the field, its type cannot change and no option "
    "in use can be removed.",
    parameters=[FIELD_ID],
    body=UpdateCourseField,
    responses={200: Reply("The course field as it is now", single(COURSE_FIELD))},
    errors={
        **NOT_FOUND,
        409: "the name is taken, or courses hold values the change would void",
        422: "options do not suit the type (or, given alone, the field is not a dropdown)",
    },
)
async def update(request: AtriumRequest, field_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateCourseField)
    changes = body.changes()
    if "type" in changes:
        changes["type"] = FieldType(changes["type"])
    if "options" in changes:
        changes["options"] = list(changes["options"])
    field = await access_custom_field_by_id(COURSE_CUSTOM_FIELDS, tenant, field_id)
    updated = await do_update_course_field(tenant, field, changes)
    return one(request, "course_field", shapes.CourseField.from_object(updated))


@bp.delete("/course-fields/<field_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "deleteCourseField",
    "Delete a course custom field",
    tag=TAG,
    description="Every course's value of it goes with it.",
    parameters=[FIELD_ID],
    responses={204: Reply("The course field is deleted")},
    errors=NOT_FOUND,
)
async def delete(request: AtriumRequest, field_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    field = await access_custom_field_by_id(COURSE_CUSTOM_FIELDS, tenant, field_id)
    await do_delete_custom_field(COURSE_CUSTOM_FIELDS, tenant, field)
    return no_content()
