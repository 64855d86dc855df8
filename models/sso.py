"""Single sign-on of a tenant: its identity-provider settings, the sign-ins under way, the SAML
assertions already used, and the one-time codes a finished sign-in hands to the browser."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned
from models.user import DEFAULT_USER_TYPE, UserType

if TYPE_CHECKING:
    from models.tenant import Tenant
    from models.user import User


class SsoProtocol(StrEnum):
    SAML = "saml"
    OIDC = "oidc"


class SsoConfig(TenantOwned):
    """One per tenant. The OIDC client secret is stored encrypted (`domain.sso.config`)."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    saml_idp_entity_id = fields.CharField(max_length=1024, null=True)
    saml_sso_url = fields.CharField(max_length=2048, null=True)
    saml_certificate = fields.TextField(null=True)
    saml_attribute_mapping: fields.Field[dict[str, str]] = fields.JSONField(default=dict)
    oidc_issuer = fields.CharField(max_length=2048, null=True)
    oidc_client_id = fields.CharField(max_length=512, null=True)
    oidc_client_secret_ciphertext = fields.TextField(null=True)
    jit_provisioning = fields.BooleanField(default=False)
    provisioned_user_type = fields.IntEnumField(UserType, default=DEFAULT_USER_TYPE)
    allowed_redirect_urls: fields.Field[list[str]] = fields.JSONField(default=list)
    enforce = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "sso_configs"
        unique_together = (("tenant_id",),)


class SsoRequest(TenantOwned):
    """A sign-in sent to the identity provider and not yet answered: the SAML AuthnRequest id
    (what ``InResponseTo`` must name) or the SHA-256 of the OIDC ``state``, with where to send
    the browser afterwards; an OIDC one also keeps its nonce and PKCE verifier."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    protocol = fields.CharEnumField(SsoProtocol, max_length=8)
    request_key = fields.CharField(max_length=128)
    redirect_url = fields.CharField(max_length=2048)
    nonce = fields.CharField(max_length=128, null=True)
    code_verifier = fields.CharField(max_length=128, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "sso_requests"
        unique_together = (("tenant_id", "protocol", "request_key"),)
        indexes = (("tenant_id", "expires_at"),)


class SsoSeenAssertion(TenantOwned):
    """A SAML assertion id already accepted, kept until the assertion expires: a replay of it
    is refused."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    assertion_id = fields.CharField(max_length=256)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "sso_seen_assertions"
        unique_together = (("tenant_id", "assertion_id"),)
        indexes = (("tenant_id", "expires_at"),)


class SsoCode(TenantOwned):
    """A one-time code for one user of the tenant, stored as its SHA-256; exchanged once, within
    its short life, for a user token."""

    user_id: int

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    protocol = fields.CharEnumField(SsoProtocol, max_length=8)
    code_hash = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "sso_codes"
        unique_together = (("tenant_id", "code_hash"),)
        indexes = (("tenant_id", "expires_at"),)
