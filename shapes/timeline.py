"""The timeline on the wire: events as TalentLMS names them.

Events are recorded as ``resource.action`` (``enrollment.created``); `TIMELINE_TYPES` is the one
table that gives each the TalentLMS name (``course_add_user``) and says which entity the
event's ``data["id"]`` is. Events with no TalentLMS counterpart (exports, API keys, …) are not on
the timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field, WithJsonSchema

from shapes import From, Id, Shape, Timestamp


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


def _related(entity: str) -> Callable[[str, Any], int | None]:
    """The id of ``entity`` an event's data names: its ``{entity}_id``, or ``id`` when the
    entity is the event's subject; None when there is none."""

    def related_id(event_type: str, data: Any) -> int | None:
        key = "id" if TIMELINE_TYPES[event_type].subject == entity else f"{entity}_id"
        value = data.get(key) if isinstance(data, dict) else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    return related_id


_NAME_OF = {event_type: t.name for event_type, t in TIMELINE_TYPES.items()}


class TimelineEvent(Shape):
    id: Annotated[int, Field(ge=1)]
    type: Annotated[
        str,
        WithJsonSchema({"type": "string", "enum": list(TIMELINE_NAMES)}),
        From(convert=_NAME_OF),
    ]
    event_type: Annotated[
        str,
        WithJsonSchema(
            {
                "type": "string",
                "description": "The event's name in webhooks and exports",
                "enum": list(TIMELINE_TYPES),
            }
        ),
        From("type"),
    ]
    created_at: Timestamp
    user_id: Annotated[
        Id | None, From(("type", "data"), _related("user")), Field(description="The user concerned")
    ]
    course_id: Annotated[
        Id | None,
        From(("type", "data"), _related("course")),
        Field(description="The course concerned"),
    ]
    unit_id: Annotated[
        Id | None, From(("type", "data"), _related("unit")), Field(description="The unit concerned")
    ]
    group_id: Annotated[
        Id | None,
        From(("type", "data"), _related("group")),
        Field(description="The group concerned"),
    ]
    branch_id: Annotated[
        Id | None,
        From(("type", "data"), _related("branch")),
        Field(description="The branch concerned"),
    ]
    data: Annotated[dict[str, Any], Field(description="What the event recorded")]
