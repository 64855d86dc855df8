"""Building blocks for benchmarks: a throwaway PostgreSQL database, the Atrium CLI, server
processes on loopback sockets, and wrk runs reduced to their figures.

Benchmarks in this directory run as ``python bench/<name>.py`` and import this module as
``common``. PostgreSQL and Redis come from ``BENCH_DATABASE_URL`` (a database the benchmark may
create databases from) and ``BENCH_REDIS_URL``, defaulting to their local default ports.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.client import HTTPConnection
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
# `python bench/x.py` puts bench/ first on the path: put the checkout ahead of the installed
# package, whose editable hooks import `models` and its peers as bare namespace packages.
sys.path.insert(0, str(ROOT))
LOOPBACK = "127.0.0.1"
ADMIN_DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
START_TIMEOUT_SECONDS = 60.0
STOP_TIMEOUT_SECONDS = 15.0

# wrk's own summary prints rounded figures with units; this prints the raw counters as JSON.
_WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "socket_errors": %d, "http_errors": %d, '
    .. '"p50_us": %d, "p99_us": %d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
"""


class BenchError(Exception):
    """The benchmark cannot produce a meaningful figure; the message says why."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


async def _admin(admin_url: str, sql: str) -> None:
    conn = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextmanager
def throwaway_database(admin_url: str = ADMIN_DATABASE_URL) -> Iterator[str]:
    """A new, empty database on ``admin_url``'s server; yields its URL and drops it afterwards."""
    name = f"atrium_bench_{secrets.token_hex(4)}"
    try:
        asyncio.run(_admin(admin_url, f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError) as exc:
        raise BenchError(f"cannot create a database on {admin_url}: {exc}") from exc
    try:
        yield f"{admin_url.rsplit('/', 1)[0]}/{name}"
    finally:
        asyncio.run(_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def atrium_env(
    database_url: str,
    base_domain: str,
    workers: int = 1,
    log_level: str = "INFO",
    rate_limits: bool = True,
) -> dict[str, str]:
    """Production-shaped settings (PostgreSQL, shared Redis under a prefix of its own, access log
    on) with plain HTTP allowed, since the load tool talks to the socket directly."""
    return {
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "REDIS_PREFIX": f"atrium-bench-{secrets.token_hex(4)}",
        "BASE_DOMAIN": base_domain,
        "REQUIRE_HTTPS": "false",
        "WORKERS": str(workers),
        "LOG_LEVEL": log_level,
        "RATE_LIMITS_ENABLED": "true" if rate_limits else "false",
    }


def _process_env(env: Mapping[str, str]) -> dict[str, str]:
    # A shell's ATRIUM_ENV must not silently switch the benchmark to another environment.
    inherited = {k: v for k, v in os.environ.items() if k != "ATRIUM_ENV"}
    return {**inherited, **env}


def atrium_cli(args: Sequence[str], env: Mapping[str, str]) -> str:
    """Run ``python server.py ARGS`` and return its stdout; raises BenchError when it fails."""
    result = subprocess.run(
        [sys.executable, "server.py", *args],
        cwd=ROOT,
        env=_process_env(env),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BenchError(f"server.py {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def http_request(
    port: int,
    method: str,
    path: str,
    headers: Mapping[str, str],
    body: bytes | None = None,
    timeout: float = 10,
) -> tuple[int, bytes]:
    """One request to the server on ``port``: its status and raw body."""
    conn = HTTPConnection(LOOPBACK, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=dict(headers))
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def http_json(
    port: int,
    method: str,
    path: str,
    headers: Mapping[str, str],
    body: bytes | None = None,
    timeout: float = 10,
) -> tuple[int, dict[str, object]]:
    """As `http_request`, with the answer parsed as JSON."""
    status, raw = http_request(port, method, path, headers, body, timeout)
    return status, json.loads(raw)


def http_get(port: int, path: str, headers: Mapping[str, str]) -> tuple[int, bytes]:
    return http_request(port, "GET", path, headers, timeout=2)


def http_post_json(
    port: int, path: str, headers: Mapping[str, str], body: object, timeout: float = 10
) -> tuple[int, bytes]:
    sent = {**headers, "Content-Type": "application/json"}
    return http_request(port, "POST", path, sent, json.dumps(body).encode(), timeout)


def signed_in_user(port: int, headers: Mapping[str, str], user_type_id: int = 1) -> str:
    """Create a user of the tenant ``headers`` name (with its key) and sign them in; returns
    their user token."""
    login = f"bench{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(16)
    user = {
        "name": "Bench",
        "surname": "User",
        "login": login,
        "email": f"{login}@example.com",
        "password": password,
        "user_type_id": user_type_id,
    }
    status, body = http_post_json(port, "/api/v2/users", headers, user)
    if status != 200:
        raise BenchError(f"POST /api/v2/users answered {status}: {body[:300]!r}")
    anonymous = {k: v for k, v in headers.items() if k.lower() != "x-api-key"}
    status, body = http_post_json(
        port, "/api/v2/auth/sign-in", anonymous, {"login": login, "password": password}
    )
    if status != 200:
        raise BenchError(f"POST /api/v2/auth/sign-in answered {status}: {body[:300]!r}")
    token: str = json.loads(body)["_data"]["token"]
    return token


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path

    def cpu_seconds(self) -> float:
        """User and system CPU time used so far by the server and its workers (Linux)."""
        ticks = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                # Fields after the parenthesised command name, which may itself hold spaces.
                fields = stat.read_text().rpartition(")")[2].split()
            except OSError:  # the process ended meanwhile
                continue
            # Started as a session leader, the server's processes are the ones in its group.
            if int(fields[2]) == self.process.pid:
                ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            # The server was started as the leader of its own process group: this reaches its
            # workers too, and nothing else.
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def _pinned(argv: Sequence[str], cpus: Sequence[int] | None) -> list[str]:
    if cpus is None:
        return list(argv)
    return ["taskset", "--cpu-list", ",".join(map(str, cpus)), *argv]


@contextmanager
def serving(
    name: str,
    argv: Sequence[str],
    env: Mapping[str, str],
    port: int,
    ready: tuple[str, Mapping[str, str]],
    log_path: Path,
    cpus: Sequence[int] | None = None,
) -> Iterator[Server]:
    """Run ``argv`` (stdout and stderr to ``log_path``, optionally pinned to ``cpus``) until the
    ``(path, headers)`` of ``ready`` answers 200 on ``port``; yields it and stops it afterwards.

    Raises BenchError with the end of its log when it exits or never gets ready.
    """
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            _pinned(argv, cpus),
            cwd=ROOT,
            env=_process_env(env),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(name, port, process, log_path)
    try:
        _wait_ready(server, *ready)
        yield server
    finally:
        server.stop()


def _wait_ready(server: Server, path: str, headers: Mapping[str, str]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise BenchError(f"{server.name} exited at start:\n{server.log_tail()}")
        try:
            status, _ = http_get(server.port, path, headers)
        except OSError:
            status = 0
        if status == 200:
            return
        time.sleep(0.2)
    raise BenchError(f"{server.name} did not answer {path} in time:\n{server.log_tail()}")


@contextmanager
def atrium_server(
    env: Mapping[str, str], port: int, log_path: Path, cpus: Sequence[int] | None = None
) -> Iterator[Server]:
    """``python server.py serve`` with ``env`` on the loopback ``port``, ready once its health
    answers on the platform host; see `serving`."""
    platform_host = env.get("BASE_DOMAIN", "localhost")
    with serving(
        "atrium",
        [sys.executable, "server.py", "serve"],
        {**env, "HOST": LOOPBACK, "PORT": str(port)},
        port,
        ("/api/v2/health", {"Host": platform_host}),
        log_path,
        cpus,
    ) as server:
        yield server


@dataclass(frozen=True, slots=True)
class WrkResult:
    requests: int
    seconds: float
    socket_errors: int
    # Responses with a status of 400 or more.
    http_errors: int
    p50_ms: float
    p99_ms: float

    @property
    def requests_per_second(self) -> float:
        return self.requests / self.seconds


def rotating_tenants_lua(path: str, tenants: Sequence[tuple[str, str]]) -> str:
    """wrk Lua sending each request as the next of ``tenants`` (``(host, api_key)`` pairs), so
    that load spreads over tenants as on a shared deployment and stays under each tenant's rate
    limits (the burst cap of 200 requests per 5 s would reject most of one tenant's load)."""
    rows = ",\n".join(f"  {{{json.dumps(host)}, {json.dumps(key)}}}" for host, key in tenants)
    return f"""
local tenants = {{
{rows}
}}
local sent = 0
request = function()
  sent = sent + 1
  local tenant = tenants[sent % #tenants + 1]
  wrk.headers["Host"] = tenant[1]
  wrk.headers["X-API-Key"] = tenant[2]
  return wrk.format("GET", {json.dumps(path)})
end
"""


def run_wrk(
    port: int,
    path: str,
    headers: Mapping[str, str],
    seconds: float,
    connections: int,
    threads: int,
    cpus: Sequence[int] | None = None,
    lua: str = "",
    timeout_seconds: float = 2.0,
) -> WrkResult:
    """Load ``path`` on the loopback ``port`` with wrk, running the wrk Lua code ``lua`` (a
    ``request`` function, say) if given; raises BenchError when wrk fails."""
    if shutil.which("wrk") is None:
        raise BenchError("wrk is not installed (Debian/Ubuntu: apt-get install wrk)")
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(lua + _WRK_REPORT)
        script.flush()
        header_args = [arg for k, v in headers.items() for arg in ("--header", f"{k}: {v}")]
        argv = [
            "wrk",
            f"--threads={threads}",
            f"--connections={connections}",
            f"--duration={seconds:g}s",
            f"--timeout={timeout_seconds:g}s",
            f"--script={script.name}",
            *header_args,
            f"http://{LOOPBACK}:{port}{path}",
        ]
        result = subprocess.run(_pinned(argv, cpus), capture_output=True, text=True, check=False)
    report = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not report:
        raise BenchError(f"wrk failed:\n{result.stdout}{result.stderr}")
    figures = json.loads(report[-1])
    return WrkResult(
        requests=figures["requests"],
        seconds=figures["duration_us"] / 1e6,
        socket_errors=figures["socket_errors"],
        http_errors=figures["http_errors"],
        p50_ms=figures["p50_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
    )
