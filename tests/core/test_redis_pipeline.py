"""The request path's pipelined Redis connection, against real Redis servers."""

from __future__ import annotations

import asyncio
import secrets

import pytest
import redis

from core.redis_pipeline import PipelinedRedis, RedisUnavailable, ReplyError
from tests.conftest import OwnRedis


def test_concurrent_commands_get_their_own_replies_in_order(redis_url: str) -> None:
    key = f"atrium-test-{secrets.token_hex(4)}"

    async def main() -> list[int]:
        client = PipelinedRedis(redis_url)
        try:
            replies: list[int] = await asyncio.gather(
                *(client.execute("INCR", key) for _ in range(500))
            )
            await client.execute("DEL", key)
            return replies
        finally:
            await client.aclose()

    assert asyncio.run(main()) == list(range(1, 501))


def test_an_error_reply_is_raised_and_the_connection_goes_on(redis_url: str) -> None:
    async def main() -> None:
        client = PipelinedRedis(redis_url)
        try:
            replies: list[object] = await asyncio.gather(
                client.execute("NOSUCHCOMMAND", 1),
                client.execute("ECHO", "still here"),
                return_exceptions=True,
            )
            failed, echoed = replies
            assert isinstance(failed, ReplyError)
            assert "unknown command" in str(failed)
            assert echoed == b"still here"
        finally:
            await client.aclose()

    asyncio.run(main())


def test_the_url_selects_the_database(redis_url: str) -> None:
    key = f"atrium-test-{secrets.token_hex(4)}"
    other_database = f"{redis_url.rsplit('/', 1)[0]}/5"

    async def main() -> None:
        client = PipelinedRedis(other_database)
        try:
            await client.execute("SET", key, "in five", "EX", 60)
        finally:
            await client.aclose()

    asyncio.run(main())
    sync = redis.Redis.from_url(other_database)
    try:
        assert sync.get(key) == b"in five"
        assert redis.Redis.from_url(redis_url).get(key) is None
        sync.delete(key)
    finally:
        sync.close()


def test_the_url_password_authenticates(own_redis: OwnRedis) -> None:
    admin = redis.Redis(port=own_redis.port)
    admin.config_set("requirepass", "s3cret")
    admin.close()

    async def main() -> None:
        refused = PipelinedRedis(f"redis://:wrong@127.0.0.1:{own_redis.port}/0")
        with pytest.raises(RedisUnavailable, match="WRONGPASS"):
            await refused.execute("PING")
        await refused.aclose()
        for url in (
            f"redis://:s3cret@127.0.0.1:{own_redis.port}/0",
            f"redis://default:s3cret@127.0.0.1:{own_redis.port}/0",
        ):
            accepted = PipelinedRedis(url)
            assert await accepted.execute("PING") == b"PONG"
            await accepted.aclose()

    asyncio.run(main())


def test_a_silent_server_times_out_and_the_next_command_reconnects() -> None:
    connections = 0

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await reader.read()  # never answers, until the client hangs up
        writer.close()

    async def main() -> None:
        server = await asyncio.start_server(silent, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = PipelinedRedis(f"redis://127.0.0.1:{port}/0", timeout=0.2)
        try:
            for expected in (1, 2):
                replies = await asyncio.gather(
                    *(client.execute("PING") for _ in range(3)), return_exceptions=True
                )
                assert all(isinstance(r, RedisUnavailable) for r in replies), replies
                assert "did not answer within 0.2 s" in str(replies[0])
                assert connections == expected
        finally:
            await client.aclose()
            server.close()
            await server.wait_closed()

    asyncio.run(main())


def test_a_lost_connection_fails_what_was_in_flight_and_is_replaced(own_redis: OwnRedis) -> None:
    async def main() -> None:
        client = PipelinedRedis(own_redis.url)
        try:
            assert await client.execute("PING") == b"PONG"
            own_redis.stop()
            with pytest.raises(RedisUnavailable):
                await client.execute("PING")
            own_redis.start()
            assert await client.execute("PING") == b"PONG"
        finally:
            await client.aclose()

    asyncio.run(main())
