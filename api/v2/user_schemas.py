"""How users look on the wire (TalentLMS's ``UserListItem`` and user profile) and their OpenAPI
schemas."""

from __future__ import annotations

import html
import re
from typing import Any

from api.openapi import ID, TIMESTAMP_SCHEMA, component, nullable
from core.jsonutil import isoformat
from core.request import AtriumRequest
from domain.user_list import Row
from domain.users import DEFAULT_USER_TYPE, USER_TYPE_NAMES
from models.user import FieldType, User, UserStatus

DEFAULT_AVATAR_PATH = "/avatars/default.svg"
DEFAULT_AVATAR_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
    b'<rect width="64" height="64" fill="#d8dee9"/>'
    b'<circle cx="32" cy="24" r="12" fill="#8f9bb3"/>'
    b'<path d="M10 60c2-14 11-22 22-22s20 8 22 22z" fill="#8f9bb3"/></svg>'
)
AVATAR_SIZES = ("default", "sm", "md", "lg", "xl")
_TAG_RE = re.compile(r"<[^>]*>")

AVATAR = component(
    "Avatar",
    {
        "type": "object",
        "description": "The user's picture in each size (users show the default picture)",
        "required": list(AVATAR_SIZES),
        "properties": {size: {"type": "string", "format": "uri"} for size in AVATAR_SIZES},
    },
)
USER_TYPE_LABEL = {"type": "string", "enum": list(USER_TYPE_NAMES.values())}
STATUS = {"type": "string", "enum": [s.value for s in UserStatus]}
USER_LIST_ITEM = component(
    "UserListItem",
    {
        "type": "object",
        "required": [
            "id",
            "login",
            "name",
            "surname",
            "email",
            "avatar",
            "timezone",
            "language",
            "type",
            "registration",
            "last_login",
            "status",
            "last_updated",
            "integration_user_id",
        ],
        "properties": {
            "id": ID,
            "login": {"type": "string", "example": "jdoe"},
            "name": {"type": "string", "example": "John"},
            "surname": {"type": "string", "example": "Doe"},
            "email": {"type": "string", "example": "jdoe@example.com"},
            "avatar": AVATAR,
            "timezone": nullable({"type": "string", "example": "Europe/Athens"}),
            "language": nullable({"type": "string", "description": "The user's locale"}),
            "type": {**USER_TYPE_LABEL, "example": "Learner-Instructor"},
            "registration": TIMESTAMP_SCHEMA,
            "last_login": nullable(TIMESTAMP_SCHEMA),
            "status": STATUS,
            "last_updated": nullable(TIMESTAMP_SCHEMA),
            "integration_user_id": nullable({"type": "string"}),
        },
    },
)
USER_TYPE = component(
    "UserType",
    {
        "type": "object",
        "required": ["id", "name", "is_default"],
        "properties": {
            "id": {"type": "integer", "enum": [t.value for t in USER_TYPE_NAMES]},
            "name": USER_TYPE_LABEL,
            "is_default": {"type": "boolean", "description": "The type new users get"},
        },
    },
)
USER = component(
    "User",
    {
        "type": "object",
        "required": [
            "id",
            "login",
            "name",
            "surname",
            "email",
            "credits",
            "description",
            "avatar",
            "custom_fields",
            "email_notifications",
            "timezone",
            "locale",
            "user_type",
            "status",
            "deactivation_date",
            "available_types",
            "registration",
            "last_login",
            "last_updated",
            "integration",
            "integration_user_id",
        ],
        "properties": {
            "id": ID,
            "login": {"type": "string"},
            "name": {"type": "string"},
            "surname": {"type": "string"},
            "email": {"type": "string", "format": "email"},
            "credits": nullable({"type": "number"}),
            "description": nullable(
                {
                    "type": "object",
                    "required": ["html", "text"],
                    "properties": {
                        "html": {"type": "string", "description": "As given"},
                        "text": {"type": "string", "description": "Without HTML tags"},
                    },
                }
            ),
            "avatar": AVATAR,
            "custom_fields": {
                "type": "array",
                "description": "Every user field of the tenant, with this user's value",
                "items": {
                    "type": "object",
                    "required": ["id", "name", "value", "type"],
                    "properties": {
                        "id": ID,
                        "name": {"type": "string"},
                        "value": nullable({"type": "string"}),
                        "type": {"type": "string", "enum": [t.value for t in FieldType]},
                    },
                },
            },
            "email_notifications": {"type": "boolean"},
            "timezone": {"type": "string"},
            "locale": {"type": "string"},
            "user_type": USER_TYPE,
            "status": STATUS,
            "deactivation_date": nullable(TIMESTAMP_SCHEMA),
            "available_types": {"type": "array", "items": USER_TYPE},
            "registration": TIMESTAMP_SCHEMA,
            "last_login": nullable(TIMESTAMP_SCHEMA),
            "last_updated": TIMESTAMP_SCHEMA,
            "integration": nullable({"type": "string"}),
            "integration_user_id": nullable({"type": "string"}),
        },
    },
)
DELETED_USER = component(
    "DeletedUser",
    {
        "type": "object",
        "required": ["id", "deleted"],
        "properties": {"id": ID, "deleted": {"type": "boolean", "enum": [True]}},
    },
)
_NAMED = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": ID, "name": {"type": "string"}},
}
CERTIFICATE = component(
    "UserCertificate",
    {
        "type": "object",
        "required": ["id", "name", "course_id", "issued_at", "expires_at"],
        "properties": {
            "id": ID,
            "name": {"type": "string"},
            "course_id": ID,
            "issued_at": TIMESTAMP_SCHEMA,
            "expires_at": nullable(TIMESTAMP_SCHEMA),
        },
    },
)
_ITEMS = {"groups": _NAMED, "branches": _NAMED, "courses": _NAMED, "certificates": CERTIFICATE}
RESOURCE_LIST = {
    kind: {
        "type": "object",
        "required": [kind],
        "properties": {kind: {"type": "array", "items": item}},
    }
    for kind, item in _ITEMS.items()
}
USER_RESOURCES = component(
    "UserResources",
    {
        "type": "object",
        "required": list(_ITEMS),
        "properties": {kind: {"type": "array", "items": item} for kind, item in _ITEMS.items()},
    },
)
AVAILABLE_TYPES = [
    {"id": t.value, "name": name, "is_default": t == DEFAULT_USER_TYPE}
    for t, name in USER_TYPE_NAMES.items()
]


def avatar(request: AtriumRequest) -> dict[str, str]:
    """The avatar of every user, on the tenant's own host."""
    url = f"{request.scheme}://{request.host}/api/v2{DEFAULT_AVATAR_PATH}"
    return dict.fromkeys(AVATAR_SIZES, url)


def user_list_item(row: Row, shared_avatar: dict[str, str]) -> dict[str, Any]:
    """A `UserListItem` from a row of `domain.user_list.list_users` (timestamps come formatted)."""
    return {
        "id": row["id"],
        "login": row["login"],
        "name": row["name"],
        "surname": row["surname"],
        "email": row["email"],
        "avatar": shared_avatar,
        "timezone": row["timezone"],
        "language": row["locale"],
        "type": USER_TYPE_NAMES[row["user_type"]],
        "registration": row["created_at"],
        "last_login": row["last_login"],
        "status": row["status"],
        "last_updated": row["updated_at"],
        "integration_user_id": row["integration_user_id"],
    }


def _description(value: str | None) -> dict[str, str] | None:
    if value is None:
        return None
    return {"html": value, "text": html.unescape(_TAG_RE.sub("", value)).strip()}


def user_json(
    user: User, custom_fields: list[dict[str, Any]], shared_avatar: dict[str, str]
) -> dict[str, Any]:
    """The full profile of ``user`` with the tenant's ``custom_fields`` and their values."""
    return {
        "id": user.id,
        "login": user.login,
        "name": user.name,
        "surname": user.surname,
        "email": user.email,
        "credits": user.credits,
        "description": _description(user.description),
        "avatar": shared_avatar,
        "custom_fields": custom_fields,
        "email_notifications": user.email_notifications,
        "timezone": user.timezone,
        "locale": user.locale,
        "user_type": {
            "id": user.user_type.value,
            "name": USER_TYPE_NAMES[user.user_type],
            "is_default": user.user_type == DEFAULT_USER_TYPE,
        },
        "status": user.status.value,
        "deactivation_date": isoformat(user.deactivation_date),
        "available_types": AVAILABLE_TYPES,
        "registration": isoformat(user.created_at),
        "last_login": isoformat(user.last_login),
        "last_updated": isoformat(user.updated_at),
        "integration": user.integration,
        "integration_user_id": user.integration_user_id,
    }
