"""Cached reads of tenants, API keys and user tokens for the request path.

Every request needs its tenant and key or token; reading them from the database each time would
cost more than the rest of a typical request. Entries live at most `CACHE_SECONDS`, so a
suspension or a revoked key or token takes effect on every worker within that time; the worker
that makes the change forgets its entry at once.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Coroutine, Hashable
from typing import Any, Generic, TypeVar

from tortoise import connections

from core.sql import platform_query, tenant_query
from models.api_key import ApiKey
from models.tenant import Tenant
from models.user import UserStatus
from tenants.records import KeyRecord, TenantRecord, TokenRecord, key_record, tenant_record

CACHE_SECONDS = 1.0
_CACHE_SIZE = 50_000


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class CachedLoader(Generic[K, V]):
    """A TTL cache whose misses load once: concurrent requests for an expired entry wait for
    one database read instead of each running their own (a stampede under load)."""

    def __init__(self, load: Callable[[K], Coroutine[Any, Any, V]]) -> None:
        self._load = load
        # key -> (expiry on the monotonic clock, value). A plain dict: every request reads it
        # twice, and cachetools' TTLCache took three times as long per read.
        self._cache: dict[K, tuple[float, V]] = {}
        self._loading: dict[K, asyncio.Task[V]] = {}

    async def get(self, key: K) -> V:
        entry = self._cache.get(key)
        if entry is not None and entry[0] > time.monotonic():
            return entry[1]
        task = self._loading.get(key)
        if task is None:
            task = asyncio.create_task(self._load(key))
            self._loading[key] = task
            task.add_done_callback(lambda done: self._finish(key, done))
        # Shielded: a client hanging up must not cancel the read others are waiting for.
        return await asyncio.shield(task)

    def _finish(self, key: K, task: asyncio.Task[V]) -> None:
        # A load that was forgotten meanwhile (revocation, suspension) must not be cached.
        if self._loading.get(key) is task:
            del self._loading[key]
            if not task.cancelled() and task.exception() is None:
                self._store(key, task.result())

    def _store(self, key: K, value: V) -> None:
        now = time.monotonic()
        if len(self._cache) >= _CACHE_SIZE:
            self._cache = {k: e for k, e in self._cache.items() if e[0] > now}
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
        self._cache[key] = (now + CACHE_SECONDS, value)

    def forget(self, key: K) -> None:
        self._cache.pop(key, None)
        self._loading.pop(key, None)

    def clear(self) -> None:
        self._cache.clear()
        self._loading.clear()


# Hand-written: every tenant in use is read again each `CACHE_SECONDS`, and the ORM spent more
# CPU building these queries than the database spent answering them. The rows become models
# the way the ORM makes them (`_init_from_db`, which converts each column from its database type).
_TENANT_SQL = "SELECT * FROM tenants WHERE slug = ?"
_KEY_SQL = "SELECT * FROM api_keys WHERE tenant_id = :tenant AND prefix = ?"
_TOKEN_SQL = """
SELECT t.id, t.user_id, t.kind, t.prefix, t.token_hash, t.abilities, t.created_at, t.expires_at,
       t.revoked_at, u.user_type, u.status, u.deactivation_date, u.sessions_valid_after
FROM access_tokens t
JOIN users u ON u.tenant_id = t.tenant_id AND u.id = t.user_id
WHERE t.tenant_id = :tenant AND t.prefix = ?
"""  # noqa: S105 - a query, not a password


async def _load_tenant(slug: str) -> TenantRecord | None:
    rows = await platform_query(connections.get("default"), _TENANT_SQL, [slug])
    return tenant_record(Tenant._init_from_db(**rows[0])) if rows else None


async def _load_key(tenant_and_prefix: tuple[int, str]) -> KeyRecord | None:
    tenant_id, prefix = tenant_and_prefix
    rows = await tenant_query(connections.get("default"), tenant_id, _KEY_SQL, [prefix])
    return key_record(ApiKey._init_from_db(**rows[0])) if rows else None


async def _load_token(tenant_and_prefix: tuple[int, str]) -> TokenRecord | None:
    tenant_id, prefix = tenant_and_prefix
    rows = await tenant_query(connections.get("default"), tenant_id, _TOKEN_SQL, [prefix])
    if not rows:
        return None
    row = rows[0]
    abilities = row["abilities"]
    return TokenRecord(
        id=row["id"],
        tenant_id=tenant_id,
        user_id=row["user_id"],
        kind=row["kind"],
        prefix=row["prefix"],
        token_hash=row["token_hash"],
        abilities=frozenset(json.loads(abilities) if isinstance(abilities, str) else abilities),
        created_at=row["created_at"],
        expires_at=row["expires_at"],
        revoked=row["revoked_at"] is not None,
        user_type=row["user_type"],
        user_active=row["status"] == UserStatus.ACTIVE,
        user_deactivation_date=row["deactivation_date"],
        user_sessions_valid_after=row["sessions_valid_after"],
    )


_tenants: CachedLoader[str, TenantRecord | None] = CachedLoader(_load_tenant)
_keys: CachedLoader[tuple[int, str], KeyRecord | None] = CachedLoader(_load_key)
_user_tokens: CachedLoader[tuple[int, str], TokenRecord | None] = CachedLoader(_load_token)


# Plain functions handing back the loader's coroutine: one coroutine less on every request.
def find_tenant(slug: str) -> Coroutine[Any, Any, TenantRecord | None]:
    return _tenants.get(slug)


def find_key(tenant_id: int, prefix: str) -> Coroutine[Any, Any, KeyRecord | None]:
    """The key with ``prefix`` if it belongs to ``tenant_id`` (revoked keys included)."""
    return _keys.get((tenant_id, prefix))


def find_user_token(tenant_id: int, prefix: str) -> Coroutine[Any, Any, TokenRecord | None]:
    """The user token with ``prefix`` if it belongs to ``tenant_id`` (revoked ones included)."""
    return _user_tokens.get((tenant_id, prefix))


def forget_tenant(slug: str) -> None:
    _tenants.forget(slug)


def forget_key(tenant_id: int, prefix: str) -> None:
    _keys.forget((tenant_id, prefix))


def forget_user_token(tenant_id: int, prefix: str) -> None:
    _user_tokens.forget((tenant_id, prefix))


def forget_all() -> None:
    _tenants.clear()
    _keys.clear()
    _user_tokens.clear()
