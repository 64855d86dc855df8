"""Test harness: a fresh PostgreSQL database per run, real Redis, one app served on a real socket.

PostgreSQL and Redis must answer (``TEST_DATABASE_URL``, ``TEST_REDIS_URL``); a run without them
stops with an error, never skips.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest
import redis
from sanic import Sanic
from sanic_testing.reusable import ReusableClient

from core.outbound import outbound_client
from core.settings import Settings
from domain.mail import MAIL_KIND
from models.database import migrate
from server import create_app
from tasks.mail import send_mail
from tasks.worker import Worker
from tests.factories import Api, Seeded, seed_tenant
from tests.live import LiveServer, WorkerProcess, start_server, start_worker
from tests.receiver import Receiver, start_receiver
from tests.smtp import SmtpServer

T = TypeVar("T")

ADMIN_DATABASE_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
BASE_DOMAIN = "lms.test"
SECRET_KEY = "test-secret-key-" + "x" * 32
# Webhook receivers in tests listen here; everything else private stays refused.
WEBHOOK_ALLOWED_NETWORKS = "127.0.0.1/32"
MAIL_FROM = "Atrium Tests <lms@lms.test>"
REDIS_START_SECONDS = 10.0
CLIENT_TIMEOUT_SECONDS = 120.0
# No persistence: a restarted server starts empty, as a replaced one would.
REDIS_OPTIONS = ("--bind", "127.0.0.1", "--save", "", "--appendonly", "no")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The conformance run takes longest: started first, it overlaps the rest of the suite
    when the suite runs on two processes (``make test``)."""
    items.sort(key=lambda item: item.path.name != "test_openapi.py")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class OwnRedis:
    """A redis-server of the test's own, on a port of its own, that the test can stop."""

    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), *REDIS_OPTIONS],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)
        deadline = time.monotonic() + REDIS_START_SECONDS
        try:
            while True:
                try:
                    client.ping()
                    return
                except redis.ConnectionError:
                    if time.monotonic() > deadline or self.process.poll() is not None:
                        raise
                    time.sleep(0.05)
        finally:
            client.close()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def own_redis() -> Iterator[OwnRedis]:
    server = OwnRedis()
    server.start()
    yield server
    server.stop()


def _database_url(name: str) -> str:
    return ADMIN_DATABASE_URL.rsplit("/", 1)[0] + f"/{name}"


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(ADMIN_DATABASE_URL.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    name = f"atrium_test_{secrets.token_hex(4)}"
    try:
        asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError) as exc:
        pytest.exit(f"PostgreSQL is not reachable at {ADMIN_DATABASE_URL}: {exc}", returncode=1)
    url = _database_url(name)
    asyncio.run(migrate(url))
    yield url
    asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def redis_url() -> str:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        pytest.exit(f"Redis is not reachable at {REDIS_URL}: {exc}", returncode=1)
    return REDIS_URL


@pytest.fixture(scope="session")
def smtp_port() -> int:
    """The port of the run's SMTP server (`smtp_server`), which the app's SMTP_URL names."""
    return free_port()


@pytest.fixture(scope="session")
def settings(
    database_url: str, redis_url: str, smtp_port: int, tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    return Settings.from_env(
        {
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url,
            "REDIS_PREFIX": f"atrium-test-{secrets.token_hex(4)}",
            "BASE_DOMAIN": BASE_DOMAIN,
            "REQUIRE_HTTPS": "true",
            "PROXIES_COUNT": "1",
            "LOG_LEVEL": "WARNING",
            "SECRET_KEY": SECRET_KEY,
            "WEBHOOK_ALLOWED_NETWORKS": WEBHOOK_ALLOWED_NETWORKS,
            "EXPORTS_DIR": str(tmp_path_factory.mktemp("exports")),
            "SMTP_URL": f"smtp://127.0.0.1:{smtp_port}",
            "MAIL_FROM": MAIL_FROM,
        }
    )


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[ReusableClient]:
    Sanic.test_mode = True
    app = create_app(settings)
    # httpx's 5 s default is short for a busy 2-core machine (a CSV of 200,000 rows, a batch):
    # a generous timeout, since a test fails on what it asserts, never on how long it took.
    with ReusableClient(
        app, host="127.0.0.1", port=free_port(), client_kwargs={"timeout": CLIENT_TIMEOUT_SECONDS}
    ) as reusable:
        yield reusable


@pytest.fixture(scope="session")
def run(client: ReusableClient) -> Any:
    """Run a coroutine on the app's event loop (where its database connections live)."""

    def run_coroutine(coro: Coroutine[Any, Any, T]) -> T:
        result: T = client._loop.run_until_complete(coro)
        return result

    return run_coroutine


@pytest.fixture
def api(client: ReusableClient) -> Api:
    return Api(client, BASE_DOMAIN)


@pytest.fixture
def tenant_a(run: Any) -> Seeded:
    seeded: Seeded = run(seed_tenant())
    return seeded


@pytest.fixture
def tenant_b(run: Any) -> Seeded:
    seeded: Seeded = run(seed_tenant())
    return seeded


def live_env(settings: Settings) -> dict[str, str]:
    """The environment for a ``server.py serve`` process sharing this run's database, Redis and
    SMTP server."""
    assert settings.smtp is not None
    return {
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "REDIS_PREFIX": settings.redis_prefix,
        "BASE_DOMAIN": settings.base_domain,
        "REQUIRE_HTTPS": "false",
        "LOG_LEVEL": "WARNING",
        "SECRET_KEY": SECRET_KEY,
        "SMTP_URL": f"smtp://127.0.0.1:{settings.smtp.port}",
        "MAIL_FROM": MAIL_FROM,
    }


@pytest.fixture
def live_server_env(settings: Settings) -> dict[str, str]:
    return live_env(settings)


@pytest.fixture
def start_live_server(tmp_path: Path) -> Iterator[Callable[..., LiveServer]]:
    """Start real server processes (``start(env, workers=N)``); all are stopped afterwards."""
    servers: list[LiveServer] = []

    def start(env: dict[str, str], workers: int = 1) -> LiveServer:
        server = start_server(
            {**env, "WORKERS": str(workers)}, free_port(), tmp_path / f"server{len(servers)}.log"
        )
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A webhook receiver on 127.0.0.1 (see tests/receiver.py)."""
    started = start_receiver()
    yield started
    started.stop()


@pytest.fixture
def smtp_server(smtp_port: int) -> Iterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 at the port SMTP_URL names (tests/smtp.py)."""
    server = SmtpServer(smtp_port)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def worker_env(live_server_env: dict[str, str], settings: Settings) -> dict[str, str]:
    """The environment of a ``server.py worker`` process on this run's database, with short
    leases, retries and polls so that fault tests finish quickly."""
    return {
        **live_server_env,
        "LOG_LEVEL": "INFO",
        "WEBHOOK_ALLOWED_NETWORKS": WEBHOOK_ALLOWED_NETWORKS,
        "JOB_LEASE_SECONDS": "2",
        "JOB_POLL_SECONDS": "0.2",
        "JOB_RETRY_BASE_SECONDS": "0.1",
        "WEBHOOK_TIMEOUT_SECONDS": "2",
        "EXPORTS_DIR": settings.exports_dir,
    }


@pytest.fixture
def start_job_worker(tmp_path: Path) -> Iterator[Callable[[dict[str, str]], WorkerProcess]]:
    """Start ``server.py worker`` processes (``start(env)``); all are stopped afterwards."""
    workers: list[WorkerProcess] = []

    def start(env: dict[str, str]) -> WorkerProcess:
        worker = start_worker(env, tmp_path / f"worker{len(workers)}.log")
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


@pytest.fixture
def send_queued(run: Any, settings: Settings) -> Iterator[Any]:
    """Run the queued mail jobs now, with quick retries; returns how many ran."""
    http = outbound_client((), 1.0)
    worker = Worker(
        settings.model_copy(update={"job_retry_base_seconds": 0.05}), http, {MAIL_KIND: send_mail}
    )

    def send() -> int:
        ran: int = run(worker.run_until_idle())
        return ran

    yield send
    run(http.aclose())
