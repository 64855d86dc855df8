"""JSON encoding for the wire: orjson, timestamps as ISO 8601 UTC with ``Z``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson


def dumps(obj: Any) -> bytes:
    return orjson.dumps(obj, option=orjson.OPT_UTC_Z | orjson.OPT_NAIVE_UTC)


def isoformat(value: datetime | None) -> str | None:
    """``2026-01-31T12:00:00Z``: seconds precision, UTC, naive values taken as UTC."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    # Not strftime: glibc prints year 103 as "103", which is not ISO 8601.
    return value.isoformat(timespec="seconds")[:-6] + "Z"
