"""``/api/v2/user-fields``: the tenant's custom user fields. TalentLMS lists them; creating,
changing and deleting them is Atrium's own extension, for admins (``users:write``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Name
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
from api.responses import many, one
from domain.custom_fields import (
    MAX_OPTIONS,
    access_custom_field_by_id,
    do_delete_custom_field,
    list_custom_fields,
)
from domain.user_fields import (
    USER_CUSTOM_FIELDS,
    NewUserField,
    do_create_user_field,
    do_update_user_field,
    field_key,
)
from models.user import FieldType, UserField
from shapes import custom_fields as shapes

bp = Blueprint("user_fields")
TAG = "User fields"
RESOURCE = "user_field"


def _distinct(options: list[str]) -> list[str]:
    if len(set(options)) != len(options):
        raise ValueError("options must be distinct")
    return options


Options = Annotated[
    list[Name],
    Field(max_length=MAX_OPTIONS, json_schema_extra={"uniqueItems": True}),
    AfterValidator(_distinct),
]
Position = Annotated[int, Field(ge=0, le=100_000)]
# A Literal, not the enum: strict validation takes enum members only, and JSON has strings.
Type = Literal["text", "dropdown", "checkbox", "date"]


class CreateUserField(BaseModel):
    model_config = BODY_CONFIG

    name: Name
    type: Type
    options: Options = Field(
        default_factory=list,
        description="The choices of a dropdown field (distinct); other types keep none",
    )
    mandatory: bool = False
    position: Position = Field(0, description="Display order, lowest first")


class UpdateUserField(PartialBody):
    name: Name | None = None
    type: Type | None = Field(
        None, description="Only the field's current type: a type cannot change"
    )
    options: Options | None = Field(
        None,
        description="A dropdown's new choices (values users hold stay as they are); other types "
        "keep none",
    )
    mandatory: bool | None = None
    position: Position | None = None


USER_FIELD = shape_component(shapes.UserField)
DELETED = shape_component(shapes.Deleted)
FIELD_ID = path_id("field_id", "The user field's id")
_NOT_FOUND = {404: "the tenant has no user field with this id"}


def user_field_json(field: UserField) -> dict[str, Any]:
    return shapes.UserField.from_object(field, key=field_key(field.id))


@bp.get("/user-fields", ctx_policy=requires("users:read"))
@describe(
    "getUserFields",
    "Get user custom fields",
    tag=TAG,
    description="The custom fields defined for users, in display order.",
    parameters=list_parameters({}),
    responses={200: Reply("A page of the tenant's user fields", paginated(USER_FIELD))},
)
async def list_fields(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, {})
    rows, total = await list_custom_fields(
        USER_CUSTOM_FIELDS, request.ctx.require_tenant(), query.page
    )
    return many(
        request,
        RESOURCE,
        [shapes.UserField.from_row(r, key=field_key(r["id"])) for r in rows],
        total,
        query.page,
    )


@bp.post("/user-fields", ctx_policy=requires("users:write"))
@describe(
    "createUserField",
    "Create a user custom field",
    tag=TAG,
    description=(
        "Users then carry a value for it, given by the field's name or key in `custom_fields` "
        "(custom_field_N always names the field with id N). A dropdown's values are among its "
        "options; a mandatory field must be given to every new user."
    ),
    body=CreateUserField,
    responses={201: Reply("The new field", single(USER_FIELD))},
    errors={409: "another user field has this name", 422: "options repeat or are blank"},
)
async def create_field(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CreateUserField)
    field = await do_create_user_field(
        request.ctx.require_tenant(),
        NewUserField(
            name=body.name,
            type=FieldType(body.type),
            options=body.options,
            mandatory=body.mandatory,
            position=body.position,
        ),
    )
    return one(request, RESOURCE, user_field_json(field), status=201)


@bp.get("/user-fields/<field_id:int>", ctx_policy=requires("users:read"))
@describe(
    "getUserField",
    "Get a user custom field",
    tag=TAG,
    parameters=[FIELD_ID],
    responses={200: Reply("The field", single(USER_FIELD))},
    errors=_NOT_FOUND,
)
async def get_field(request: AtriumRequest, field_id: int) -> HTTPResponse:
    field = await access_custom_field_by_id(
        USER_CUSTOM_FIELDS, request.ctx.require_tenant(), field_id
    )
    return one(request, RESOURCE, user_field_json(field))


@bp.patch("/user-fields/<field_id:int>", ctx_policy=requires("users:write"))
@describe(
    "updateUserField",
    "Update a user custom field",
    tag=TAG,
    description="Changes the fields given; a field's type cannot change.",
    parameters=[FIELD_ID],
    body=UpdateUserField,
    responses={200: Reply("The field as it is now", single(USER_FIELD))},
    errors={
        **_NOT_FOUND,
        409: "another user field has this name, or the type differs from the field's",
        422: "options repeat or are blank",
    },
)
async def update_field(request: AtriumRequest, field_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    changes = parse_body(request, UpdateUserField).changes()
    if "type" in changes:
        changes["type"] = FieldType(changes["type"])
    field = await do_update_user_field(
        tenant, await access_custom_field_by_id(USER_CUSTOM_FIELDS, tenant, field_id), changes
    )
    return one(request, RESOURCE, user_field_json(field))


@bp.delete("/user-fields/<field_id:int>", ctx_policy=requires("users:write"))
@describe(
    "deleteUserField",
    "Delete a user custom field",
    tag=TAG,
    description="Deletes the field and every user's value of it.",
    parameters=[FIELD_ID],
    responses={200: Reply("The field is deleted", single(DELETED))},
    errors=_NOT_FOUND,
)
async def delete_field(request: AtriumRequest, field_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_custom_field(
        USER_CUSTOM_FIELDS,
        tenant,
        await access_custom_field_by_id(USER_CUSTOM_FIELDS, tenant, field_id),
    )
    return one(request, RESOURCE, shapes.Deleted.from_row({"id": field_id}))
