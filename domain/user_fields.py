"""Custom user fields: their definitions, and the values users carry for them.

A tenant defines fields (text, dropdown, checkbox, date); a user's values are given by the field's
name or by its TalentLMS key ``custom_field_{id}`` (which always means the field with that id),
and stored as text: a checkbox as ``"1"`` or ``"0"``, a date as ``YYYY-MM-DD``.

Rules that depend on what the tenant has defined answer like other references to stored state:
a field that does not exist is NotFound, a mandatory field left without a value or a change of
a field's type is a Conflict; a value that breaks its field's rule is ValidationFailed.

Listing, reading, creating and deleting fields, and storing and reading values, are the same
for courses: `domain.custom_fields` does them with `USER_CUSTOM_FIELDS`. This module holds what
is the users' own: the keys, the checkbox words, the fixed type and these errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.errors import Conflict, InvalidRequest, NotFound, ValidationFailed
from domain.custom_fields import (
    MAX_OPTIONS,
    MAX_VALUE_LENGTH,
    FieldKind,
    NewField,
    do_create_custom_field,
)
from domain.events import EventType, record_event
from models.user import FieldType, UserField, UserFieldValue
from tenants.records import TenantRecord

FIELD_KEY_PREFIX = "custom_field_"
_FIELD_KEY_RE = re.compile(rf"^{FIELD_KEY_PREFIX}([0-9]{{1,10}})$")
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
CHECKED, UNCHECKED = "1", "0"
_CHECKBOX_VALUES = {
    # JSON's 1 and 0 look these up too (1 == True).
    True: CHECKED,
    False: UNCHECKED,
    "1": CHECKED,
    "0": UNCHECKED,
    "true": CHECKED,
    "false": UNCHECKED,
    "on": CHECKED,
    "off": UNCHECKED,
    "yes": CHECKED,
    "no": UNCHECKED,
}
NewUserField = NewField


def field_key(field_id: int) -> str:
    """The TalentLMS name of a field in user bodies: ``custom_field_{id}``."""
    return f"{FIELD_KEY_PREFIX}{field_id}"


def is_field_key(key: str) -> bool:
    """Whether ``key`` is a TalentLMS field key (``custom_field_{id}``) rather than a name."""
    return _FIELD_KEY_RE.match(key) is not None


def user_field_event_data(field: UserField) -> dict[str, Any]:
    return {
        "id": field.id,
        "name": field.name,
        "type": field.type.value,
        "options": list(field.options),
        "mandatory": field.mandatory,
    }


def check_options(field_type: FieldType, options: Sequence[str]) -> list[str]:
    """The options to keep for a field of ``field_type``: a dropdown's, distinct and non-blank
    (raises ValidationFailed naming ``options``); none for other types, whatever was given."""
    if field_type != FieldType.DROPDOWN:
        return []
    if len(options) > MAX_OPTIONS:
        raise ValidationFailed(f"A field takes at most {MAX_OPTIONS} options", param="options")
    if any(not option.strip() or len(option) > MAX_VALUE_LENGTH for option in options):
        raise ValidationFailed(
            f"Options must be non-blank and at most {MAX_VALUE_LENGTH} characters",
            param="options",
        )
    if len(set(options)) != len(options):
        raise ValidationFailed("Options must be distinct", param="options")
    return list(options)


USER_CUSTOM_FIELDS = FieldKind(
    UserField,
    UserFieldValue,
    "user",
    check_options,
    created_event=user_field_event_data,
    deleted_event=user_field_event_data,
)


async def do_create_user_field(tenant: TenantRecord, new: NewUserField) -> UserField:
    """Define a user field in ``tenant``; raises ValidationFailed for bad options and Conflict
    when the name is taken. The field and ``user_field.created`` commit together."""
    return await do_create_custom_field(USER_CUSTOM_FIELDS, tenant, new)


async def do_update_user_field(
    tenant: TenantRecord, field: UserField, changes: Mapping[str, Any]
) -> UserField:
    """Change ``name``, ``options``, ``mandatory`` or ``position`` of ``field``.

    A field's type is fixed (its stored values are of that type): asking for another raises
    Conflict. Values stored before an option was removed stay as they are. Raises Conflict when
    the new name is taken. Records ``user_field.updated`` when anything changed.
    """
    wanted = dict(changes)
    new_type = wanted.pop("type", field.type)
    if new_type != field.type:
        raise Conflict(
            f"A field's type cannot change (it is {field.type.value}); create a new field instead",
            param="type",
        )
    if "options" in wanted:
        wanted["options"] = check_options(field.type, wanted["options"])
    changed = {k: v for k, v in wanted.items() if getattr(field, k) != v}
    if not changed:
        return field
    for name, value in changed.items():
        setattr(field, name, value)
    try:
        async with in_transaction() as connection:
            await field.save(update_fields=list(changed), using_db=connection)
            await record_event(
                tenant.id,
                EventType.USER_FIELD_UPDATED,
                {**user_field_event_data(field), "changed": sorted(changed)},
                connection=connection,
            )
    except IntegrityError:
        raise USER_CUSTOM_FIELDS.name_taken(field.name) from None
    return field


class FieldKeys:
    """A tenant's user fields by the keys a body gives them: ``custom_field_{id}`` always means
    the field with that id, even where another field is named so; any other key is a name."""

    def __init__(self, fields: Iterable[UserField]) -> None:
        self._by_id: dict[int, UserField] = {}
        self._by_name: dict[str, UserField] = {}
        for field in fields:
            self._by_id[field.id] = field
            self._by_name[field.name] = field

    def resolve(self, key: str) -> UserField | None:
        match = _FIELD_KEY_RE.match(key)
        if match:
            return self._by_id.get(int(match.group(1)))
        return self._by_name.get(key)


def check_field_value(field: UserField, raw: Any, param: str) -> str | None:
    """``raw``, a JSON value given for ``field``, as stored; None clears the value.

    Raises InvalidRequest when the JSON type is wrong for the field, ValidationFailed when the
    value breaks the field's rule (length, dropdown options, date format).
    """
    if raw is None:
        return None
    if field.type == FieldType.CHECKBOX:
        if isinstance(raw, (dict, list)):
            raise InvalidRequest(f"{param}: a checkbox takes true or false", param=param)
        checked = (
            None
            if isinstance(raw, float)
            else _CHECKBOX_VALUES.get(raw.lower() if isinstance(raw, str) else raw)
        )
        if checked is None:
            raise ValidationFailed(f"{param}: a checkbox takes true or false", param=param)
        return checked
    if not isinstance(raw, str):
        raise InvalidRequest(f"{param}: a {field.type.value} field takes a string", param=param)
    if len(raw) > MAX_VALUE_LENGTH:
        raise ValidationFailed(f"{param}: at most {MAX_VALUE_LENGTH} characters", param=param)
    if "\x00" in raw:  # PostgreSQL text cannot hold it
        raise ValidationFailed(f"{param}: must not contain NUL characters", param=param)
    if field.type == FieldType.DROPDOWN and raw not in field.options:
        raise ValidationFailed(
            f"{param}: {raw[:40]!r} is not an option of {field.name!r} "
            f"({', '.join(field.options)})",
            param=param,
        )
    if field.type == FieldType.DATE:
        try:
            if not _DATE_RE.match(raw):
                raise ValueError(raw)
            date.fromisoformat(raw)
        except ValueError:
            raise ValidationFailed(f"{param}: a date as YYYY-MM-DD", param=param) from None
    return raw


async def check_custom_fields(
    tenant: TenantRecord, given: Mapping[str, Any], *, creating: bool, param: str = "custom_fields"
) -> dict[int, str | None]:
    """Custom field values of a user body, by field id, as stored (None: no value).

    Keys are field names or ``custom_field_{id}``. Raises NotFound for a field the tenant does
    not have, ValidationFailed for a field given twice or a bad value, Conflict for a mandatory
    field left without a value (``creating``) or cleared.
    """
    fields = await USER_CUSTOM_FIELDS.in_tenant(tenant).order_by("id")
    keys = FieldKeys(fields)
    values: dict[int, str | None] = {}
    for key, raw in given.items():
        at = f"{param}.{key}" if len(key) <= MAX_VALUE_LENGTH else param
        field = keys.resolve(key)
        if field is None:
            raise NotFound(f"{at}: no user field is called {key[:60]!r}", param=at)
        if field.id in values:
            raise ValidationFailed(f"{at}: the field {field.name!r} is given twice", param=at)
        value = check_field_value(field, raw, at)
        if field.mandatory and value in (None, ""):
            raise Conflict(f"{at}: the field {field.name!r} is mandatory", param=at)
        values[field.id] = value
    if creating:
        missing = [f.name for f in fields if f.mandatory and f.id not in values]
        if missing:
            raise Conflict(f"Mandatory custom fields missing: {', '.join(missing)}", param=param)
    return values
