"""Every enrollment of a user or of a course at once, for the deletion of that user or course,
and the tenant's ``enrollments`` counter they keep exact.

Apart from `domain.enrollments`, which looks users and courses up through their modules: these
modules delete their rows' enrollments first, and so import this one.
"""

from __future__ import annotations

from tortoise.backends.base.client import BaseDBAsyncClient

from core.sql import tenant_query
from domain.counters import bump_counter
from domain.events import EventType, record_events
from tenants.records import TenantRecord

ENROLLMENTS_COUNTER = "enrollments"

# DELETE … RETURNING: exactly the rows this statement removed, even if another deletes some too.
_DELETE_OF_USER = (
    'DELETE FROM "enrollments" WHERE "tenant_id" = :tenant AND "user_id" = $1 '
    'RETURNING "id", "user_id", "course_id"'
)
_DELETE_OF_COURSE = (
    'DELETE FROM "enrollments" WHERE "tenant_id" = :tenant AND "course_id" = $1 '
    'RETURNING "id", "user_id", "course_id"'
)


async def do_delete_enrollments_of(
    tenant: TenantRecord,
    *,
    connection: BaseDBAsyncClient,
    user_id: int | None = None,
    course_id: int | None = None,
) -> int:
    """Delete every enrollment of a user or of a course, in the caller's transaction.

    For the deletion of that user or course: call it first, in the same transaction, so the
    ``enrollments`` counter stays exact (the database's cascade would not update it). Records
    ``enrollment.deleted`` for each; returns how many there were.
    """
    if (user_id is None) == (course_id is None):
        raise ValueError("give exactly one of user_id and course_id")
    sql = _DELETE_OF_USER if user_id is not None else _DELETE_OF_COURSE
    rows = await tenant_query(connection, tenant.id, sql, [user_id or course_id])
    if not rows:
        return 0
    await bump_counter(tenant.id, ENROLLMENTS_COUNTER, -len(rows), connection=connection)
    await record_events(
        tenant.id, EventType.ENROLLMENT_DELETED, [dict(row) for row in rows], connection=connection
    )
    return len(rows)
