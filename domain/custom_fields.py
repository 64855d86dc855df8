"""Custom fields of a tenant's users and courses: their definitions, and the values each user or
course holds, stored as text.

Users and courses keep their fields alike: a definition (name, type, options, mandatory,
position) per field, unique by name in the tenant; one value row per owner and field; events
``{owner}_field.created`` / ``.deleted`` committed with the change. What differs is data, a
`FieldKind`: the tables, the owner's name in messages and columns, the rule for options and what
the events carry. The rules for changing a field and for the values a field takes are the
owner's own (`domain.user_fields`, `domain.course_fields`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
from core.query import Page, is_db_id
from domain.events import EventType, record_event
from models.course import CourseField, CourseFieldValue
from models.user import FieldType, UserField, UserFieldValue
from shapes import custom_fields as shapes
from tenants.records import TenantRecord

MAX_VALUE_LENGTH = 191
MAX_OPTIONS = 100
# The two kinds' shapes read the same columns.
FIELD_COLUMNS = shapes.CourseField.columns

FieldModel = TypeVar("FieldModel", UserField, CourseField)
ValueModel = TypeVar("ValueModel", UserFieldValue, CourseFieldValue)


@dataclass(frozen=True, slots=True)
class NewField:
    name: str
    type: FieldType = FieldType.TEXT
    options: Sequence[str] = ()
    mandatory: bool = False
    position: int = 0


@dataclass(frozen=True, slots=True)
class FieldKind(Generic[FieldModel, ValueModel]):
    """The custom fields of one kind of owner (``user``, ``course``): ``model`` defines them,
    ``value_model`` holds each owner's values through the column ``{owner}_id``."""

    model: type[FieldModel]
    value_model: type[ValueModel]
    owner: str
    check_options: Callable[[FieldType, Sequence[str]], list[str]]
    """The options a new field of a type keeps; raises ValidationFailed (``param`` options)."""
    created_event: Callable[[FieldModel], dict[str, Any]]
    deleted_event: Callable[[FieldModel], dict[str, Any]]

    def in_tenant(self, tenant: TenantRecord) -> QuerySet[FieldModel]:
        return self.model.filter(tenant_id=tenant.id)

    def values_of(self, tenant_id: int, owner_id: int) -> QuerySet[ValueModel]:
        return self.value_model.filter(tenant_id=tenant_id, **{f"{self.owner}_id": owner_id})

    def name_taken(self, name: str) -> Conflict:
        return Conflict(f"A {self.owner} field named {name!r} already exists", param="name")


async def access_custom_field_by_id(
    kind: FieldKind[FieldModel, ValueModel], tenant: TenantRecord, field_id: int
) -> FieldModel:
    """The tenant's field ``field_id`` of ``kind``; NotFound for a missing id or another
    tenant's."""
    field = await kind.in_tenant(tenant).get_or_none(id=field_id) if is_db_id(field_id) else None
    if field is None:
        raise NotFound(f"No {kind.owner} field with id {field_id}")
    return field


async def list_custom_fields(
    kind: FieldKind[FieldModel, ValueModel], tenant: TenantRecord, page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's fields of ``kind`` as plain rows, by position then id, and the
    total."""
    query = kind.in_tenant(tenant)
    rows = (
        await query.order_by("position", "id")
        .offset(page.offset)
        .limit(page.size)
        .values(*FIELD_COLUMNS)
    )
    return rows, await query.count()


async def do_create_custom_field(
    kind: FieldKind[FieldModel, ValueModel], tenant: TenantRecord, new: NewField
) -> FieldModel:
    """Define a field of ``kind`` in ``tenant``. Raises ValidationFailed for options that
    ``kind.check_options`` refuses and Conflict (``param`` name) when the name is taken. The
    field and the ``{owner}_field.created`` event commit together."""
    options = kind.check_options(new.type, new.options)
    try:
        async with in_transaction() as connection:
            field = await kind.model.create(
                tenant_id=tenant.id,
                name=new.name,
                type=new.type,
                options=options,
                mandatory=new.mandatory,
                position=new.position,
                using_db=connection,
            )
            await record_event(
                tenant.id,
                EventType(f"{kind.owner}_field.created"),
                kind.created_event(field),
                connection=connection,
            )
    except IntegrityError:
        raise kind.name_taken(new.name) from None
    return field


async def do_delete_custom_field(
    kind: FieldKind[FieldModel, ValueModel], tenant: TenantRecord, field: FieldModel
) -> None:
    """Delete the tenant's ``field`` with every owner's value of it; the deletion and the
    ``{owner}_field.deleted`` event commit together. NotFound when it is gone already."""
    async with in_transaction() as connection:
        await (
            kind.value_model.filter(tenant_id=tenant.id, field_id=field.id)
            .using_db(connection)
            .delete()
        )
        deleted = await kind.in_tenant(tenant).using_db(connection).filter(id=field.id).delete()
        if not deleted:
            raise NotFound(f"No {kind.owner} field with id {field.id}")
        await record_event(
            tenant.id,
            EventType(f"{kind.owner}_field.deleted"),
            kind.deleted_event(field),
            connection=connection,
        )


async def do_store_field_values(
    kind: FieldKind[FieldModel, ValueModel],
    tenant_id: int,
    owner_id: int,
    values: Mapping[int, str | None],
    *,
    connection: BaseDBAsyncClient,
) -> None:
    """Write an owner's values, by field id, in the caller's transaction; None deletes a value.
    The caller holds the owner's row, so that writers of one owner do not interleave."""
    if not values:
        return
    await (
        kind.values_of(tenant_id, owner_id)
        .filter(field_id__in=list(values))
        .using_db(connection)
        .delete()
    )
    await kind.value_model.bulk_create(
        [
            kind.value_model(
                tenant_id=tenant_id,
                field_id=field_id,
                value=value,
                **{f"{kind.owner}_id": owner_id},
            )
            for field_id, value in values.items()
            if value is not None
        ],
        using_db=connection,
    )


async def custom_field_values(
    kind: FieldKind[FieldModel, ValueModel], tenant: TenantRecord, owner_id: int
) -> list[dict[str, Any]]:
    """Every field of ``kind`` in the tenant with the owner's value (None where it has none), in
    display order: ``{"id", "name", "type", "value"}``."""
    fields = await kind.in_tenant(tenant).order_by("position", "id").values("id", "name", "type")
    stored = dict(await kind.values_of(tenant.id, owner_id).values_list("field_id", "value"))
    return [{**field, "value": stored.get(field["id"])} for field in fields]
