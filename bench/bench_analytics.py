"""What the analytics reads cost on a large tenant: p50 and p99 of ``gamification/leaderboard``
(each period), ``stats`` and ``cefr/report`` (and, for the record, the course's lesson progress,
a year of the tenant's history and a learner's gamification) over sequential calls to one
Atrium worker.

    python bench/bench_analytics.py [--learners 5000] [--events 2000000] [--calls 200]

Two tenants are created; the second one, the one measured, gets ``--learners`` learners and
``--events`` progress events over the last year (the first gets a tenth of both, so the
measured rows are not alone in their tables), all written with COPY into a throwaway
database: a course of 20 lessons of 10 exercises spread over the CEFR skills and levels, each
learner active on 40 random days with 10 events a day, enrolled in the course and done with its
first few lessons. The rollups are then built the way an
operator rebuilds them, by setting the tenant's time zone with the CLI, and the database is
vacuumed and analysed. Atrium runs production-shaped (PostgreSQL, Redis, access log) with rate
limits off, since 200 calls to one tenant would otherwise meet its burst cap. Each call waits
for the previous one's answer on a kept-alive connection; per-learner reads ask for a different
learner each time. Goal: every read's p99 under 100 ms.

When the server has ``POST /api/v2/progress-events``, ``--batches`` batches of 100 events are
then posted one after the other and the ingest rate printed.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from http.client import HTTPConnection
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
import orjson
from common import (
    LOOPBACK,
    BenchError,
    atrium_cli,
    atrium_env,
    atrium_server,
    free_port,
    throwaway_database,
)

from api.versions import LATEST
from models.content import CefrLevel, CefrSkill
from models.progress import LEVEL_CODES, SKILL_CODES, ProgressOutcome

GOAL_MS = 100.0
BASE_DOMAIN = "bench.test"
TENANTS = ("first", "second")
MEASURED_TENANT = "second"
TIMEZONE = "Europe/Athens"
LESSONS = 20
ITEMS_PER_LESSON = 10
ACTIVE_DAYS = 40
WARMUP_CALLS = 20
COPY_CHUNK = 100_000
BATCH = 100
_EVENT_COLUMNS = (
    "tenant_id",
    "client_event_id",
    "user_id",
    "course_id",
    "lesson_id",
    "training_item_id",
    "outcome",
    "skill",
    "level",
    "score",
    "max_score",
    "seconds_spent",
    "occurred_at",
)
_USER_COLUMNS = (
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
    "created_at",
    "updated_at",
)
_OUTCOMES = (
    [ProgressOutcome.COMPLETED] * 4
    + [ProgressOutcome.PASSED] * 2
    + [ProgressOutcome.FAILED] * 2
    + [ProgressOutcome.STARTED] * 2
)
_ZONES = ("Europe/Athens", "America/New_York", "UTC", "Asia/Kolkata")


def _connect_url(database_url: str) -> str:
    return database_url.replace("postgres://", "postgresql://", 1)


async def _content(conn: asyncpg.Connection, tenant_id: int) -> list[tuple[int, ...]]:
    """A course of `LESSONS` lessons of `ITEMS_PER_LESSON` exercises; returns each exercise as
    (item id, lesson id, course id, skill code, level code)."""
    now = datetime.now(UTC)
    course_id = await conn.fetchval(
        'INSERT INTO "courses" ("tenant_id", "name", "slug", "is_active", "is_published", '
        '"created_at", "updated_at") VALUES ($1, $2, $3, true, true, $4, $4) RETURNING "id"',
        tenant_id,
        "English for work",
        "english-for-work",
        now,
    )
    skills, levels = list(CefrSkill), list(CefrLevel)
    items: list[tuple[int, ...]] = []
    for position in range(1, LESSONS + 1):
        lesson_id = await conn.fetchval(
            'INSERT INTO "units" ("tenant_id", "course_id", "position", "type", "name", '
            '"is_active", "created_at", "updated_at") VALUES ($1, $2, $3, \'content\', $4, '
            'true, $5, $5) RETURNING "id"',
            tenant_id,
            course_id,
            position,
            f"Lesson {position}",
            now,
        )
        training_id = await conn.fetchval(
            'INSERT INTO "trainings" ("tenant_id", "lesson_id", "course_id", "position", "name", '
            '"created_at", "updated_at") VALUES ($1, $2, $3, 1, $4, $5, $5) RETURNING "id"',
            tenant_id,
            lesson_id,
            course_id,
            f"Training {position}",
            now,
        )
        for n in range(ITEMS_PER_LESSON):
            skill = skills[n % len(skills)]
            level = levels[(position - 1) * len(levels) // LESSONS]
            item_id = await conn.fetchval(
                'INSERT INTO "training_items" ("tenant_id", "training_id", "lesson_id", '
                '"course_id", "position", "type", "skill", "level", "name", "content", '
                '"created_at", "updated_at") VALUES ($1, $2, $3, $4, $5, \'quiz\', $6, $7, $8, '
                "'{}', $9, $9) RETURNING \"id\"",
                tenant_id,
                training_id,
                lesson_id,
                course_id,
                n + 1,
                skill.value,
                level.value,
                f"Exercise {n + 1}",
                now,
            )
            items.append((item_id, lesson_id, course_id, SKILL_CODES[skill], LEVEL_CODES[level]))
    return items


async def _learners(conn: asyncpg.Connection, tenant_id: int, count: int) -> list[int]:
    now = datetime.now(UTC)
    rows = [
        (
            tenant_id,
            f"learner{n}",
            f"learner{n}@t{tenant_id}.example.com",
            f"Name{n}",
            f"Surname{n}",
            5,
            "active",
            _ZONES[n % len(_ZONES)],
            "en",
            True,
            now,
            now,
        )
        for n in range(count)
    ]
    await conn.copy_records_to_table("users", records=rows, columns=_USER_COLUMNS)
    await conn.execute(
        'INSERT INTO "tenant_counters" ("tenant_id", "name", "value") VALUES ($1, \'users\', $2)',
        tenant_id,
        count,
    )
    ids: list[int] = [
        r["id"]
        for r in await conn.fetch('SELECT "id" FROM "users" WHERE "tenant_id" = $1', tenant_id)
    ]
    return ids


def _events(
    tenant_id: int, users: list[int], items: list[tuple[int, ...]], total: int, seed: int
) -> Iterator[tuple[Any, ...]]:
    """About ``total`` events: each learner active on `ACTIVE_DAYS` random days of the last year
    with the same number of events each day, a few minutes apart. Written in time order, as
    ingest would store them, so a learner's events are spread over the table."""
    rng = random.Random(seed)
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    per_day = max(total // (len(users) * ACTIVE_DAYS), 1)
    active: dict[int, list[int]] = {}
    for user_id in users:
        for day in rng.sample(range(1, 366), ACTIVE_DAYS):
            active.setdefault(day, []).append(user_id)
    n = 0
    for day in sorted(active, reverse=True):
        for user_id in active[day]:
            start = today - timedelta(days=day) + timedelta(hours=rng.randrange(6, 21))
            for k in range(per_day):
                item_id, lesson_id, course_id, skill, level = rng.choice(items)
                outcome = rng.choice(_OUTCOMES)
                scored = outcome is not ProgressOutcome.STARTED
                n += 1
                yield (
                    tenant_id,
                    f"e{n}",
                    user_id,
                    course_id,
                    lesson_id,
                    item_id,
                    int(outcome),
                    skill,
                    level,
                    float(rng.randrange(0, 11)) if scored else None,
                    10.0 if scored else None,
                    rng.randrange(20, 300),
                    start + timedelta(minutes=3 * k),
                )


def _chunks(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == COPY_CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def _enrollments(
    conn: asyncpg.Connection, tenant_id: int, users: list[int], items: list[tuple[int, ...]]
) -> None:
    """Every learner enrolled in the course, having completed its first 0 to all lessons (what
    ingest derives from the events, written here directly)."""
    rng = random.Random(tenant_id)
    now = datetime.now(UTC)
    course_id = items[0][2]
    lessons = sorted({item[1] for item in items})
    await conn.copy_records_to_table(
        "enrollments",
        records=[
            (tenant_id, u, course_id, "learner", "in_progress", 0.0, 0, now, now) for u in users
        ],
        columns=(
            "tenant_id",
            "user_id",
            "course_id",
            "role",
            "status",
            "progress_percent",
            "time_spent_seconds",
            "enrolled_at",
            "updated_at",
        ),
    )
    await conn.copy_records_to_table(
        "unit_progress",
        records=[
            (tenant_id, u, lesson_id, course_id, "completed", 1, 0, now, now)
            for u in users
            for lesson_id in lessons[: rng.randrange(len(lessons) + 1)]
        ],
        columns=(
            "tenant_id",
            "user_id",
            "unit_id",
            "course_id",
            "status",
            "attempts",
            "time_spent_seconds",
            "completed_at",
            "updated_at",
        ),
    )


async def _seed(database_url: str, learners: int, events: int) -> dict[str, Any]:
    """Content, learners and events for both tenants; returns the measured tenant's ids."""
    conn = await asyncpg.connect(_connect_url(database_url))
    try:
        ids = {r["slug"]: r["id"] for r in await conn.fetch('SELECT "id", "slug" FROM "tenants"')}
        measured: dict[str, Any] = {}
        for seed, slug in enumerate(TENANTS):
            share = 1 if slug == MEASURED_TENANT else 10
            tenant_id = ids[slug]
            items = await _content(conn, tenant_id)
            users = await _learners(conn, tenant_id, learners // share)
            await _enrollments(conn, tenant_id, users, items)
            started = time.perf_counter()
            for chunk in _chunks(_events(tenant_id, users, items, events // share, seed)):
                await conn.copy_records_to_table(
                    "progress_events", records=chunk, columns=_EVENT_COLUMNS
                )
            print(
                f"{slug}: {len(users):,} learners, {events // share:,} events copied in "
                f"{time.perf_counter() - started:.1f} s",
                flush=True,
            )
            if slug == MEASURED_TENANT:
                measured = {"users": users, "items": items, "course_id": items[0][2]}
        return measured
    finally:
        await conn.close()


async def _vacuum(database_url: str) -> None:
    conn = await asyncpg.connect(_connect_url(database_url))
    try:
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()


class Client:
    """Sequential calls on one kept-alive connection, timed from send to the last byte."""

    def __init__(self, port: int, headers: dict[str, str]) -> None:
        self.connection = HTTPConnection(LOOPBACK, port, timeout=30)
        self.headers = headers

    def call(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes, float]:
        headers = {**self.headers, "Content-Type": "application/json"} if body else self.headers
        started = time.perf_counter()
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        return response.status, data, (time.perf_counter() - started) * 1000

    def timed(self, paths: Sequence[str]) -> list[float]:
        latencies = []
        for path in paths:
            status, data, ms = self.call("GET", path)
            if status != 200:
                raise BenchError(f"GET {path} answered {status}: {data[:300]!r}")
            latencies.append(ms)
        return latencies


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _ingest(client: Client, measured: dict[str, Any], batches: int) -> None:
    """Post ``batches`` batches of `BATCH` events when the route exists; say so when not."""
    status, data, _ = client.call("POST", "/api/v2/progress-events", b"[]")
    if status in (404, 405):
        print("\nPOST /api/v2/progress-events is not served here: ingest rate not measured")
        return
    rng = random.Random(99)
    now = datetime.now(UTC) - timedelta(minutes=1)
    latencies = []
    started = time.perf_counter()
    for b in range(batches):
        body = []
        for k in range(BATCH):
            item_id = rng.choice(measured["items"])[0]
            body.append(
                {
                    "client_event_id": f"ingest-{b}-{k}",
                    "user_id": rng.choice(measured["users"]),
                    "training_item_id": item_id,
                    "outcome": rng.choice(("started", "completed", "passed", "failed")),
                    "score": 7,
                    "max_score": 10,
                    "seconds_spent": 60,
                    "occurred_at": now.isoformat().replace("+00:00", "Z"),
                }
            )
        status, data, ms = client.call("POST", "/api/v2/progress-events", orjson.dumps(body))
        if status not in (200, 201):
            raise BenchError(f"POST /api/v2/progress-events answered {status}: {data[:300]!r}")
        latencies.append(ms)
    seconds = time.perf_counter() - started
    print(
        f"\ningest: {batches * BATCH / seconds:,.0f} events/s in batches of {BATCH}, one at a "
        f"time (batch p50 {_percentile(latencies, 0.5):.1f} ms, p99 "
        f"{_percentile(latencies, 0.99):.1f} ms)"
    )


def run(args: argparse.Namespace, workdir: Path) -> bool:
    headers = {"Host": f"{MEASURED_TENANT}.{BASE_DOMAIN}", "X-API-Version": LATEST.isoformat()}
    with ExitStack() as stack:
        database_url = stack.enter_context(throwaway_database())
        env = atrium_env(database_url, BASE_DOMAIN, rate_limits=False)
        atrium_cli(["migrate"], env)
        for slug in TENANTS:
            atrium_cli(["tenant", "create", slug, "--plan", "grow"], env)
        headers["X-API-Key"] = atrium_cli(
            [
                "key",
                "create",
                MEASURED_TENANT,
                "--name",
                "bench",
                "--scopes",
                "reports:read,progress:write",
            ],
            env,
        ).strip()
        measured = asyncio.run(_seed(database_url, args.learners, args.events))
        started = time.perf_counter()
        for slug in TENANTS:
            atrium_cli(["tenant", "timezone", slug, TIMEZONE], env)
        print(f"rollups rebuilt in {time.perf_counter() - started:.1f} s", flush=True)
        asyncio.run(_vacuum(database_url))
        server = stack.enter_context(atrium_server(env, free_port(), workdir / "atrium.log"))
        client = Client(server.port, headers)
        rng = random.Random(3)
        learners = rng.sample(measured["users"], args.calls)
        year_ago = (datetime.now(ZoneInfo(TIMEZONE)).date() - timedelta(days=365)).isoformat()
        reads = {
            "leaderboard week": ["/api/v2/gamification/leaderboard?period=week"] * args.calls,
            "leaderboard month": ["/api/v2/gamification/leaderboard?period=month"] * args.calls,
            "leaderboard all_time": ["/api/v2/gamification/leaderboard?period=all_time"]
            * args.calls,
            "stats (30 days)": ["/api/v2/stats"] * args.calls,
            "cefr/report": [f"/api/v2/cefr/report?user_id={u}" for u in learners],
            "lesson-progress": [f"/api/v2/courses/{measured['course_id']}/lesson-progress"]
            * args.calls,
            "history (366 days)": [f"/api/v2/progress-history?date_from={year_ago}"] * args.calls,
            "gamification/stats": [f"/api/v2/gamification/stats?user_id={u}" for u in learners],
        }
        for paths in reads.values():
            client.timed(paths[:WARMUP_CALLS])
        print(
            f"\n{args.calls} sequential calls each, one server worker, tenant {MEASURED_TENANT!r}"
        )
        print(f"{'read':<22}{'p50 ms':>9}{'p99 ms':>9}{'mean ms':>9}")
        worst = 0.0
        for name, paths in reads.items():
            latencies = client.timed(paths)
            p99 = _percentile(latencies, 0.99)
            worst = max(worst, p99)
            print(
                f"{name:<22}{_percentile(latencies, 0.5):>9.2f}{p99:>9.2f}"
                f"{statistics.mean(latencies):>9.2f}"
            )
        verdict = "met" if worst < GOAL_MS else "NOT met"
        print(f"worst p99 {worst:.1f} ms (goal < {GOAL_MS:g} ms: {verdict})")
        _ingest(client, measured, args.batches)
        return worst < GOAL_MS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=5000)
    parser.add_argument("--events", type=int, default=2_000_000)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--batches", type=int, default=200)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="atrium-bench-") as workdir:
        try:
            run(args, Path(workdir))
        except BenchError as exc:
            print(f"benchmark failed: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
