"""One Redis connection for the request path, every command on it pipelined.

redis-py runs each reply through a coroutine and a timeout of its own, which costs a request more
CPU than the command costs Redis. Here hiredis, the C parser redis-py itself uses, packs the
commands and parses the replies; the commands of one turn of the event loop go out in one write,
and the replies come back in order on the one connection, so any number of requests in flight
share round trips without waiting for each other.

It does what the request path needs and no more: one command, one reply. The URL forms are
redis-py's ``redis://[[username]:password@]host[:port][/db]`` and ``rediss://`` for TLS;
everything else talks to Redis through redis-py.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import Awaitable
from typing import Any, cast
from urllib.parse import unquote, urlsplit

import hiredis

# The replies Redis sends as errors, raised to the caller of the command.
ReplyError = hiredis.ReplyError
Arg = str | bytes | int


def _pack(command: tuple[Arg, ...]) -> bytes:
    # hiredis's type stub declares a one-element tuple where any number of arguments is meant.
    packed: bytes = hiredis.pack_command(cast(Any, command))
    return packed


class RedisUnavailable(Exception):
    """No connection could be made, the connection was lost, or Redis did not answer in time."""


class _Connection(asyncio.Protocol):
    def __init__(self, loop: asyncio.AbstractEventLoop, timeout: float) -> None:
        self._loop = loop
        self._timeout = timeout
        self._transport: asyncio.Transport | None = None
        self._reader = hiredis.Reader()
        self._outgoing: list[bytes] = []
        # Each command's reply, and when it is due, in the order the commands went out.
        self._waiting: deque[tuple[asyncio.Future[Any], float]] = deque()
        self._watchdog: asyncio.TimerHandle | None = None
        self.open = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)
        self.open = True

    def send(self, packed: bytes) -> asyncio.Future[Any]:
        if not self._outgoing:
            self._loop.call_soon(self._flush)
        self._outgoing.append(packed)
        reply = self._loop.create_future()
        due = self._loop.time() + self._timeout
        self._waiting.append((reply, due))
        if self._watchdog is None:
            self._watchdog = self._loop.call_at(due, self._watch)
        return reply

    def _flush(self) -> None:
        if self.open and self._transport is not None:
            self._transport.write(b"".join(self._outgoing))
        self._outgoing.clear()

    def data_received(self, data: bytes) -> None:
        self._reader.feed(data)
        try:
            while (reply := self._reader.gets()) is not False:
                future = self._waiting.popleft()[0]
                if future.done():  # its caller was cancelled
                    continue
                if isinstance(reply, ReplyError):
                    future.set_exception(reply)
                else:
                    future.set_result(reply)
        except (hiredis.ProtocolError, IndexError) as exc:
            self.abort(f"Redis sent what is not a reply to a command: {exc}")

    def _watch(self) -> None:
        """One timer for all commands: fires when the oldest reply is due."""
        self._watchdog = None
        if not self._waiting:
            return
        due = self._waiting[0][1]
        if due <= self._loop.time():
            self.abort(f"Redis did not answer within {self._timeout:g} s")
        else:
            self._watchdog = self._loop.call_at(due, self._watch)

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail_all(f"the connection to Redis was lost: {exc or 'closed'}")

    def abort(self, reason: str) -> None:
        if self._transport is not None:
            self._transport.abort()
        self._fail_all(reason)

    def _fail_all(self, reason: str) -> None:
        self.open = False
        self._outgoing.clear()
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        while self._waiting:
            future = self._waiting.popleft()[0]
            if not future.done():
                future.set_exception(RedisUnavailable(reason))


class PipelinedRedis:
    """A connection made on first use, and made again on the first use after it was lost; a
    command waits at most ``timeout`` seconds for the connection and as long for its reply."""

    def __init__(self, url: str, timeout: float = 1.0) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("redis", "rediss"):
            raise ValueError(
                f"a Redis URL starts with redis:// or rediss://, not {parts.scheme}://"
            )
        self._host = parts.hostname or "localhost"
        self._port = parts.port or 6379
        self._ssl = ssl.create_default_context() if parts.scheme == "rediss" else None
        self._timeout = timeout
        # Sent first on every new connection.
        self._handshake: list[tuple[Arg, ...]] = []
        if parts.password:
            # A password alone is the one form Redis before 6 (no users) understands.
            credentials = (parts.username, parts.password) if parts.username else (parts.password,)
            self._handshake.append(("AUTH", *(unquote(part) for part in credentials)))
        database = parts.path.strip("/")
        if database and database != "0":
            self._handshake.append(("SELECT", int(database)))
        self._connection: _Connection | None = None
        self._connecting: asyncio.Task[_Connection] | None = None

    def execute(self, *args: Arg) -> Awaitable[Any]:
        """The reply to one command. Raises ReplyError for an error reply, RedisUnavailable when
        there is no connection or no reply within the timeout (the connection is then dropped,
        and the next command makes a new one)."""
        packed = _pack(args)
        connection = self._connection
        if connection is not None and connection.open:
            return connection.send(packed)
        return self._connect_and_send(packed)

    async def _connect_and_send(self, packed: bytes) -> Any:
        if self._connecting is None:
            self._connecting = asyncio.create_task(self._connect())
            # Its failure reaches the callers waiting; with none left, it must not be reported
            # as never retrieved.
            self._connecting.add_done_callback(lambda task: task.cancelled() or task.exception())
        # Shielded: one caller going away must not stop the connection others are waiting for.
        connection = await asyncio.shield(self._connecting)
        return await connection.send(packed)

    async def _connect(self) -> _Connection:
        loop = asyncio.get_running_loop()
        connection: _Connection | None = None
        try:
            async with asyncio.timeout(self._timeout):
                _, connection = await loop.create_connection(
                    lambda: _Connection(loop, self._timeout), self._host, self._port, ssl=self._ssl
                )
                for command in self._handshake:
                    await connection.send(_pack(command))
        except (OSError, TimeoutError, ReplyError, RedisUnavailable) as exc:
            if connection is not None:
                connection.abort("the connection could not be set up")
            reason = str(exc) or type(exc).__name__
            raise RedisUnavailable(
                f"cannot connect to Redis at {self._host}:{self._port}: {reason}"
            ) from exc
        finally:
            self._connecting = None
        self._connection = connection
        return connection

    async def aclose(self) -> None:
        if self._connecting is not None:
            self._connecting.cancel()
        if self._connection is not None:
            self._connection.abort("closed")
            self._connection = None
