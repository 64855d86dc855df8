"""Branches: sub-portals of a tenant, each with its own users, course catalog and locale.

A branch's courses are its catalog: the courses its users may see and take, not courses they
are enrolled in. Adding a course to a branch, or a user to a branch, enrolls nobody (unlike
groups, see `domain.groups`); enrolling stays an explicit act. This is TalentLMS's model too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
from core.query import TEXT, TIMESTAMP, Filter, FilterField, Page, apply_filters, is_db_id
from domain.counters import bump_counter, read_counter
from domain.enrollments import check_course_id, check_user_id
from domain.events import EventType, record_event
from domain.links import LinkKind, do_add_link, do_remove_link
from models.organization import Branch, BranchCourse, BranchUser
from shapes import branches as shapes
from tenants.records import TenantRecord

BRANCHES_COUNTER = "branches"
BRANCH_FIELDS = frozenset({"name", "description", "default_locale", "is_active"})
BRANCH_FILTERS: dict[str, FilterField] = {
    "name": FilterField("name", frozenset({"eq", "like"}), TEXT),
    "created_at": FilterField("created_at", frozenset({"gte", "lte"}), TIMESTAMP),
    "last_updated": FilterField("updated_at", frozenset({"gte", "lte"}), TIMESTAMP),
}
BRANCH_COLUMNS = shapes.Branch.columns


@dataclass(frozen=True, slots=True)
class NewBranch:
    name: str
    description: str | None = None
    default_locale: str | None = None
    is_active: bool = True


def branches_in_tenant(tenant: TenantRecord) -> QuerySet[Branch]:
    return Branch.filter(tenant_id=tenant.id)


async def access_branch_by_id(
    tenant: TenantRecord, branch_id: int, param: str | None = None
) -> Branch:
    """The tenant's branch ``branch_id``; NotFound (naming ``param``) for a missing id or another
    tenant's."""
    branch = (
        await branches_in_tenant(tenant).get_or_none(id=branch_id) if is_db_id(branch_id) else None
    )
    if branch is None:
        raise NotFound(f"No branch with id {branch_id}", param=param)
    return branch


def _name_taken(name: str) -> Conflict:
    return Conflict(f"A branch named {name!r} already exists", param="name")


async def do_create_branch(tenant: TenantRecord, new: NewBranch) -> Branch:
    """Create a branch in ``tenant``; raises Conflict when the name is taken. The branch, the
    ``branches`` counter and the ``branch.created`` event commit together."""
    try:
        async with in_transaction() as connection:
            branch = await Branch.create(
                tenant_id=tenant.id,
                name=new.name,
                description=new.description,
                default_locale=new.default_locale,
                is_active=new.is_active,
                using_db=connection,
            )
            await bump_counter(tenant.id, BRANCHES_COUNTER, 1, connection=connection)
            await record_event(
                tenant.id,
                EventType.BRANCH_CREATED,
                {"id": branch.id, "name": branch.name},
                connection=connection,
            )
    except IntegrityError:
        raise _name_taken(new.name) from None
    return branch


async def do_update_branch(
    tenant: TenantRecord, branch: Branch, changes: Mapping[str, Any]
) -> Branch:
    """Apply ``changes`` (a subset of `BRANCH_FIELDS`) to the tenant's ``branch``; raises
    Conflict when the new name is taken. Records ``branch.updated`` with the changed fields,
    unless nothing changed."""
    unknown = set(changes) - BRANCH_FIELDS
    if unknown:
        raise ValueError(f"not branch fields: {sorted(unknown)}")
    changed = {name: value for name, value in changes.items() if getattr(branch, name) != value}
    if not changed:
        return branch
    for name, value in changed.items():
        setattr(branch, name, value)
    try:
        async with in_transaction() as connection:
            await branch.save(update_fields=[*changed, "updated_at"], using_db=connection)
            await record_event(
                tenant.id,
                EventType.BRANCH_UPDATED,
                {"id": branch.id, "changes": changed},
                connection=connection,
            )
    except IntegrityError:
        raise _name_taken(branch.name) from None
    return branch


async def do_delete_branch(tenant: TenantRecord, branch: Branch) -> None:
    """Delete the tenant's ``branch`` with its user and course lists (users, courses and
    enrollments themselves stay). Counter and ``branch.deleted`` event commit with it."""
    async with in_transaction() as connection:
        deleted = (
            await branches_in_tenant(tenant).using_db(connection).filter(id=branch.id).delete()
        )
        if not deleted:
            raise NotFound(f"No branch with id {branch.id}")
        await bump_counter(tenant.id, BRANCHES_COUNTER, -1, connection=connection)
        await record_event(
            tenant.id,
            EventType.BRANCH_DELETED,
            {"id": branch.id, "name": branch.name},
            connection=connection,
        )


async def list_branches(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's branches as plain rows, oldest first, and the total."""
    query = apply_filters(branches_in_tenant(tenant), filters, BRANCH_FILTERS)
    rows = await query.order_by("id").offset(page.offset).limit(page.size).values(*BRANCH_COLUMNS)
    total = await query.count() if filters else await read_counter(tenant.id, BRANCHES_COUNTER)
    return rows, total


BRANCH_USERS = LinkKind(BranchUser, "branch", "user", "in", access_branch_by_id, check_user_id)
BRANCH_COURSES = LinkKind(
    BranchCourse, "branch", "course", "in", access_branch_by_id, check_course_id
)


async def do_add_branch_user(tenant: TenantRecord, branch_id: int, user_id: int) -> BranchUser:
    """Add the tenant's user to its branch. Raises NotFound (``param`` branch_id or user_id) for
    a missing or another tenant's id, Conflict when the user is already in the branch. Records
    ``branch.user_added``."""
    return await do_add_link(BRANCH_USERS, tenant, branch_id, user_id, record_event)


async def do_remove_branch_user(tenant: TenantRecord, branch_id: int, user_id: int) -> None:
    """Remove the user from the tenant's branch. Raises NotFound when the branch is missing or
    another tenant's, or the user is not in it. Records ``branch.user_removed``."""
    await do_remove_link(BRANCH_USERS, tenant, branch_id, user_id, record_event)


async def do_add_branch_course(
    tenant: TenantRecord, branch_id: int, course_id: int
) -> BranchCourse:
    """Add the tenant's course to its branch's catalog (no one is enrolled). Raises NotFound
    (``param`` branch_id or course_id) for a missing or another tenant's id, Conflict when the
    course is already there. Records ``branch.course_added``."""
    return await do_add_link(BRANCH_COURSES, tenant, branch_id, course_id, record_event)


async def do_remove_branch_course(tenant: TenantRecord, branch_id: int, course_id: int) -> None:
    """Take the course out of the tenant's branch catalog. Raises NotFound when the branch is
    missing or another tenant's, or the course is not in it. Records ``branch.course_removed``."""
    await do_remove_link(BRANCH_COURSES, tenant, branch_id, course_id, record_event)
