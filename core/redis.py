"""The shared Redis connection (rate limits, cache invalidation) and its health."""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError


def connect_redis(url: str) -> Redis:
    # One immediate retry replaces a connection that a Redis restart broke; redis-py's default
    # (three retries, exponential backoff up to 10 s) would hold requests for seconds while
    # Redis is down, where they should fail fast and go on without it.
    return Redis.from_url(
        url,
        socket_timeout=1.0,
        socket_connect_timeout=1.0,
        health_check_interval=30,
        retry=Retry(NoBackoff(), 1),
    )


async def redis_ok(client: Redis) -> bool:
    try:
        pong: Any = client.ping()  # typed as bool | Awaitable[bool] for sync and async clients
        return bool(await pong)
    except (RedisError, OSError):
        return False
