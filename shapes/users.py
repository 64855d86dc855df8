"""Users on the wire: TalentLMS's ``UserListItem`` and user profile, and what a user is part of."""

from __future__ import annotations

import html
import re
from typing import Annotated, Any

from pydantic import Field, WithJsonSchema

from models.user import DEFAULT_USER_TYPE, FieldType, UserStatus
from models.user import UserType as UserTypeId
from shapes import AS_IS, Const, From, Given, Id, Shape, Timestamp, example

AVATAR_SIZES = ("default", "sm", "md", "lg", "xl")
_TAG_RE = re.compile(r"<[^>]*>")
# TalentLMS's names of its user types, as the API shows them.
USER_TYPE_NAMES: dict[UserTypeId, str] = {
    UserTypeId.SUPER_ADMIN: "SuperAdmin",
    UserTypeId.ADMIN: "Admin",
    UserTypeId.INSTRUCTOR: "Instructor",
    UserTypeId.LEARNER_INSTRUCTOR: "Learner-Instructor",
    UserTypeId.LEARNER: "Learner",
}
_URI = Annotated[str, WithJsonSchema({"type": "string", "format": "uri"})]
Status = Annotated[str, WithJsonSchema({"type": "string", "enum": [s.value for s in UserStatus]})]
TypeLabel = Annotated[
    str, WithJsonSchema({"type": "string", "enum": list(USER_TYPE_NAMES.values())})
]


class Avatar(Shape):
    """The user's picture in each size (users show the default picture)"""

    default: _URI
    sm: _URI
    md: _URI
    lg: _URI
    xl: _URI


# From the rows of `domain.user_list.list_users`, whose SQL formats the timestamps.
class UserListItem(Shape):
    id: Id
    login: Annotated[str, Field(json_schema_extra=example("jdoe"))]
    name: Annotated[str, Field(json_schema_extra=example("John"))]
    surname: Annotated[str, Field(json_schema_extra=example("Doe"))]
    email: Annotated[str, Field(json_schema_extra=example("jdoe@example.com"))]
    avatar: Annotated[Avatar, Given]
    timezone: Annotated[str | None, Field(json_schema_extra=example("Europe/Athens"))]
    language: Annotated[
        str | None, From("locale"), Field(json_schema_extra={"description": "The user's locale"})
    ]
    type: Annotated[
        TypeLabel,
        From("user_type", USER_TYPE_NAMES),
        Field(json_schema_extra=example("Learner-Instructor")),
    ]
    registration: Annotated[Timestamp, From("created_at", AS_IS)]
    last_login: Annotated[Timestamp | None, From(convert=AS_IS)]
    status: Status
    last_updated: Annotated[Timestamp | None, From("updated_at", AS_IS)]
    integration_user_id: str | None


class UserType(Shape):
    id: Annotated[
        int, WithJsonSchema({"type": "integer", "enum": [t.value for t in USER_TYPE_NAMES]})
    ]
    name: TypeLabel
    is_default: Annotated[bool, Field(description="The type new users get")]


def user_type_json(user_type: UserTypeId) -> dict[str, Any]:
    return {
        "id": user_type.value,
        "name": USER_TYPE_NAMES[user_type],
        "is_default": user_type == DEFAULT_USER_TYPE,
    }


AVAILABLE_TYPES = [user_type_json(t) for t in USER_TYPE_NAMES]


class UserDescription(Shape):
    html: Annotated[str, Field(description="As given")]
    text: Annotated[str, Field(description="Without HTML tags")]


def _description(value: str | None) -> dict[str, str] | None:
    if value is None:
        return None
    return {"html": value, "text": html.unescape(_TAG_RE.sub("", value)).strip()}


class UserCustomField(Shape):
    id: Id
    name: str
    value: str | None
    type: Annotated[str, WithJsonSchema({"type": "string", "enum": [t.value for t in FieldType]})]


def _value(enum: UserStatus) -> str:
    return enum.value


# The full profile of a user (an ORM object), with the tenant's custom fields.
class User(Shape):
    id: Id
    login: str
    name: str
    surname: str
    email: Annotated[str, WithJsonSchema({"type": "string", "format": "email"})]
    credits: float | None
    description: Annotated[UserDescription | None, From(convert=_description)]
    avatar: Annotated[Avatar, Given]
    custom_fields: Annotated[
        list[UserCustomField],
        Given,
        Field(description="Every user field of the tenant, with this user's value"),
    ]
    email_notifications: bool
    timezone: str
    locale: str
    user_type: Annotated[UserType, From(convert=user_type_json)]
    status: Annotated[Status, From(convert=_value)]
    deactivation_date: Timestamp | None
    available_types: Annotated[list[UserType], Const(AVAILABLE_TYPES)]
    registration: Annotated[Timestamp, From("created_at")]
    last_login: Timestamp | None
    last_updated: Annotated[Timestamp, From("updated_at")]
    integration: str | None
    integration_user_id: str | None


class DeletedUser(Shape):
    id: Id
    deleted: Annotated[bool, Const(True), WithJsonSchema({"type": "boolean", "enum": [True]})]


# A group, branch or course a user is part of.
class NamedResource(Shape):
    id: Id
    name: str


class UserCertificate(Shape):
    id: Id
    name: str
    course_id: Id
    # Read with the ORM's values(): the JSON encoder formats them.
    issued_at: Annotated[Timestamp, From(convert=AS_IS)]
    expires_at: Annotated[Timestamp | None, From(convert=AS_IS)]


class UserResources(Shape):
    groups: list[NamedResource]
    branches: list[NamedResource]
    courses: list[NamedResource]
    certificates: list[UserCertificate]


RESOURCE_SHAPES: dict[str, type[Shape]] = {
    "groups": NamedResource,
    "branches": NamedResource,
    "courses": NamedResource,
    "certificates": UserCertificate,
}
