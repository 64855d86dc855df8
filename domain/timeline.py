"""The tenant's timeline: its event log as TalentLMS names its events (`shapes.timeline`),
newest first; events with no TalentLMS counterpart are not on it."""

from __future__ import annotations

from typing import Any

from core.query import TIMESTAMP, Filter, FilterField, Page, ValueType, apply_filters
from domain.events import events_in_tenant
from shapes import timeline as shapes
from shapes.timeline import TIMELINE_NAMES, TIMELINE_TYPES
from tenants.records import TenantRecord

_EVENT_OF_NAME = {t.name: event for event, t in TIMELINE_TYPES.items()}


def _event_type(name: str) -> str:
    try:
        return _EVENT_OF_NAME[name]
    except KeyError:
        raise ValueError(name) from None


TIMELINE_FILTERS: dict[str, FilterField] = {
    "type": FilterField(
        "type",
        frozenset({"eq"}),
        ValueType(
            _event_type,
            "a timeline event type such as course_add_user",
            {"type": "string", "enum": list(TIMELINE_NAMES)},
        ),
    ),
    "created_at": FilterField("created_at", frozenset({"gte", "lte"}), TIMESTAMP),
}
TIMELINE_COLUMNS = shapes.TimelineEvent.columns


async def list_timeline(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's timeline events, newest first, as plain event rows (``type`` is
    still the recorded ``resource.action``), and the total. The total is counted on the
    ``(tenant_id, type, id)`` index."""
    query = apply_filters(
        events_in_tenant(tenant.id).filter(type__in=list(TIMELINE_TYPES)),
        filters,
        TIMELINE_FILTERS,
    )
    rows = (
        await query.order_by("-id").offset(page.offset).limit(page.size).values(*TIMELINE_COLUMNS)
    )
    return rows, await query.count()
