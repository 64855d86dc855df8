"""The shape mechanism: columns, the generated serializers and their wire conventions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Annotated, Any, Literal

import pytest

from shapes import AS_IS, Const, From, Given, Id, Shape, Timestamp, each

LABELS = {1: "one", 2: "two"}


def _status(revoked_at: datetime | None) -> str:
    return "revoked" if revoked_at else "active"


def _total(a: int, b: int) -> int:
    return a + b


class Part(Shape):
    name: str
    at: Timestamp


class Sample(Shape):
    id: Id
    label: Annotated[str, From("kind", LABELS)]
    status: Annotated[Literal["active", "revoked"], From("revoked_at", _status)]
    created_at: Timestamp
    revoked_at: Timestamp | None
    formatted: Annotated[Timestamp, From("updated_at", AS_IS)]
    total: Annotated[int, From(("a", "b"), _total)]
    parts: Annotated[list[Part], From(convert=each(Part))]
    url: Annotated[str, Given]
    version: Annotated[int, Const(2)]


@dataclass
class Record:
    id: int
    kind: int
    revoked_at: datetime | None
    created_at: datetime
    updated_at: str
    a: int
    b: int
    parts: list[dict[str, Any]]


AT = datetime(2026, 1, 31, 14, 0, 0, 123_456, tzinfo=timezone(timedelta(hours=2)))
ROW: dict[str, Any] = {
    "id": 7,
    "kind": 2,
    "revoked_at": None,
    "created_at": AT,
    "updated_at": "2026-02-01T00:00:00Z",
    "a": 3,
    "b": 4,
    "parts": [{"name": "p", "at": datetime(2026, 1, 1, tzinfo=UTC)}],
}
WIRE = {
    "id": 7,
    "label": "two",
    "status": "active",
    "created_at": "2026-01-31T12:00:00Z",
    "revoked_at": None,
    "formatted": "2026-02-01T00:00:00Z",
    "total": 7,
    "parts": [{"name": "p", "at": "2026-01-01T00:00:00Z"}],
    "url": "https://x",
    "version": 2,
}


def test_columns_are_read_once_each_in_field_order() -> None:
    assert Sample.columns == (
        "id",
        "kind",
        "revoked_at",
        "created_at",
        "updated_at",
        "a",
        "b",
        "parts",
    )
    assert Sample.timestamp_columns == {"created_at", "revoked_at", "updated_at"}


def test_a_row_becomes_the_wire_dict_in_field_order() -> None:
    body = Sample.from_row(ROW, url="https://x")
    assert body == WIRE
    assert list(body) == list(WIRE)


def test_an_object_gives_what_its_row_gives() -> None:
    assert Sample.from_object(Record(**ROW), url="https://x") == WIRE


@pytest.mark.parametrize(
    ("revoked_at", "status", "wire"),
    [(None, "active", None), (AT, "revoked", "2026-01-31T12:00:00Z")],
)
def test_conversions_read_their_column(
    revoked_at: datetime | None, status: str, wire: str | None
) -> None:
    body = Sample.from_row({**ROW, "revoked_at": revoked_at}, url="")
    assert (body["status"], body["revoked_at"]) == (status, wire)


def test_given_fields_are_required_keywords() -> None:
    with pytest.raises(TypeError):
        Sample.from_row(ROW)
    with pytest.raises(TypeError):
        Sample.from_row(ROW, "https://x")


def test_a_field_takes_one_source() -> None:
    with pytest.raises(TypeError, match="more than one source"):

        class Twice(Shape):
            x: Annotated[int, Given, Const(1)]


def test_a_joined_column_is_read_from_rows_only() -> None:
    class Joined(Shape):
        unit_type: Annotated[str, From("unit__type")]

    assert Joined.from_row({"unit__type": "test"}) == {"unit_type": "test"}
    assert not hasattr(Joined, "from_object")
