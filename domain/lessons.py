"""Lessons: the learning-content view of a course's units, across the tenant's courses.

Lessons are units (`domain.units` owns their writes and positions); this module adds what the
lessons API needs besides: a lookup that speaks of lessons, and a list over every course.
"""

from __future__ import annotations

from typing import Any

from core.errors import NotFound
from core.query import INTEGER, TEXT, Filter, FilterField, Page, apply_filters, choice, is_db_id
from domain.courses import BOOLEAN
from domain.units import units_in_tenant
from models.course import Unit, UnitType
from shapes import lessons as shapes
from tenants.records import TenantRecord

LESSON_FILTERS: dict[str, FilterField] = {
    "course_id": FilterField("course_id", frozenset({"eq"}), INTEGER),
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
    "type": FilterField("type", frozenset({"eq"}), choice(*(t.value for t in UnitType))),
    "is_active": FilterField("is_active", frozenset({"eq"}), BOOLEAN),
}
LESSON_SUMMARY_COLUMNS = shapes.LessonListItem.columns


async def access_lesson_by_id(tenant: TenantRecord, lesson_id: int) -> Unit:
    """The tenant's lesson ``lesson_id``; NotFound for a missing id or another tenant's."""
    lesson = (
        await units_in_tenant(tenant).get_or_none(id=lesson_id) if is_db_id(lesson_id) else None
    )
    if lesson is None:
        raise NotFound(f"No lesson with id {lesson_id}")
    return lesson


async def list_lessons(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's lessons as plain rows without their content, by course then
    position (course order), and the total."""
    query = apply_filters(units_in_tenant(tenant), filters, LESSON_FILTERS)
    rows = (
        await query.order_by("course_id", "position")
        .offset(page.offset)
        .limit(page.size)
        .values(*LESSON_SUMMARY_COLUMNS)
    )
    return rows, await query.count()
