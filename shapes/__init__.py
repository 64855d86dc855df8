"""Response shapes: one pydantic model per resource as it appears on the wire.

A `Shape` is the only place a resource's response fields are written. From it come:

- ``columns``: the columns a query selects for it (`domain` reads them),
- ``from_row`` / ``from_object``: its serializer, a database row (anything read by column name)
  or an ORM object → the JSON-ready dict, with the wire's conventions (timestamps as ISO 8601
  UTC strings with ``Z`` via `core.jsonutil.isoformat`),
- its OpenAPI schema (`api.openapi.shape_component`, from pydantic's JSON schema).

Each field reads the column of its own name unless its `Annotated` metadata says otherwise:
`From` (another column, a conversion), `Given` (passed to the serializer by the caller: values
that are not in the row, such as URLs on the request's host) or `Const` (the same for every row).
A ``datetime`` field is formatted with `isoformat` unless its `From` says how.

No row is validated by pydantic: lists serialize hundreds of rows per request, so each shape's
serializer is generated once, at import, as one function returning a dict literal, as fast as a
hand-written one.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Annotated, Any, ClassVar, Union, get_args, get_origin

from pydantic import BaseModel, WithJsonSchema

from core.jsonutil import isoformat
from core.query import MAX_DB_ID

Serializer = Callable[..., dict[str, Any]]
Convert = Callable[[Any], Any] | Mapping[Any, Any]


@dataclass(frozen=True, slots=True)
class From:
    """The field's value is ``convert(column)``, or ``convert[column]`` for a mapping
    (``column`` defaults to the field's name; ``convert`` to `isoformat` for a timestamp, else
    the value as it is). A field computed from several columns names them all, and ``convert``
    takes their values in that order."""

    column: str | tuple[str, ...] | None = None
    convert: Convert | None = None


@dataclass(frozen=True, slots=True)
class Const:
    """The field has this value in every response."""

    value: Any


class _Given:
    def __repr__(self) -> str:
        return "Given"


Given = _Given()
"""The serializer takes the field's value as a keyword argument of the same name."""


def AS_IS(value: Any) -> Any:
    """For `From`: the column already holds the wire value (e.g. a timestamp formatted in SQL)."""
    return value


ID_SCHEMA: dict[str, Any] = {"type": "integer", "minimum": 1, "maximum": MAX_DB_ID}
TIMESTAMP_SCHEMA: dict[str, Any] = {
    "type": "string",
    "format": "date-time",
    "description": "ISO 8601, UTC",
    "example": "2026-01-31T12:00:00Z",
}
Id = Annotated[int, WithJsonSchema(ID_SCHEMA)]
Timestamp = Annotated[datetime, WithJsonSchema(TIMESTAMP_SCHEMA)]
Day = Annotated[str, WithJsonSchema({"type": "string", "format": "date", "example": "2026-01-31"})]
"""A calendar day as ``YYYY-MM-DD``, already formatted."""


def enum_schema(enum: type[Enum]) -> WithJsonSchema:
    """The schema of a string field holding one of ``enum``'s values."""
    return WithJsonSchema({"type": "string", "enum": [member.value for member in enum]})


def enum_value(enum: type[Enum]) -> Convert:
    """For `From`: the wire value of ``enum``'s member, from the member or its stored value."""

    def convert(value: Any) -> Any:
        return enum(value).value

    return convert


def each(shape: type[Shape]) -> Convert:
    """For `From`: a list of rows → the list of ``shape``'s dicts."""
    from_row = shape.from_row

    def convert(rows: Any) -> list[dict[str, Any]]:
        return [from_row(row) for row in rows]

    return convert


def example(value: Any, description: str | None = None) -> dict[str, Any]:
    """``json_schema_extra`` for a field: OpenAPI 3.0's single ``example`` (pydantic writes
    JSON Schema's ``examples`` list)."""
    extra: dict[str, Any] = {"example": value}
    if description is not None:
        extra["description"] = description
    return extra


def _is_timestamp(annotation: Any) -> bool:
    if annotation is datetime:
        return True
    origin = get_origin(annotation)
    if origin is Annotated:
        return _is_timestamp(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return any(_is_timestamp(arg) for arg in get_args(annotation) if arg is not type(None))
    return False


@dataclass(frozen=True, slots=True)
class _Plan:
    """How one field gets its value: from ``columns`` (through ``convert``), given, or const."""

    name: str
    columns: tuple[str, ...]
    convert: Convert | None
    given: bool
    const: Any
    timestamp: bool = False


def _plan(name: str, annotation: Any, metadata: list[Any]) -> _Plan:
    sources = [m for m in metadata if isinstance(m, From | Const) or m is Given]
    if len(sources) > 1:
        raise TypeError(f"Field {name!r} has more than one source: {sources}")
    source = sources[0] if sources else From()
    if source is Given:
        return _Plan(name, (), None, given=True, const=None)
    if isinstance(source, Const):
        return _Plan(name, (), None, given=False, const=source.value)
    assert isinstance(source, From)
    timestamp = _is_timestamp(annotation)
    convert = isoformat if source.convert is None and timestamp else source.convert
    if convert is AS_IS:
        convert = None
    columns = (source.column,) if isinstance(source.column, str) else source.column
    return _Plan(name, columns or (name,), convert, False, None, timestamp)


def _compile(shape: str, plans: list[_Plan], read: Callable[[str], str], kind: str) -> Serializer:
    """``def {kind}(_source, *, given...): return {...}``: the dict literal of the shape."""
    namespace: dict[str, Any] = {}
    items = []
    for index, plan in enumerate(plans):
        if plan.given:
            value = plan.name
        elif not plan.columns:
            namespace[f"_const{index}"] = plan.const
            value = f"_const{index}"
        else:
            value = ", ".join(read(column) for column in plan.columns)
            if plan.convert is not None:
                namespace[f"_convert{index}"] = plan.convert
                call = "[{}]" if isinstance(plan.convert, Mapping) else "({})"
                value = f"_convert{index}{call.format(value)}"
        items.append(f"{plan.name!r}: {value}")
    given = [plan.name for plan in plans if plan.given]
    parameters = ", ".join(["_source", *(["*", *given] if given else [])])
    code = f"def {kind}({parameters}):\n    return {{{', '.join(items)}}}\n"
    exec(compile(code, f"<shape {shape}.{kind}>", "exec"), namespace)  # noqa: S102
    serializer: Serializer = namespace[kind]
    serializer.__qualname__ = f"{shape}.{kind}"
    return serializer


def _item(column: str) -> str:
    return f"_source[{column!r}]"


def _attribute(column: str) -> str:
    return f"_source.{column}"


class Shape(BaseModel):
    """A resource's response shape; subclasses declare its fields in wire order. Shapes are
    never instantiated: they are read for their serializers, schema and columns."""

    columns: ClassVar[tuple[str, ...]]
    """The columns its serializer reads, each once, in field order."""
    timestamp_columns: ClassVar[frozenset[str]]
    """Those of ``columns`` that fill timestamp fields."""
    from_row: ClassVar[Serializer]
    """A row (read as ``row[column]``) → the wire dict; `Given` fields as keyword arguments."""
    from_object: ClassVar[Serializer]
    """An object (read as ``obj.column``) → the wire dict; `Given` fields as keyword arguments."""

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        plans = [
            _plan(name, info.annotation, info.metadata) for name, info in cls.model_fields.items()
        ]
        cls.columns = tuple(dict.fromkeys(c for plan in plans for c in plan.columns))
        cls.timestamp_columns = frozenset(
            c for plan in plans if plan.timestamp for c in plan.columns
        )
        from_row = _compile(cls.__name__, plans, _item, "from_row")
        cls.from_row = staticmethod(from_row)
        # A joined column (``unit__type``) is only in rows; objects are read by attribute.
        if all(column.isidentifier() and "__" not in column for column in cls.columns):
            from_object = _compile(cls.__name__, plans, _attribute, "from_object")
            cls.from_object = staticmethod(from_object)
