"""Counting a tenant's requests against its burst cap and hourly quota.

Both limits are fixed windows: a window opens with the first request admitted after the previous
one closed and lasts its full length (5 s for the burst cap, an hour for the quota), like the
fixed windows of `limits`. Only admitted requests are counted, so a client that keeps retrying
while limited does not push its own reset further away. Fixed windows keep every check a few
O(1) commands, which is what makes the counts exact under any concurrency; the price is that a
client can spend one window's allowance at its end and the next one's at the start of the next.

With Redis every worker and host shares one count: one Lua script checks both windows, counts
the request when both admit it and returns every figure the response headers need, in one round
trip (EVALSHA, shared with the worker's other checks under way; see `RedisRateLimiter`). Without
Redis (the embedded default, one worker) the counts live in `limits`'
in-process memory storage.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import time
from dataclasses import dataclass
from typing import Any, Protocol

from limits.aio.storage import MemoryStorage
from redis.asyncio import Redis
from redis.exceptions import NoScriptError, RedisError, ResponseError

from core.logging import logger
from tenants.lookup import CACHE_SECONDS
from tenants.plans import BURST_LIMIT, BURST_WINDOW_SECONDS

HOUR_SECONDS = 3600
# After Redis fails, requests skip it (unlimited) for this long instead of each one waiting for
# a connect or socket timeout of its own.
RETRY_AFTER_FAILURE_SECONDS = 1.0
# "Redis is unavailable" is logged at most once per this interval and worker.
WARNING_INTERVAL_SECONDS = 60.0
# A plan change writes the new quota to Redis for this long: longer than any worker can keep
# the old one in its tenant cache, so every worker applies the new quota from the next request.
QUOTA_OVERRIDE_SECONDS = 5 * CACHE_SECONDS
# Checks sent to Redis in one pipeline at most.
MAX_BATCH = 256

# The fixed figures are written into the script: every argument costs the request path its
# encoding, and the quota is the only one that varies.
_SCRIPT = f"""
-- KEYS: burst counter, hourly counter, hourly quota override (one tenant: one hash slot)
-- ARGV: the hourly quota of the tenant's plan, as the worker knows it
local burst_limit, burst_ms = {BURST_LIMIT}, {BURST_WINDOW_SECONDS * 1000}
local hourly_ms = {HOUR_SECONDS * 1000}

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
# How EVALSHA names the script (SHA-1 is what Redis uses, not a safeguard of ours).
_SCRIPT_SHA = hashlib.sha1(_SCRIPT.encode(), usedforsecurity=False).hexdigest()


@dataclass(frozen=True, slots=True)
class Window:
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
        return max(1, math.ceil(self.reset_ms / 1000))


@dataclass(frozen=True, slots=True)
class Verdict:
    admitted: bool
    burst: Window
    hourly: Window

    @property
    def binding(self) -> Window:
        """The window that decides: for a rejected request the exceeded one that reopens last,
        otherwise the one closest to running out."""
        windows = (self.burst, self.hourly)
        if not self.admitted:
            exceeded = [w for w in windows if w.used >= w.limit]
            return max(exceeded, key=lambda w: w.reset_ms)
        return min(windows, key=lambda w: (w.remaining, -w.reset_ms))


def _verdict(
    admitted: bool, burst: int, burst_ms: int, hourly_limit: int, hourly: int, hourly_ms: int
) -> Verdict:
    return Verdict(
        admitted=admitted,
        burst=Window("burst", BURST_LIMIT, BURST_WINDOW_SECONDS, burst, burst_ms),
        hourly=Window("hourly", hourly_limit, HOUR_SECONDS, hourly, hourly_ms),
    )


@dataclass(frozen=True, slots=True)
class _Check:
    keys: tuple[str, str, str]
    hourly_limit: int
    verdict: asyncio.Future[Verdict | None]


class RateLimiter(Protocol):
    async def hit(self, tenant_id: int, hourly_limit: int) -> Verdict | None:
        """Count one request of ``tenant_id`` if both its burst cap and its hourly quota admit
        it; a rejected request is not counted. Returns None, and lets the request through,
        when the counts are unavailable: limiting fails open."""
        ...

    async def publish_hourly_limit(self, tenant_id: int, hourly_limit: int) -> None:
        """Make ``hourly_limit`` the tenant's quota for every worker from the next request on
        (call it after the new plan is committed). Never raises."""
        ...


class RedisRateLimiter:
    """Counts shared by every worker and host through Redis; Redis Cluster ready.

    Concurrent checks share round trips: while one batch of scripts is on its way, the checks
    that come in queue up, and go together in one pipeline when it is back. Each check is still
    one EVALSHA, atomic on its own; a batch only saves the per-command socket and event-loop work,
    which costs a worker more than the script itself does.
    """

    def __init__(self, redis: Redis, prefix: str) -> None:
        self._redis = redis
        self._prefix = prefix
        self._queue: list[_Check] = []
        self._sender: asyncio.Task[None] | None = None
        self._skip_until = 0.0
        self._warned_at = -math.inf
        self._failing = False

    def keys(self, tenant_id: int) -> tuple[str, str, str]:
        """The tenant's burst counter, hourly counter and quota override. The hash tag keeps
        them in one Redis Cluster slot, as a script touching several keys needs."""
        tag = f"{{{self._prefix}:t:{tenant_id}}}:rl"
        return f"{tag}:burst", f"{tag}:hourly", f"{tag}:quota"

    async def hit(self, tenant_id: int, hourly_limit: int) -> Verdict | None:
        if time.monotonic() < self._skip_until:
            return None
        verdict: asyncio.Future[Verdict | None] = asyncio.get_running_loop().create_future()
        self._queue.append(_Check(self.keys(tenant_id), hourly_limit, verdict))
        if self._sender is None:
            self._sender = asyncio.create_task(self._send())
        return await verdict

    async def _send(self) -> None:
        try:
            while self._queue:
                batch, self._queue = self._queue[:MAX_BATCH], self._queue[MAX_BATCH:]
                try:
                    verdicts = await self._run(batch)
                except BaseException as exc:
                    # A bug, or the loop shutting down: the waiting requests must not hang.
                    for check in batch:
                        if check.verdict.done():
                            continue
                        if isinstance(exc, Exception):
                            check.verdict.set_exception(exc)
                        else:
                            check.verdict.cancel()
                    raise
                for check, verdict in zip(batch, verdicts, strict=True):
                    if not check.verdict.done():  # its request may have been cancelled
                        check.verdict.set_result(verdict)
        finally:
            self._sender = None

    async def _run(self, batch: list[_Check]) -> list[Verdict | None]:
        try:
            results = await self._pipeline(batch)
            # Redis lost its scripts (a restart, SCRIPT FLUSH): load it, and run those again.
            missing = [i for i, result in enumerate(results) if isinstance(result, NoScriptError)]
            if missing:
                await self._redis.script_load(_SCRIPT)
                retried = await self._pipeline([batch[i] for i in missing])
                for i, result in zip(missing, retried, strict=True):
                    results[i] = result
        except (RedisError, OSError) as exc:
            self._skip_until = time.monotonic() + RETRY_AFTER_FAILURE_SECONDS
            self._failing = True
            self._warn("Redis is unavailable: rate limits are not enforced", exc)
            return [None] * len(batch)
        if self._failing:
            self._failing = False
            logger.info("Redis is available again: rate limits are enforced")
        verdicts: list[Verdict | None] = []
        for result in results:
            if isinstance(result, Exception):
                self._warn("Rate limit script failed: request not limited", result)
                verdicts.append(None)
            else:
                admitted, burst, burst_ms, limit, hourly, hourly_ms = (int(n) for n in result)
                verdicts.append(_verdict(bool(admitted), burst, burst_ms, limit, hourly, hourly_ms))
        return verdicts

    async def _pipeline(self, batch: list[_Check]) -> list[Any]:
        """The scripts' results, or the error of each that failed in Redis."""
        if len(batch) == 1:  # a pipeline costs more than the single command it would carry
            check = batch[0]
            # Typed for the sync and async clients alike.
            call: Any = self._redis.evalsha(
                _SCRIPT_SHA, len(check.keys), *check.keys, check.hourly_limit
            )
            try:
                result = await call
            except ResponseError as exc:
                return [exc]
            return [result]
        pipe = self._redis.pipeline(transaction=False)
        for check in batch:
            pipe.evalsha(_SCRIPT_SHA, len(check.keys), *check.keys, check.hourly_limit)
        results: list[Any] = await pipe.execute(raise_on_error=False)
        return results

    def _warn(self, message: str, exc: Exception) -> None:
        now = time.monotonic()
        if now - self._warned_at >= WARNING_INTERVAL_SECONDS:
            self._warned_at = now
            logger.warning(message, extra={"fields": {"error": f"{type(exc).__name__}: {exc}"}})

    async def publish_hourly_limit(self, tenant_id: int, hourly_limit: int) -> None:
        quota_key = self.keys(tenant_id)[2]
        try:
            await self._redis.set(quota_key, hourly_limit, px=int(QUOTA_OVERRIDE_SECONDS * 1000))
        except (RedisError, OSError) as exc:
            logger.warning(
                "Redis is unavailable: the new quota applies once tenant caches expire",
                extra={"fields": {"tenant_id": tenant_id, "error": f"{type(exc).__name__}"}},
            )


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

    async def hit(self, tenant_id: int, hourly_limit: int) -> Verdict | None:
        burst_key, hourly_key = f"{tenant_id}:burst", f"{tenant_id}:hourly"
        async with self._lock:
            burst = await self._storage.get(burst_key)
            hourly = await self._storage.get(hourly_key)
            admitted = burst < BURST_LIMIT and hourly < hourly_limit
            if admitted:
                burst = await self._storage.incr(burst_key, BURST_WINDOW_SECONDS)
                hourly = await self._storage.incr(hourly_key, HOUR_SECONDS)
            burst_ms = await self._reset_ms(burst_key, burst, BURST_WINDOW_SECONDS)
            hourly_ms = await self._reset_ms(hourly_key, hourly, HOUR_SECONDS)
        return _verdict(admitted, burst, burst_ms, hourly_limit, hourly, hourly_ms)

    async def publish_hourly_limit(self, tenant_id: int, hourly_limit: int) -> None:
        """Nothing to publish: in this process the plan change dropped the cached tenant, and a
        change made by another process (the CLI) reaches this one's cache within
        `CACHE_SECONDS`."""


def rate_limiter(redis: Redis | None, prefix: str) -> RateLimiter:
    """The limiter for this process: shared through ``redis`` when there is one."""
    return RedisRateLimiter(redis, prefix) if redis is not None else MemoryRateLimiter()
