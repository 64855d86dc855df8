"""Request bodies of ``/api/v2/users`` (TalentLMS's fields) and their translation to the domain.

Value rules live in the models so that the OpenAPI schema states them: lengths (191 characters,
TalentLMS's limit), email syntax, IANA time zones, locale codes, user type ids.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Annotated, Any

from email_validator import EmailNotValidError, validate_email
from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from api.fields import BODY_CONFIG, NO_NUL_PATTERN, Id, Name, NoNul
from api.partial import PartialBody
from core.timezones import TIMEZONES
from domain.custom_fields import MAX_VALUE_LENGTH
from domain.user_fields import is_field_key
from models.user import UserStatus, UserType
from shapes.users import USER_TYPE_NAMES

_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_STATUSES = frozenset(s.value for s in UserStatus)
MAX_CUSTOM_FIELDS = 100


# A plain ASCII local part, which email_validator accepts and leaves as it is.
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_MAX_LOCAL = 64
_MAX_EMAIL = 254


def _checked_email(value: str) -> str:
    # Syntax only: no DNS, and intranet domains (corp.local, school.test) are fine.
    try:
        checked = validate_email(value, check_deliverability=False, globally_deliverable=False)
    except EmailNotValidError as exc:
        raise ValueError(f"not an email address: {exc}") from None
    return checked.normalized


@lru_cache(maxsize=4096)
def _email_domain(domain: str) -> str:
    return _checked_email(f"a@{domain}").partition("@")[2]


def _email(value: str) -> str:
    # An HR sync checks 100,000 addresses of a few domains: the domain check (most of the cost)
    # is cached, and plain ASCII local parts need no more than the pattern.
    local, at, domain = value.rpartition("@")
    if at and domain.isascii() and len(local) <= _MAX_LOCAL and _DOT_ATOM.fullmatch(local):
        checked = f"{local}@{_email_domain(domain)}"
        if len(checked) <= _MAX_EMAIL:
            return checked
    return _checked_email(value)


def _timezone(value: str) -> str:
    if value not in TIMEZONES:
        raise ValueError("not an IANA time zone such as UTC or Europe/Athens")
    return value


def _deactivation_date(value: Any) -> datetime:
    if not isinstance(value, str):
        raise PydanticCustomError("date_type", "Input should be a date or date-time string")
    try:
        if _DATE_RE.match(value):
            return datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC)
        moment = datetime.fromisoformat(value.upper())
    except ValueError:
        raise PydanticCustomError(
            "date_parsing", "Input should be a date (YYYY-MM-DD) or an ISO 8601 date-time"
        ) from None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _status(value: Any) -> UserStatus:
    if isinstance(value, bool):
        return UserStatus.ACTIVE if value else UserStatus.INACTIVE
    if not isinstance(value, str):
        raise PydanticCustomError("status_type", "Input should be a boolean or a status string")
    if value not in _STATUSES:
        raise PydanticCustomError("status_value", 'Input should be "active" or "inactive"')
    return UserStatus(value)


def _custom_value(value: Any) -> str | bool | None:
    # Lengths and formats depend on the field: checked against it by the domain.
    if value is not None and not isinstance(value, str | bool):
        raise PydanticCustomError(
            "custom_field_type", "Input should be a string, a boolean or null"
        )
    return value


Text = Annotated[
    str, Field(max_length=MAX_VALUE_LENGTH, json_schema_extra={"pattern": NO_NUL_PATTERN}), NoNul
]
Login = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_VALUE_LENGTH,
        pattern=r"^[^\s\x00]+$",
        description="Unique in the tenant; no spaces",
    ),
]
Email = Annotated[
    str,
    Field(max_length=MAX_VALUE_LENGTH),
    AfterValidator(_email),
    WithJsonSchema(
        {
            "type": "string",
            "format": "email",
            "maxLength": MAX_VALUE_LENGTH,
            "description": "Unique in the tenant",
        }
    ),
]
Password = Annotated[
    str, Field(min_length=8, max_length=MAX_VALUE_LENGTH, description="At least 8 characters")
]
Timezone = Annotated[
    str,
    AfterValidator(_timezone),
    WithJsonSchema({"type": "string", "enum": sorted(TIMEZONES), "example": "Europe/Athens"}),
]
Locale = Annotated[
    str,
    Field(
        max_length=16,
        pattern=r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$",
        description="A language code, optionally with a region: en, en-US, pt_BR",
    ),
]
UserTypeId = Annotated[
    int,
    Field(
        ge=min(UserType),
        le=max(UserType),
        description="; ".join(f"{t.value}: {name}" for t, name in USER_TYPE_NAMES.items()),
    ),
]
Status = Annotated[
    UserStatus,
    PlainValidator(_status),
    WithJsonSchema(
        {
            "anyOf": [{"type": "boolean"}, {"type": "string", "enum": sorted(_STATUSES)}],
            "description": 'true or "active": active; false or "inactive": inactive',
        }
    ),
]
Credits = Annotated[float, Field(ge=0, le=1_000_000_000)]
DeactivationDate = Annotated[
    datetime,
    PlainValidator(_deactivation_date),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date", "example": "2027-01-31"},
                {"type": "string", "format": "date-time", "example": "2027-01-31T17:00:00Z"},
            ],
            "description": "When the account is to be deactivated (a date: its midnight, UTC)",
        }
    ),
]
Integration = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        description="The system that provisions the user (an HR system, an identity provider)",
        json_schema_extra={"pattern": NO_NUL_PATTERN},
    ),
    NoNul,
]
IntegrationUserId = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_VALUE_LENGTH,
        description="The user's id in that system",
        json_schema_extra={"pattern": NO_NUL_PATTERN},
    ),
    NoNul,
]
CustomValue = Annotated[
    str | bool | None,
    PlainValidator(_custom_value),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string", "maxLength": MAX_VALUE_LENGTH}, {"type": "boolean"}],
            "nullable": True,
        }
    ),
]
CustomFields = Annotated[
    dict[str, CustomValue],
    Field(
        max_length=MAX_CUSTOM_FIELDS,
        description=(
            "Values of the tenant's user fields, keyed by field name or custom_field_{id}: text "
            "and dropdown fields take a string (a dropdown, one of its options), a checkbox "
            "true or false, a date YYYY-MM-DD; null clears a value. A field the tenant has not "
            "defined is answered 404, a mandatory one left out or cleared 409."
        ),
    ),
]


class CreateUser(BaseModel):
    model_config = BODY_CONFIG

    name: Name
    surname: Name
    login: Login
    email: Email
    password: Password
    timezone: Timezone = "UTC"
    locale: Locale = "en"
    email_notifications: bool = True
    user_type_id: UserTypeId = UserType.LEARNER.value
    status: Status = UserStatus.ACTIVE
    description: Text | None = None
    credits: Credits | None = None
    deactivation_date: DeactivationDate | None = None
    integration: Integration | None = None
    integration_user_id: IntegrationUserId | None = None
    custom_fields: CustomFields = Field(default_factory=dict)


class UpdateUser(PartialBody):
    NULLABLE = frozenset(
        {"description", "deactivation_date", "credits", "integration", "integration_user_id"}
    )

    name: Name | None = None
    surname: Name | None = None
    login: Login | None = None
    email: Email | None = None
    description: Text | None = None
    timezone: Timezone | None = None
    locale: Locale | None = None
    email_notifications: bool | None = None
    user_type_id: UserTypeId | None = None
    status: Status | None = None
    deactivation_date: DeactivationDate | None = None
    current_password: Annotated[str, Field(min_length=1, max_length=MAX_VALUE_LENGTH)] | None = (
        Field(None, description="When given, the new password is set only if this matches")
    )
    password: Password | None = None
    credits: Credits | None = None
    integration: Integration | None = None
    integration_user_id: IntegrationUserId | None = None
    custom_fields: CustomFields | None = None


class BatchUser(UpdateUser):
    """A user to create or update: matched by id, else integration_user_id, else email."""

    id: Id | None = Field(None, description="Update this user (404 when it does not exist)")

    @model_validator(mode="before")
    @classmethod
    def _flat_custom_fields(cls, data: Any) -> Any:
        # TalentLMS gives custom fields flat, as custom_field_N keys of the item. Only those:
        # a flat key is never a field's name (names go in custom_fields).
        if not isinstance(data, dict):
            return data
        flat = {k: v for k, v in data.items() if isinstance(k, str) and is_field_key(k)}
        if not flat:
            return data
        rest = {k: v for k, v in data.items() if k not in flat}
        nested = rest.get("custom_fields")
        return {**rest, "custom_fields": {**(nested if isinstance(nested, dict) else {}), **flat}}


def update_changes(given: dict[str, Any]) -> dict[str, Any]:
    """The fields of an `UpdateUser` body as `domain.users.do_update_user` takes them (without
    ``current_password``)."""
    changes = dict(given)
    changes.pop("current_password", None)
    if "user_type_id" in changes:
        changes["user_type"] = UserType(changes.pop("user_type_id"))
    return changes
