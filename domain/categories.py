"""Course categories of a tenant: a tree built by ``parent_id``.

``parent_id`` is a plain column (models/course.py says why), so this module keeps the tree sound:
a parent is an existing category of the same tenant, no category becomes its own ancestor, and a
category that still has subcategories cannot be deleted. Every change to the tree first takes a
per-tenant transaction lock, so two concurrent moves cannot close a cycle between them and a
parent cannot vanish while a child is being attached to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
from core.query import INTEGER, TEXT, TIMESTAMP, Filter, FilterField, Page, apply_filters, is_db_id
from domain.counters import bump_counter, read_counter
from domain.events import EventType, record_event
from models.course import Category, Course
from shapes import categories as shapes
from tenants.records import TenantRecord

CATEGORIES_COUNTER = "categories"
CATEGORY_FIELDS = frozenset({"name", "parent_id", "price"})
CATEGORY_FILTERS: dict[str, FilterField] = {
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
    "parent_id": FilterField("parent_id", frozenset({"eq"}), INTEGER),
    "last_updated": FilterField("updated_at", frozenset({"gte", "lte"}), TIMESTAMP),
}
# First key of the tree lock (pg_advisory_xact_lock(namespace, tenant_id)): "CATG".
_TREE_LOCK_NAMESPACE = 0x43415447


@dataclass(frozen=True, slots=True)
class NewCategory:
    name: str
    parent_id: int | None = None
    price: float | None = None


def categories_in_tenant(tenant: TenantRecord) -> QuerySet[Category]:
    return Category.filter(tenant_id=tenant.id)


async def access_category_by_id(
    tenant: TenantRecord, category_id: int, param: str | None = None
) -> Category:
    """The tenant's category ``category_id``; NotFound (naming ``param``) for a missing id or
    another tenant's."""
    category = (
        await categories_in_tenant(tenant).get_or_none(id=category_id)
        if is_db_id(category_id)
        else None
    )
    if category is None:
        raise NotFound(f"No category with id {category_id}", param=param)
    return category


async def _lock_tree(tenant: TenantRecord, connection: BaseDBAsyncClient) -> None:
    """Serialize the changes to one tenant's category tree until the transaction ends."""
    await connection.execute_query(
        "SELECT pg_advisory_xact_lock($1, $2)", [_TREE_LOCK_NAMESPACE, tenant.id]
    )


async def _check_parent(
    tenant: TenantRecord,
    parent_id: int | None,
    category_id: int | None,
    connection: BaseDBAsyncClient,
) -> None:
    """Raise NotFound unless ``parent_id`` is one of the tenant's categories, and Conflict when
    making it the parent of ``category_id`` would make that category its own ancestor."""
    if parent_id is None:
        return
    parents: dict[int, int | None] = dict(
        await categories_in_tenant(tenant).using_db(connection).values_list("id", "parent_id")
    )
    if parent_id not in parents:
        raise NotFound(f"No category with id {parent_id}", param="parent_id")
    seen: set[int] = set()
    ancestor: int | None = parent_id
    while ancestor is not None and ancestor not in seen:
        if ancestor == category_id:
            raise Conflict(
                f"Category {parent_id} is category {category_id} itself or one of its "
                "subcategories, so it cannot be its parent",
                param="parent_id",
            )
        seen.add(ancestor)
        ancestor = parents.get(ancestor)


def _name_taken(name: str) -> Conflict:
    return Conflict(f"A category named {name!r} already exists", param="name")


async def do_create_category(tenant: TenantRecord, new: NewCategory) -> Category:
    """Create a category in ``tenant``.

    Raises NotFound (``param`` parent_id) when the parent is not one of the tenant's categories,
    and Conflict (``param`` name) when the name is taken. The category, the ``categories``
    counter and the ``category.created`` event commit together.
    """
    try:
        async with in_transaction() as connection:
            await _lock_tree(tenant, connection)
            await _check_parent(tenant, new.parent_id, None, connection)
            category = await Category.create(
                tenant_id=tenant.id,
                name=new.name,
                parent_id=new.parent_id,
                price=new.price,
                using_db=connection,
            )
            await bump_counter(tenant.id, CATEGORIES_COUNTER, 1, connection=connection)
            await record_event(
                tenant.id,
                EventType.CATEGORY_CREATED,
                {"id": category.id, "name": category.name, "parent_id": category.parent_id},
                connection=connection,
            )
    except IntegrityError:
        raise _name_taken(new.name) from None
    return category


async def do_update_category(
    tenant: TenantRecord, category: Category, changes: Mapping[str, Any]
) -> Category:
    """Apply ``changes`` (a subset of `CATEGORY_FIELDS`) to the tenant's ``category``.

    Raises NotFound (``param`` parent_id) for a parent that is not the tenant's, Conflict
    (``param`` parent_id) for a move under itself or one of its subcategories, and Conflict
    (``param`` name) for a name taken. Records ``category.updated`` with the changed fields,
    unless nothing changed.
    """
    unknown = set(changes) - CATEGORY_FIELDS
    if unknown:
        raise ValueError(f"not category fields: {sorted(unknown)}")
    changed = {name: value for name, value in changes.items() if getattr(category, name) != value}
    if not changed:
        return category
    try:
        async with in_transaction() as connection:
            if "parent_id" in changed:
                await _lock_tree(tenant, connection)
                await _check_parent(tenant, changed["parent_id"], category.id, connection)
            for name, value in changed.items():
                setattr(category, name, value)
            await category.save(update_fields=[*changed, "updated_at"], using_db=connection)
            await record_event(
                tenant.id,
                EventType.CATEGORY_UPDATED,
                {"id": category.id, "changes": changed},
                connection=connection,
            )
    except IntegrityError:
        raise _name_taken(changed["name"]) from None
    return category


async def do_delete_category(tenant: TenantRecord, category: Category) -> None:
    """Delete the tenant's ``category``; its courses become uncategorised.

    Raises Conflict while it has subcategories (move or delete them first), and NotFound when it
    is gone already. The deletion, the counter and the ``category.deleted`` event (with the ids
    of the courses it held) commit together.
    """
    async with in_transaction() as connection:
        await _lock_tree(tenant, connection)
        in_tenant = categories_in_tenant(tenant).using_db(connection)
        if await in_tenant.filter(parent_id=category.id).exists():
            raise Conflict(f"Category {category.id} has subcategories; move or delete them first")
        course_ids = (
            await Course.filter(tenant_id=tenant.id, category_id=category.id)
            .using_db(connection)
            .values_list("id", flat=True)
        )
        if not await in_tenant.filter(id=category.id).delete():
            raise NotFound(f"No category with id {category.id}")
        await bump_counter(tenant.id, CATEGORIES_COUNTER, -1, connection=connection)
        await record_event(
            tenant.id,
            EventType.CATEGORY_DELETED,
            {"id": category.id, "name": category.name, "uncategorised_course_ids": course_ids},
            connection=connection,
        )


async def list_categories(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's categories as plain rows, oldest first, and the total."""
    query = apply_filters(categories_in_tenant(tenant), filters, CATEGORY_FILTERS)
    rows = (
        await query.order_by("id")
        .offset(page.offset)
        .limit(page.size)
        .values(*shapes.Category.columns)
    )
    total = await query.count() if filters else await read_counter(tenant.id, CATEGORIES_COUNTER)
    return rows, total
