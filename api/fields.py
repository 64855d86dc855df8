"""Field types shared by request bodies, with the limits TalentLMS applies, and the model
configuration that keeps their JSON schemas valid OpenAPI 3.0."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, ConfigDict, Field, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from core.query import MAX_DB_ID

MAX_STRING = 191
MAX_TEXT = 65_535
# 9999-12-31T23:59:59Z, the last second a timestamp column and Python both represent.
MAX_UNIX_TIME = 253_402_300_799
_NULL = {"type": "null"}


def _nullable(schema: dict[str, Any]) -> None:
    """pydantic writes an optional field as ``anyOf: [X, {"type": "null"}]``; OpenAPI 3.0 has
    no null type and marks such a field ``nullable: true`` instead."""
    any_of = schema.get("anyOf")
    if isinstance(any_of, list) and _NULL in any_of:
        rest = [option for option in any_of if option != _NULL]
        del schema["anyOf"]
        if len(rest) == 1:
            # OpenAPI 3.0 ignores whatever sits beside a $ref, "nullable" included.
            schema.update({"allOf": rest} if "$ref" in rest[0] else rest[0])
        else:
            schema["anyOf"] = rest
        schema["nullable"] = True
    for nested in (schema.get("items"), schema.get("additionalProperties")):
        if isinstance(nested, dict):
            _nullable(nested)
    for option in schema.get("anyOf", []):
        _nullable(option)


def openapi_30(schema: dict[str, Any]) -> None:
    """Rewrite a model's JSON schema from pydantic's dialect to OpenAPI 3.0's (in place)."""
    for prop in schema.get("properties", {}).values():
        _nullable(prop)
        # A field that may be left out but not set to null (api/partial.py).
        if "default" in prop and prop["default"] is None and not prop.get("nullable"):
            del prop["default"]


BODY_CONFIG = ConfigDict(extra="forbid", strict=True, json_schema_extra=openapi_30)
"""The configuration of every request body model: unknown fields and loose types are errors."""

NO_NUL_PATTERN = r"^[^\x00]*$"


def _no_nul(value: str) -> str:
    if "\x00" in value:  # PostgreSQL text cannot hold it
        raise ValueError("must not contain NUL characters")
    return value


def _name(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return _no_nul(value)


NoNul = AfterValidator(_no_nul)
"""Refuses NUL characters (PostgreSQL text cannot hold them); document it with
`NO_NUL_PATTERN`."""
Name = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_STRING,
        json_schema_extra={"pattern": r"^[^\x00]*[^\s\x00][^\x00]*$"},
    ),
    AfterValidator(_name),
]
"""A required name: 1 to 191 characters, not only blanks."""
ShortText = Annotated[
    str,
    Field(min_length=1, max_length=MAX_STRING, json_schema_extra={"pattern": NO_NUL_PATTERN}),
    NoNul,
]
LongText = Annotated[
    str, Field(max_length=MAX_TEXT, json_schema_extra={"pattern": NO_NUL_PATTERN}), NoNul
]
Count = Annotated[int, Field(ge=0, le=MAX_DB_ID)]
"""A non-negative 32-bit integer (capacities, levels, days)."""
Price = Annotated[float, Field(ge=0, le=1_000_000_000)]
Id = Annotated[int, WithJsonSchema({"type": "integer", "minimum": 1, "maximum": MAX_DB_ID})]
"""A row id given in a body. Ids that cannot exist are left to the domain's lookups, which
answer 404 as for any other unknown id."""


def _timestamp(value: Any) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise PydanticCustomError(
            "timestamp_type", "Input should be an ISO 8601 timestamp or a Unix time in seconds"
        )
    if isinstance(value, int):
        if not 0 <= value <= MAX_UNIX_TIME:
            raise PydanticCustomError(
                "timestamp_range",
                "Unix time should be from 0 to {maximum}",
                {"maximum": MAX_UNIX_TIME},
            )
        return datetime.fromtimestamp(value, UTC)
    try:
        parsed = datetime.fromisoformat(value.upper())
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise PydanticCustomError(
            "timestamp_parsing",
            "Input should be an ISO 8601 timestamp in years 1 to 9999 (2026-01-31T12:00:00Z)",
        ) from None


Timestamp = Annotated[
    datetime,
    PlainValidator(_timestamp),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date-time", "example": "2026-01-31T12:00:00Z"},
                {"type": "integer", "minimum": 0, "maximum": MAX_UNIX_TIME},
            ],
            "description": "ISO 8601 (UTC unless an offset is given) or Unix time in seconds",
        }
    ),
]
"""A point in time as ISO 8601 or as Unix seconds (TalentLMS clients send either), in UTC."""
