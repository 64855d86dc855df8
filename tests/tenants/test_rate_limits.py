from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from redis.asyncio import Redis

from core.redis import connect_redis
from core.redis_pipeline import PipelinedRedis
from tenants import rate_limits
from tenants.plans import PUBLIC_ADDRESS_BURST_LIMIT, PUBLIC_ADDRESS_HOURLY_LIMIT
from tenants.rate_limits import (
    QUOTA_OVERRIDE_SECONDS,
    MemoryRateLimiter,
    RateLimiter,
    RedisRateLimiter,
    Verdict,
    Window,
)
from tests.conftest import OwnRedis, free_port

TENANT = 7


@pytest.fixture
def atrium_log(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> pytest.LogCaptureFixture:
    """Records of the ``atrium`` logger, which the app's log config keeps from propagating."""
    monkeypatch.setattr(logging.getLogger("atrium"), "propagate", True)
    caplog.set_level(logging.INFO, logger="atrium")
    return caplog


def with_redis_limiter(
    redis_url: str, job: Callable[[RedisRateLimiter, Redis], Awaitable[None]]
) -> None:
    async def main() -> None:
        client = connect_redis(redis_url)
        limiter = RedisRateLimiter(PipelinedRedis(redis_url), f"atrium-test-{secrets.token_hex(4)}")
        try:
            await job(limiter, client)
        finally:
            await limiter.aclose()
            await client.aclose()

    asyncio.run(main())


async def admitted_of(limiter: RateLimiter, requests: int, hourly_limit: int) -> int:
    verdicts = await asyncio.gather(*(limiter.hit(TENANT, hourly_limit) for _ in range(requests)))
    assert all(v is not None for v in verdicts)
    return sum(1 for v in verdicts if v is not None and v.admitted)


def test_memory_limiter_is_exact_under_concurrency() -> None:
    async def main() -> None:
        assert await admitted_of(MemoryRateLimiter(), 300, hourly_limit=10_000) == 200
        assert await admitted_of(MemoryRateLimiter(), 300, hourly_limit=150) == 150

    asyncio.run(main())


def test_redis_limiter_is_exact_under_concurrency(redis_url: str) -> None:
    async def job(limiter: RedisRateLimiter, client: Redis) -> None:
        assert await admitted_of(limiter, 300, hourly_limit=10_000) == 200

    with_redis_limiter(redis_url, job)


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_both_backends_report_the_same_figures(redis_url: str, backend: str) -> None:
    async def job(limiter: RateLimiter) -> None:
        first = await limiter.hit(TENANT, 3)
        assert first is not None
        assert first.admitted
        assert (first.burst.used, first.burst.remaining, first.burst.reset_seconds) == (1, 199, 5)
        assert (first.hourly.used, first.hourly.remaining) == (1, 2)
        assert first.hourly.reset_seconds == 3600
        for _ in range(2):
            await limiter.hit(TENANT, 3)
        rejected = await limiter.hit(TENANT, 3)
        assert rejected is not None
        assert not rejected.admitted
        assert (rejected.hourly.used, rejected.burst.used) == (3, 3)
        assert rejected.binding is rejected.hourly
        # A larger quota counts on from the same window.
        upgraded = await limiter.hit(TENANT, 10)
        assert upgraded is not None
        assert upgraded.admitted
        assert upgraded.hourly.remaining == 6

    if backend == "memory":
        asyncio.run(job(MemoryRateLimiter()))
    else:
        with_redis_limiter(redis_url, lambda limiter, _: job(limiter))


@pytest.mark.parametrize("backend", ["memory", "redis"])
def test_public_traffic_has_limits_of_its_own(redis_url: str, backend: str) -> None:
    """Each address gets its own burst (exact under concurrency), and anonymous traffic never
    spends the tenant's keyed quota."""

    async def job(limiter: RateLimiter) -> None:
        verdicts = await asyncio.gather(
            *(
                limiter.hit_public(TENANT, "203.0.113.7")
                for _ in range(PUBLIC_ADDRESS_BURST_LIMIT + 10)
            )
        )
        admitted = [v for v in verdicts if v is not None and v.admitted]
        assert len(admitted) == PUBLIC_ADDRESS_BURST_LIMIT
        rejected = [v for v in verdicts if v is not None and not v.admitted]
        assert rejected[0].binding.limit == PUBLIC_ADDRESS_BURST_LIMIT
        assert rejected[0].hourly.limit == PUBLIC_ADDRESS_HOURLY_LIMIT
        other = await limiter.hit_public(TENANT, "2001:db8::1")
        assert other is not None
        assert other.admitted
        keyed = await limiter.hit(TENANT, 3)
        assert keyed is not None
        assert (keyed.admitted, keyed.hourly.used, keyed.burst.used) == (True, 1, 1)

    if backend == "memory":
        asyncio.run(job(MemoryRateLimiter()))
    else:
        with_redis_limiter(redis_url, lambda limiter, _: job(limiter))


def test_a_published_quota_overrides_the_cached_one_for_a_while(redis_url: str) -> None:
    async def job(limiter: RedisRateLimiter, client: Redis) -> None:
        await limiter.publish_hourly_limit(TENANT, 1)
        first = await limiter.hit(TENANT, 2000)
        assert first is not None
        assert first.hourly.limit == 1
        second = await limiter.hit(TENANT, 2000)
        assert second is not None
        assert not second.admitted
        ttl = await client.pttl(limiter.keys(TENANT)[2])
        assert 0 < ttl <= QUOTA_OVERRIDE_SECONDS * 1000

    with_redis_limiter(redis_url, job)


def test_checks_survive_redis_losing_the_script(redis_url: str) -> None:
    async def job(limiter: RedisRateLimiter, client: Redis) -> None:
        assert await admitted_of(limiter, 10, hourly_limit=2000) == 10
        await client.script_flush()
        assert await admitted_of(limiter, 10, hourly_limit=2000) == 10
        verdict = await limiter.hit(TENANT, 2000)
        assert verdict is not None
        assert verdict.hourly.used == 21

    with_redis_limiter(redis_url, job)


def test_a_counter_without_expiry_starts_a_new_window(redis_url: str) -> None:
    async def job(limiter: RedisRateLimiter, client: Redis) -> None:
        burst_key = limiter.keys(TENANT)[0]
        await client.set(burst_key, 500)
        verdict = await limiter.hit(TENANT, 2000)
        assert verdict is not None
        assert verdict.admitted
        assert verdict.burst.used == 1
        assert 0 < await client.pttl(burst_key) <= 5000

    with_redis_limiter(redis_url, job)


class CountingRedis(PipelinedRedis):
    commands = 0

    def execute(self, *args: str | bytes | int) -> Awaitable[Any]:
        self.commands += 1
        return super().execute(*args)


def test_redis_failures_fail_open_warn_once_and_recover(
    atrium_log: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, own_redis: OwnRedis
) -> None:
    pause = 0.05
    monkeypatch.setattr(rate_limits, "RETRY_AFTER_FAILURE_SECONDS", pause)
    redis = CountingRedis(own_redis.url)
    limiter = RedisRateLimiter(redis, "atrium")

    async def main() -> None:
        assert await limiter.hit(TENANT, 2000) is not None
        own_redis.stop()
        sent = redis.commands
        for attempt in range(1, 4):
            assert await limiter.hit(TENANT, 2000) is None
            # Within the pause after a failure Redis is not even tried.
            assert await limiter.hit(TENANT, 2000) is None
            assert redis.commands == sent + attempt
            await asyncio.sleep(pause)
        own_redis.start()
        verdict = await limiter.hit(TENANT, 2000)
        assert verdict is not None
        assert verdict.hourly.used == 1  # the new Redis started from nothing
        await limiter.aclose()

    asyncio.run(main())
    messages = [(r.levelname, r.getMessage()) for r in atrium_log.records]
    assert messages == [
        ("WARNING", "Redis is unavailable: rate limits are not enforced"),
        ("INFO", "Redis is available again: rate limits are enforced"),
    ]


def test_concurrent_checks_fail_open_together(atrium_log: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        limiter = RedisRateLimiter(PipelinedRedis(f"redis://127.0.0.1:{free_port()}/0"), "atrium")
        verdicts = await asyncio.gather(*(limiter.hit(TENANT, 2000) for _ in range(20)))
        await limiter.aclose()
        assert verdicts == [None] * 20

    asyncio.run(main())
    assert [r.levelname for r in atrium_log.records] == ["WARNING"]


def test_the_binding_window_of_a_rejection_is_the_one_that_reopens_last() -> None:
    burst = Window("burst", 200, 5, 200, 4000)
    hourly = Window("hourly", 30, 3600, 30, 1_000_000)
    assert Verdict(False, burst, hourly).binding is hourly
    assert Verdict(False, burst, Window("hourly", 30, 3600, 29, 9)).binding is burst
    assert Verdict(True, Window("burst", 200, 5, 1, 5000), hourly).binding is hourly
