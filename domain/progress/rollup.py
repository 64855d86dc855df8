"""The analytics rollups (`models.analytics`): kept up to date as progress events are stored, and
rebuilt from the stored events when they must be (the tenant's time zone changed, a backfill).

Ingest calls `do_roll_up_progress_events` with each newly stored event, in the transaction that
stores them, so the rollups never count an event that was rolled back nor miss one that was
committed. A replay that stored nothing must not be passed (it would be counted twice).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from core.errors import ValidationFailed
from core.sql import marks, tenant_query, value_rows
from core.timezones import TIMEZONES
from domain.progress.scoring import COMPLETING, event_xp, score_percent
from models.analytics import (
    TENANT_DAY_BUCKETS,
    LearnerDay,
    LearnerLesson,
    LearnerTotal,
    TenantDay,
)
from models.tenant import Tenant
from tenants.lookup import forget_tenant
from tenants.records import TenantRecord

_REBUILD_USERS = 500
# Parameters per INSERT: below PostgreSQL's limit of 32767.
_PARAMETERS = 30_000


@dataclass(frozen=True, slots=True)
class RolledEvent:
    """What the rollups need of a stored progress event."""

    user_id: int
    course_id: int
    lesson_id: int
    training_item_id: int | None
    outcome: int
    score: float | None
    max_score: float | None
    seconds_spent: int
    occurred_at: datetime


ROLLED_COLUMNS = tuple(RolledEvent.__dataclass_fields__)
_SELECTED = ", ".join(f'"{c}"' for c in ROLLED_COLUMNS)


def _rolled(row: dict[str, Any]) -> RolledEvent:
    """An event read by raw SQL."""
    return RolledEvent(**{c: row[c] for c in ROLLED_COLUMNS})


@dataclass(slots=True)
class _Sums:
    events: int = 0
    completions: int = 0
    xp: int = 0
    seconds: int = 0
    score_sum: float = 0.0
    score_count: int = 0

    def add(self, completed: bool, xp: int, seconds: int, percent: float | None) -> None:
        self.events += 1
        self.completions += completed
        self.xp += xp
        self.seconds += seconds
        if percent is not None:
            self.score_sum += percent
            self.score_count += 1

    def merge(self, other: _Sums) -> None:
        self.events += other.events
        self.completions += other.completions
        self.xp += other.xp
        self.seconds += other.seconds
        self.score_sum += other.score_sum
        self.score_count += other.score_count


@dataclass(slots=True)
class _Rollup:
    zone: ZoneInfo
    days: defaultdict[tuple[int, date], _Sums]
    lessons: dict[tuple[int, int], tuple[int, _Sums]]

    def add(self, events: Iterable[RolledEvent]) -> None:
        for e in events:
            figures = (
                e.outcome in COMPLETING,
                event_xp(e.outcome, e.training_item_id, e.score, e.max_score),
                e.seconds_spent,
                score_percent(e.score, e.max_score),
            )
            self.days[(e.user_id, e.occurred_at.astimezone(self.zone).date())].add(*figures)
            key = (e.user_id, e.lesson_id)
            if key not in self.lessons:
                self.lessons[key] = (e.course_id, _Sums())
            self.lessons[key][1].add(*figures)


def _new_rollup(zone: ZoneInfo) -> _Rollup:
    return _Rollup(zone=zone, days=defaultdict(_Sums), lessons={})


async def tenant_zone(tenant_id: int, connection: BaseDBAsyncClient) -> ZoneInfo:
    """The tenant's time zone as ``connection``'s transaction sees it (requests take it from
    the cached `TenantRecord`)."""
    tenants = Tenant.filter(id=tenant_id).using_db(connection)
    name = await tenants.first().values_list("timezone", flat=True)
    return ZoneInfo(str(name or "UTC"))


async def _upsert(
    connection: BaseDBAsyncClient,
    tenant_id: int,
    table: str,
    keys: tuple[str, ...],
    sums: tuple[str, ...],
    rows: list[tuple[Any, ...]],
    kept: tuple[str, ...] = (),
) -> None:
    """Insert the tenant's ``rows`` (columns ``keys``, ``kept``, ``sums``; the tenant's key
    ``tenant_id`` first, left out of ``keys`` and ``rows``), adding the sums into the rows that
    exist; ``kept`` columns are written on insert only."""
    columns = ", ".join(f'"{c}"' for c in ("tenant_id", *keys, *kept, *sums))
    updates = ", ".join(f'"{c}" = "{table}"."{c}" + excluded."{c}"' for c in sums)
    conflict = ", ".join(f'"{k}"' for k in ("tenant_id", *keys))
    width = len(keys) + len(kept) + len(sums)
    # Sorted, so two transactions touching the same rows lock them in the same order.
    rows = sorted(rows, key=lambda row: row[: len(keys)])
    step = _PARAMETERS // width
    for start in range(0, len(rows), step):
        chunk = rows[start : start + step]
        await tenant_query(
            connection,
            tenant_id,
            f'INSERT INTO "{table}" ({columns}) '  # noqa: S608 - constant fragments
            f"VALUES {value_rows(len(chunk), width, tenant=True)} "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {updates}",
            [value for row in chunk for value in row],
        )


_DAY_SUMS = ("events", "completions", "xp", "seconds", "score_sum", "score_count")


def _sums(s: _Sums) -> tuple[Any, ...]:
    return (s.events, s.completions, s.xp, s.seconds, s.score_sum, s.score_count)


async def _write(connection: BaseDBAsyncClient, tenant_id: int, rollup: _Rollup) -> None:
    await _upsert(
        connection,
        tenant_id,
        LearnerDay._meta.db_table,
        ("user_id", "day"),
        _DAY_SUMS,
        [(user_id, day, *_sums(s)) for (user_id, day), s in rollup.days.items()],
    )
    await _upsert(
        connection,
        tenant_id,
        LearnerLesson._meta.db_table,
        ("user_id", "lesson_id"),
        ("events", "seconds", "score_sum", "score_count"),
        [
            (
                user_id,
                lesson_id,
                course_id,
                s.events,
                s.seconds,
                s.score_sum,
                s.score_count,
            )
            for (user_id, lesson_id), (course_id, s) in rollup.lessons.items()
        ],
        kept=("course_id",),
    )
    xp: defaultdict[int, int] = defaultdict(int)
    tenant_days: defaultdict[tuple[date, int], _Sums] = defaultdict(_Sums)
    for (user_id, day), s in rollup.days.items():
        xp[user_id] += s.xp
        tenant_days[(day, user_id % TENANT_DAY_BUCKETS)].merge(s)
    await _upsert(
        connection,
        tenant_id,
        LearnerTotal._meta.db_table,
        ("user_id",),
        ("xp",),
        [(user_id, total) for user_id, total in xp.items()],
    )
    # Last: the rows every ingest of the tenant shares are held for the shortest time.
    await _upsert(
        connection,
        tenant_id,
        TenantDay._meta.db_table,
        ("day", "bucket"),
        _DAY_SUMS,
        [(day, bucket, *_sums(s)) for (day, bucket), s in tenant_days.items()],
    )


async def do_roll_up_progress_events(
    connection: BaseDBAsyncClient, tenant_id: int, events: Sequence[RolledEvent]
) -> None:
    """Add ``events``, just stored for ``tenant_id`` on ``connection``, to the rollups.

    Call it in the transaction that stored them, with exactly the events that were new
    (``INSERT … ON CONFLICT DO NOTHING RETURNING`` says which): replays must not be passed.
    Call it last, just before the commit: it updates rows that other ingests of the tenant
    update too, and holds them until then.
    """
    if not events:
        return
    rollup = _new_rollup(await tenant_zone(tenant_id, connection))
    rollup.add(events)
    await _write(connection, tenant_id, rollup)


async def do_set_tenant_timezone(tenant: Tenant | TenantRecord, name: str) -> None:
    """Set the tenant's time zone (an IANA name; ValidationFailed otherwise) and recount its
    rollups' days in it."""
    if name not in TIMEZONES:
        raise ValidationFailed(
            f"Unknown time zone {name!r}; use an IANA name such as Europe/Athens"
        )
    await Tenant.filter(id=tenant.id).update(timezone=name)
    forget_tenant(tenant.slug)
    await do_rebuild_progress_rollups(tenant.id)


async def do_rebuild_progress_rollups(tenant_id: int) -> None:
    """Recompute the tenant's rollups from all its stored events, in one transaction (used when
    its time zone changes, and to load events stored by other means)."""
    async with in_transaction() as connection:
        zone = await tenant_zone(tenant_id, connection)
        for model in (LearnerDay, LearnerLesson, LearnerTotal, TenantDay):
            await model.filter(tenant_id=tenant_id).using_db(connection).delete()
        users = await tenant_query(
            connection,
            tenant_id,
            'SELECT "id" FROM "users" WHERE "tenant_id" = :tenant ORDER BY "id"',
        )
        user_ids = [row["id"] for row in users]
        # A few learners at a time through the (tenant_id, user_id, ...) index: each learner's
        # rows are written once, and memory stays bounded however many events there are.
        # Events a progress reset set aside (reset_at) count too, as they did when stored:
        # analytics keep the learner's history.
        for start in range(0, len(user_ids), _REBUILD_USERS):
            batch = user_ids[start : start + _REBUILD_USERS]
            rows = await tenant_query(
                connection,
                tenant_id,
                f'SELECT {_SELECTED} FROM "progress_events" '  # noqa: S608 - constant fragments
                f'WHERE "tenant_id" = :tenant AND "user_id" IN ({marks(len(batch))})',
                batch,
            )
            rollup = _new_rollup(zone)
            rollup.add(_rolled(row) for row in rows)
            await _write(connection, tenant_id, rollup)
