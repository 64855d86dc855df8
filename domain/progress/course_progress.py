"""How far learners got: per course (the enrollment's figures), per unit, test and survey results,
and the reset of a user's progress in a course.

Reads return plain rows. Course progress is one row per enrollment; unit progress one row per
``(user, unit)`` the learner has touched; a result is the unit progress of a test or survey unit
the learner has attempted. Writing progress is not done here: this module only reads it and
resets it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import NotFound
from core.query import (
    INTEGER,
    TIMESTAMP,
    Filter,
    FilterField,
    Page,
    apply_filters,
    choice,
    is_db_id,
)
from domain.counters import read_counter
from domain.enrollments import enrollments_in_tenant
from domain.enrollments_of import ENROLLMENTS_COUNTER
from domain.events import EventType, record_event
from domain.progress.completion import lock_learner_course
from models.course import Unit
from models.learning import ProgressStatus, UnitProgress
from models.progress import ItemCompletion, ProgressEvent
from shapes import progress as shapes
from shapes.progress import RESULT_UNIT_TYPES
from tenants.records import TenantRecord

_EQ = frozenset({"eq"})
_RANGE = frozenset({"gte", "lte"})
_STATUS = choice(*ProgressStatus)

COURSE_PROGRESS_FILTERS: dict[str, FilterField] = {
    "user_id": FilterField("user_id", _EQ, INTEGER),
    "course_id": FilterField("course_id", _EQ, INTEGER),
    "status": FilterField("status", _EQ, _STATUS),
    "enrolled_at": FilterField("enrolled_at", _RANGE, TIMESTAMP),
    "completed_at": FilterField("completed_at", _RANGE, TIMESTAMP),
    "last_updated": FilterField("updated_at", _RANGE, TIMESTAMP),
}
COURSE_PROGRESS_COLUMNS = shapes.CourseProgress.columns
UNIT_PROGRESS_FILTERS: dict[str, FilterField] = {
    "user_id": FilterField("user_id", _EQ, INTEGER),
    "unit_id": FilterField("unit_id", _EQ, INTEGER),
    "course_id": FilterField("course_id", _EQ, INTEGER),
    "status": FilterField("status", _EQ, _STATUS),
    "completed_at": FilterField("completed_at", _RANGE, TIMESTAMP),
    "last_updated": FilterField("updated_at", _RANGE, TIMESTAMP),
}
UNIT_PROGRESS_COLUMNS = shapes.UnitProgress.columns
RESULT_FILTERS: dict[str, FilterField] = {
    **UNIT_PROGRESS_FILTERS,
    "unit_type": FilterField("unit__type", _EQ, choice(*RESULT_UNIT_TYPES)),
}
RESULT_COLUMNS = shapes.Result.columns
# Rows come in the order of the (tenant_id, user_id, unit_id) unique index.
_UNIT_ORDER = ("user_id", "unit_id")


def unit_progress_in_tenant(tenant: TenantRecord) -> QuerySet[UnitProgress]:
    return UnitProgress.filter(tenant_id=tenant.id)


def _results_in_tenant(tenant: TenantRecord) -> QuerySet[UnitProgress]:
    return unit_progress_in_tenant(tenant).filter(
        unit__type__in=RESULT_UNIT_TYPES, status__not=ProgressStatus.NOT_ATTEMPTED
    )


def _ids(*ids: int) -> bool:
    return all(is_db_id(i) for i in ids)


async def list_course_progress(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's course progress (one row per enrollment, oldest enrollment first)
    and the total; unfiltered totals come from the enrollments counter."""
    query = apply_filters(enrollments_in_tenant(tenant), filters, COURSE_PROGRESS_FILTERS)
    rows = (
        await query.order_by("id")
        .offset(page.offset)
        .limit(page.size)
        .values(*COURSE_PROGRESS_COLUMNS)
    )
    total = await query.count() if filters else await read_counter(tenant.id, ENROLLMENTS_COUNTER)
    return rows, total


async def get_course_progress(tenant: TenantRecord, user_id: int, course_id: int) -> dict[str, Any]:
    """The progress of the tenant's user in its course; NotFound when the user is not enrolled
    (or either id is missing or another tenant's: the answer is the same)."""
    rows = (
        await enrollments_in_tenant(tenant)
        .filter(user_id=user_id, course_id=course_id)
        .values(*COURSE_PROGRESS_COLUMNS)
        if _ids(user_id, course_id)
        else []
    )
    if not rows:
        raise NotFound(f"User {user_id} is not enrolled in course {course_id}")
    return rows[0]


async def do_reset_course_progress(tenant: TenantRecord, user_id: int, course_id: int) -> int:
    """Reset the tenant's user's progress in its course: the enrollment goes back to not
    attempted (no percent, score, time or completion date), and the user's unit progress and
    item completions in the course are deleted, so that only events stored from now on complete
    its lessons. The user's progress events in the course stay, marked with the reset's time
    (``reset_at``): the history and the analytics keep counting them. Certificates are kept.
    Returns how many unit progress rows went.

    Raises NotFound when the user is not enrolled. The reset and its ``course_progress.reset``
    event commit together. It takes the locks progress ingest takes on the learner's lessons and
    course (`lock_learner_course`), then the enrollment row: resets and ingests of the same
    learner and course run one after the other, and never deadlock.
    """
    if not _ids(user_id, course_id):
        raise NotFound(f"User {user_id} is not enrolled in course {course_id}")
    async with in_transaction() as conn:
        units = Unit.filter(tenant_id=tenant.id, course_id=course_id).using_db(conn)
        lessons = [row["id"] for row in await units.values("id")]
        await lock_learner_course(conn, user_id, course_id, lessons)
        enrollments = enrollments_in_tenant(tenant).using_db(conn)
        found = await enrollments.select_for_update().get_or_none(
            user_id=user_id, course_id=course_id
        )
        if found is None:
            raise NotFound(f"User {user_id} is not enrolled in course {course_id}")
        removed = (
            await unit_progress_in_tenant(tenant)
            .using_db(conn)
            .filter(user_id=user_id, course_id=course_id)
            .delete()
        )
        items_removed = (
            await ItemCompletion.filter(tenant_id=tenant.id, user_id=user_id, lesson_id__in=lessons)
            .using_db(conn)
            .delete()
            if lessons
            else 0
        )
        now = datetime.now(UTC)
        # Events set aside by an earlier reset keep that reset's time.
        await (
            ProgressEvent.filter(
                tenant_id=tenant.id, user_id=user_id, course_id=course_id, reset_at=None
            )
            .using_db(conn)
            .update(reset_at=now)
        )
        await enrollments.filter(id=found.id).update(
            status=ProgressStatus.NOT_ATTEMPTED,
            progress_percent=0,
            score=None,
            time_spent_seconds=0,
            completed_at=None,
            updated_at=now,
        )
        await record_event(
            tenant.id,
            EventType.COURSE_PROGRESS_RESET,
            {
                "enrollment_id": found.id,
                "user_id": user_id,
                "course_id": course_id,
                "previous_status": found.status.value,
                "unit_progress_removed": removed,
                "item_completions_removed": items_removed,
            },
            connection=conn,
        )
    return removed


async def _unit_page(
    query: QuerySet[UnitProgress], page: Page, columns: tuple[str, ...]
) -> tuple[list[dict[str, Any]], int]:
    rows = await query.order_by(*_UNIT_ORDER).offset(page.offset).limit(page.size).values(*columns)
    return rows, await query.count()


async def list_unit_progress(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's unit progress, by user then unit, and the total."""
    query = apply_filters(unit_progress_in_tenant(tenant), filters, UNIT_PROGRESS_FILTERS)
    return await _unit_page(query, page, UNIT_PROGRESS_COLUMNS)


async def get_unit_progress(tenant: TenantRecord, user_id: int, unit_id: int) -> dict[str, Any]:
    """The tenant's user's progress in its unit; NotFound when there is none (or either id is
    missing or another tenant's)."""
    rows = (
        await unit_progress_in_tenant(tenant)
        .filter(user_id=user_id, unit_id=unit_id)
        .values(*UNIT_PROGRESS_COLUMNS)
        if _ids(user_id, unit_id)
        else []
    )
    if not rows:
        raise NotFound(f"User {user_id} has no progress in unit {unit_id}")
    return rows[0]


async def list_results(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's test and survey results (attempted units of those types), by user
    then unit, and the total. Rows carry the unit's type as ``unit__type``."""
    query = apply_filters(_results_in_tenant(tenant), filters, RESULT_FILTERS)
    return await _unit_page(query, page, RESULT_COLUMNS)


async def get_result(tenant: TenantRecord, user_id: int, unit_id: int) -> dict[str, Any]:
    """The tenant's user's result in its test or survey unit; NotFound when the unit is not a
    test or survey, the user has not attempted it, or either id is missing or another
    tenant's."""
    rows = (
        await _results_in_tenant(tenant)
        .filter(user_id=user_id, unit_id=unit_id)
        .values(*RESULT_COLUMNS)
        if _ids(user_id, unit_id)
        else []
    )
    if not rows:
        raise NotFound(f"User {user_id} has no test or survey result in unit {unit_id}")
    return rows[0]
