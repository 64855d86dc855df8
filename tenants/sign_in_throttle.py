"""Throttling repeated failed sign-ins, per account and per client address, with `limits`.

Only failures are counted, in fixed windows: `ACCOUNT_FAILURES` per account (tenant and login or
email, hashed) and `ADDRESS_FAILURES` per client address and tenant per `WINDOW_SECONDS`. Once
either is spent, every sign-in to that account or from that address is refused until the window
closes, right password or not; a successful sign-in clears its account's count. With Redis
the counts are shared by every worker and host; without (the quick start), they live in the
process. Redis unavailable: sign-ins are not throttled (the failure is logged), as the tenant
rate limits fail open.
"""

from __future__ import annotations

import hashlib
import math
import time

from limits import RateLimitItemPerSecond
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import FixedWindowRateLimiter
from limits.errors import StorageError

from core.logging import logger

WINDOW_SECONDS = 15 * 60
ACCOUNT_FAILURES = 5
ADDRESS_FAILURES = 20
_ACCOUNT = RateLimitItemPerSecond(ACCOUNT_FAILURES, WINDOW_SECONDS, namespace="signin-account")
_ADDRESS = RateLimitItemPerSecond(ADDRESS_FAILURES, WINDOW_SECONDS, namespace="signin-address")


def _account_id(tenant_id: int, login: str) -> str:
    # Hashed: the counters hold no login or email address.
    return f"{tenant_id}:{hashlib.sha256(login.strip().lower().encode()).hexdigest()}"


class SignInThrottle:
    def __init__(self, storage: Storage) -> None:
        self._storage = storage
        self._limiter = FixedWindowRateLimiter(storage)

    def _pairs(
        self, tenant_id: int, login: str, address: str
    ) -> tuple[tuple[RateLimitItemPerSecond, str], ...]:
        return (
            (_ACCOUNT, _account_id(tenant_id, login)),
            (_ADDRESS, f"{tenant_id}:{address}"),
        )

    async def retry_after(self, tenant_id: int, login: str, address: str) -> int | None:
        """Seconds until a sign-in to ``login`` from ``address`` may be tried again, or None when
        it may be tried now."""
        waits = []
        try:
            for item, identifier in self._pairs(tenant_id, login, address):
                if not await self._limiter.test(item, identifier):
                    stats = await self._limiter.get_window_stats(item, identifier)
                    waits.append(max(1, math.ceil(stats.reset_time - time.time())))
        except StorageError as exc:
            _warn(exc)
            return None
        return max(waits) if waits else None

    async def record_failure(self, tenant_id: int, login: str, address: str) -> None:
        try:
            for item, identifier in self._pairs(tenant_id, login, address):
                await self._limiter.hit(item, identifier)
        except StorageError as exc:
            _warn(exc)

    async def record_success(self, tenant_id: int, login: str) -> None:
        try:
            await self._limiter.clear(_ACCOUNT, _account_id(tenant_id, login))
        except StorageError as exc:
            _warn(exc)


def _warn(exc: StorageError) -> None:
    logger.warning(
        "Sign-in throttle unavailable: sign-in not throttled",
        extra={"fields": {"error": type(exc.storage_error).__name__}},
    )


def sign_in_throttle(redis_url: str, prefix: str) -> SignInThrottle:
    """The throttle of this process: shared through Redis at ``redis_url`` when there is one."""
    if not redis_url:
        return SignInThrottle(MemoryStorage())
    storage = RedisStorage(
        redis_url,
        implementation="redispy",
        wrap_exceptions=True,
        key_prefix=f"{prefix}:signin",
        socket_connect_timeout=1,
        socket_timeout=1,
    )
    return SignInThrottle(storage)
