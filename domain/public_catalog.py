"""The tenant's public catalog: its published, active courses, read without a key.

Only what a prospective learner may see leaves here: no ids, codes, custom fields or counts.
"""

from __future__ import annotations

from typing import Any

from tortoise.queryset import QuerySet

from core.errors import NotFound
from core.query import TEXT, Filter, FilterField, Page, apply_filters
from domain.courses import courses_in_tenant
from domain.units import units_in_tenant
from models.course import SLUG_MAX, Course
from shapes import public_catalog as shapes
from tenants.records import TenantRecord

PUBLIC_COURSE_FILTERS: dict[str, FilterField] = {
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
}
# The course's id finds its lessons.
PUBLIC_COURSE_COLUMNS = ("id", *shapes.PublicCourseListItem.columns)


def published_courses(tenant: TenantRecord) -> QuerySet[Course]:
    """The tenant's courses in its public catalog: published and active."""
    return courses_in_tenant(tenant).filter(is_published=True, is_active=True)


async def list_public_courses(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's published courses as plain rows, oldest first, and the total."""
    query = apply_filters(published_courses(tenant), filters, PUBLIC_COURSE_FILTERS)
    rows = (
        await query.order_by("id")
        .offset(page.offset)
        .limit(page.size)
        .values(*PUBLIC_COURSE_COLUMNS)
    )
    return rows, await query.count()


async def access_public_course(tenant: TenantRecord, slug: str) -> dict[str, Any]:
    """The tenant's published course ``slug`` as a plain row, with ``lessons``: its active
    lessons in course order (position, name, type). NotFound for a draft, an inactive course, a
    missing slug or another tenant's."""
    rows = (
        await published_courses(tenant).filter(slug=slug).values(*PUBLIC_COURSE_COLUMNS)
        if len(slug) <= SLUG_MAX
        else []
    )
    if not rows:
        raise NotFound(f"No published course {slug[:SLUG_MAX]!r}")
    course = rows[0]
    lessons = (
        await units_in_tenant(tenant)
        .filter(course_id=course["id"], is_active=True)
        .order_by("position")
        .values(*shapes.PublicLesson.columns)
    )
    return {**course, "lessons": lessons}
