"""Groups of a tenant's users, and the courses a group hands out.

The rule of groups: members get the group's courses. Adding a member enrolls them in every course
of the group; adding a course enrolls every member; both skip users already enrolled, and both
commit as one transaction with their counters and events. Every change to a group's members or
courses first locks the group's row, so a member added while a course is being added still ends
up enrolled in it.

Removing a member or a course, or deleting the group, keeps the enrollments it gave: the course
may be in progress or completed, and losing that progress because an HR system moved someone
between groups would be worse than an enrollment to remove by hand (`do_unenroll`). This is also
what TalentLMS does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
from core.query import TEXT, TIMESTAMP, Filter, FilterField, Page, apply_filters, is_db_id
from domain.counters import bump_counter, read_counter
from domain.enrollments import check_course_id, check_user_id, do_enroll_missing
from domain.events import EventType, record_event
from domain.links import LinkKind, do_add_link, do_remove_link
from models.organization import Group, GroupCourse, GroupMembership
from shapes import groups as shapes
from tenants.records import TenantRecord

GROUPS_COUNTER = "groups"
GROUP_FIELDS = frozenset({"name", "description", "key", "max_key_redemptions", "price"})
GROUP_FILTERS: dict[str, FilterField] = {
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
    "created_at": FilterField("created_at", frozenset({"gte", "lte"}), TIMESTAMP),
    "last_updated": FilterField("updated_at", frozenset({"gte", "lte"}), TIMESTAMP),
}
GROUP_COLUMNS = shapes.Group.columns


@dataclass(frozen=True, slots=True)
class NewGroup:
    name: str
    description: str | None = None
    key: str | None = None
    max_key_redemptions: int | None = None
    price: float | None = None


def groups_in_tenant(tenant: TenantRecord) -> QuerySet[Group]:
    return Group.filter(tenant_id=tenant.id)


async def access_group_by_id(
    tenant: TenantRecord, group_id: int, param: str | None = None
) -> Group:
    """The tenant's group ``group_id``; NotFound (naming ``param``) for a missing id or another
    tenant's."""
    group = await groups_in_tenant(tenant).get_or_none(id=group_id) if is_db_id(group_id) else None
    if group is None:
        raise NotFound(f"No group with id {group_id}", param=param)
    return group


async def _conflict(
    tenant: TenantRecord, group_id: int | None, fields: Mapping[str, Any]
) -> Conflict:
    others = groups_in_tenant(tenant).exclude(id=group_id) if group_id else groups_in_tenant(tenant)
    for field in ("name", "key"):
        value = fields.get(field)
        if value is not None and await others.filter(**{field: value}).exists():
            return Conflict(f"A group with {field} {value!r} already exists", param=field)
    return Conflict("The group conflicts with another group")


async def do_create_group(tenant: TenantRecord, new: NewGroup) -> Group:
    """Create a group in ``tenant``; raises Conflict (naming the field) when its name or key is
    taken. The group, the ``groups`` counter and the ``group.created`` event commit together."""
    fields = {name: getattr(new, name) for name in GROUP_FIELDS}
    try:
        async with in_transaction() as connection:
            group = await Group.create(tenant_id=tenant.id, using_db=connection, **fields)
            await bump_counter(tenant.id, GROUPS_COUNTER, 1, connection=connection)
            await record_event(
                tenant.id,
                EventType.GROUP_CREATED,
                {"id": group.id, "name": group.name},
                connection=connection,
            )
    except IntegrityError:
        raise await _conflict(tenant, None, fields) from None
    return group


async def do_update_group(tenant: TenantRecord, group: Group, changes: Mapping[str, Any]) -> Group:
    """Apply ``changes`` (a subset of `GROUP_FIELDS`) to the tenant's ``group``; raises Conflict
    when the new name or key is taken. Records ``group.updated`` with the changed fields, unless
    nothing changed."""
    unknown = set(changes) - GROUP_FIELDS
    if unknown:
        raise ValueError(f"not group fields: {sorted(unknown)}")
    changed = {name: value for name, value in changes.items() if getattr(group, name) != value}
    if not changed:
        return group
    for name, value in changed.items():
        setattr(group, name, value)
    try:
        async with in_transaction() as connection:
            await group.save(update_fields=[*changed, "updated_at"], using_db=connection)
            await record_event(
                tenant.id,
                EventType.GROUP_UPDATED,
                {"id": group.id, "changes": changed},
                connection=connection,
            )
    except IntegrityError:
        raise await _conflict(tenant, group.id, changed) from None
    return group


async def do_delete_group(tenant: TenantRecord, group: Group) -> None:
    """Delete the tenant's ``group`` with its memberships and course list; the enrollments it
    gave are kept. Counter and ``group.deleted`` event commit with it."""
    async with in_transaction() as connection:
        deleted = await groups_in_tenant(tenant).using_db(connection).filter(id=group.id).delete()
        if not deleted:
            raise NotFound(f"No group with id {group.id}")
        await bump_counter(tenant.id, GROUPS_COUNTER, -1, connection=connection)
        await record_event(
            tenant.id,
            EventType.GROUP_DELETED,
            {"id": group.id, "name": group.name},
            connection=connection,
        )


async def list_groups(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's groups as plain rows, oldest first, and the total."""
    query = apply_filters(groups_in_tenant(tenant), filters, GROUP_FILTERS)
    rows = await query.order_by("id").offset(page.offset).limit(page.size).values(*GROUP_COLUMNS)
    total = await query.count() if filters else await read_counter(tenant.id, GROUPS_COUNTER)
    return rows, total


async def list_group_courses(
    tenant: TenantRecord, group: Group, page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the courses of the tenant's ``group`` (id, name, code) by course id, and the
    total."""
    query = GroupCourse.filter(tenant_id=tenant.id, group_id=group.id)
    rows = (
        await query.order_by("course_id")
        .offset(page.offset)
        .limit(page.size)
        .values(id="course_id", name="course__name", code="course__code")
    )
    return rows, await query.count()


async def _lock_group(tenant: TenantRecord, group_id: int, connection: BaseDBAsyncClient) -> None:
    """Serialize the changes to one group's members and courses (see the module docstring)."""
    # A model query: Tortoise drops FOR UPDATE from .values() queries.
    locked = (
        await groups_in_tenant(tenant)
        .using_db(connection)
        .select_for_update()
        .get_or_none(id=group_id)
    )
    if locked is None:
        raise NotFound(f"No group with id {group_id}", param="group_id")


async def _enroll_in_group_courses(
    tenant: TenantRecord, group_id: int, user_id: int, connection: BaseDBAsyncClient
) -> dict[str, Any]:
    group_courses = (
        await GroupCourse.filter(tenant_id=tenant.id, group_id=group_id)
        .using_db(connection)
        .values("course_id")
    )
    enrolled = await do_enroll_missing(
        tenant,
        [(user_id, row["course_id"]) for row in group_courses],
        connection=connection,
        event_data={"group_id": group_id},
    )
    return {"enrolled_course_ids": [e.course_id for e in enrolled]}


async def _enroll_members(
    tenant: TenantRecord, group_id: int, course_id: int, connection: BaseDBAsyncClient
) -> dict[str, Any]:
    members = (
        await GroupMembership.filter(tenant_id=tenant.id, group_id=group_id)
        .using_db(connection)
        .values("user_id")
    )
    enrolled = await do_enroll_missing(
        tenant,
        [(row["user_id"], course_id) for row in members],
        connection=connection,
        event_data={"group_id": group_id},
    )
    return {"enrolled_users": len(enrolled)}


GROUP_MEMBERS = LinkKind(
    GroupMembership,
    "group",
    "user",
    "a member of",
    access_group_by_id,
    check_user_id,
    lock_owner=_lock_group,
    on_add=_enroll_in_group_courses,
)
GROUP_COURSES = LinkKind(
    GroupCourse,
    "group",
    "course",
    "in",
    access_group_by_id,
    check_course_id,
    lock_owner=_lock_group,
    on_add=_enroll_members,
)


async def do_add_group_member(tenant: TenantRecord, group_id: int, user_id: int) -> GroupMembership:
    """Add the tenant's user to its group and enroll them in each of the group's courses they
    are not enrolled in yet.

    Raises NotFound (``param`` group_id or user_id) for a missing or another tenant's id, and
    Conflict when the user is already a member. The membership, the enrollments, the counters
    and the events (``group.user_added``, one ``enrollment.created`` each) commit together.
    """
    return await do_add_link(GROUP_MEMBERS, tenant, group_id, user_id, record_event)


async def do_remove_group_member(tenant: TenantRecord, group_id: int, user_id: int) -> None:
    """Remove the user from the tenant's group; their enrollments stay. Raises NotFound when the
    group is missing or another tenant's, or the user is not a member."""
    await do_remove_link(GROUP_MEMBERS, tenant, group_id, user_id, record_event)


async def do_add_group_course(tenant: TenantRecord, group_id: int, course_id: int) -> GroupCourse:
    """Add the tenant's course to its group and enroll every member not enrolled in it yet.

    Raises NotFound (``param`` group_id or course_id) for a missing or another tenant's id, and
    Conflict when the course is already in the group. However large the group, the course link,
    the enrollments, the counters and the events (``group.course_added``, one
    ``enrollment.created`` each) commit together or not at all.
    """
    return await do_add_link(GROUP_COURSES, tenant, group_id, course_id, record_event)


async def do_remove_group_course(tenant: TenantRecord, group_id: int, course_id: int) -> None:
    """Take the course out of the tenant's group; members stay enrolled. Raises NotFound when the
    group is missing or another tenant's, or the course is not in it."""
    await do_remove_link(GROUP_COURSES, tenant, group_id, course_id, record_event)
