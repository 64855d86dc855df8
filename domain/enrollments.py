"""Enrollments: which user takes which course, in which role.

Every enrollment is created through `_insert_enrollments`, one statement that skips pairs already
enrolled (``ON CONFLICT DO NOTHING``) and pairs whose user or course is not the tenant's own, and
returns exactly the rows it created. So the ``enrollments`` counter and the ``enrollment.created``
events always match what was written, even when two writers race, and a duplicate never aborts a
caller's transaction with an integrity error.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
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
from core.sql import tenant_query
from domain.counters import bump_counter, read_counter
from domain.courses import access_course_by_id
from domain.enrollments_of import ENROLLMENTS_COUNTER
from domain.events import EventType, record_event, record_events
from domain.users import access_user_by_id
from models.course import Course
from models.learning import Enrollment, EnrollmentRole, ProgressStatus
from models.user import User
from shapes import enrollments as shapes
from tenants.records import TenantRecord

# The joins keep only the tenant's own users and courses: the foreign keys alone would accept
# another tenant's ids. Ordered so concurrent writers lock index entries in the same order.
_INSERT = (
    'INSERT INTO "enrollments" ("tenant_id", "user_id", "course_id", "role", "status", '
    '"progress_percent", "time_spent_seconds", "enrolled_at", "updated_at") '
    'SELECT :tenant, u."id", c."id", $1, $2, 0, 0, $3, $3 '
    'FROM unnest($4::int[], $5::int[]) AS p("user_id", "course_id") '
    'JOIN "users" u ON u."id" = p."user_id" AND u."tenant_id" = :tenant '
    'JOIN "courses" c ON c."id" = p."course_id" AND c."tenant_id" = :tenant '
    'ORDER BY u."id", c."id" '
    'ON CONFLICT ("tenant_id", "user_id", "course_id") DO NOTHING '
    'RETURNING "id", "user_id", "course_id"'
)
ENROLLMENT_FILTERS: dict[str, FilterField] = {
    "user_id": FilterField("user_id", frozenset({"eq"}), INTEGER),
    "course_id": FilterField("course_id", frozenset({"eq"}), INTEGER),
    "status": FilterField("status", frozenset({"eq"}), choice(*(s.value for s in ProgressStatus))),
    "role": FilterField("role", frozenset({"eq"}), choice(*(r.value for r in EnrollmentRole))),
    "enrolled_at": FilterField("enrolled_at", frozenset({"gte", "lte"}), TIMESTAMP),
    "completed_at": FilterField("completed_at", frozenset({"gte", "lte"}), TIMESTAMP),
    "last_updated": FilterField("updated_at", frozenset({"gte", "lte"}), TIMESTAMP),
}
ENROLLMENT_COLUMNS = shapes.Enrollment.columns


@dataclass(frozen=True, slots=True)
class NewEnrollment:
    """An enrollment just written by `do_enroll_missing`."""

    id: int
    user_id: int
    course_id: int


def enrollments_in_tenant(tenant: TenantRecord) -> QuerySet[Enrollment]:
    return Enrollment.filter(tenant_id=tenant.id)


async def check_user_id(tenant: TenantRecord, user_id: int, param: str = "user_id") -> User:
    """The tenant's user ``user_id``, given in the field ``param``; NotFound naming that field."""
    try:
        return await access_user_by_id(tenant, user_id)
    except NotFound as exc:
        raise NotFound(exc.message, param=param) from None


async def check_course_id(tenant: TenantRecord, course_id: int, param: str = "course_id") -> Course:
    """The tenant's course ``course_id``, given in the field ``param``; NotFound naming it."""
    try:
        return await access_course_by_id(tenant, course_id)
    except NotFound as exc:
        raise NotFound(exc.message, param=param) from None


@asynccontextmanager
async def _atomic(connection: BaseDBAsyncClient | None) -> AsyncIterator[BaseDBAsyncClient]:
    """The caller's transaction when it passes one, else a transaction of our own."""
    if connection is not None:
        yield connection
        return
    async with in_transaction() as own:
        yield own


async def _insert_enrollments(
    tenant: TenantRecord,
    pairs: Sequence[tuple[int, int]],
    role: EnrollmentRole,
    connection: BaseDBAsyncClient,
) -> list[NewEnrollment]:
    now = datetime.now(UTC)
    rows = await tenant_query(
        connection,
        tenant.id,
        _INSERT,
        [
            role.value,
            ProgressStatus.NOT_ATTEMPTED.value,
            now,
            [user_id for user_id, _ in pairs],
            [course_id for _, course_id in pairs],
        ],
    )
    return [NewEnrollment(r["id"], r["user_id"], r["course_id"]) for r in rows]


def enrollment_event_data(enrollment: NewEnrollment, role: EnrollmentRole) -> dict[str, Any]:
    return {
        "id": enrollment.id,
        "user_id": enrollment.user_id,
        "course_id": enrollment.course_id,
        "role": role.value,
    }


async def do_enroll_missing(
    tenant: TenantRecord,
    pairs: Iterable[tuple[int, int]],
    *,
    connection: BaseDBAsyncClient,
    role: EnrollmentRole = EnrollmentRole.LEARNER,
    event_data: Mapping[str, Any] | None = None,
) -> list[NewEnrollment]:
    """Enroll each ``(user_id, course_id)`` pair not enrolled yet; returns the enrollments made.

    The idempotent form for group sync and batch jobs. It runs in the caller's transaction
    (``connection`` is required) and raises nothing for pairs already enrolled, for ids that are
    not the tenant's, or for ids out of range: those pairs are skipped, so callers that need a
    404 check their ids first. Each new enrollment bumps the ``enrollments`` counter and records
    ``enrollment.created`` (with ``event_data`` merged in, e.g. the group that caused it).
    """
    wanted = sorted({p for p in pairs if is_db_id(p[0]) and is_db_id(p[1])})
    if not wanted:
        return []
    created = await _insert_enrollments(tenant, wanted, role, connection)
    if created:
        await bump_counter(tenant.id, ENROLLMENTS_COUNTER, len(created), connection=connection)
        extra = dict(event_data or {})
        await record_events(
            tenant.id,
            EventType.ENROLLMENT_CREATED,
            [{**enrollment_event_data(e, role), **extra} for e in created],
            connection=connection,
        )
    return created


async def do_enroll(
    tenant: TenantRecord,
    user_id: int,
    course_id: int,
    role: EnrollmentRole = EnrollmentRole.LEARNER,
    *,
    connection: BaseDBAsyncClient | None = None,
    existing_ok: bool = False,
) -> Enrollment:
    """Enroll the tenant's user ``user_id`` in its course ``course_id`` as ``role``.

    Raises NotFound (``param`` user_id or course_id) when either is missing or another tenant's,
    and Conflict when the user is already enrolled, unless ``existing_ok``, which returns the
    existing enrollment unchanged (no event, role kept).

    Pass ``connection`` to enroll inside your own transaction (learning paths, batch jobs): the
    enrollment, the ``enrollments`` counter and the ``enrollment.created`` event are written on
    it and commit or roll back with the rest of your work; a Conflict or NotFound raised here
    leaves that transaction usable, as nothing failed inside the database. Without it, they
    commit together in a transaction of their own.
    """
    user = await check_user_id(tenant, user_id)
    course = await check_course_id(tenant, course_id)
    async with _atomic(connection) as conn:
        created = await do_enroll_missing(
            tenant, [(user.id, course.id)], role=role, connection=conn
        )
        if not created and not existing_ok:
            raise Conflict(
                f"User {user.id} is already enrolled in course {course.id}", param="user_id"
            )
        found = await (
            enrollments_in_tenant(tenant)
            .using_db(conn)
            .get_or_none(user_id=user.id, course_id=course.id)
        )
    if found is None:  # deleted by a concurrent request between our insert and read
        raise NotFound(f"User {user.id} is not enrolled in course {course.id}")
    return found


async def do_unenroll(
    tenant: TenantRecord,
    user_id: int,
    course_id: int,
    *,
    connection: BaseDBAsyncClient | None = None,
) -> None:
    """Remove the tenant's user ``user_id`` from its course ``course_id``.

    Raises NotFound when there is no such enrollment (missing or another tenant's ids alike). The
    deletion, the counter and the ``enrollment.deleted`` event commit together, in ``connection``
    when given. Unit progress and certificates are kept: a re-enrolled user does not lose them.
    """
    async with _atomic(connection) as conn:
        query = enrollments_in_tenant(tenant).using_db(conn)
        found = (
            await query.select_for_update().get_or_none(user_id=user_id, course_id=course_id)
            if is_db_id(user_id) and is_db_id(course_id)
            else None
        )
        if found is None:
            raise NotFound(f"User {user_id} is not enrolled in course {course_id}")
        await query.filter(id=found.id).delete()
        await bump_counter(tenant.id, ENROLLMENTS_COUNTER, -1, connection=conn)
        await record_event(
            tenant.id,
            EventType.ENROLLMENT_DELETED,
            {"id": found.id, "user_id": user_id, "course_id": course_id},
            connection=conn,
        )


async def list_enrollments(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's enrollments as plain rows, oldest first, and the total."""
    query = apply_filters(enrollments_in_tenant(tenant), filters, ENROLLMENT_FILTERS)
    rows = (
        await query.order_by("id").offset(page.offset).limit(page.size).values(*ENROLLMENT_COLUMNS)
    )
    total = await query.count() if filters else await read_counter(tenant.id, ENROLLMENTS_COUNTER)
    return rows, total
