"""Progress-event ingest: batches of 100 events posted to one Sanic worker.

    python bench/bench_progress_ingest.py [--batches 400] [--concurrency 8] [--users 500]

Creates a throwaway PostgreSQL database (``BENCH_DATABASE_URL``, default the local server) with
two tenants (the benchmark writes as the second), a course of 10 lessons of 10 training items and
``--users`` enrolled learners, starts ``server.py serve`` with one worker (rate limits off) and
posts ``--batches`` batches of 100 events from ``--concurrency`` clients: random learners,
items and outcomes, so lessons and courses get completed along the way. Prints events per
second, batch latency (p50, p99) and the server's CPU time per batch, then removes everything.
Goal: ≥ 5,000 events/s.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from tortoise.transactions import in_transaction

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import common  # noqa: E402

from core.scoping import tenant_scope  # noqa: E402
from domain.api_keys import do_create_api_key  # noqa: E402
from domain.courses import NewCourse, do_create_course  # noqa: E402
from domain.enrollments import do_enroll_missing  # noqa: E402
from domain.training_items import NewTrainingItem, do_create_item  # noqa: E402
from domain.trainings import NewTraining, do_create_training  # noqa: E402
from domain.units import NewUnit, do_create_unit  # noqa: E402
from domain.users import NewUser, do_create_user  # noqa: E402
from models.content import CefrLevel, CefrSkill, TrainingItemType  # noqa: E402
from models.database import close_db, init_db, migrate  # noqa: E402
from tenants.provisioning import do_create_tenant  # noqa: E402
from tenants.records import tenant_record  # noqa: E402

BASE_DOMAIN = "bench.test"
BATCH = 100
OUTCOMES = ("started", "completed", "passed", "failed")


async def seed(database_url: str, users: int) -> tuple[str, str, list[int], list[int]]:
    """The bench tenant's slug and key, its learners and its training items."""
    await migrate(database_url)
    await init_db(database_url)
    try:
        await do_create_tenant("first", name="first")
        tenant = tenant_record(await do_create_tenant("ingest", name="ingest"))
        with tenant_scope(tenant.id):
            _, key = await do_create_api_key(tenant, "bench", ["*"])
            course = await do_create_course(tenant, NewCourse(name="Bench course"))
            items = []
            for lesson_number in range(10):
                lesson = await do_create_unit(tenant, course.id, NewUnit(f"Lesson {lesson_number}"))
                training = await do_create_training(tenant, NewTraining(lesson.id, "Drills"))
                for n in range(10):
                    item = await do_create_item(
                        tenant,
                        NewTrainingItem(
                            training_id=training.id,
                            name=f"Item {n}",
                            type=random.choice(list(TrainingItemType)),
                            skill=random.choice(list(CefrSkill)),
                            level=random.choice(list(CefrLevel)),
                        ),
                    )
                    items.append(item.id)
            learners = []
            for n in range(users):
                user = await do_create_user(
                    tenant,
                    NewUser(
                        login=f"learner{n}",
                        email=f"learner{n}@example.com",
                        name="Learner",
                        surname=str(n),
                    ),
                )
                learners.append(user.id)
            async with in_transaction() as connection:
                await do_enroll_missing(
                    tenant, [(u, course.id) for u in learners], connection=connection
                )
        return tenant.slug, key, learners, items
    finally:
        await close_db()


def batch_body(learners: list[int], items: list[int], start: datetime) -> list[dict[str, Any]]:
    return [
        {
            "client_event_id": uuid.uuid4().hex,
            "user_id": random.choice(learners),
            "training_item_id": random.choice(items),
            "outcome": random.choice(OUTCOMES),
            "score": 7,
            "max_score": 10,
            "seconds_spent": random.randint(5, 300),
            "occurred_at": (start + timedelta(seconds=random.randint(0, 3600)))
            .isoformat()
            .replace("+00:00", "Z"),
        }
        for _ in range(BATCH)
    ]


async def load(
    port: int,
    host: str,
    key: str,
    content: tuple[list[int], list[int]],
    batches: int,
    clients: int,
) -> list[float]:
    """Post ``batches`` batches from ``clients`` clients over ``content`` (learners, items);
    the latency of each."""
    headers = {"Host": host, "X-API-Key": key, "X-API-Version": "2026-11-01"}
    start = datetime.now(UTC) - timedelta(days=1)
    bodies = [batch_body(*content, start) for _ in range(batches)]
    latencies: list[float] = []
    queue = iter(bodies)

    async def client() -> None:
        async with httpx.AsyncClient(base_url=f"http://{common.LOOPBACK}:{port}") as http:
            for body in queue:
                began = time.perf_counter()
                response = await http.post("/api/v2/progress-events", json=body, headers=headers)
                latencies.append(time.perf_counter() - began)
                if response.status_code != 200:
                    raise common.BenchError(f"{response.status_code}: {response.text[:300]}")

    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--users", type=int, default=500)
    args = parser.parse_args()
    with common.throwaway_database() as database_url, tempfile.TemporaryDirectory() as tmp:
        slug, key, learners, items = asyncio.run(seed(database_url, args.users))
        env = common.atrium_env(database_url, BASE_DOMAIN, log_level="WARNING", rate_limits=False)
        port = common.free_port()
        with common.atrium_server(env, port, Path(tmp) / "server.log") as server:
            host = f"{slug}.{BASE_DOMAIN}"
            # Warm-up: connections, prepared statements.
            asyncio.run(load(port, host, key, (learners, items), 20, args.concurrency))
            cpu_before = server.cpu_seconds()
            began = time.perf_counter()
            latencies = asyncio.run(
                load(port, host, key, (learners, items), args.batches, args.concurrency)
            )
            elapsed = time.perf_counter() - began
            cpu = server.cpu_seconds() - cpu_before
    events = args.batches * BATCH
    latencies.sort()
    print(f"events: {events} in {args.batches} batches of {BATCH}, {args.concurrency} clients")
    print(f"throughput: {events / elapsed:,.0f} events/s ({args.batches / elapsed:.1f} batches/s)")
    print(
        f"batch latency: p50 {statistics.median(latencies) * 1000:.1f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99) - 1] * 1000:.1f} ms"
    )
    print(f"server CPU: {cpu / args.batches * 1000:.1f} ms per batch")


if __name__ == "__main__":
    try:
        main()
    except common.BenchError as exc:
        sys.exit(str(exc))
