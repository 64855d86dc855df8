"""Webhook throughput: N events (default 10,000) delivered by one worker to a local receiver.

    python bench/bench_webhooks.py [--events 10000] [--rate 400] [--concurrency 16]

Creates a throwaway PostgreSQL database (``BENCH_DATABASE_URL``, default the local server),
one tenant with one webhook to a receiver on 127.0.0.1 (its own process), starts one
``server.py worker`` and records the events through `record_event` at ``--rate`` events/s
(0: as fast as the producer can). Prints deliveries/s (events delivered over the time from the
first event to the last delivery) and the delay from each event's creation to its arrival at
the receiver (p50, p99, max). Everything is removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import secrets
import signal
import statistics
import subprocess
import sys
import time
from multiprocessing.connection import Connection
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.scoping import tenant_scope  # noqa: E402
from core.settings import Settings  # noqa: E402
from domain.events import EventType, record_event  # noqa: E402
from domain.webhooks import do_create_webhook  # noqa: E402
from models.database import close_db, init_db, migrate  # noqa: E402
from models.event import Event  # noqa: E402
from tenants.provisioning import do_create_tenant  # noqa: E402
from tenants.records import tenant_record  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
SECRET_KEY = "bench-" + secrets.token_hex(16)
PRODUCERS = 8
MAX_WAIT_SECONDS = 600.0


# The receiver: a minimal HTTP/1.1 keep-alive server in its own process, noting when each
# webhook-id arrives. Kept tiny so that it costs the machine less than the worker it measures.


def _receive(port_out: Connection, results: Connection) -> None:
    arrivals: dict[str, float] = {}
    writers: set[asyncio.StreamWriter] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                message_id = ""
                for line in head.split(b"\r\n")[1:]:
                    name, _, value = line.partition(b":")
                    name = name.strip().lower()
                    if name == b"content-length":
                        length = int(value)
                    elif name == b"webhook-id":
                        message_id = value.strip().decode()
                await reader.readexactly(length)
                arrivals.setdefault(message_id, time.time())
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    async def serve() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        port_out.send(server.sockets[0].getsockname()[1])
        loop = asyncio.get_running_loop()
        while not await loop.run_in_executor(None, results.poll, 0.5):
            pass
        results.recv()
        results.send(arrivals)
        server.close()
        for writer in writers:
            writer.close()  # handlers see EOF and end, rather than being cancelled
        await asyncio.sleep(0.2)

    asyncio.run(serve())


async def _admin(sql: str) -> None:
    connection = await asyncpg.connect(ADMIN_URL.replace("postgres://", "postgresql://", 1))
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


async def _produce(tenant_id: int, count: int, rate: float) -> float:
    """Record ``count`` events at ``rate`` per second (0: flat out); returns the start time."""
    started = time.monotonic()
    next_index = 0

    async def producer() -> None:
        nonlocal next_index
        while next_index < count:
            index = next_index
            next_index += 1
            if rate:
                await asyncio.sleep(max(0.0, started + index / rate - time.monotonic()))
            await record_event(tenant_id, EventType.USER_UPDATED, {"user": {"id": index}})

    await asyncio.gather(*(producer() for _ in range(PRODUCERS)))
    return time.monotonic() - started


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def bench(events: int, rate: float, concurrency: int) -> None:
    name = f"atrium_bench_{secrets.token_hex(4)}"
    database_url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    await _admin(f'CREATE DATABASE "{name}"')
    parent_port, child_port = multiprocessing.Pipe()
    parent_results, child_results = multiprocessing.Pipe()
    receiver = multiprocessing.Process(target=_receive, args=(child_port, child_results))
    receiver.start()
    worker: subprocess.Popen[bytes] | None = None
    try:
        port = parent_port.recv()
        await migrate(database_url)
        await init_db(database_url)
        settings = Settings.from_env(
            {
                "DATABASE_URL": database_url,
                "SECRET_KEY": SECRET_KEY,
                "WEBHOOK_ALLOWED_NETWORKS": "127.0.0.1",
            }
        )
        tenant = tenant_record(await do_create_tenant(f"bench{secrets.token_hex(3)}"))
        with tenant_scope(tenant.id):
            await do_create_webhook(
                tenant, settings, url=f"http://127.0.0.1:{port}/hooks", event_types=["*"]
            )
        worker = subprocess.Popen(  # noqa: ASYNC220 - started once, before measuring
            [sys.executable, str(ROOT / "server.py"), "worker"],
            cwd=ROOT,
            env={
                **os.environ,
                "DATABASE_URL": database_url,
                "SECRET_KEY": SECRET_KEY,
                "WEBHOOK_ALLOWED_NETWORKS": "127.0.0.1",
                "WORKER_CONCURRENCY": str(concurrency),
                "LOG_LEVEL": "WARNING",
            },
        )
        await asyncio.sleep(2)  # let the worker start and listen

        with tenant_scope(tenant.id):
            produced_in = await _produce(tenant.id, events, rate)
        print(f"recorded {events} events in {produced_in:.1f} s ({events / produced_in:.0f}/s)")
        with tenant_scope(tenant.id):
            created = dict(await Event.filter(tenant_id=tenant.id).values_list("id", "created_at"))
        deadline = time.monotonic() + MAX_WAIT_SECONDS
        delivered = 0
        while time.monotonic() < deadline:
            delivered = await _count_deliveries(tenant.id)
            if delivered >= events:
                break
            await asyncio.sleep(0.5)
        parent_results.send("report")
        arrivals: dict[str, float] = parent_results.recv()
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=60)
        if receiver.is_alive():
            parent_results.send("report")
            receiver.join(timeout=10)
        receiver.terminate()
        await close_db()
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    delays = [
        arrivals[f"evt_{event_id}"] - created_at.timestamp()
        for event_id, created_at in created.items()
        if f"evt_{event_id}" in arrivals
    ]
    first_event = min(c.timestamp() for c in created.values())
    span = max(arrivals.values()) - first_event
    print(f"delivered {len(delays)} of {events} events with one worker (concurrency {concurrency})")
    print(f"throughput: {len(delays) / span:.0f} deliveries/s over {span:.1f} s")
    print(
        "event -> delivery delay: "
        f"p50 {statistics.median(delays) * 1000:.0f} ms, "
        f"p99 {_percentile(delays, 0.99) * 1000:.0f} ms, "
        f"max {max(delays) * 1000:.0f} ms"
    )


async def _count_deliveries(tenant_id: int) -> int:
    from models.webhook import WebhookDelivery

    count: int = await WebhookDelivery.all_tenants.filter(
        tenant_id=tenant_id, status="succeeded"
    ).count()
    return count


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=400.0, help="events/s; 0 = flat out")
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    asyncio.run(bench(args.events, args.rate, args.concurrency))
