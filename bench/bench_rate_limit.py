"""What the rate limiter costs: ``GET /api/v2/auth/me`` on one Atrium worker with rate limits on
and with them off (``RATE_LIMITS_ENABLED=false``), both loaded with wrk in the same run,
interleaved, medians reported; then the microseconds one limiter check takes in-process, over
5,000 calls.

    python bench/bench_rate_limit.py [--rounds 5] [--seconds 8] [--connections 32]

Both servers run production-shaped (PostgreSQL, Redis, access log at INFO to a file). The burst
cap of 200 requests per 5 s is the contract's, and one tenant under wrk would mostly get 429s, a
cheaper path than the one that matters. So wrk sends each request as the next of a few tenants,
each on a custom plan with a quota no run reaches: every request is admitted and counted, and
any 429 or other error fails the run. Each server gets as many tenants as keep every one at
about 20 req/s (sized in warm-ups): the same rate for both, so that both find a tenant in
their one-second tenant cache equally often, as they would a busy tenant. Goal: with limits on,
at least 85% of the req/s with them off.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from http.client import HTTPConnection
from pathlib import Path

from common import (
    LOOPBACK,
    REDIS_URL,
    BenchError,
    Server,
    WrkResult,
    atrium_cli,
    atrium_env,
    atrium_server,
    free_port,
    rotating_tenants_lua,
    run_wrk,
    throwaway_database,
)

from api.versions import LATEST
from core.redis import connect_redis
from core.redis_pipeline import PipelinedRedis
from core.scoping import tenant_scope
from domain.api_keys import do_create_api_key
from models.database import close_db, init_db
from models.tenant import Plan
from tenants.provisioning import do_create_tenant
from tenants.rate_limits import MemoryRateLimiter, RateLimiter, RedisRateLimiter
from tenants.records import tenant_record

GOAL = 0.85
BASE_DOMAIN = "bench.test"
AUTH_ME = "/api/v2/auth/me"
WARMUP_SECONDS = 2.0
VERSION = {"X-API-Version": LATEST.isoformat()}
# Servers on one CPU and wrk on the other, so that the two do not take turns on a core.
PINNED = (os.cpu_count() or 1) >= 2
SERVER_CPUS = (0,) if PINNED else None
WRK_CPUS = (1,) if PINNED else None
UNREACHABLE_QUOTA = 1_000_000_000
SEEDED_TENANTS = 2_000
# Each tenant's share of the load, with room to spare: the burst cap allows 40 a second.
TENANT_REQUESTS_PER_SECOND = 20
CHECKS = 5_000
# Tenant ids for the in-process checks, cycled so that none reaches its burst cap, and far from
# those of the seeded tenants.
CHECK_TENANTS = 64
FIRST_CHECK_TENANT = 1_000_000_000
CONCURRENT = 32


@dataclass(frozen=True, slots=True)
class Run:
    wrk: WrkResult
    # The server's CPU time per answered request, which load from elsewhere hardly moves.
    cpu_us_per_request: float


@dataclass(frozen=True, slots=True)
class Cost:
    """Microseconds per call, elapsed and of this process's CPU."""

    wall_us: float
    cpu_us: float


@dataclass(frozen=True, slots=True)
class Checks:
    redis: Cost
    # Checks CONCURRENT at a time share round trips (see PipelinedRedis).
    redis_concurrent: Cost
    ping: Cost
    memory: Cost


@dataclass(frozen=True, slots=True)
class Measured:
    runs: dict[str, list[Run]]
    checks: Checks
    # How many tenants wrk took turns with, per server.
    tenants: dict[str, int]


async def _seed(database_url: str, count: int) -> list[tuple[str, str]]:
    """``count`` tenants with one key each; returns their (host, key) pairs."""
    await init_db(database_url)
    try:
        tenants = []
        for n in range(count):
            tenant = tenant_record(
                await do_create_tenant(
                    f"bench{n:04d}", plan=Plan.CUSTOM, custom_hourly_limit=UNREACHABLE_QUOTA
                )
            )
            with tenant_scope(tenant.id):
                _, key = await do_create_api_key(tenant, "bench", ["*"])
            tenants.append((f"{tenant.slug}.{BASE_DOMAIN}", key))
        return tenants
    finally:
        await close_db()


def _rate_limit_header(port: int, headers: dict[str, str]) -> str | None:
    """``X-RateLimit-Limit`` of one ``auth/me`` call; raises BenchError unless it answers 200."""
    conn = HTTPConnection(LOOPBACK, port, timeout=5)
    try:
        conn.request("GET", AUTH_ME, headers=headers)
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise BenchError(f"{AUTH_ME} answered {response.status}: {body[:300]!r}")
        return response.getheader("X-RateLimit-Limit")
    finally:
        conn.close()


async def _timed(calls: int, concurrency: int, call: Callable[[int], Awaitable[object]]) -> Cost:
    """The cost of ``calls`` awaits of ``call(n)``, ``concurrency`` of them under way at a time."""

    async def worker(first: int) -> None:
        for n in range(first, calls, concurrency):
            await call(n)

    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker(first) for first in range(concurrency)))
    return Cost(
        (time.perf_counter() - wall) / calls * 1e6, (time.process_time() - cpu) / calls * 1e6
    )


async def _checks(limiter: RateLimiter, concurrency: int = 1) -> Cost:
    async def check(n: int) -> None:
        verdict = await limiter.hit(FIRST_CHECK_TENANT + n % CHECK_TENANTS, UNREACHABLE_QUOTA)
        if verdict is None or not verdict.admitted:
            raise BenchError(f"in-process check {n} was not admitted: {verdict}")

    await _timed(CHECK_TENANTS, 1, check)  # connections open, script loaded
    return await _timed(CHECKS, concurrency, check)


async def _check_costs(prefix: str) -> Checks:
    redis = PipelinedRedis(REDIS_URL)

    async def ping(_: int) -> None:
        await redis.execute("PING")

    limiter = RedisRateLimiter(redis, prefix)
    try:
        with_redis = await _checks(limiter)
        concurrent = await _checks(limiter, CONCURRENT)
        round_trip = await _timed(CHECKS, 1, ping)
    finally:
        await limiter.aclose()
    return Checks(with_redis, concurrent, round_trip, await _checks(MemoryRateLimiter()))


async def _forget_counts(prefix: str) -> None:
    """Drop the run's counters, which would otherwise stay in Redis for an hour."""
    redis = connect_redis(REDIS_URL)
    try:
        async for key in redis.scan_iter(match=f"{{{prefix}:t:*", count=1000):
            await redis.delete(key)
    finally:
        await redis.aclose()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1)
    return parser


def _load(
    server: Server, lua: str, seconds: float, args: argparse.Namespace, *, check: bool = True
) -> Run:
    """One wrk run; with ``check``, fails on any error response (a 429 included)."""
    cpu_before = server.cpu_seconds()
    result = run_wrk(
        server.port, AUTH_ME, VERSION, seconds, args.connections, args.threads, WRK_CPUS, lua=lua
    )
    cpu = server.cpu_seconds() - cpu_before
    if check and (result.http_errors or result.socket_errors):
        raise BenchError(
            f"{server.name}: {result.http_errors} error responses and "
            f"{result.socket_errors} socket errors out of {result.requests} requests"
        )
    return Run(result, cpu / max(result.requests, 1) * 1e6)


def measure(args: argparse.Namespace, workdir: Path) -> Measured:
    """Start both servers, load them in turn round after round, then time limiter checks."""
    with ExitStack() as stack:
        database_url = stack.enter_context(throwaway_database())
        env = atrium_env(database_url, BASE_DOMAIN)
        prefix = env["REDIS_PREFIX"]
        stack.callback(lambda: asyncio.run(_forget_counts(prefix)))
        atrium_cli(["migrate"], env)
        seeded = asyncio.run(_seed(database_url, SEEDED_TENANTS))
        servers = {
            name: stack.enter_context(
                atrium_server(
                    atrium_env(database_url, BASE_DOMAIN, rate_limits=name == "on"),
                    free_port(),
                    workdir / f"limits-{name}.log",
                    SERVER_CPUS,
                )
            )
            for name in ("on", "off")
        }
        host, key = seeded[0]
        probe = {"Host": host, "X-API-Key": key, **VERSION}
        if _rate_limit_header(servers["on"].port, probe) != str(UNREACHABLE_QUOTA):
            raise BenchError("the server with rate limits on answered without its quota")
        if _rate_limit_header(servers["off"].port, probe) is not None:
            raise BenchError("the server with rate limits off answered with rate-limit headers")
        # Each server gets as many tenants as keep every one at the same request rate, so that
        # both find them in their one-second tenant cache equally often. Fewer tenants make a
        # faster server: grow their number until a warm-up confirms it.
        scripts: dict[str, str] = {}
        tenants: dict[str, int] = {}
        for name, server in servers.items():
            count = len(seeded)
            while True:
                scripts[name] = rotating_tenants_lua(AUTH_ME, seeded[:count])
                warmup = _load(server, scripts[name], WARMUP_SECONDS, args, check=False)
                needed = math.ceil(warmup.wrk.requests_per_second / TENANT_REQUESTS_PER_SECOND)
                if needed > len(seeded):
                    raise BenchError(f"{name}: more than {len(seeded)} tenants needed")
                if tenants.get(name) == count and needed <= count:
                    break
                tenants[name] = count = max(needed, 1)
        runs: dict[str, list[Run]] = {name: [] for name in servers}
        for round_number in range(1, args.rounds + 1):
            for name, server in servers.items():
                runs[name].append(_load(server, scripts[name], args.seconds, args))
            on, off = (runs[name][-1].wrk.requests_per_second for name in ("on", "off"))
            print(
                f"round {round_number}: limits on {on:,.0f} req/s, off {off:,.0f} req/s,"
                f" ratio {on / off:.2f}",
                flush=True,
            )
        checks = asyncio.run(_check_costs(prefix))
    return Measured(runs, checks, tenants)


def report(args: argparse.Namespace, measured: Measured) -> None:
    runs, checks = measured.runs, measured.checks
    print(
        f"\nmedians of {args.rounds} interleaved rounds of {args.seconds:g} s: one server worker, "
        f"{args.connections} connections, {args.threads} wrk thread(s), tenants in turn at "
        f"~{TENANT_REQUESTS_PER_SECOND} req/s each ({measured.tenants['on']} with limits on, "
        f"{measured.tenants['off']} off); load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} CPUs"
    )
    print(f"{'limits':<9}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'CPU us/req':>12}")
    for name, server_runs in runs.items():
        print(
            f"{name:<9}{statistics.median(r.wrk.requests_per_second for r in server_runs):>10,.0f}"
            f"{statistics.median(r.wrk.p50_ms for r in server_runs):>10.2f}"
            f"{statistics.median(r.wrk.p99_ms for r in server_runs):>10.2f}"
            f"{statistics.median(r.cpu_us_per_request for r in server_runs):>12,.0f}"
        )
    # Each round's ratio compares two runs seconds apart, so load from elsewhere on the machine
    # weighs on both; its median is steadier than a ratio of the two medians.
    pairs = list(zip(runs["on"], runs["off"], strict=True))
    ratio = statistics.median(
        on.wrk.requests_per_second / off.wrk.requests_per_second for on, off in pairs
    )
    cpu_ratio = statistics.median(
        off.cpu_us_per_request / on.cpu_us_per_request for on, off in pairs
    )
    verdict = "met" if ratio >= GOAL else "NOT met"
    print(f"req/s ratio on / off: {ratio:.2f} (goal >= {GOAL}: {verdict})")
    print(
        f"CPU time per request, off / on: {cpu_ratio:.2f} "
        "(the req/s ratio when both servers are CPU-bound; Redis's own CPU not included)"
    )
    c = checks
    print(f"one limiter check in-process, mean of {CHECKS:,} calls:")
    print(f"  with Redis, one at a time  {c.redis.wall_us:6.0f} us (CPU {c.redis.cpu_us:.0f} us)")
    print(
        f"  with Redis, {CONCURRENT} at a time   CPU {c.redis_concurrent.cpu_us:.0f} us per check"
    )
    print(f"  a bare Redis PING          {c.ping.wall_us:6.0f} us (CPU {c.ping.cpu_us:.0f} us)")
    print(f"  in-process storage         {c.memory.wall_us:6.0f} us")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="atrium-bench-") as workdir:
        try:
            measured = measure(args, Path(workdir))
        except BenchError as exc:
            print(f"benchmark failed: {exc}", file=sys.stderr)
            return 1
    report(args, measured)
    return 0


if __name__ == "__main__":
    sys.exit(main())
