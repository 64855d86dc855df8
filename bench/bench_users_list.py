"""What a page of users costs: ``GET /api/v2/users?page[size]=100`` on one Atrium worker against
a bare Sanic route serving the same page, both loaded with wrk in the same run, interleaved,
medians reported.

    python bench/bench_users_list.py [--users 50000] [--rounds 5] [--seconds 8] [--connections 32]

Two tenants get ``--users`` users each, written straight into a throwaway database with COPY
(and their user counters); the second tenant is measured, so nothing favours the first rows of
the table, and the plan of its page query is checked to walk the (tenant_id, id) index. Atrium
runs production-shaped: PostgreSQL, Redis, the full middleware stack, its access log at INFO
written to a file; only rate limiting is off, since one tenant's burst cap (200 requests per
5 s) would turn nearly all of this load into 429s. The bare route (``serve-bare``, started by
this script as its own process) has no middleware and answers with one hand-written asyncpg
query; before loading, the two bodies are checked to be byte for byte the same. Goal: the users
list reaches at least 0.7 of the bare route's req/s.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import statistics
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import asyncpg
import orjson
from common import (
    LOOPBACK,
    BenchError,
    WrkResult,
    atrium_cli,
    atrium_env,
    atrium_server,
    free_port,
    http_get,
    run_wrk,
    serving,
    throwaway_database,
)
from sanic import HTTPResponse, Request, Sanic
from sanic.response import raw
from sanic.worker.loader import AppLoader

from api.versions import LATEST
from core.query import Page
from core.sql import tenant_statement
from domain.user_list import users_page_sql

GOAL = 0.7
BASE_DOMAIN = "bench.test"
TENANTS = ("first", "second")
MEASURED_TENANT = "second"
PAGE_SIZE = 100
PATH = "/api/v2/users"
QUERY = f"page[size]={PAGE_SIZE}"
WARMUP_SECONDS = 2.0

_COLUMNS = (
    "tenant_id",
    "login",
    "email",
    "name",
    "surname",
    "user_type",
    "status",
    "timezone",
    "locale",
    "email_notifications",
    "integration_user_id",
    "last_login",
    "created_at",
    "updated_at",
)
# The bare route's one query: the page, its timestamps formatted by PostgreSQL, and the total
# from the tenant's user counter.
_PAGE_SQL = """
SELECT u."id", u."login", u."name", u."surname", u."email", u."timezone", u."locale",
  u."user_type",
  to_char(u."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "created_at",
  to_char(u."last_login" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "last_login",
  u."status",
  to_char(u."updated_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updated_at",
  u."integration_user_id",
  (SELECT c."value" FROM "tenant_counters" c WHERE c."tenant_id" = $1 AND c."name" = 'users')
    AS "total"
FROM "users" u WHERE u."tenant_id" BETWEEN $1 AND $1 ORDER BY u."tenant_id", u."id"
LIMIT $2 OFFSET $3
"""
_TYPE_NAMES = {1: "SuperAdmin", 2: "Admin", 3: "Instructor", 4: "Learner-Instructor", 5: "Learner"}


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    port: int
    # The server's process group (its main process and its worker).
    process_group: int


@dataclass(frozen=True, slots=True)
class Run:
    wrk: WrkResult
    # CPU time the server spent per request: unlike req/s, hardly moved by other load on the
    # machine, so the steadier measure of what a request costs.
    cpu_us_per_request: float


def cpu_seconds(process_group: int) -> float:
    """CPU time used so far by the live processes of ``process_group`` (Linux /proc)."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command name: state, ppid, pgrp, ..., utime and stime at 11 and 12.
        if int(fields[2]) == process_group:
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _connect_url(database_url: str) -> str:
    return database_url.replace("postgres://", "postgresql://", 1)


def _users(tenant_id: int, count: int) -> list[tuple[Any, ...]]:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(count):
        created = start + timedelta(seconds=n * 37)
        rows.append(
            (
                tenant_id,
                f"user{n}",
                f"user{n}@t{tenant_id}.example.com",
                f"Name{n}",
                f"Surname{n}",
                5 if n % 10 else 3,
                "active" if n % 7 else "inactive",
                "Europe/Athens",
                "en",
                True,
                f"HR-{n}" if n % 2 else None,
                created + timedelta(days=3) if n % 3 else None,
                created,
                created + timedelta(hours=1),
            )
        )
    return rows


async def _seed_users(database_url: str, count: int) -> int:
    """``count`` users in each tenant, first tenant first; returns the measured tenant's id."""
    conn = await asyncpg.connect(_connect_url(database_url))
    try:
        ids = {
            r["slug"]: r["id"]
            for r in await conn.fetch('SELECT "id", "slug" FROM "tenants" ORDER BY "id"')
        }
        for slug in TENANTS:
            await conn.copy_records_to_table(
                "users", records=_users(ids[slug], count), columns=_COLUMNS
            )
            await conn.execute(
                'INSERT INTO "tenant_counters" ("tenant_id", "name", "value") '
                "VALUES ($1, 'users', $2)",
                ids[slug],
                count,
            )
        await conn.execute("ANALYZE")
        measured: int = ids[MEASURED_TENANT]
        return measured
    finally:
        await conn.close()


async def _check_plan(database_url: str, tenant_id: int) -> str:
    """The plan of the measured tenant's page query as Atrium writes it; raises BenchError
    unless it reads the (tenant_id, id) index instead of walking the primary key through the
    first tenant's rows or sorting the tenant's rows."""
    sql, params = tenant_statement(tenant_id, *users_page_sql((), Page(1, PAGE_SIZE)))
    conn = await asyncpg.connect(_connect_url(database_url))
    try:
        plan = "\n".join(r[0] for r in await conn.fetch(f"EXPLAIN {sql}", *params))
    finally:
        await conn.close()
    if "users_pkey" in plan or "Sort" in plan or "Seq Scan on users" in plan:
        raise BenchError(f"the page query does not use the (tenant_id, id) index:\n{plan}")
    return plan


def bare_app(database_url: str, tenant_id: int) -> Sanic:  # type: ignore[type-arg]
    """Sanic with one route serving the users page by hand: no middleware, no ORM."""
    app = Sanic("bare_users")
    # sanic-ext, when installed, attaches itself to every app: not part of Sanic.
    app.config.AUTO_EXTEND = False

    @app.before_server_start
    async def connect(app: Sanic) -> None:  # type: ignore[type-arg]
        app.ctx.pool = await asyncpg.create_pool(_connect_url(database_url), min_size=2)

    @app.get(PATH)
    async def users(request: Request) -> HTTPResponse:
        number = int(request.args.get("page[number]", "1"))
        size = int(request.args.get("page[size]", "20"))
        rows = await app.ctx.pool.fetch(_PAGE_SQL, tenant_id, size, (number - 1) * size)
        total = rows[0]["total"] if rows else 0
        base = f"{request.scheme}://{request.host}{request.path}"
        avatar_url = f"{request.scheme}://{request.host}/api/v2/avatars/default.svg"
        avatar = dict.fromkeys(("default", "sm", "md", "lg", "xl"), avatar_url)
        items = [
            {
                "id": r["id"],
                "login": r["login"],
                "name": r["name"],
                "surname": r["surname"],
                "email": r["email"],
                "avatar": avatar,
                "timezone": r["timezone"],
                "language": r["locale"],
                "type": _TYPE_NAMES[r["user_type"]],
                "registration": r["created_at"],
                "last_login": r["last_login"],
                "status": r["status"],
                "last_updated": r["updated_at"],
                "integration_user_id": r["integration_user_id"],
            }
            for r in rows
        ]
        pages = math.ceil(total / size)

        def link(n: int) -> str:
            return f"{base}?{urlencode([('page[number]', n), ('page[size]', size)], safe='[]')}"

        body = {
            "_data": items,
            "_links": {
                "self": link(number),
                "first": link(1),
                "last": link(max(pages, 1)),
                "prev": link(min(number - 1, max(pages, 1))) if number > 1 else None,
                "next": link(number + 1) if number < pages else None,
            },
            "_meta": {
                "pagination": {
                    "page": number,
                    "page_size": size,
                    "total_items": len(items),
                    "total_pages": pages,
                    "total_results": total,
                }
            },
        }
        return raw(orjson.dumps(body), content_type="application/json")

    return app


def _check_same_page(atrium: int, bare: int, headers: dict[str, str]) -> None:
    path = f"{PATH}?{QUERY}"
    status, body = http_get(atrium, path, headers)
    if status != 200:
        raise BenchError(f"{PATH} answered {status}: {body[:300]!r}")
    page = orjson.loads(body)
    if len(page["_data"]) != PAGE_SIZE:
        raise BenchError(f"{PATH} answered {len(page['_data'])} users, not {PAGE_SIZE}")
    bare_status, bare_body = http_get(bare, path, headers)
    if bare_status != 200 or bare_body != body:
        raise BenchError(f"the bare route's page differs from Atrium's:\n{bare_body[:300]!r}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command")
    bare = commands.add_parser("serve-bare", help="run the bare route (started by the benchmark)")
    bare.add_argument("--port", type=int, required=True)
    bare.add_argument("--database-url", required=True)
    bare.add_argument("--tenant-id", type=int, required=True)
    parser.add_argument("--users", type=int, default=50_000, help="users in each tenant")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1)
    return parser


def _seed(env: dict[str, str], users: int) -> tuple[str, int]:
    """Two tenants with ``users`` users each; returns a key of the measured tenant and its id."""
    for slug in TENANTS:
        atrium_cli(["tenant", "create", slug, "--plan", "grow"], env)
    key = atrium_cli(
        ["key", "create", MEASURED_TENANT, "--name", "bench", "--scopes", "users:read"], env
    ).strip()
    return key, asyncio.run(_seed_users(env["DATABASE_URL"], users))


def run(args: argparse.Namespace, workdir: Path) -> None:
    # Servers on the first CPU and wrk on the second, so the two do not take turns on one core.
    server_cpus, wrk_cpus = ([0], [1]) if (os.cpu_count() or 1) >= 2 else (None, None)
    headers = {
        "Host": f"{MEASURED_TENANT}.{BASE_DOMAIN}",
        "X-API-Version": LATEST.isoformat(),
    }
    with ExitStack() as stack:
        database_url = stack.enter_context(throwaway_database())
        env = atrium_env(database_url, BASE_DOMAIN, rate_limits=False)
        atrium_cli(["migrate"], env)
        headers["X-API-Key"], tenant_id = _seed(env, args.users)
        plan = asyncio.run(_check_plan(database_url, tenant_id))
        print(f"{args.users:,} users in each of {len(TENANTS)} tenants; page plan:\n{plan}\n")
        atrium = stack.enter_context(
            atrium_server(env, free_port(), workdir / "atrium.log", server_cpus)
        )
        bare_port = free_port()
        bare = stack.enter_context(
            serving(
                "bare users route",
                [
                    sys.executable,
                    __file__,
                    "serve-bare",
                    f"--port={bare_port}",
                    f"--database-url={database_url}",
                    f"--tenant-id={tenant_id}",
                ],
                {},
                bare_port,
                (f"{PATH}?{QUERY}", headers),
                workdir / "bare.log",
                server_cpus,
            )
        )
        _check_same_page(atrium.port, bare.port, headers)
        targets = (
            Target("bare", bare.port, bare.process.pid),
            Target("users", atrium.port, atrium.process.pid),
        )

        def load(target: Target, seconds: float) -> Run:
            cpu_before = cpu_seconds(target.process_group)
            result = run_wrk(
                target.port,
                f"{PATH}?{QUERY}",
                headers,
                seconds,
                args.connections,
                args.threads,
                wrk_cpus,
            )
            if result.http_errors or result.socket_errors:
                raise BenchError(
                    f"{target.name}: {result.http_errors} error responses and "
                    f"{result.socket_errors} socket errors out of {result.requests} requests"
                )
            cpu = cpu_seconds(target.process_group) - cpu_before
            return Run(result, cpu / result.requests * 1e6)

        for target in targets:
            load(target, WARMUP_SECONDS)
        results: dict[str, list[Run]] = {t.name: [] for t in targets}
        ratios: list[float] = []
        for round_number in range(1, args.rounds + 1):
            for target in targets:
                results[target.name].append(load(target, args.seconds))
            bare_run, users_run = (results[t.name][-1] for t in targets)
            ratios.append(users_run.wrk.requests_per_second / bare_run.wrk.requests_per_second)
            print(
                f"round {round_number}: bare {bare_run.wrk.requests_per_second:,.0f} req/s "
                f"({bare_run.cpu_us_per_request:,.0f} us CPU each), users "
                f"{users_run.wrk.requests_per_second:,.0f} req/s "
                f"({users_run.cpu_us_per_request:,.0f} us CPU each), ratio {ratios[-1]:.2f}",
                flush=True,
            )

    print(
        f"\nmedians of {args.rounds} interleaved rounds of {args.seconds:g} s: one server worker, "
        f"{args.connections} connections, {args.threads} wrk thread(s), pages of {PAGE_SIZE}"
    )
    print(f"{'':<9}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'CPU us/req':>12}")
    for name, runs in results.items():
        print(
            f"{name:<9}{statistics.median(r.wrk.requests_per_second for r in runs):>10,.0f}"
            f"{statistics.median(r.wrk.p50_ms for r in runs):>10.2f}"
            f"{statistics.median(r.wrk.p99_ms for r in runs):>10.2f}"
            f"{statistics.median(r.cpu_us_per_request for r in runs):>12,.0f}"
        )
    # Each round's ratio compares two runs seconds apart, so load from elsewhere on the machine
    # weighs on both; its median is steadier than a ratio of the two medians.
    ratio = statistics.median(ratios)
    verdict = "met" if ratio >= GOAL else "NOT met"
    print(f"ratio users / bare: {ratio:.2f} (goal >= {GOAL}: {verdict})")
    cpu = statistics.median(r.cpu_us_per_request for r in results["bare"]) / statistics.median(
        r.cpu_us_per_request for r in results["users"]
    )
    print(f"CPU per request, bare / users: {cpu:.2f} (the ratio a dedicated core would show)")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve-bare":
        # One worker under Sanic's worker manager, the way `server.py serve` runs Atrium.
        loader = AppLoader(factory=partial(bare_app, args.database_url, args.tenant_id))
        app = loader.load()
        app.prepare(host=LOOPBACK, port=args.port, workers=1, access_log=False, motd=False)
        Sanic.serve(primary=app, app_loader=loader)
        return 0
    with tempfile.TemporaryDirectory(prefix="atrium-bench-") as workdir:
        try:
            run(args, Path(workdir))
        except BenchError as exc:
            print(f"benchmark failed: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
