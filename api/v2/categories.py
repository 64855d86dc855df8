"""``/api/v2/categories``: list and retrieve (TalentLMS), create, update and delete (Atrium)."""

from __future__ import annotations

from pydantic import BaseModel
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Id, Name, Price
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
from domain.categories import (
    CATEGORY_FILTERS,
    NewCategory,
    access_category_by_id,
    do_create_category,
    do_delete_category,
    do_update_category,
    list_categories,
)
from shapes import categories as shapes

bp = Blueprint("categories")
TAG = "Categories"


class CreateCategory(BaseModel):
    model_config = BODY_CONFIG

    name: Name
    parent_id: Id | None = None
    price: Price | None = None


class UpdateCategory(PartialBody):
    """Only the fields given change; null clears ``parent_id`` or ``price``."""

    NULLABLE = frozenset({"parent_id", "price"})

    name: Name | None = None
    parent_id: Id | None = None
    price: Price | None = None


CATEGORY = shape_component(shapes.Category)
CATEGORY_ID = path_id("category_id", "The category's id")
NOT_FOUND = {404: "the tenant has no category with this id"}


@bp.get("/categories", ctx_policy=requires("categories:read"))
@describe(
    "listCategories",
    "List categories",
    tag=TAG,
    parameters=list_parameters(CATEGORY_FILTERS),
    responses={200: Reply("A page of the tenant's categories, oldest first", paginated(CATEGORY))},
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, CATEGORY_FILTERS)
    rows, total = await list_categories(request.ctx.require_tenant(), query.filters, query.page)
    return many(request, "category", [shapes.Category.from_row(r) for r in rows], total, query.page)


@bp.post("/categories", ctx_policy=requires("categories:write"))
@describe(
    "createCategory",
    "Create a category",
    tag=TAG,
    description="A category sits at the top, or under a parent category of the same tenant.",
    body=CreateCategory,
    responses={200: Reply("The new category", single(CATEGORY))},
    errors={
        404: "parent_id is not one of the tenant's categories",
        409: "a category with this name exists",
    },
)
async def create(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CreateCategory)
    category = await do_create_category(
        request.ctx.require_tenant(),
        NewCategory(name=body.name, parent_id=body.parent_id, price=body.price),
    )
    return one(request, "category", shapes.Category.from_object(category))


@bp.get("/categories/<category_id:int>", ctx_policy=requires("categories:read"))
@describe(
    "getCategory",
    "Retrieve a category",
    tag=TAG,
    parameters=[CATEGORY_ID],
    responses={200: Reply("The category", single(CATEGORY))},
    errors=NOT_FOUND,
)
async def get(request: AtriumRequest, category_id: int) -> HTTPResponse:
    category = await access_category_by_id(request.ctx.require_tenant(), category_id)
    return one(request, "category", shapes.Category.from_object(category))


@bp.patch("/categories/<category_id:int>", ctx_policy=requires("categories:write"))
@describe(
    "updateCategory",
    "Update a category",
    tag=TAG,
    description="Only the fields given change. A category cannot move under itself or under "
    "one of its subcategories.",
    parameters=[CATEGORY_ID],
    body=UpdateCategory,
    responses={200: Reply("The updated category", single(CATEGORY))},
    errors={
        404: "the tenant has no category with this id, or parent_id is not one of its categories",
        409: "the name is taken, or the move would make the category its own ancestor",
    },
)
async def update(request: AtriumRequest, category_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateCategory)
    category = await access_category_by_id(tenant, category_id)
    updated = await do_update_category(tenant, category, body.changes())
    return one(request, "category", shapes.Category.from_object(updated))


@bp.delete("/categories/<category_id:int>", ctx_policy=requires("categories:write"))
@describe(
    "deleteCategory",
    "Delete a category",
    tag=TAG,
    description="Its courses become uncategorised. A category with subcategories cannot be "
    "deleted: move or delete them first.",
    parameters=[CATEGORY_ID],
    responses={204: Reply("The category is deleted")},
    errors={**NOT_FOUND, 409: "the category has subcategories"},
)
async def delete(request: AtriumRequest, category_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_category(tenant, await access_category_by_id(tenant, category_id))
    return no_content()
