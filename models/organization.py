"""Groups and branches: how a tenant organises its users and hands out courses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.course import Course
    from models.tenant import Tenant
    from models.user import User


class Group(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=191)
    description = fields.TextField(null=True)
    # Users who know the key may join the group themselves.
    key = fields.CharField(max_length=191, null=True)
    max_key_redemptions = fields.IntField(null=True)
    price = fields.FloatField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "groups"
        unique_together = (("tenant_id", "name"), ("tenant_id", "key"), ("tenant_id", "id"))


class GroupMembership(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="memberships", on_delete=fields.CASCADE, db_constraint=False
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="group_memberships",
        on_delete=fields.CASCADE,
        db_constraint=False,
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "group_memberships"
        unique_together = (("tenant_id", "group_id", "user_id"),)
        indexes = (("tenant_id", "user_id"),)


class GroupCourse(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    group: fields.ForeignKeyRelation[Group] = fields.ForeignKeyField(
        "models.Group", related_name="group_courses", on_delete=fields.CASCADE, db_constraint=False
    )
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "group_courses"
        unique_together = (("tenant_id", "group_id", "course_id"),)


class Branch(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=191)
    description = fields.TextField(null=True)
    default_locale = fields.CharField(max_length=16, null=True)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "branches"
        unique_together = (("tenant_id", "name"), ("tenant_id", "id"))


class BranchUser(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    branch: fields.ForeignKeyRelation[Branch] = fields.ForeignKeyField(
        "models.Branch", related_name="branch_users", on_delete=fields.CASCADE, db_constraint=False
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="branch_memberships",
        on_delete=fields.CASCADE,
        db_constraint=False,
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "branch_users"
        unique_together = (("tenant_id", "branch_id", "user_id"),)
        indexes = (("tenant_id", "user_id"),)


class BranchCourse(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    branch: fields.ForeignKeyRelation[Branch] = fields.ForeignKeyField(
        "models.Branch",
        related_name="branch_courses",
        on_delete=fields.CASCADE,
        db_constraint=False,
    )
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "branch_courses"
        unique_together = (("tenant_id", "branch_id", "course_id"),)
