"""What a user is part of: their groups, branches, courses and certificates."""

from __future__ import annotations

from typing import Any

from tortoise.expressions import Subquery

from domain.users import check_user_exists
from models.course import Course
from models.learning import Certificate, Enrollment
from models.organization import Branch, BranchUser, Group, GroupMembership
from shapes.users import NamedResource, UserCertificate
from tenants.records import TenantRecord

RESOURCE_KINDS = ("branches", "groups", "courses", "certificates")


async def _groups(tenant: TenantRecord, user_id: int) -> list[dict[str, Any]]:
    ids = GroupMembership.filter(tenant_id=tenant.id, user_id=user_id).values("group_id")
    return await (
        Group.filter(tenant_id=tenant.id, id__in=Subquery(ids))
        .order_by("id")
        .values(*NamedResource.columns)
    )


async def _branches(tenant: TenantRecord, user_id: int) -> list[dict[str, Any]]:
    ids = BranchUser.filter(tenant_id=tenant.id, user_id=user_id).values("branch_id")
    return await (
        Branch.filter(tenant_id=tenant.id, id__in=Subquery(ids))
        .order_by("id")
        .values(*NamedResource.columns)
    )


async def _courses(tenant: TenantRecord, user_id: int) -> list[dict[str, Any]]:
    ids = Enrollment.filter(tenant_id=tenant.id, user_id=user_id).values("course_id")
    return await (
        Course.filter(tenant_id=tenant.id, id__in=Subquery(ids))
        .order_by("id")
        .values(*NamedResource.columns)
    )


async def _certificates(tenant: TenantRecord, user_id: int) -> list[dict[str, Any]]:
    return await (
        Certificate.filter(tenant_id=tenant.id, user_id=user_id)
        .order_by("id")
        .values(*UserCertificate.columns)
    )


_READERS = {
    "branches": _branches,
    "groups": _groups,
    "courses": _courses,
    "certificates": _certificates,
}


async def user_resources(
    tenant: TenantRecord, user_id: int, kinds: tuple[str, ...] = RESOURCE_KINDS
) -> dict[str, list[dict[str, Any]]]:
    """The user's resources of each of ``kinds`` (`RESOURCE_KINDS`) as plain rows, by id.

    Groups, branches and courses are ``id``/``name``; certificates add ``course_id``,
    ``issued_at`` and ``expires_at``. Raises NotFound for a missing or another tenant's user.
    """
    await check_user_exists(tenant, user_id)
    return {kind: await _READERS[kind](tenant, user_id) for kind in kinds}
