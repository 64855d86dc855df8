"""What the request path knows of a tenant, an API key and a user token: frozen records, cheap to
cache and to share between tasks, made from the ORM's rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.api_key import ApiKey
from models.tenant import Plan, Tenant, TenantStatus
from tenants.plans import hourly_limit


@dataclass(frozen=True, slots=True)
class TenantRecord:
    id: int
    slug: str
    name: str
    plan: Plan
    active: bool
    api_enabled: bool
    hourly_limit: int
    # The IANA zone its days (history, stats, leaderboards) are counted in.
    timezone: str


@dataclass(frozen=True, slots=True)
class KeyRecord:
    id: int
    tenant_id: int
    name: str
    prefix: str
    key_hash: str
    scopes: frozenset[str]
    created_at: datetime
    revoked: bool


@dataclass(frozen=True, slots=True)
class TokenRecord:
    """A user token with what the request path needs of its user (read with it, cached as one)."""

    id: int
    tenant_id: int
    user_id: int
    kind: str
    prefix: str
    token_hash: str
    abilities: frozenset[str]
    created_at: datetime
    expires_at: datetime | None
    revoked: bool
    user_type: int
    # Whether the user may sign in (active, not past their deactivation date) when read, with
    # that date, which can pass while the record is cached.
    user_active: bool
    user_deactivation_date: datetime | None
    # Tokens issued before this instant are void (the user was logged out everywhere).
    user_sessions_valid_after: datetime | None


def tenant_record(tenant: Tenant) -> TenantRecord:
    return TenantRecord(
        id=tenant.id,
        slug=tenant.slug,
        name=tenant.name,
        plan=tenant.plan,
        active=tenant.status == TenantStatus.ACTIVE,
        api_enabled=tenant.api_enabled,
        hourly_limit=hourly_limit(tenant.plan, tenant.custom_hourly_limit),
        timezone=tenant.timezone,
    )


def key_record(key: ApiKey) -> KeyRecord:
    return KeyRecord(
        id=key.id,
        tenant_id=key.tenant_id,
        name=key.name,
        prefix=key.prefix,
        key_hash=key.key_hash,
        scopes=frozenset(key.scopes),
        created_at=key.created_at,
        revoked=key.revoked_at is not None,
    )
