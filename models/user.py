"""Users of a tenant (learners, instructors, admins), their custom fields and sign-in tokens."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.tenant import Tenant


class UserStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"


class UserType(IntEnum):
    """TalentLMS's built-in user types; ``name`` gives the wire label."""

    SUPER_ADMIN = 1
    ADMIN = 2
    INSTRUCTOR = 3
    LEARNER_INSTRUCTOR = 4
    LEARNER = 5


DEFAULT_USER_TYPE = UserType.LEARNER


class FieldType(StrEnum):
    TEXT = "text"
    DROPDOWN = "dropdown"
    CHECKBOX = "checkbox"
    DATE = "date"


class User(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    login = fields.CharField(max_length=191)
    email = fields.CharField(max_length=191)
    name = fields.CharField(max_length=191)
    surname = fields.CharField(max_length=191)
    password_hash = fields.CharField(max_length=255, null=True)
    user_type = fields.IntEnumField(UserType, default=DEFAULT_USER_TYPE)
    status = fields.CharEnumField(UserStatus, max_length=16, default=UserStatus.ACTIVE)
    timezone = fields.CharField(max_length=64, default="UTC")
    locale = fields.CharField(max_length=16, default="en")
    email_notifications = fields.BooleanField(default=True)
    description = fields.TextField(null=True)
    credits = fields.FloatField(null=True)
    deactivation_date = fields.DatetimeField(null=True)
    # The HR or identity system that provisions this user, and its id there.
    integration = fields.CharField(max_length=64, null=True)
    integration_user_id = fields.CharField(max_length=191, null=True)
    last_login = fields.DatetimeField(null=True)
    # Sessions and login links issued before this instant are void (`/users/{id}/logout`).
    sessions_valid_after = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "users"
        unique_together = (
            ("tenant_id", "login"),
            ("tenant_id", "email"),
            ("tenant_id", "integration_user_id"),
            ("tenant_id", "id"),
        )
        indexes = (("tenant_id", "updated_at"), ("tenant_id", "status", "id"))


class UserField(TenantOwned):
    """A custom user field defined by the tenant (``custom_field_N`` in TalentLMS terms)."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=191)
    type = fields.CharEnumField(FieldType, max_length=16, default=FieldType.TEXT)
    # Allowed values of a dropdown field.
    options: fields.Field[list[str]] = fields.JSONField(default=list)
    mandatory = fields.BooleanField(default=False)
    position = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "user_fields"
        unique_together = (("tenant_id", "name"), ("tenant_id", "id"))


class UserFieldValue(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="field_values", on_delete=fields.CASCADE, db_constraint=False
    )
    field: fields.ForeignKeyRelation[UserField] = fields.ForeignKeyField(
        "models.UserField", related_name="values", on_delete=fields.CASCADE, db_constraint=False
    )
    value = fields.CharField(max_length=191)

    class Meta:
        table = "user_field_values"
        unique_together = (("tenant_id", "user_id", "field_id"),)
        indexes = (("tenant_id", "value"),)


class TokenPurpose(StrEnum):
    LOGIN = "login"
    SESSION = "session"
    PASSWORD_RESET = "password_reset"  # noqa: S105 - a purpose, not a password


class UserToken(TenantOwned):
    """A one-time login link, a session, or a password-reset token; stored only as a hash."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="tokens", on_delete=fields.CASCADE, db_constraint=False
    )
    purpose = fields.CharEnumField(TokenPurpose, max_length=16)
    token_hash = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "user_tokens"
        unique_together = (("tenant_id", "token_hash"),)
        indexes = (("tenant_id", "user_id", "purpose"),)


class RecoveryMailKind(StrEnum):
    PASSWORD_RESET = "password_reset"  # noqa: S105 - a kind of mail, not a password
    USERNAME = "username"


class RecoveryMail(TenantOwned):
    """An account-recovery mail queued for a user; counting them caps how many one user gets."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    kind = fields.CharEnumField(RecoveryMailKind, max_length=16)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "recovery_mails"
        indexes = (("tenant_id", "user_id", "kind", "created_at"),)
