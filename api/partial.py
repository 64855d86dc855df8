"""Partial updates (PATCH): which fields a body gave, as opposed to fields left out.

A PATCH model declares every field optional: best as a `PartialBody`, whose fields are all
``X | None = None`` and whose schema shows null only for the fields it lists as ``NULLABLE``; or
with ``X | SkipJsonSchema[None] = None`` for fields that cannot be emptied. `changes_of` keeps
the fields the client sent and refuses an explicit null for a field outside ``nullable``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, ClassVar, cast

from pydantic import BaseModel, ConfigDict
from pydantic.config import JsonDict

from api.fields import BODY_CONFIG
from core.errors import InvalidRequest

_NULL = {"type": "null"}


def changes_of(body: BaseModel, nullable: Collection[str] = ()) -> dict[str, Any]:
    """The fields ``body`` was given with, by name; raises InvalidRequest (naming the field) for
    a null outside ``nullable``."""
    changes = {name: getattr(body, name) for name in body.model_fields_set}
    for name, value in changes.items():
        if value is None and name not in nullable:
            raise InvalidRequest(f"{name} cannot be null", param=name)
    return changes


def _patch_schema(schema: JsonDict, model: type[Any]) -> None:
    """`BODY_CONFIG`'s schema, but a field outside ``model.NULLABLE`` shows as a plain ``X``:
    it may be left out, not set to null."""
    nullable: frozenset[str] = getattr(model, "NULLABLE", frozenset())
    properties = cast(dict[str, dict[str, Any]], schema.get("properties", {}))
    for name, prop in properties.items():
        options = prop.get("anyOf")
        if name in nullable or not isinstance(options, list) or _NULL not in options:
            continue
        rest = [option for option in options if option != _NULL]
        del prop["anyOf"]
        prop.pop("default", None)
        if len(rest) == 1:
            prop.update(rest[0])
        else:
            prop["anyOf"] = rest
    cast(Callable[[JsonDict], None], BODY_CONFIG["json_schema_extra"])(schema)


class PartialBody(BaseModel):
    """A PATCH body: every field ``X | None = None``, the ones that may be set to null listed
    in ``NULLABLE``; `changes` gives the fields sent."""

    model_config = ConfigDict(**{**BODY_CONFIG, "json_schema_extra": _patch_schema})

    NULLABLE: ClassVar[frozenset[str]] = frozenset()

    def changes(self) -> dict[str, Any]:
        """`changes_of` this body."""
        return changes_of(self, self.NULLABLE)
