"""Custom course fields of a tenant, and the values courses give them.

A field is text, dropdown (one of its options), checkbox or date. Values are stored as text:
checkboxes as ``"true"``/``"false"``, dates as ``YYYY-MM-DD``. A mandatory field needs a value
when a course is created, and its value cannot be cleared later; courses that predate the field
keep going without one until they set it.

Listing, reading, creating and deleting fields, and storing and reading values, are the same
for users: `domain.custom_fields` does them with `COURSE_CUSTOM_FIELDS`. This module holds what
is the courses' own: the options rule, type changes while no course holds a value, and the
values' checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.errors import Conflict, InvalidRequest, NotFound, ValidationFailed
from domain.custom_fields import MAX_VALUE_LENGTH, FieldKind, NewField, do_create_custom_field
from domain.events import EventType, record_event
from models.course import CourseField, CourseFieldValue
from models.user import FieldType
from tenants.records import TenantRecord

COURSE_FIELD_FIELDS = frozenset({"name", "type", "options", "mandatory", "position"})

CustomValue = str | bool | None
"""A value as a request gives it; None clears the course's value."""


NewCourseField = NewField


def check_field_options(field_type: FieldType, options: Sequence[str]) -> list[str]:
    """The options of a field of ``field_type``: a dropdown needs at least one and no repeats,
    other types take none. Raises ValidationFailed (``param`` options)."""
    if field_type != FieldType.DROPDOWN:
        if options:
            raise ValidationFailed("Only dropdown fields take options", param="options")
        return []
    if not options:
        raise ValidationFailed("A dropdown field needs at least one option", param="options")
    if len(set(options)) != len(options):
        raise ValidationFailed("The options of a dropdown field must differ", param="options")
    return list(options)


COURSE_CUSTOM_FIELDS = FieldKind(
    CourseField,
    CourseFieldValue,
    "course",
    check_field_options,
    created_event=lambda field: {"id": field.id, "name": field.name, "type": field.type.value},
    deleted_event=lambda field: {"id": field.id, "name": field.name},
)


async def do_create_course_field(tenant: TenantRecord, new: NewCourseField) -> CourseField:
    """Create a custom course field in ``tenant``.

    Raises ValidationFailed for options that do not suit the type and Conflict (``param`` name)
    for a name taken. The field and the ``course_field.created`` event commit together.
    """
    return await do_create_custom_field(COURSE_CUSTOM_FIELDS, tenant, new)


async def do_update_course_field(
    tenant: TenantRecord, field: CourseField, changes: Mapping[str, Any]
) -> CourseField:
    """Apply ``changes`` (a subset of `COURSE_FIELD_FIELDS`) to the tenant's ``field``.

    A type given takes its options with it (none: no options), checked by
    `check_field_options`; options given alone replace a dropdown's options, and are refused
    (ValidationFailed) for a field of another type. While courses hold values, the type cannot
    change and no option in use can be removed (Conflict): values are never rewritten or
    dropped behind the caller's back. Raises Conflict (``param`` name) for a name taken. Records
    ``course_field.updated``, unless nothing changed.
    """
    unknown = set(changes) - COURSE_FIELD_FIELDS
    if unknown:
        raise ValueError(f"not course field fields: {sorted(unknown)}")
    wanted = dict(changes)
    if "type" in changes:
        wanted["options"] = check_field_options(changes["type"], changes.get("options", []))
    elif "options" in changes:
        if field.type != FieldType.DROPDOWN:
            raise ValidationFailed(
                f"Field {field.name!r} is a {field.type.value} field; only dropdown fields "
                "take options",
                param="options",
            )
        wanted["options"] = check_field_options(field.type, changes["options"])
    changed = {name: value for name, value in wanted.items() if getattr(field, name) != value}
    if not changed:
        return field
    try:
        async with in_transaction() as connection:
            locked = (
                await COURSE_CUSTOM_FIELDS.in_tenant(tenant)
                .using_db(connection)
                .select_for_update()
                .filter(id=field.id)
                .first()
            )
            if locked is None:
                raise NotFound(f"No course field with id {field.id}")
            await _check_values_still_fit(tenant, field, changed, connection)
            for name, value in changed.items():
                setattr(field, name, value)
            await field.save(update_fields=list(changed), using_db=connection)
            await record_event(
                tenant.id,
                EventType.COURSE_FIELD_UPDATED,
                {"id": field.id, "changes": changed},
                connection=connection,
            )
    except IntegrityError:
        raise COURSE_CUSTOM_FIELDS.name_taken(changed["name"]) from None
    return field


async def _check_values_still_fit(
    tenant: TenantRecord,
    field: CourseField,
    changed: Mapping[str, Any],
    connection: BaseDBAsyncClient,
) -> None:
    if "type" not in changed and "options" not in changed:
        return
    values = CourseFieldValue.filter(tenant_id=tenant.id, field_id=field.id).using_db(connection)
    if "type" in changed:
        if await values.exists():
            raise Conflict(
                f"Courses hold values of field {field.name!r}; its type cannot change",
                param="type",
            )
        return
    removed = set(field.options) - set(changed["options"])
    rows = await values.filter(value__in=sorted(removed)).values("value")
    in_use = {row["value"] for row in rows}
    if in_use:
        raise Conflict(
            f"Courses use the options {', '.join(sorted(in_use))} of field {field.name!r}",
            param="options",
        )


def _stored_value(field: CourseField, value: str | bool, param: str) -> str:
    """``value`` as stored for ``field``; InvalidRequest for a wrong JSON type, ValidationFailed
    for a value the field does not take."""
    if field.type == FieldType.CHECKBOX:
        if not isinstance(value, bool):
            raise InvalidRequest(f"{param}: a checkbox field takes true or false", param=param)
        return "true" if value else "false"
    if not isinstance(value, str):
        raise InvalidRequest(f"{param}: a {field.type.value} field takes a string", param=param)
    if "\x00" in value:  # PostgreSQL text cannot hold it
        raise ValidationFailed(f"{param}: must not contain NUL characters", param=param)
    if field.type == FieldType.DATE:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise ValidationFailed(f"{param}: a date field takes YYYY-MM-DD", param=param) from None
    if field.type == FieldType.DROPDOWN and value not in field.options:
        raise ValidationFailed(f"{param}: must be one of {', '.join(field.options)}", param=param)
    if len(value) > MAX_VALUE_LENGTH:
        raise ValidationFailed(f"{param}: at most {MAX_VALUE_LENGTH} characters", param=param)
    return value


async def check_custom_values(
    tenant: TenantRecord, values: Mapping[str, CustomValue], *, creating: bool
) -> dict[int, str | None]:
    """The custom field values a course is given, by field name, checked against the tenant's
    course fields; returns them by field id as stored (None: clear the value).

    Raises NotFound for a name that is not one of the tenant's course fields, InvalidRequest or
    ValidationFailed for a value the field does not take or for a mandatory field left without
    a value (missing when ``creating``, or cleared). Each error names ``custom_fields.<name>``.
    """
    fields = {field.name: field for field in await COURSE_CUSTOM_FIELDS.in_tenant(tenant)}
    checked: dict[int, str | None] = {}
    for name, value in values.items():
        param = f"custom_fields.{name}"
        field = fields.get(name)
        if field is None:
            raise NotFound(f"No course field named {name!r}", param=param)
        if value is None and field.mandatory:
            raise ValidationFailed(f"{param}: the field is mandatory", param=param)
        checked[field.id] = None if value is None else _stored_value(field, value, param)
    if creating:
        for name, field in fields.items():
            if field.mandatory and field.id not in checked:
                raise ValidationFailed(
                    f"custom_fields.{name}: the field is mandatory", param=f"custom_fields.{name}"
                )
    return checked
