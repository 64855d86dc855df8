"""Bearer tokens of users: the one a sign-in issues and the personal tokens users create.

Like API keys, random secrets stored only as a hash, found by tenant and public prefix; unlike
them, they act for a user, and their abilities never reach past that user's role.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.tenant import Tenant
    from models.user import User


class AccessTokenKind(StrEnum):
    # Issued by a sign-in (password or single sign-on); expires.
    SIGN_IN = "sign_in"
    # Created by a signed-in user for an integration; named, lasts until revoked.
    PERSONAL = "personal"


class AccessToken(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    kind = fields.CharEnumField(AccessTokenKind, max_length=16)
    name = fields.CharField(max_length=191)
    # How the user proved who they are: "password", "sso", or "token" for a personal token.
    via = fields.CharField(max_length=16)
    # The visible start of the token ("atu_Ab3dEf9h"); the token is found by tenant and prefix.
    prefix = fields.CharField(max_length=16)
    token_hash = fields.CharField(max_length=64)
    abilities: fields.Field[list[str]] = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "access_tokens"
        unique_together = (("tenant_id", "prefix"), ("tenant_id", "id"))
        indexes = (("tenant_id", "user_id", "id"),)
