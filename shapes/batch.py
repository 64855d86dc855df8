"""Batch tasks (queued upserts and HR syncs) on the wire."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypedDict

from shapes import From, Id, Shape, Timestamp

Count = Annotated[int, Field(ge=0)]
_COUNTED = ("created", "updated", "unchanged", "failed", "deactivated")


class TaskCounts(TypedDict, total=False):
    created: Count
    updated: Count
    unchanged: Count
    failed: Count
    deactivated: Count


class TaskError(TypedDict, total=False):
    index: Count
    field: str | None
    message: str


def _progress(processed: int, total: int) -> int:
    return 100 if total == 0 else processed * 100 // total


def _counts(*counts: int) -> dict[str, int]:
    return dict(zip(_COUNTED, counts, strict=True))


# From a `models.operations.BatchTask`.
class Task(Shape):
    id: Id
    type: Annotated[Literal["users", "courses", "enrollments"], From("kind")]
    status: Annotated[Literal["pending", "running", "completed", "failed"], From(convert=str)]
    dry_run: bool
    progress: Annotated[int, Field(ge=0, le=100), From(("processed", "total"), _progress)]
    total: Count
    processed: Count
    counts: Annotated[TaskCounts, From(_COUNTED, _counts)]
    errors: list[TaskError]
    created_at: Timestamp
    finished_at: Timestamp | None
