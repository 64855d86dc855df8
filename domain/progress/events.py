"""Progress events written by learner apps: checked, stored once each, and turned into lesson
and course completions (`domain.progress.completion`).

A batch (up to `MAX_BATCH` events) is all or nothing: every event is checked and every id looked
up in the tenant before anything is written; then one multi-row ``INSERT … ON CONFLICT DO
NOTHING`` stores the events whose ``client_event_id`` the tenant has not seen, and the
completions they bring follow in the same transaction. A replayed event is not stored again and
changes nothing: the answer shows the event as first stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from core.errors import NotFound, ValidationFailed
from core.query import is_db_id
from core.sql import tenant_query, value_rows
from domain.progress.completion import do_derive_progress
from domain.progress.rollup import RolledEvent, do_roll_up_progress_events
from models.content import CefrLevel, CefrSkill, TrainingItem
from models.course import Unit
from models.progress import LEVEL_CODES, SKILL_CODES, ProgressEvent, ProgressOutcome
from models.user import User
from shapes import progress_events as shapes
from tenants.records import TenantRecord

MAX_BATCH = 100
# Clocks of learner devices run a little ahead; further ahead is a bug in the app.
FUTURE_SLACK = timedelta(minutes=5)
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
EVENT_COLUMNS = (
    "id",
    "client_event_id",
    "user_id",
    "course_id",
    "lesson_id",
    "training_item_id",
    "outcome",
    "skill",
    "level",
    "score",
    "max_score",
    "seconds_spent",
    "occurred_at",
)
_INSERTED = EVENT_COLUMNS[1:]


@dataclass(frozen=True, slots=True)
class NewProgressEvent:
    client_event_id: str
    user_id: int
    outcome: ProgressOutcome
    occurred_at: datetime
    # At least one of the two; given both, the item must be in the lesson.
    training_item_id: int | None = None
    lesson_id: int | None = None
    score: float | None = None
    max_score: float | None = None
    seconds_spent: int = 0


@dataclass(frozen=True, slots=True)
class _Content:
    lesson_id: int
    course_id: int
    skill: int | None = None
    level: int | None = None


def _param(batch: bool, index: int, name: str) -> str:
    return f"{index}.{name}" if batch else name


def check_progress_event(event: NewProgressEvent, param: str = "") -> None:
    """Raise ValidationFailed (``param`` prefixed by ``param``) for an event naming neither an
    item nor a lesson, a score above its maximum, or a time before 2000 or ahead of now by more
    than `FUTURE_SLACK`."""
    if event.training_item_id is None and event.lesson_id is None:
        raise ValidationFailed(
            "An event needs a training_item_id or a lesson_id", param=f"{param}training_item_id"
        )
    if event.score is not None and event.max_score is not None and event.score > event.max_score:
        raise ValidationFailed("score must not exceed max_score", param=f"{param}score")
    if event.occurred_at < EARLIEST:
        raise ValidationFailed("occurred_at must not be before 2000", param=f"{param}occurred_at")
    if event.occurred_at > datetime.now(UTC) + FUTURE_SLACK:
        raise ValidationFailed(
            f"occurred_at is more than {int(FUTURE_SLACK.total_seconds() // 60)} minutes ahead "
            "of the server's clock",
            param=f"{param}occurred_at",
        )


def _ids(values: Sequence[int | None]) -> list[int]:
    return sorted({v for v in values if v is not None and is_db_id(v)})


async def _resolve_content(
    tenant: TenantRecord, events: Sequence[NewProgressEvent], batch: bool
) -> list[_Content]:
    """Each event's lesson, course, skill and level, from the tenant's content; NotFound
    (naming the event's field) for a user, item or lesson the tenant does not have."""
    users = {
        row["id"]
        for row in await User.filter(
            tenant_id=tenant.id, id__in=_ids([e.user_id for e in events])
        ).values("id")
    }
    items = {
        row["id"]: row
        for row in await TrainingItem.filter(
            tenant_id=tenant.id, id__in=_ids([e.training_item_id for e in events])
        ).values("id", "lesson_id", "course_id", "skill", "level")
    }
    lessons = {
        row["id"]: row["course_id"]
        for row in await Unit.filter(
            tenant_id=tenant.id, id__in=_ids([e.lesson_id for e in events])
        ).values("id", "course_id")
    }
    resolved: list[_Content] = []
    for index, event in enumerate(events):
        if event.user_id not in users:
            raise NotFound(
                f"No user with id {event.user_id}", param=_param(batch, index, "user_id")
            )
        if event.training_item_id is not None:
            item = items.get(event.training_item_id)
            if item is None:
                raise NotFound(
                    f"No training item with id {event.training_item_id}",
                    param=_param(batch, index, "training_item_id"),
                )
            if event.lesson_id is not None and event.lesson_id != item["lesson_id"]:
                raise ValidationFailed(
                    f"Training item {event.training_item_id} is not in lesson {event.lesson_id}",
                    param=_param(batch, index, "lesson_id"),
                )
            resolved.append(
                _Content(
                    lesson_id=item["lesson_id"],
                    course_id=item["course_id"],
                    skill=SKILL_CODES[CefrSkill(item["skill"])],
                    level=LEVEL_CODES[CefrLevel(item["level"])],
                )
            )
            continue
        assert event.lesson_id is not None
        course_id = lessons.get(event.lesson_id)
        if course_id is None:
            raise NotFound(
                f"No lesson with id {event.lesson_id}", param=_param(batch, index, "lesson_id")
            )
        resolved.append(_Content(lesson_id=event.lesson_id, course_id=course_id))
    return resolved


async def _insert(
    connection: BaseDBAsyncClient, tenant_id: int, rows: list[tuple[Any, ...]]
) -> dict[str, int]:
    """Store the tenant's ``rows`` (`_INSERTED` columns) whose client id is new; returns the ids
    they got by client id."""
    columns = ", ".join(f'"{c}"' for c in ("tenant_id", *_INSERTED))
    values = [value for row in rows for value in row]
    inserted = await tenant_query(
        connection,
        tenant_id,
        f'INSERT INTO "progress_events" ({columns}) '  # noqa: S608 - constant fragments
        f"VALUES {value_rows(len(rows), len(_INSERTED), tenant=True)} "
        'ON CONFLICT ("tenant_id", "client_event_id") DO NOTHING '
        'RETURNING "id", "client_event_id"',
        values,
    )
    return {row["client_event_id"]: row["id"] for row in inserted}


async def do_record_progress_events(
    tenant: TenantRecord, events: Sequence[NewProgressEvent], *, batch: bool
) -> list[dict[str, Any]]:
    """Store the tenant's ``events`` (a batch when ``batch``: errors then name the event by its
    index, ``3.score``) and derive what they complete; returns each event as stored, in order.

    Raises ValidationFailed for an event `check_progress_event` refuses or whose item is not in
    its lesson, NotFound for a user, item or lesson the tenant does not have. Nothing is stored
    then.
    """
    if not 1 <= len(events) <= MAX_BATCH:
        raise ValueError(f"a batch holds 1 to {MAX_BATCH} events")
    for index, event in enumerate(events):
        check_progress_event(event, f"{index}." if batch else "")
    contents = await _resolve_content(tenant, events, batch)
    rows = [
        (
            e.client_event_id,
            e.user_id,
            c.course_id,
            c.lesson_id,
            e.training_item_id,
            int(e.outcome),
            c.skill,
            c.level,
            e.score,
            e.max_score,
            e.seconds_spent,
            e.occurred_at,
        )
        for e, c in zip(events, contents, strict=True)
    ]
    async with in_transaction() as connection:
        new = await _insert(connection, tenant.id, rows)
        stored: dict[str, dict[str, Any]] = {}
        rolled = []
        for e, c, row in zip(events, contents, rows, strict=True):
            if e.client_event_id not in new or e.client_event_id in stored:
                continue
            stored[e.client_event_id] = {
                "id": new[e.client_event_id],
                **dict(zip(_INSERTED, row, strict=True)),
            }
            rolled.append(
                RolledEvent(
                    user_id=e.user_id,
                    course_id=c.course_id,
                    lesson_id=c.lesson_id,
                    training_item_id=e.training_item_id,
                    outcome=int(e.outcome),
                    score=e.score,
                    max_score=e.max_score,
                    seconds_spent=e.seconds_spent,
                    occurred_at=e.occurred_at,
                )
            )
        await do_derive_progress(connection, tenant.id, rolled)
        # Last: the rollups' rows are shared by every ingest of the tenant.
        await do_roll_up_progress_events(connection, tenant.id, rolled)
        replayed = {e.client_event_id for e in events} - set(new)
        if replayed:
            for first in (
                await ProgressEvent.filter(
                    tenant_id=tenant.id, client_event_id__in=sorted(replayed)
                )
                .using_db(connection)
                .values(*shapes.ProgressEvent.columns)
            ):
                stored[first["client_event_id"]] = first
    return [stored[e.client_event_id] for e in events]
