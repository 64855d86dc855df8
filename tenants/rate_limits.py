"""Counting a tenant's requests against its burst cap and hourly quota.

Both limits are fixed windows: a window opens with the first request admitted after the previous
one closed and lasts its full length (5 s for the burst cap, an hour for the quota), like the
fixed windows of `limits`. Only admitted requests are counted, so a client that keeps retrying
while limited does not push its own reset further away. Fixed windows keep every check a few
O(1) commands, which is what makes the counts exact under any concurrency; the price is that a
client can spend one window's allowance at its end and the next one's at the start of the next.

With Redis every worker and host shares one count: one Lua script checks both windows, counts
the request when both admit it and returns every figure the response headers need, in one round
trip (EVALSHA, pipelined with the worker's other checks under way; see `RedisRateLimiter`).
Without Redis (the embedded default, one worker) the counts live in `limits`' in-process memory
storage.

The public catalog (no key) is counted apart, in four windows checked and counted together: the
client address's burst and hourly windows, and a burst and hourly ceiling for all of the
tenant's anonymous callers. Anonymous traffic never spends the tenant's keyed quota.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import time
from functools import lru_cache
from typing import NamedTuple, Protocol

from limits.aio.storage import MemoryStorage

from core.logging import logger
from core.redis_pipeline import PipelinedRedis, RedisUnavailable, ReplyError
from tenants.lookup import CACHE_SECONDS
from tenants.plans import (
    BURST_LIMIT,
    BURST_WINDOW_SECONDS,
    PUBLIC_ADDRESS_BURST_LIMIT,
    PUBLIC_ADDRESS_HOURLY_LIMIT,
    PUBLIC_TENANT_HOURLY_LIMIT,
)

HOUR_SECONDS = 3600
# The windows' names, as the rate-limit headers give them.
HOURLY = "hourly"
BURST = "burst"
# After Redis fails, requests skip it (unlimited) for this long instead of each one waiting for
# a connect or socket timeout of its own.
RETRY_AFTER_FAILURE_SECONDS = 1.0
# "Redis is unavailable" is logged at most once per this interval and worker.
WARNING_INTERVAL_SECONDS = 60.0
# A plan change writes the new quota to Redis for this long: longer than any worker can keep
# the old one in its tenant cache, so every worker applies the new quota from the next request.
QUOTA_OVERRIDE_SECONDS = 5 * CACHE_SECONDS

_WINDOW_FUNCTIONS = """
local function window(key, window_ms)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    return 0, window_ms, true
  end
  return tonumber(redis.call('GET', key)), ttl, false
end

local function count(key, used, ttl, fresh)
  if fresh then
    redis.call('SET', key, 1, 'PX', ttl)
  else
    redis.call('INCR', key)
  end
  return used + 1
end
"""
# The fixed figures are written into the scripts: every argument costs the request path its
# encoding, and the quota is the only one that varies.
_SCRIPT = f"""
-- KEYS: burst counter, hourly counter, hourly quota override (one tenant: one hash slot)
-- ARGV: the hourly quota of the tenant's plan, as the worker knows it
local burst_limit, burst_ms = {BURST_LIMIT}, {BURST_WINDOW_SECONDS * 1000}
local hourly_ms = {HOUR_SECONDS * 1000}
{_WINDOW_FUNCTIONS}
local hourly_limit = tonumber(redis.call('GET', KEYS[3]) or ARGV[1])
local burst, burst_ttl, burst_fresh = window(KEYS[1], burst_ms)
local hourly, hourly_ttl, hourly_fresh = window(KEYS[2], hourly_ms)
local admitted = 0
if burst < burst_limit and hourly < hourly_limit then
  admitted = 1
  burst = count(KEYS[1], burst, burst_ttl, burst_fresh)
  hourly = count(KEYS[2], hourly, hourly_ttl, hourly_fresh)
end
return {{admitted, burst, burst_ttl, hourly_limit, hourly, hourly_ttl}}
"""
# The public catalog's four windows, in the order of `_PUBLIC_WINDOWS`.
_PUBLIC_WINDOWS = (
    (PUBLIC_ADDRESS_BURST_LIMIT, BURST_WINDOW_SECONDS),
    (PUBLIC_ADDRESS_HOURLY_LIMIT, HOUR_SECONDS),
    (BURST_LIMIT, BURST_WINDOW_SECONDS),
    (PUBLIC_TENANT_HOURLY_LIMIT, HOUR_SECONDS),
)
_PUBLIC_SCRIPT = f"""
-- KEYS: the address's burst and hourly counters, the tenant's anonymous burst and hourly ones
local limits = {{{", ".join(str(limit) for limit, _ in _PUBLIC_WINDOWS)}}}
local windows_ms = {{{", ".join(str(seconds * 1000) for _, seconds in _PUBLIC_WINDOWS)}}}
{_WINDOW_FUNCTIONS}
local used, ttl, fresh = {{}}, {{}}, {{}}
local admitted = 1
for i = 1, 4 do
  used[i], ttl[i], fresh[i] = window(KEYS[i], windows_ms[i])
  if used[i] >= limits[i] then
    admitted = 0
  end
end
if admitted == 1 then
  for i = 1, 4 do
    used[i] = count(KEYS[i], used[i], ttl[i], fresh[i])
  end
end
return {{admitted, used[1], ttl[1], used[2], ttl[2], used[3], ttl[3], used[4], ttl[4]}}
"""
# How EVALSHA names the script (SHA-1 is what Redis uses, not a safeguard of ours).
_SCRIPT_SHA = hashlib.sha1(_SCRIPT.encode(), usedforsecurity=False).hexdigest()
_PUBLIC_SCRIPT_SHA = hashlib.sha1(_PUBLIC_SCRIPT.encode(), usedforsecurity=False).hexdigest()


# Named tuples: a request builds three of these, and a frozen dataclass costs several times more.
class Window(NamedTuple):
    """One of a tenant's windows as this request left it."""

    name: str
    limit: int
    seconds: int
    # Requests counted in the window, this one included when it was admitted.
    used: int
    reset_ms: int

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def reset_seconds(self) -> int:
        """Whole seconds until the window closes (at least 1: HTTP counts in seconds)."""
        return max(1, -(-self.reset_ms // 1000))


class Verdict(NamedTuple):
    admitted: bool
    burst: Window
    hourly: Window

    @property
    def binding(self) -> Window:
        """The window that decides: for a rejected request the exceeded one that reopens last,
        otherwise the one closest to running out (the burst window when they tie)."""
        burst, hourly = self.burst, self.hourly
        if not self.admitted:
            if burst.used < burst.limit:
                return hourly
            if hourly.used < hourly.limit:
                return burst
            return hourly if hourly.reset_ms > burst.reset_ms else burst
        if burst.remaining != hourly.remaining:
            return burst if burst.remaining < hourly.remaining else hourly
        return burst if burst.reset_ms >= hourly.reset_ms else hourly


def _verdict(
    admitted: bool, burst: int, burst_ms: int, hourly_limit: int, hourly: int, hourly_ms: int
) -> Verdict:
    return Verdict(
        admitted,
        Window(BURST, BURST_LIMIT, BURST_WINDOW_SECONDS, burst, burst_ms),
        Window(HOURLY, hourly_limit, HOUR_SECONDS, hourly, hourly_ms),
    )


def _public_verdict(admitted: bool, counts: list[tuple[int, int]]) -> Verdict:
    """The verdict of a public catalog request from its four windows' ``(used, reset_ms)``:
    the address's windows, unless the tenant's anonymous ceiling is what turned it away."""
    windows = [
        Window(name, limit, seconds, used, reset_ms)
        for name, (limit, seconds), (used, reset_ms) in zip(
            (BURST, HOURLY, BURST, HOURLY), _PUBLIC_WINDOWS, counts, strict=True
        )
    ]
    address, tenant = Verdict(admitted, *windows[:2]), Verdict(admitted, *windows[2:])
    if not admitted and all(w.used < w.limit for w in windows[:2]):
        return tenant
    return address


class RateLimiter(Protocol):
    async def hit(self, tenant_id: int, hourly_limit: int) -> Verdict | None:
        """Count one request of ``tenant_id`` if both its burst cap and its hourly quota admit
        it; a rejected request is not counted. Returns None, and lets the request through,
        when the counts are unavailable: limiting fails open."""
        ...

    async def hit_public(self, tenant_id: int, address: str) -> Verdict | None:
        """Count one request to ``tenant_id``'s public catalog from client ``address`` if the
        address's windows and the tenant's anonymous ceiling all admit it; as `hit` otherwise."""
        ...

    async def publish_hourly_limit(self, tenant_id: int, hourly_limit: int) -> None:
        """Make ``hourly_limit`` the tenant's quota for every worker from the next request on
        (call it after the new plan is committed). Never raises."""
        ...

    async def aclose(self) -> None:
        """Close the connection to the shared counts, if any."""
        ...


class RedisRateLimiter:
    """Counts shared by every worker and host through one Redis server.

    It talks to a single node and follows no ``MOVED`` or ``ASK`` redirect, so it does not run
    against Redis Cluster; its keys already carry a hash tag, so a cluster client can later keep
    each tenant's keys in one slot.

    Each check is one EVALSHA on the worker's pipelined connection (`PipelinedRedis`): the
    checks of concurrent requests go out together and share round trips, each still atomic on
    its own.
    """

    def __init__(self, redis: PipelinedRedis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix
        self._skip_until = 0.0
        self._warned_at = -math.inf
        self._failing = False

    def keys(self, tenant_id: int) -> tuple[str, str, str]:
        """The tenant's burst counter, hourly counter and quota override. The hash tag keeps
        them in one Redis Cluster slot, as a script touching several keys needs."""
        return _keys(self._prefix, tenant_id)

    async def hit(self, tenant_id: int, hourly_limit: int) -> Verdict | None:
        reply = await self._run(_SCRIPT_SHA, _SCRIPT, _keys(self._prefix, tenant_id), hourly_limit)
        if reply is None:
            return None
        admitted, burst, burst_ms, limit, hourly, hourly_ms = reply
        return _verdict(admitted == 1, burst, burst_ms, limit, hourly, hourly_ms)

    async def hit_public(self, tenant_id: int, address: str) -> Verdict | None:
        tag = f"{{{self._prefix}:t:{tenant_id}}}:pub"
        keys = (
            f"{tag}:a:{address}:burst",
            f"{tag}:a:{address}:hourly",
            f"{tag}:burst",
            f"{tag}:hourly",
        )
        reply = await self._run(_PUBLIC_SCRIPT_SHA, _PUBLIC_SCRIPT, keys)
        if reply is None:
            return None
        pairs = [(reply[i], reply[i + 1]) for i in range(1, 9, 2)]
        return _public_verdict(reply[0] == 1, pairs)

    async def _run(
        self, sha: str, script: str, keys: tuple[str, ...], *args: int
    ) -> list[int] | None:
        """The reply of ``script`` over ``keys`` (those of one tenant: one hash tag) and
        ``args``; None when Redis is unavailable or the script failed (fail open)."""
        if time.monotonic() < self._skip_until:
            return None
        try:
            try:
                reply = await self._redis.execute(b"EVALSHA", sha, len(keys), *keys, *args)
            except ReplyError as exc:
                if not str(exc).startswith("NOSCRIPT"):
                    raise
                # Redis lost its scripts (a restart, SCRIPT FLUSH); EVAL caches it again.
                reply = await self._redis.execute(b"EVAL", script, len(keys), *keys, *args)
        except RedisUnavailable as exc:
            self._skip_until = time.monotonic() + RETRY_AFTER_FAILURE_SECONDS
            self._failing = True
            self._warn("Redis is unavailable: rate limits are not enforced", exc)
            return None
        except ReplyError as exc:
            self._warn("Rate limit script failed: request not limited", exc)
            return None
        if self._failing:
            self._failing = False
            logger.info("Redis is available again: rate limits are enforced")
        counts: list[int] = reply
        return counts

    def _warn(self, message: str, exc: Exception) -> None:
        now = time.monotonic()
        if now - self._warned_at >= WARNING_INTERVAL_SECONDS:
            self._warned_at = now
            logger.warning(message, extra={"fields": {"error": f"{type(exc).__name__}: {exc}"}})

    async def publish_hourly_limit(self, tenant_id: int, hourly_limit: int) -> None:
        quota_key = self.keys(tenant_id)[2]
        ttl_ms = int(QUOTA_OVERRIDE_SECONDS * 1000)
        try:
            await self._redis.execute(b"SET", quota_key, hourly_limit, b"PX", ttl_ms)
        except (RedisUnavailable, ReplyError) as exc:
            logger.warning(
                "Redis is unavailable: the new quota applies once tenant caches expire",
                extra={"fields": {"tenant_id": tenant_id, "error": f"{type(exc).__name__}"}},
            )

    async def aclose(self) -> None:
        await self._redis.aclose()


@lru_cache(maxsize=65_536)
def _keys(prefix: str, tenant_id: int) -> tuple[str, str, str]:
    tag = f"{{{prefix}:t:{tenant_id}}}:rl"
    return f"{tag}:burst", f"{tag}:hourly", f"{tag}:quota"


class MemoryRateLimiter:
    """Counts in this process only (`limits`' memory storage): right for one worker alone."""

    def __init__(self) -> None:
        self._storage = MemoryStorage()
        # The storage's own lock covers one key; checking two windows and then counting in both
        # must not interleave with another request's check.
        self._lock = asyncio.Lock()

    async def _reset_ms(self, key: str, used: int, seconds: int) -> int:
        if not used:
            return seconds * 1000
        return max(0, int((await self._storage.get_expiry(key) - time.time()) * 1000))

    async def _count(
        self, windows: list[tuple[str, int, int]]
    ) -> tuple[bool, list[tuple[int, int]]]:
        """Count one request in every window ``(key, limit, seconds)`` if all admit it; whether
        they did, and each window's ``(used, reset_ms)``."""
        async with self._lock:
            used = [await self._storage.get(key) for key, _, _ in windows]
            admitted = all(n < limit for n, (_, limit, _) in zip(used, windows, strict=True))
            if admitted:
                used = [await self._storage.incr(key, seconds) for key, _, seconds in windows]
            counts = [
                (n, await self._reset_ms(key, n, seconds))
                for n, (key, _, seconds) in zip(used, windows, strict=True)
            ]
        return admitted, counts

    async def hit(self, tenant_id: int, hourly_limit: int) -> Verdict | None:
        admitted, [(burst, burst_ms), (hourly, hourly_ms)] = await self._count(
            [
                (f"{tenant_id}:burst", BURST_LIMIT, BURST_WINDOW_SECONDS),
                (f"{tenant_id}:hourly", hourly_limit, HOUR_SECONDS),
            ]
        )
        return _verdict(admitted, burst, burst_ms, hourly_limit, hourly, hourly_ms)

    async def hit_public(self, tenant_id: int, address: str) -> Verdict | None:
        keys = (
            f"{tenant_id}:pub:a:{address}:burst",
            f"{tenant_id}:pub:a:{address}:hourly",
            f"{tenant_id}:pub:burst",
            f"{tenant_id}:pub:hourly",
        )
        windows = [
            (key, limit, seconds)
            for key, (limit, seconds) in zip(keys, _PUBLIC_WINDOWS, strict=True)
        ]
        admitted, counts = await self._count(windows)
        return _public_verdict(admitted, counts)

    async def publish_hourly_limit(self, tenant_id: int, hourly_limit: int) -> None:
        """Nothing to publish: in this process the plan change dropped the cached tenant, and a
        change made by another process (the CLI) reaches this one's cache within
        `CACHE_SECONDS`."""

    async def aclose(self) -> None:
        """Nothing to close: the counts are this process's memory."""


def rate_limiter(redis_url: str, prefix: str) -> RateLimiter:
    """The limiter for this process: shared through Redis at ``redis_url`` when there is one."""
    return RedisRateLimiter(PipelinedRedis(redis_url), prefix) if redis_url else MemoryRateLimiter()
