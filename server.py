"""Atrium: the app factory and the operator CLI.

sanic server:create_app --factory            # any Sanic runner
python server.py serve | migrate | worker | demo
python server.py tenant create SLUG --plan PLAN [--name NAME] [--hourly-limit N]
python server.py tenant list | suspend SLUG | activate SLUG | plan SLUG PLAN
python server.py tenant timezone SLUG ZONE
python server.py key create SLUG --name NAME --scopes SCOPES | list SLUG | revoke SLUG PREFIX
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import signal
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import partial
from types import FrameType
from typing import TypeVar, cast

from sanic import Request, Sanic
from sanic.worker.loader import AppLoader

import middleware
from api.request import AppContext, AtriumApp, AtriumConfig, AtriumRequest
from api.v2 import blueprint_group
from api.versions import LATEST
from core.embedded_postgres import data_dir, embedded_postgres
from core.errors import ApiError
from core.logging import log_config
from core.outbound import outbound_client
from core.query import Page
from core.redis import connect_redis
from core.scoping import tenant_scope
from core.settings import ConfigurationError, Settings
from domain.api_keys import (
    access_api_key_by_prefix,
    do_create_api_key,
    do_revoke_api_key,
    list_api_keys,
)
from domain.progress.rollup import do_set_tenant_timezone
from models.database import close_db, init_db, migrate
from models.tenant import Plan, Tenant, TenantStatus
from tasks.worker import Worker, run_worker
from tenants.provisioning import (
    do_change_plan,
    do_create_tenant,
    do_set_tenant_status,
    get_tenant,
    list_tenants,
)
from tenants.rate_limits import rate_limiter
from tenants.records import tenant_record
from tenants.sign_in_throttle import sign_in_throttle

REQUEST_MAX_BYTES = 1024 * 1024
# Sanic's default of 100 pending connections drops the SYNs of a burst of new clients, which then
# retry a second later; the kernel still caps this at net.core.somaxconn.
LISTEN_BACKLOG = 1024
CANONICAL_INTEGER = re.compile(r"0|-?[1-9][0-9]*")
T = TypeVar("T")


def canonical_int(text: str) -> int:
    """The integer ``text`` writes in its one canonical form; ValueError for any other text (the
    router casts path parameters with it and takes a ValueError for no match)."""
    if CANONICAL_INTEGER.fullmatch(text) is None:
        raise ValueError(text)
    return int(text)


def create_app(settings: Settings | None = None, *, run_jobs: bool = False) -> AtriumApp:
    """Build the Sanic app from ``settings`` (default: read from the environment); with
    ``run_jobs``, it also runs the background jobs (`run_jobs_alongside`)."""
    settings = settings or Settings.from_env()
    database_url = settings.require_database_url()
    app: AtriumApp = Sanic(
        "atrium",
        ctx=AppContext(settings=settings),
        config=AtriumConfig(),
        # Sanic types request_class as the bare Request; AtriumRequest only narrows its ctx.
        request_class=cast(type[Request], AtriumRequest),
        log_config=log_config(settings.log_level),
    )
    app.config.update(
        {
            "REQUEST_MAX_SIZE": REQUEST_MAX_BYTES,
            "ACCESS_LOG": False,
            "MOTD": False,
            "PROXIES_COUNT": settings.proxies_count or None,
            "FORWARDED_SECRET": settings.forwarded_secret or None,
            "REAL_IP_HEADER": settings.real_ip_header or None,
            # sanic-ext serves us its OpenAPI definitions only (api/openapi.py). Loaded as an
            # extension it would add HEAD and OPTIONS routes outside our route policies, CORS
            # headers, and a dependency-injection step on every request.
            "AUTO_EXTEND": False,
        }
    )
    middleware.install(app)
    # An id is written one way in a path: `01` and `+1` are not id 1 (Sanic's int takes both).
    app.router.register_pattern("int", canonical_int, CANONICAL_INTEGER)
    app.blueprint(blueprint_group())

    @app.before_server_start
    async def open_connections(app: AtriumApp) -> None:
        await init_db(database_url)
        if settings.redis_url:
            app.ctx.redis = connect_redis(settings.redis_url)
        if settings.rate_limits_enabled:
            app.ctx.limiter = rate_limiter(settings.redis_url, settings.redis_prefix)
        app.ctx.sign_in_throttle = sign_in_throttle(settings.redis_url, settings.redis_prefix)

    @app.after_server_stop
    async def close_connections(app: AtriumApp) -> None:
        if app.ctx.limiter is not None:
            await app.ctx.limiter.aclose()
        if app.ctx.redis is not None:
            await app.ctx.redis.aclose()
        await close_db()

    if run_jobs:
        run_jobs_alongside(app, settings)
    return app


def run_jobs_alongside(app: AtriumApp, settings: Settings) -> None:
    """Run a job worker (what ``server.py worker`` runs) in the server's event loop, on its
    connections, from the server's start to its stop: the quick start's batch tasks, exports
    and webhook deliveries then run at once, with no second process to start."""
    running: list[tuple[Worker, asyncio.Task[None]]] = []

    @app.after_server_start
    async def start_jobs(app: AtriumApp) -> None:
        worker = Worker(
            settings,
            outbound_client(settings.webhook_allowed_networks, settings.webhook_timeout_seconds),
        )
        running.append((worker, asyncio.create_task(worker.run(), name="jobs")))

    @app.before_server_stop
    async def stop_jobs(app: AtriumApp) -> None:
        # Jobs in hand get WORKER_SHUTDOWN_SECONDS to finish; the rest are given back.
        for worker, task in running:
            worker.stop()
            await task
            await worker.http.aclose()
        running.clear()


def serve(settings: Settings, *, run_jobs: bool = False) -> None:
    loader = AppLoader(factory=partial(create_app, run_jobs=run_jobs))
    app = loader.load()
    if settings.workers == 1:
        # No worker manager for one worker: Sanic's manager can spin forever when SIGTERM comes
        # while its worker is still starting (sanic-org/sanic#2997).
        app.prepare(
            host=settings.host, port=settings.port, single_process=True, backlog=LISTEN_BACKLOG
        )
        Sanic.serve_single(primary=app)
        return
    app.prepare(
        host=settings.host, port=settings.port, workers=settings.workers, backlog=LISTEN_BACKLOG
    )
    Sanic.serve(primary=app, app_loader=loader)


async def _with_db(settings: Settings, job: Callable[[], Awaitable[T]]) -> T:
    await init_db(settings.require_database_url())
    try:
        return await job()
    finally:
        await close_db()


def _scopes(raw: str) -> list[str]:
    return [s for s in raw.replace(",", " ").split() if s]


async def _change_plan(args: argparse.Namespace, settings: Settings) -> Tenant:
    """Re-plan through the servers' shared limiter, so the quota changes from the next request."""
    limiter = None
    if settings.redis_url:
        limiter = rate_limiter(settings.redis_url, settings.redis_prefix)
    try:
        return await do_change_plan(
            await get_tenant(args.slug), Plan(args.plan), args.hourly_limit, limiter=limiter
        )
    finally:
        if limiter is not None:
            await limiter.aclose()


async def _tenant_command(args: argparse.Namespace, settings: Settings) -> None:
    if args.action == "create":
        tenant = await do_create_tenant(
            args.slug, name=args.name, plan=Plan(args.plan), custom_hourly_limit=args.hourly_limit
        )
        print(f"created tenant {tenant.slug} (id {tenant.id}, plan {tenant.plan})")
    elif args.action == "list":
        for t in await list_tenants():
            print(f"{t.id}\t{t.slug}\t{t.plan}\t{t.status}\t{t.name}")
    elif args.action in ("suspend", "activate"):
        status = TenantStatus.SUSPENDED if args.action == "suspend" else TenantStatus.ACTIVE
        tenant = await do_set_tenant_status(await get_tenant(args.slug), status)
        print(f"tenant {tenant.slug} is {tenant.status}")
    elif args.action == "plan":
        tenant = await _change_plan(args, settings)
        print(f"tenant {tenant.slug} is on plan {tenant.plan}")
    elif args.action == "timezone":
        tenant = await get_tenant(args.slug)
        with tenant_scope(tenant.id):
            await do_set_tenant_timezone(tenant, args.zone)
        print(f"tenant {tenant.slug} counts days in {args.zone}")


async def _key_command(args: argparse.Namespace) -> None:
    tenant = tenant_record(await get_tenant(args.slug))
    with tenant_scope(tenant.id):
        if args.action == "create":
            _, secret = await do_create_api_key(tenant, args.name, _scopes(args.scopes))
            print(secret)
        elif args.action == "list":
            rows, _ = await list_api_keys(tenant, (), Page(number=1, size=10_000))
            for r in rows:
                status = "revoked" if r["revoked_at"] else "active"
                print(f"{r['id']}\t{r['prefix']}\t{status}\t{' '.join(r['scopes'])}\t{r['name']}")
        elif args.action == "revoke":
            key = await do_revoke_api_key(
                tenant, await access_api_key_by_prefix(tenant, args.prefix)
            )
            print(f"revoked {key.prefix}")


DEMO_SLUG = "demo"
# What the demo's webhooks may reach despite being private: receivers on this machine.
DEMO_WEBHOOK_NETWORKS = "127.0.0.0/8 ::1/128"


@contextmanager
def _step(doing: str) -> Iterator[None]:
    """Say what the quick start does, and how long it took (the first start takes a while)."""
    print(f"{doing}...", end=" ", flush=True)
    started = time.monotonic()
    yield
    print(f"done in {time.monotonic() - started:.1f} s", flush=True)


async def _demo_setup(settings: Settings) -> str:
    """Migrate, make sure the demo tenant exists, and mint a fresh all-scopes key for it."""
    with _step("Applying the database migrations"):
        await migrate(settings.require_database_url())

    async def setup() -> str:
        try:
            tenant = await get_tenant(DEMO_SLUG)
        except ApiError:
            tenant = await do_create_tenant(DEMO_SLUG, name="Demo Academy", plan=Plan.GROW)
        record = tenant_record(tenant)
        with tenant_scope(record.id):
            _, secret = await do_create_api_key(record, "quick start", ["*"])
        return secret

    return await _with_db(settings, setup)


def _demo(settings: Settings, database: str) -> None:
    secret = asyncio.run(_demo_setup(settings))
    base = f"http://{DEMO_SLUG}.{settings.base_domain}:{settings.port}/api/v2"
    allowed = " ".join(str(network) for network in settings.webhook_allowed_networks)
    print(
        f"\nAtrium is starting on {database} with tenant {DEMO_SLUG!r}.\n"
        "Background jobs (batch tasks, exports, webhook deliveries) run in this process.\n"
        "Webhooks may reach receivers on these private networks: "
        f"{allowed or 'none'} (WEBHOOK_ALLOWED_NETWORKS).\n"
        f"API reference: {base}/docs\n\n"
        "Try, in another terminal (the README's tour uses $KEY):\n\n"
        f"  export KEY={secret}\n"
        f"  curl -H 'X-API-Key: {secret}' -H 'X-API-Version: {LATEST.isoformat()}' "
        f"{base}/auth/me\n",
        flush=True,
    )
    serve(settings, run_jobs=True)


def _stop(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def _embedded_demo(settings: Settings) -> None:
    """The demo on the embedded PostgreSQL, stopped however the demo ends. The server reads
    ``DATABASE_URL`` from the environment (its app factory, each of its worker processes)."""
    # A SIGTERM before the HTTP server takes the signals over (while PostgreSQL starts or the
    # migrations run) still leaves through the block below, which stops PostgreSQL.
    signal.signal(signal.SIGTERM, _stop)
    directory = data_dir()
    with ExitStack() as stack:
        with _step("Starting PostgreSQL"):
            database_url = stack.enter_context(embedded_postgres(directory))
        os.environ["DATABASE_URL"] = database_url
        database = f"an embedded PostgreSQL (data in {directory}, DATABASE_URL={database_url})"
        _demo(settings.model_copy(update={"database_url": database_url}), database)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="server.py", description="Atrium LMS API")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("serve", help="run the HTTP API")
    commands.add_parser("migrate", help="apply database migrations")
    commands.add_parser("worker", help="run background jobs (webhook deliveries, exports)")
    commands.add_parser("demo", help="quick start: migrate, demo tenant and key, serve")

    plans = [p.value for p in Plan]
    tenant = commands.add_parser("tenant", help="manage tenants").add_subparsers(
        dest="action", required=True
    )
    create = tenant.add_parser("create")
    create.add_argument("slug")
    create.add_argument("--plan", choices=plans, default=Plan.CORE.value)
    create.add_argument("--name")
    create.add_argument("--hourly-limit", type=int)
    tenant.add_parser("list")
    for action in ("suspend", "activate"):
        tenant.add_parser(action).add_argument("slug")
    plan = tenant.add_parser("plan")
    plan.add_argument("slug")
    plan.add_argument("plan", choices=plans)
    plan.add_argument("--hourly-limit", type=int)
    zone = tenant.add_parser("timezone", help="set the time zone the analytics count days in")
    zone.add_argument("slug")
    zone.add_argument("zone", help="an IANA name, e.g. Europe/Athens")

    key = commands.add_parser("key", help="manage API keys").add_subparsers(
        dest="action", required=True
    )
    key_create = key.add_parser("create")
    key_create.add_argument("slug")
    key_create.add_argument("--name", required=True)
    key_create.add_argument("--scopes", required=True, help='e.g. "users:read,courses:read" or "*"')
    key.add_parser("list").add_argument("slug")
    revoke = key.add_parser("revoke")
    revoke.add_argument("slug")
    revoke.add_argument("prefix")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "demo":
        os.environ.setdefault("REQUIRE_HTTPS", "false")
        os.environ.setdefault("WEBHOOK_ALLOWED_NETWORKS", DEMO_WEBHOOK_NETWORKS)
    try:
        settings = Settings.from_env()
    except ConfigurationError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    try:
        if args.command == "serve":
            serve(settings)
        elif args.command == "migrate":
            applied = asyncio.run(migrate(settings.require_database_url()))
            print(f"applied {len(applied)} migration(s)" + "".join(f"\n  {m}" for m in applied))
        elif args.command == "worker":
            asyncio.run(run_worker(settings))
        elif args.command == "demo" and settings.database_url:
            _demo(settings, settings.database_url)
        elif args.command == "demo":
            _embedded_demo(settings)
        elif args.command == "tenant":
            asyncio.run(_with_db(settings, lambda: _tenant_command(args, settings)))
        else:
            asyncio.run(_with_db(settings, lambda: _key_command(args)))
    except ConfigurationError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except ApiError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
