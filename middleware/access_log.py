"""One JSON line per request: id, tenant, key, method, path, status, latency.

The line goes straight into a buffer on stdout, skipping the `logging` machinery, which cost
about a fifth of a small request; the buffer is flushed every second (at once on a terminal) and
when the server stops. The line has the same shape as every other log line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import select
import stat
import time
from datetime import UTC, datetime
from typing import BinaryIO

import orjson
from sanic import Sanic
from sanic.response import BaseHTTPResponse

from api.request import AtriumRequest
from core.logging import access_logger

# Path parameters that are personal data: a path holding one is logged as its route's template.
PERSONAL_PATH_PARAMETERS = frozenset({"email"})
FLUSH_SECONDS = 1.0
STDOUT = 1
FILE_BUFFER_BYTES = 64 * 1024


class AccessLog:
    def __init__(self, stream: BinaryIO, flush_each_line: bool) -> None:
        self._stream = stream
        self._flush_each_line = flush_each_line
        self._millisecond = -1
        self._millisecond_text = ""
        self._second = -1
        self._second_text = ""

    def _timestamp(self) -> str:
        """What `core.logging` writes (ISO 8601, milliseconds, UTC), formatted once a
        millisecond (a busy worker writes many lines in each) instead of once a line."""
        millisecond = int(time.time() * 1000)
        if millisecond != self._millisecond:
            second, fraction = divmod(millisecond, 1000)
            if second != self._second:
                self._second = second
                self._second_text = datetime.fromtimestamp(second, UTC).strftime(
                    "%Y-%m-%dT%H:%M:%S"
                )
            self._millisecond = millisecond
            self._millisecond_text = f"{self._second_text}.{fraction:03d}+00:00"
        return self._millisecond_text

    def write(self, request: AtriumRequest, status: int) -> None:
        ctx = request.ctx
        line = orjson.dumps(
            {
                "ts": self._timestamp(),
                "level": "info",
                "logger": access_logger.name,
                "msg": "request",
                "request_id": ctx.request_id,
                "tenant": ctx.tenant.slug if ctx.tenant else None,
                "key_id": ctx.api_key.id if ctx.api_key else None,
                "token_id": ctx.user_token.id if ctx.user_token else None,
                "method": request.method,
                "path": logged_path(request),
                "status": status,
                # Two decimals without round(), which formats and parses a float.
                "latency_ms": int((time.perf_counter() - ctx.started) * 100_000) / 100,
            }
        )
        self._stream.write(line + b"\n")
        if self._flush_each_line:
            self._stream.flush()

    def flush(self) -> None:
        self._stream.flush()

    async def flush_periodically(self) -> None:
        while True:
            await asyncio.sleep(FLUSH_SECONDS)
            self.flush()


def _buffer_size(fd: int) -> int:
    """On a pipe (a container's stdout, shared by the worker processes) PIPE_BUF, so that each
    write of whole lines stays atomic; elsewhere (a file) a larger buffer and fewer writes."""
    try:
        is_pipe = stat.S_ISFIFO(os.fstat(fd).st_mode)
    except OSError:
        is_pipe = True
    return select.PIPE_BUF if is_pipe else FILE_BUFFER_BYTES


# A buffer of our own on stdout's descriptor: sys.stdout.buffer writes through at once under
# PYTHONUNBUFFERED (set in the container image), a system call per request.
_log = AccessLog(
    open(STDOUT, "wb", buffering=_buffer_size(STDOUT), closefd=False),  # noqa: SIM115 - lives as long as the process
    flush_each_line=os.isatty(STDOUT),
)


def log_request(request: AtriumRequest, response: BaseHTTPResponse) -> None:
    if access_logger.isEnabledFor(logging.INFO):
        _log.write(request, response.status)


def install_access_log(app: Sanic) -> None:  # type: ignore[type-arg]
    """Flush the log around the server's life; `log_request` runs in the response stack."""
    flusher: list[asyncio.Task[None]] = []

    @app.after_server_start
    async def start_flushing(app: Sanic) -> None:  # type: ignore[type-arg]
        flusher.append(asyncio.create_task(_log.flush_periodically()))

    @app.before_server_stop
    async def flush_on_stop(app: Sanic) -> None:  # type: ignore[type-arg]
        while flusher:
            task = flusher.pop()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        _log.flush()


def logged_path(request: AtriumRequest) -> str:
    """The request's path, or its route's template where the path carries personal data."""
    if request.route is not None and not PERSONAL_PATH_PARAMETERS.isdisjoint(request.match_info):
        return "/" + request.route.path
    return request.path
