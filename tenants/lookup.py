"""Cached reads of tenants and API keys for the request path.

Every request needs its tenant and key; reading them from the database each time would cost more
than the rest of a typical request. Entries live at most `CACHE_SECONDS`, so a suspension or a
revoked key takes effect on every worker within that time; the worker that makes the change
forgets its entry at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cachetools import TTLCache

from models.api_key import ApiKey
from models.tenant import Plan, Tenant, TenantStatus
from tenants.plans import hourly_limit

CACHE_SECONDS = 1.0
_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class TenantRecord:
    id: int
    slug: str
    name: str
    plan: Plan
    active: bool
    api_enabled: bool
    hourly_limit: int


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


_tenants: TTLCache[str, TenantRecord | None] = TTLCache(_CACHE_SIZE, CACHE_SECONDS)
_keys: TTLCache[tuple[int, str], KeyRecord | None] = TTLCache(_CACHE_SIZE, CACHE_SECONDS)


def tenant_record(tenant: Tenant) -> TenantRecord:
    return TenantRecord(
        id=tenant.id,
        slug=tenant.slug,
        name=tenant.name,
        plan=tenant.plan,
        active=tenant.status == TenantStatus.ACTIVE,
        api_enabled=tenant.api_enabled,
        hourly_limit=hourly_limit(tenant.plan, tenant.custom_hourly_limit),
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


async def find_tenant(slug: str) -> TenantRecord | None:
    try:
        return _tenants[slug]
    except KeyError:
        pass
    tenant = await Tenant.get_or_none(slug=slug)
    record = tenant_record(tenant) if tenant else None
    _tenants[slug] = record
    return record


async def find_key(tenant_id: int, prefix: str) -> KeyRecord | None:
    """The key with ``prefix`` if it belongs to ``tenant_id`` (revoked keys included)."""
    try:
        return _keys[(tenant_id, prefix)]
    except KeyError:
        pass
    key = await ApiKey.all_tenants.get_or_none(tenant_id=tenant_id, prefix=prefix)
    record = key_record(key) if key else None
    _keys[(tenant_id, prefix)] = record
    return record


def forget_tenant(slug: str) -> None:
    _tenants.pop(slug, None)


def forget_key(tenant_id: int, prefix: str) -> None:
    _keys.pop((tenant_id, prefix), None)


def forget_all() -> None:
    _tenants.clear()
    _keys.clear()
