"""The event log, and the outbox that hands every event to its consumers (webhooks, …).

Record an event in the transaction of the change it reports::

    async with in_transaction() as conn:
        user = await User.create(..., using_db=conn)
        await record_event(tenant.id, EventType.USER_CREATED, {"user": user_json(user)},
                           connection=conn)

The event row and an `DISPATCH_KIND` job are written together, so an event is dispatched if and
only if the change commits, and at least once even when a worker dies. `record_events` does the
same for many events of one type in one statement; a set-based writer that inserts events in its
own SQL (the HR sync) hands their ids to `enqueue_dispatches`. The same table serves reads of a
tenant's history (the ``timeline``): query it with `events_in_tenant`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import orjson
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.sql import tenant_query
from domain.jobs import enqueue_job
from models.event import Event

DISPATCH_KIND = "events.dispatch"
DISPATCH_ATTEMPTS = 5
# Events per dispatch job queued by `enqueue_dispatches`.
DISPATCH_BATCH = 1000


class EventType(StrEnum):
    """Every type of event the code records, and so the names webhooks subscribe to (``*``
    takes them all). `record_event`, `record_events` and `enqueue_dispatches` refuse any other
    type: a new one is declared here, and ``tests/api/test_event_types.py`` fails until it
    drives it through the API to a webhook."""

    USER_CREATED = "user.created"
    USER_UPDATED = "user.updated"
    USER_DELETED = "user.deleted"
    USER_LOGGED_IN = "user.logged_in"
    USER_LOGGED_OUT = "user.logged_out"
    USER_PASSWORD_RESET = "user.password_reset"  # noqa: S105 - an event's name
    USER_FIELD_CREATED = "user_field.created"
    USER_FIELD_UPDATED = "user_field.updated"
    USER_FIELD_DELETED = "user_field.deleted"
    COURSE_CREATED = "course.created"
    COURSE_UPDATED = "course.updated"
    COURSE_DELETED = "course.deleted"
    COURSE_COMPLETED = "course.completed"
    COURSE_PROGRESS_RESET = "course_progress.reset"
    COURSE_LAUNCH_LINK_CREATED = "course.launch_link_created"
    COURSE_UNITS_REORDERED = "course.units_reordered"
    COURSE_FIELD_CREATED = "course_field.created"
    COURSE_FIELD_UPDATED = "course_field.updated"
    COURSE_FIELD_DELETED = "course_field.deleted"
    UNIT_CREATED = "unit.created"
    UNIT_UPDATED = "unit.updated"
    UNIT_DELETED = "unit.deleted"
    LESSON_COMPLETED = "lesson.completed"
    TRAINING_CREATED = "training.created"
    TRAINING_UPDATED = "training.updated"
    TRAINING_DELETED = "training.deleted"
    TRAINING_ITEM_CREATED = "training_item.created"
    TRAINING_ITEM_UPDATED = "training_item.updated"
    TRAINING_ITEM_DELETED = "training_item.deleted"
    CATEGORY_CREATED = "category.created"
    CATEGORY_UPDATED = "category.updated"
    CATEGORY_DELETED = "category.deleted"
    LEARNING_PATH_CREATED = "learning_path.created"
    LEARNING_PATH_UPDATED = "learning_path.updated"
    LEARNING_PATH_DELETED = "learning_path.deleted"
    LEARNING_PATH_ENROLLMENT_CREATED = "learning_path_enrollment.created"
    LEARNING_PATH_ENROLLMENT_DELETED = "learning_path_enrollment.deleted"
    ENROLLMENT_CREATED = "enrollment.created"
    ENROLLMENT_DELETED = "enrollment.deleted"
    GROUP_CREATED = "group.created"
    GROUP_UPDATED = "group.updated"
    GROUP_DELETED = "group.deleted"
    GROUP_USER_ADDED = "group.user_added"
    GROUP_USER_REMOVED = "group.user_removed"
    GROUP_COURSE_ADDED = "group.course_added"
    GROUP_COURSE_REMOVED = "group.course_removed"
    BRANCH_CREATED = "branch.created"
    BRANCH_UPDATED = "branch.updated"
    BRANCH_DELETED = "branch.deleted"
    BRANCH_USER_ADDED = "branch.user_added"
    BRANCH_USER_REMOVED = "branch.user_removed"
    BRANCH_COURSE_ADDED = "branch.course_added"
    BRANCH_COURSE_REMOVED = "branch.course_removed"
    EXPORT_COMPLETED = "export.completed"


EVENT_TYPES: frozenset[str] = frozenset(EventType)


# Set by `deferred_dispatch`: where `record_event` leaves the events whose dispatch is deferred.
_DEFERRED: ContextVar[list[tuple[int, str]] | None] = ContextVar("deferred_dispatch", default=None)


@contextmanager
def deferred_dispatch() -> Iterator[list[tuple[int, str]]]:
    """While open, `record_event` queues no dispatch job: it appends ``(event id, type)`` to
    the list this yields, and the caller queues them with `enqueue_dispatches` in the
    transaction that wrote them. Bulk work uses it to queue one job per `DISPATCH_BATCH`
    events instead of one per event."""
    pending: list[tuple[int, str]] = []
    token = _DEFERRED.set(pending)
    try:
        yield pending
    finally:
        _DEFERRED.reset(token)


async def enqueue_dispatches(
    tenant_id: int, events: Sequence[tuple[int, str]], *, connection: BaseDBAsyncClient
) -> None:
    """Queue the dispatch of ``tenant_id``'s ``(event id, type)`` pairs, `DISPATCH_BATCH` to
    a job, in ``connection``'s transaction. Raises ValueError for a type `EventType` does not
    declare (a bug in the caller)."""
    for _, type in events:
        _checked(type)
    for start in range(0, len(events), DISPATCH_BATCH):
        chunk = events[start : start + DISPATCH_BATCH]
        await enqueue_job(
            tenant_id,
            DISPATCH_KIND,
            {"events": [[event_id, type] for event_id, type in chunk]},
            max_attempts=DISPATCH_ATTEMPTS,
            connection=connection,
        )


async def _record(tenant_id: int, type: str, data: dict[str, Any], db: BaseDBAsyncClient) -> Event:
    event = await Event.create(using_db=db, tenant_id=tenant_id, type=type, data=data)
    deferred = _DEFERRED.get()
    if deferred is not None:
        deferred.append((event.id, type))
        return event
    await enqueue_job(
        tenant_id,
        DISPATCH_KIND,
        {"event_id": event.id, "type": type},
        max_attempts=DISPATCH_ATTEMPTS,
        connection=db,
    )
    return event


async def record_event(
    tenant_id: int,
    type: EventType,
    data: dict[str, Any],
    *,
    connection: BaseDBAsyncClient | None = None,
) -> Event:
    """Append an event of ``type`` with JSON-serializable ``data`` to ``tenant_id``'s log and
    queue its dispatch to webhooks, in ``connection``'s transaction when given (do give it when
    the event reports a change: see the module docstring), else in a transaction of its own.
    Raises ValueError for a type `EventType` does not declare (a bug in the caller)."""
    name = _checked(type)
    if connection is not None:
        return await _record(tenant_id, name, data, connection)
    async with in_transaction() as db:
        return await _record(tenant_id, name, data, db)


_INSERT_MANY = (
    'INSERT INTO "events" ("tenant_id", "type", "data", "created_at") '
    "SELECT :tenant, $1, d::jsonb, $2 FROM unnest($3::text[]) WITH ORDINALITY AS e(d, n) "
    'ORDER BY n RETURNING "id"'
)


async def record_events(
    tenant_id: int,
    type: EventType,
    data: Sequence[dict[str, Any]],
    *,
    connection: BaseDBAsyncClient,
) -> None:
    """Append one event of ``type`` for each item of ``data``, in that order, and queue their
    dispatch, in ``connection``'s transaction: `record_event` for many, in one statement."""
    name = _checked(type)
    if not data:
        return
    texts = [orjson.dumps(item).decode() for item in data]
    rows = await tenant_query(connection, tenant_id, _INSERT_MANY, [name, datetime.now(UTC), texts])
    recorded = [(row["id"], name) for row in rows]
    deferred = _DEFERRED.get()
    if deferred is not None:
        deferred.extend(recorded)
    else:
        await enqueue_dispatches(tenant_id, recorded, connection=connection)


def _checked(type: str) -> str:
    """``type`` as text; raises ValueError when `EventType` does not declare it (a caller's
    bug)."""
    if type not in EVENT_TYPES:
        raise ValueError(f"event type {str(type)[:80]!r} is not declared in EventType")
    return str(type)


def events_in_tenant(tenant_id: int) -> QuerySet[Event]:
    """The tenant's events; order by ``id`` (the order they were recorded in)."""
    return Event.filter(tenant_id=tenant_id)
