"""Courses of a tenant: creation, lookup, slugs."""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
from core.query import is_db_id
from domain.counters import bump_counter
from domain.events import record_event
from models.course import Course
from tenants.lookup import TenantRecord

COURSES_COUNTER = "courses"
_SLUG_MAX = 80


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


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:_SLUG_MAX].strip("-")
    return slug or "course"


def courses_in_tenant(tenant: TenantRecord) -> QuerySet[Course]:
    return Course.filter(tenant_id=tenant.id)


async def _free_slug(tenant: TenantRecord, name: str) -> str:
    base = slugify(name)
    if not await courses_in_tenant(tenant).filter(slug=base).exists():
        return base
    return f"{base}-{secrets.token_hex(3)}"


async def do_create_course(tenant: TenantRecord, new: NewCourse) -> Course:
    """Create a course in ``tenant``; raises Conflict when the code is taken.

    The course, the tenant's course counter and the ``course.created`` event commit together.
    """
    slug = await _free_slug(tenant, new.name)
    try:
        async with in_transaction() as connection:
            course = await Course.create(
                tenant_id=tenant.id, slug=slug, using_db=connection, **vars_of(new)
            )
            await bump_counter(tenant.id, COURSES_COUNTER, 1, connection=connection)
            await record_event(
                tenant.id,
                "course.created",
                {"id": course.id, "name": course.name},
                connection=connection,
            )
    except IntegrityError:
        raise Conflict(f"A course with code {new.code!r} already exists", param="code") from None
    return course


def vars_of(new: NewCourse) -> dict[str, object]:
    return {name: getattr(new, name) for name in NewCourse.__dataclass_fields__}


async def access_course_by_id(tenant: TenantRecord, course_id: int) -> Course:
    """The tenant's course ``course_id``; NotFound for a missing id or another tenant's."""
    course = (
        await courses_in_tenant(tenant).get_or_none(id=course_id) if is_db_id(course_id) else None
    )
    if course is None:
        raise NotFound(f"No course with id {course_id}")
    return course
