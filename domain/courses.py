"""Courses of a tenant: creation, lookup, update, deletion, lists, and public-catalog slugs.

A slug is the course's URL name in the public catalog, unique in its tenant. It is derived from
the name at creation unless given, and then kept when the name changes: published links stay
valid. Two courses created at once with the same name race for the same slug; the loser draws a
suffixed one instead of failing.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import ApiError, Conflict, NotFound, ValidationFailed
from core.jsonutil import isoformat
from core.query import (
    INTEGER,
    TEXT,
    TIMESTAMP,
    Filter,
    FilterField,
    Page,
    ValueType,
    apply_filters,
    is_db_id,
)
from domain.categories import access_category_by_id
from domain.counters import bump_counter, read_counter
from domain.course_fields import COURSE_CUSTOM_FIELDS, CustomValue, check_custom_values
from domain.custom_fields import do_store_field_values
from domain.enrollments_of import do_delete_enrollments_of
from domain.events import EventType, record_event
from models.course import SLUG_MAX, SLUG_PATTERN, Category, Course, CourseField, CourseFieldValue
from shapes import courses as shapes
from tenants.records import TenantRecord

COURSES_COUNTER = "courses"
_SLUG_RE = re.compile(SLUG_PATTERN)
_SLUG_ATTEMPTS = 5


def _boolean(raw: str) -> bool:
    if raw not in ("true", "false"):
        raise ValueError(raw)
    return raw == "true"


BOOLEAN = ValueType(_boolean, "true or false", {"type": "boolean"})
# Matched through the course's custom field values (a subquery), not a column of courses.
CUSTOM_FIELD_VALUE = "custom_field_value"
COURSE_FILTERS: dict[str, FilterField] = {
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
    "code": FilterField("code", frozenset({"eq"}), TEXT),
    "category_id": FilterField("category_id", frozenset({"eq"}), INTEGER),
    "is_active": FilterField("is_active", frozenset({"eq"}), BOOLEAN),
    "is_published": FilterField("is_published", frozenset({"eq"}), BOOLEAN),
    "last_updated": FilterField("updated_at", frozenset({"gte", "lte"}), TIMESTAMP),
    CUSTOM_FIELD_VALUE: FilterField(CUSTOM_FIELD_VALUE, frozenset({"eq"}), TEXT),
}
COURSE_FIELDS = frozenset(
    {
        "name",
        "code",
        "slug",
        "description",
        "category_id",
        "price",
        "capacity",
        "level",
        "time_limit",
        "start_datetime",
        "expiration_datetime",
        "is_active",
        "is_published",
    }
)


@dataclass(frozen=True, slots=True)
class NewCourse:
    name: str
    code: str | None = None
    description: str | None = None
    category_id: int | None = None
    price: float | None = None
    capacity: int | None = None
    level: int | None = None
    time_limit: int | None = None
    start_datetime: datetime | None = None
    expiration_datetime: datetime | None = None
    is_active: bool = True
    is_published: bool = False
    # Derived from the name when None.
    slug: str | None = None
    custom_fields: Mapping[str, CustomValue] = field(default_factory=dict)


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:SLUG_MAX].strip("-")
    return slug or "course"


def check_slug(slug: str) -> str:
    """``slug`` if it is lowercase words of letters and digits joined by single hyphens, at most
    `SLUG_MAX` characters; raises ValidationFailed (``param`` slug) otherwise."""
    if len(slug) > SLUG_MAX or not _SLUG_RE.match(slug):
        raise ValidationFailed(
            f"A slug is at most {SLUG_MAX} lowercase letters, digits and single hyphens",
            param="slug",
        )
    return slug


def courses_in_tenant(tenant: TenantRecord) -> QuerySet[Course]:
    return Course.filter(tenant_id=tenant.id)


async def access_course_by_id(tenant: TenantRecord, course_id: int) -> Course:
    """The tenant's course ``course_id``; NotFound for a missing id or another tenant's."""
    course = (
        await courses_in_tenant(tenant).get_or_none(id=course_id) if is_db_id(course_id) else None
    )
    if course is None:
        raise NotFound(f"No course with id {course_id}")
    return course


def check_course_dates(start: datetime | None, expiration: datetime | None) -> None:
    """Raise ValidationFailed when a course that has both dates would expire before it starts."""
    if start is not None and expiration is not None and expiration < start:
        raise ValidationFailed(
            "expiration_datetime must not be earlier than start_datetime",
            param="expiration_datetime",
        )


async def _check_category(tenant: TenantRecord, category_id: int | None) -> None:
    if category_id is not None:
        await access_category_by_id(tenant, category_id, param="category_id")


async def _free_slug(tenant: TenantRecord, name: str) -> str:
    base = slugify(name)
    if not await courses_in_tenant(tenant).filter(slug=base).exists():
        return base
    return _suffixed(base)


def _suffixed(base: str) -> str:
    suffix = secrets.token_hex(3)
    return f"{base[: SLUG_MAX - len(suffix) - 1].rstrip('-')}-{suffix}"


async def _conflict(
    tenant: TenantRecord,
    course_id: int | None,
    fields: Mapping[str, Any],
    custom_field_ids: list[int],
) -> ApiError | None:
    """Why a write of ``fields`` to a course hit an integrity error, from what is committed now:
    a code or slug another course holds, or a category or custom field deleted meanwhile. None
    when nothing explains it (a derived slug taken by a concurrent creation)."""
    others = courses_in_tenant(tenant)
    if course_id is not None:
        others = others.exclude(id=course_id)
    for name in ("code", "slug"):
        value = fields.get(name)
        if value is not None and await others.filter(**{name: value}).exists():
            return Conflict(f"A course with {name} {value!r} already exists", param=name)
    category_id = fields.get("category_id")
    if (
        category_id is not None
        and not await Category.filter(tenant_id=tenant.id, id=category_id).exists()
    ):
        return NotFound(f"No category with id {category_id}", param="category_id")
    existing = await CourseField.filter(tenant_id=tenant.id, id__in=custom_field_ids).count()
    if existing != len(custom_field_ids):
        return NotFound(
            "A course field given in custom_fields was just deleted", param="custom_fields"
        )
    return None


def _event_value(value: Any) -> Any:
    return isoformat(value) if isinstance(value, datetime) else value


def course_event_data(course: Course) -> dict[str, Any]:
    return {"id": course.id, "name": course.name, "code": course.code, "slug": course.slug}


async def do_create_course(tenant: TenantRecord, new: NewCourse) -> Course:
    """Create a course in ``tenant``.

    Raises NotFound (``param`` category_id) when the category is not one of the tenant's,
    ValidationFailed for dates out of order or a bad slug, NotFound, InvalidRequest or
    ValidationFailed (``param`` custom_fields.<name>) for custom values the tenant's course
    fields do not take or a mandatory one left out, and Conflict (``param`` code or slug) when
    the code or the given slug is taken. The course, its custom values, the ``courses`` counter
    and the ``course.created`` event commit together.
    """
    await _check_category(tenant, new.category_id)
    check_course_dates(new.start_datetime, new.expiration_datetime)
    custom_values = await check_custom_values(tenant, new.custom_fields, creating=True)
    columns = {name: getattr(new, name) for name in COURSE_FIELDS if name != "slug"}
    slug = check_slug(new.slug) if new.slug is not None else await _free_slug(tenant, new.name)
    for _ in range(_SLUG_ATTEMPTS):
        try:
            async with in_transaction() as connection:
                course = await Course.create(
                    tenant_id=tenant.id, slug=slug, using_db=connection, **columns
                )
                await do_store_field_values(
                    COURSE_CUSTOM_FIELDS, tenant.id, course.id, custom_values, connection=connection
                )
                await bump_counter(tenant.id, COURSES_COUNTER, 1, connection=connection)
                await record_event(
                    tenant.id,
                    EventType.COURSE_CREATED,
                    course_event_data(course),
                    connection=connection,
                )
            return course
        except IntegrityError:
            given = {**columns, "slug": new.slug}
            conflict = await _conflict(tenant, None, given, list(custom_values))
            if conflict is not None:
                raise conflict from None
            if new.slug is None:
                slug = _suffixed(slugify(new.name))
    raise Conflict("Could not find a free slug for the course; give one", param="slug")


async def _lock_course(tenant: TenantRecord, course_id: int, connection: BaseDBAsyncClient) -> None:
    locked = (
        await courses_in_tenant(tenant)
        .using_db(connection)
        .select_for_update()
        .filter(id=course_id)
        .first()
    )
    if locked is None:
        raise NotFound(f"No course with id {course_id}")


async def do_update_course(
    tenant: TenantRecord,
    course: Course,
    changes: Mapping[str, Any],
    custom_fields: Mapping[str, CustomValue] | None = None,
) -> Course:
    """Apply ``changes`` (a subset of `COURSE_FIELDS`; None clears an optional field) and the
    given ``custom_fields`` (None clears a value) to the tenant's ``course``.

    Raises as `do_create_course` does, with the dates checked as they will be after the change.
    Records ``course.updated`` with the changed fields, unless nothing changed.
    """
    unknown = set(changes) - COURSE_FIELDS
    if unknown:
        raise ValueError(f"not course fields: {sorted(unknown)}")
    if changes.get("slug") is not None:
        check_slug(changes["slug"])
    await _check_category(tenant, changes.get("category_id"))
    check_course_dates(
        changes.get("start_datetime", course.start_datetime),
        changes.get("expiration_datetime", course.expiration_datetime),
    )
    custom_values = await check_custom_values(tenant, custom_fields or {}, creating=False)
    changed = {name: value for name, value in changes.items() if getattr(course, name) != value}
    if not changed and not custom_values:
        return course
    try:
        async with in_transaction() as connection:
            await _lock_course(tenant, course.id, connection)
            for name, value in changed.items():
                setattr(course, name, value)
            await course.save(update_fields=[*changed, "updated_at"], using_db=connection)
            await do_store_field_values(
                COURSE_CUSTOM_FIELDS, tenant.id, course.id, custom_values, connection=connection
            )
            await record_event(
                tenant.id,
                EventType.COURSE_UPDATED,
                {
                    "id": course.id,
                    "changes": {name: _event_value(value) for name, value in changed.items()},
                    "custom_fields": dict(custom_fields or {}),
                },
                connection=connection,
            )
    except IntegrityError:
        conflict = await _conflict(tenant, course.id, changed, list(custom_values))
        raise conflict or Conflict("The course conflicts with another course") from None
    return course


async def do_delete_course(tenant: TenantRecord, course: Course) -> None:
    """Delete the tenant's ``course`` with its units, custom values and enrollments (through
    the enrollments module, so its counter and ``enrollment.deleted`` events stay exact).

    The deletion, the ``courses`` counter and the ``course.deleted`` event commit together;
    NotFound when the course is gone already.
    """
    async with in_transaction() as connection:
        await _lock_course(tenant, course.id, connection)
        enrollments = await do_delete_enrollments_of(
            tenant, connection=connection, course_id=course.id
        )
        await courses_in_tenant(tenant).using_db(connection).filter(id=course.id).delete()
        await bump_counter(tenant.id, COURSES_COUNTER, -1, connection=connection)
        await record_event(
            tenant.id,
            EventType.COURSE_DELETED,
            {**course_event_data(course), "enrollments_deleted": enrollments},
            connection=connection,
        )


async def list_courses(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's courses as plain rows, oldest first, and the total.

    ``custom_field_value`` keeps the courses with that value in any of their custom fields.
    """
    columns = tuple(f for f in filters if f.field != CUSTOM_FIELD_VALUE)
    query = apply_filters(courses_in_tenant(tenant), columns, COURSE_FILTERS)
    for f in filters:
        if f.field == CUSTOM_FIELD_VALUE:
            holders = CourseFieldValue.filter(tenant_id=tenant.id, value=f.value).values(
                "course_id"
            )
            query = query.filter(id__in=Subquery(holders))
    rows = (
        await query.order_by("id")
        .offset(page.offset)
        .limit(page.size)
        .values(*shapes.CourseListItem.columns)
    )
    total = await query.count() if filters else await read_counter(tenant.id, COURSES_COUNTER)
    return rows, total
