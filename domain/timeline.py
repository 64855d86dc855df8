"""The tenant's timeline: its event log as TalentLMS names its events, newest first.

Events are recorded as ``resource.action`` (``enrollment.created``); `TIMELINE_TYPES` is the one
table that gives each the TalentLMS name (``course_add_user``) and says which entity the
event's ``data["id"]`` is. Events with no TalentLMS counterpart (exports, API keys, …) are not on
the timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.query import TIMESTAMP, Filter, FilterField, Page, ValueType, apply_filters
from domain.events import events_in_tenant
from tenants.lookup import TenantRecord

ENTITIES = ("user", "course", "unit", "group", "branch")


@dataclass(frozen=True, slots=True)
class TimelineType:
    name: str
    # The entity whose id is the event's data["id"], if any (user.created: the user).
    subject: str | None = None


TIMELINE_TYPES: dict[str, TimelineType] = {
    "user.created": TimelineType("user_create_user", "user"),
    "user.updated": TimelineType("user_update_user", "user"),
    "user.deleted": TimelineType("user_delete_user", "user"),
    "user.logged_in": TimelineType("user_login_user", "user"),
    "user.logged_out": TimelineType("user_logout_user", "user"),
    "course.created": TimelineType("course_create_course", "course"),
    "course.updated": TimelineType("course_update_course", "course"),
    "course.deleted": TimelineType("course_delete_course", "course"),
    "enrollment.created": TimelineType("course_add_user"),
    "enrollment.deleted": TimelineType("course_remove_user"),
    "course.completed": TimelineType("course_completion"),
    "course_progress.reset": TimelineType("course_user_progress_reset"),
    "group.created": TimelineType("group_create_group", "group"),
    "group.updated": TimelineType("group_update_group", "group"),
    "group.deleted": TimelineType("group_delete_group", "group"),
    "group.user_added": TimelineType("group_add_user"),
    "group.user_removed": TimelineType("group_remove_user"),
    "group.course_added": TimelineType("group_add_course"),
    "group.course_removed": TimelineType("group_remove_course"),
    "branch.created": TimelineType("branch_create_branch", "branch"),
    "branch.updated": TimelineType("branch_update_branch", "branch"),
    "branch.deleted": TimelineType("branch_delete_branch", "branch"),
    "branch.user_added": TimelineType("branch_add_user"),
    "branch.user_removed": TimelineType("branch_remove_user"),
    "branch.course_added": TimelineType("branch_add_course"),
    "branch.course_removed": TimelineType("branch_remove_course"),
}
TIMELINE_NAMES = tuple(t.name for t in TIMELINE_TYPES.values())
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
TIMELINE_COLUMNS = ("id", "type", "created_at", "data")


def related_ids(event_type: str, data: Any) -> dict[str, int | None]:
    """``{"user_id": …, "course_id": …, …}`` for every entity of `ENTITIES`: the ids the
    event's data names (``user_id`` keys, or ``id`` for the event's subject), None for others."""
    subject = TIMELINE_TYPES[event_type].subject
    found: dict[str, int | None] = {}
    for entity in ENTITIES:
        value = (
            data.get("id" if entity == subject else f"{entity}_id")
            if isinstance(data, dict)
            else None
        )
        found[f"{entity}_id"] = (
            value if isinstance(value, int) and not isinstance(value, bool) else None
        )
    return found


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
