"""Learning paths: ordered lists of courses that users are enrolled in as a whole.

Enrolling a user in a path enrolls them in each of its courses they are not enrolled in yet, and
adding courses to a path enrolls its users in them; every change to a path's courses or users
locks the path's row first, so a user enrolled while courses are being added still gets them.
Leaving a path, or a course leaving it, keeps the course enrollments: the courses may be under
way, as with groups (domain/groups.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound, ValidationFailed
from core.query import (
    TEXT,
    TIMESTAMP,
    Filter,
    FilterField,
    Page,
    ValueType,
    apply_filters,
    is_db_id,
)
from domain.counters import bump_counter, read_counter
from domain.enrollments import NewEnrollment, check_user_id, do_enroll_missing
from domain.events import EventType, record_event
from models.course import Course, LearningPath, LearningPathCourse
from models.learning import LearningPathEnrollment
from shapes import learning_paths as shapes
from tenants.records import TenantRecord

LEARNING_PATHS_COUNTER = "learning_paths"
LEARNING_PATH_FIELDS = frozenset({"name", "code", "description", "is_active"})
LEARNING_PATH_COLUMNS = shapes.LearningPathListItem.columns


_STATUSES = ("active", "inactive")


def _status(raw: str) -> bool:
    if raw not in _STATUSES:
        raise ValueError(raw)
    return raw == "active"


# Matched against name, code and description at once, not a column.
KEYWORD = "keyword"
LEARNING_PATH_FILTERS: dict[str, FilterField] = {
    KEYWORD: FilterField(KEYWORD, frozenset({"like"}), TEXT),
    "status": FilterField(
        "is_active",
        frozenset({"eq"}),
        ValueType(
            _status, "active or inactive", {"type": "string", "enum": ["active", "inactive"]}
        ),
    ),
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
    "last_updated": FilterField("updated_at", frozenset({"gte", "lte"}), TIMESTAMP),
}


@dataclass(frozen=True, slots=True)
class NewLearningPath:
    name: str
    code: str | None = None
    description: str | None = None
    is_active: bool = True
    course_ids: tuple[int, ...] = ()


def learning_paths_in_tenant(tenant: TenantRecord) -> QuerySet[LearningPath]:
    return LearningPath.filter(tenant_id=tenant.id)


async def access_learning_path_by_id(
    tenant: TenantRecord, path_id: int, param: str | None = None
) -> LearningPath:
    """The tenant's learning path ``path_id``; NotFound (naming ``param``) for a missing id or
    another tenant's."""
    path = (
        await learning_paths_in_tenant(tenant).get_or_none(id=path_id)
        if is_db_id(path_id)
        else None
    )
    if path is None:
        raise NotFound(f"No learning path with id {path_id}", param=param)
    return path


async def _ints(query: QuerySet[Any], column: str) -> list[int]:
    return [row[column] for row in await query.values(column)]


async def _check_course_ids(
    tenant: TenantRecord, course_ids: Sequence[int], connection: BaseDBAsyncClient
) -> None:
    if len(set(course_ids)) != len(course_ids):
        raise ValidationFailed("course_ids names a course more than once", param="course_ids")
    wanted = [c for c in course_ids if is_db_id(c)]
    found = set(
        await _ints(Course.filter(tenant_id=tenant.id, id__in=wanted).using_db(connection), "id")
    )
    missing = [c for c in course_ids if c not in found]
    if missing:
        raise NotFound(f"No course with id {missing[0]}", param="course_ids")


async def _lock_path(tenant: TenantRecord, path_id: int, connection: BaseDBAsyncClient) -> None:
    locked = (
        await learning_paths_in_tenant(tenant)
        .using_db(connection)
        .select_for_update()
        .filter(id=path_id)
        .first()
    )
    if locked is None:
        raise NotFound(f"No learning path with id {path_id}", param="learning_path_id")


async def do_create_learning_path(tenant: TenantRecord, new: NewLearningPath) -> LearningPath:
    """Create a learning path in ``tenant`` with ``new.course_ids`` in that order.

    Raises ValidationFailed (``param`` course_ids) for a repeated course and NotFound (``param``
    course_ids) for a course that is not the tenant's. The path, its courses, the
    ``learning_paths`` counter and the ``learning_path.created`` event commit together.
    """
    async with in_transaction() as connection:
        await _check_course_ids(tenant, new.course_ids, connection)
        path = await LearningPath.create(
            tenant_id=tenant.id,
            name=new.name,
            code=new.code,
            description=new.description,
            is_active=new.is_active,
            using_db=connection,
        )
        await _insert_courses(tenant, path.id, new.course_ids, connection)
        await bump_counter(tenant.id, LEARNING_PATHS_COUNTER, 1, connection=connection)
        await record_event(
            tenant.id,
            EventType.LEARNING_PATH_CREATED,
            {"id": path.id, "name": path.name, "course_ids": list(new.course_ids)},
            connection=connection,
        )
    return path


async def _insert_courses(
    tenant: TenantRecord, path_id: int, course_ids: Sequence[int], connection: BaseDBAsyncClient
) -> None:
    await LearningPathCourse.bulk_create(
        [
            LearningPathCourse(
                tenant_id=tenant.id, learning_path_id=path_id, course_id=course_id, position=n
            )
            for n, course_id in enumerate(course_ids, start=1)
        ],
        using_db=connection,
    )


async def do_update_learning_path(
    tenant: TenantRecord,
    path: LearningPath,
    changes: Mapping[str, Any],
    course_ids: Sequence[int] | None = None,
) -> LearningPath:
    """Apply ``changes`` (a subset of `LEARNING_PATH_FIELDS`) to the tenant's ``path`` and, when
    ``course_ids`` is given, make it the path's courses in that order; the path's users are
    enrolled in the courses new to it.

    Raises as `do_create_learning_path` does, and NotFound when the path is gone. Records
    ``learning_path.updated`` (with the course ids when they changed), unless nothing changed.
    """
    unknown = set(changes) - LEARNING_PATH_FIELDS
    if unknown:
        raise ValueError(f"not learning path fields: {sorted(unknown)}")
    changed = {name: value for name, value in changes.items() if getattr(path, name) != value}
    async with in_transaction() as connection:
        await _lock_path(tenant, path.id, connection)
        event: dict[str, Any] = {"id": path.id, "changes": changed}
        if course_ids is not None:
            await _check_course_ids(tenant, course_ids, connection)
            path_courses = LearningPathCourse.filter(
                tenant_id=tenant.id, learning_path_id=path.id
            ).using_db(connection)
            before = await _ints(path_courses.order_by("position", "id"), "course_id")
            if before != list(course_ids):
                await path_courses.delete()
                await _insert_courses(tenant, path.id, course_ids, connection)
                added = [c for c in course_ids if c not in set(before)]
                enrolled = await _enroll_path_users(tenant, path.id, added, connection)
                event.update(course_ids=list(course_ids), enrolled=len(enrolled))
        if not changed and "course_ids" not in event:
            return path
        for name, value in changed.items():
            setattr(path, name, value)
        await path.save(update_fields=[*changed, "updated_at"], using_db=connection)
        await record_event(tenant.id, EventType.LEARNING_PATH_UPDATED, event, connection=connection)
    return path


async def _enroll_path_users(
    tenant: TenantRecord, path_id: int, course_ids: Sequence[int], connection: BaseDBAsyncClient
) -> list[NewEnrollment]:
    if not course_ids:
        return []
    user_ids = await _ints(
        LearningPathEnrollment.filter(tenant_id=tenant.id, learning_path_id=path_id).using_db(
            connection
        ),
        "user_id",
    )
    return await do_enroll_missing(
        tenant,
        [(user_id, course_id) for user_id in user_ids for course_id in course_ids],
        connection=connection,
        event_data={"learning_path_id": path_id},
    )


async def do_delete_learning_path(tenant: TenantRecord, path: LearningPath) -> None:
    """Delete the tenant's ``path`` with its course list and user list; the course enrollments
    it gave stay. The deletion, the counter and ``learning_path.deleted`` commit together;
    NotFound when it is gone already."""
    async with in_transaction() as connection:
        deleted = (
            await learning_paths_in_tenant(tenant).using_db(connection).filter(id=path.id).delete()
        )
        if not deleted:
            raise NotFound(f"No learning path with id {path.id}")
        await bump_counter(tenant.id, LEARNING_PATHS_COUNTER, -1, connection=connection)
        await record_event(
            tenant.id,
            EventType.LEARNING_PATH_DELETED,
            {"id": path.id, "name": path.name},
            connection=connection,
        )


async def list_learning_paths(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's learning paths as plain rows, oldest first, and the total.

    ``keyword`` keeps the paths whose name, code or description contains it.
    """
    columns = tuple(f for f in filters if f.field != KEYWORD)
    query = apply_filters(learning_paths_in_tenant(tenant), columns, LEARNING_PATH_FILTERS)
    for f in filters:
        if f.field == KEYWORD:
            query = query.filter(
                Q(name__icontains=f.value)
                | Q(code__icontains=f.value)
                | Q(description__icontains=f.value)
            )
    rows = (
        await query.order_by("id")
        .offset(page.offset)
        .limit(page.size)
        .values(*LEARNING_PATH_COLUMNS)
    )
    total = (
        await query.count() if filters else await read_counter(tenant.id, LEARNING_PATHS_COUNTER)
    )
    return rows, total


async def learning_path_courses(tenant: TenantRecord, path_id: int) -> list[dict[str, Any]]:
    """The courses of the tenant's learning path in path order: ``{"id", "name", "code"}``."""
    return (
        await LearningPathCourse.filter(tenant_id=tenant.id, learning_path_id=path_id)
        .order_by("position", "id")
        .values(id="course_id", name="course__name", code="course__code")
    )


@dataclass(frozen=True, slots=True)
class PathEnrollment:
    enrollment: LearningPathEnrollment
    # The courses the user was enrolled in by this, in path order.
    enrolled_course_ids: list[int]


async def do_enroll_in_learning_path(
    tenant: TenantRecord, user_id: int, path_id: int
) -> PathEnrollment:
    """Enroll the tenant's user in its learning path, and in each of the path's courses they are
    not enrolled in yet.

    Raises NotFound (``param`` user_id or learning_path_id) for a missing or another tenant's id,
    and Conflict when the user is in the path already. The path enrollment, the course
    enrollments, their counter and the events (``learning_path_enrollment.created``, one
    ``enrollment.created`` each) commit together.
    """
    user = await check_user_id(tenant, user_id)
    path = await access_learning_path_by_id(tenant, path_id, param="learning_path_id")
    already = Conflict(
        f"User {user.id} is already enrolled in learning path {path.id}", param="user_id"
    )
    try:
        async with in_transaction() as connection:
            await _lock_path(tenant, path.id, connection)
            enrolled_users = LearningPathEnrollment.filter(
                tenant_id=tenant.id, learning_path_id=path.id
            ).using_db(connection)
            if await enrolled_users.filter(user_id=user.id).exists():
                raise already
            enrollment = await LearningPathEnrollment.create(
                tenant_id=tenant.id, learning_path_id=path.id, user_id=user.id, using_db=connection
            )
            course_ids = await _ints(
                LearningPathCourse.filter(tenant_id=tenant.id, learning_path_id=path.id)
                .using_db(connection)
                .order_by("position", "id"),
                "course_id",
            )
            created = await do_enroll_missing(
                tenant,
                [(user.id, course_id) for course_id in course_ids],
                connection=connection,
                event_data={"learning_path_id": path.id},
            )
            new_courses = {e.course_id for e in created}
            enrolled = [c for c in course_ids if c in new_courses]
            await record_event(
                tenant.id,
                EventType.LEARNING_PATH_ENROLLMENT_CREATED,
                {
                    "id": enrollment.id,
                    "user_id": user.id,
                    "learning_path_id": path.id,
                    "enrolled_course_ids": enrolled,
                },
                connection=connection,
            )
    except IntegrityError:
        raise already from None
    return PathEnrollment(enrollment=enrollment, enrolled_course_ids=enrolled)


async def do_unenroll_from_learning_path(tenant: TenantRecord, user_id: int, path_id: int) -> None:
    """Take the user out of the tenant's learning path; their course enrollments stay.

    Raises NotFound (``param`` learning_path_id) for a missing or another tenant's path, and
    NotFound (``param`` user_id) when the user is not in it. The removal and the
    ``learning_path_enrollment.deleted`` event commit together.
    """
    path = await access_learning_path_by_id(tenant, path_id, param="learning_path_id")
    async with in_transaction() as connection:
        await _lock_path(tenant, path.id, connection)
        found = (
            await _ints(
                LearningPathEnrollment.filter(
                    tenant_id=tenant.id, learning_path_id=path.id, user_id=user_id
                ).using_db(connection),
                "id",
            )
            if is_db_id(user_id)
            else []
        )
        if not found:
            raise NotFound(
                f"User {user_id} is not enrolled in learning path {path.id}", param="user_id"
            )
        await (
            LearningPathEnrollment.filter(tenant_id=tenant.id, id=found[0])
            .using_db(connection)
            .delete()
        )
        await record_event(
            tenant.id,
            EventType.LEARNING_PATH_ENROLLMENT_DELETED,
            {"id": found[0], "user_id": user_id, "learning_path_id": path.id},
            connection=connection,
        )
