"""Lists as domain functions see them: a page, typed filters, and their translation to a
Tortoise query. The HTTP side (`api/listing.py`) parses these from query strings."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

Op = Literal["eq", "like", "gte", "lte"]
M = TypeVar("M", bound=Model)


MAX_DB_ID = 2**31 - 1


def is_db_id(value: int) -> bool:
    """Whether ``value`` can be a row id at all (ids are 32-bit serials)."""
    return 1 <= value <= MAX_DB_ID


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    size: int

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


@dataclass(frozen=True, slots=True)
class ValueType:
    """How a filter value is parsed (raising ValueError), what the error says is expected, and
    the JSON Schema of the values it accepts (the API documents each filter with it)."""

    parse: Callable[[str], Any]
    expects: str
    schema: Mapping[str, Any] = field(default_factory=lambda: {"type": "string"})


def _integer(raw: str) -> int:
    value = int(raw)
    if not -(2**31) <= value < 2**31:
        raise ValueError(raw)
    return value


def _timestamp(raw: str) -> datetime:
    value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        # In UTC, as the database compares it: 0001-01-01T00:00:00+01:00 has no UTC datetime.
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError(raw) from None


TEXT = ValueType(str, "text")
INTEGER = ValueType(
    _integer, "an integer", {"type": "integer", "minimum": -(2**31), "maximum": 2**31 - 1}
)
TIMESTAMP = ValueType(
    _timestamp,
    "an ISO 8601 timestamp such as 2026-01-01T00:00:00Z",
    {"type": "string", "format": "date-time", "example": "2026-01-01T00:00:00Z"},
)


def choice(*allowed: str) -> ValueType:
    def parse(raw: str) -> str:
        if raw not in allowed:
            raise ValueError(raw)
        return raw

    return ValueType(
        parse, f"one of {', '.join(allowed)}", {"type": "string", "enum": list(allowed)}
    )


@dataclass(frozen=True, slots=True)
class FilterField:
    """A filterable field: the column it reads, its operators, and how to parse its values."""

    column: str
    ops: frozenset[str]
    type: ValueType = TEXT


@dataclass(frozen=True, slots=True)
class Filter:
    field: str
    op: Op
    value: Any


_LOOKUP = {"eq": "", "like": "__icontains", "gte": "__gte", "lte": "__lte"}


def apply_filters(
    query: QuerySet[M], filters: tuple[Filter, ...], fields: Mapping[str, FilterField]
) -> QuerySet[M]:
    for f in filters:
        query = query.filter(**{fields[f.field].column + _LOOKUP[f.op]: f.value})
    return query


async def fetch_page(
    query: QuerySet[M], page: Page, *columns: str, order_by: str = "id"
) -> tuple[list[dict[str, Any]], int]:
    """One page of ``query`` as plain rows (no model objects), and the total count."""
    total = await query.count()
    rows = await query.order_by(order_by).offset(page.offset).limit(page.size).values(*columns)
    return rows, total
