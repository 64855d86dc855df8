"""HR sync with passwords: a CSV of N users (default 10,000), every row setting a password, and
a JSON batch of 100 new users with passwords, while other requests write to the same tenant.

    python bench/bench_sync_passwords.py [--rows 10000] [--existing 5000]

Creates a throwaway PostgreSQL database (``BENCH_DATABASE_URL``, default the local server) with
a tenant holding M users, starts ``server.py serve`` and one ``server.py worker``, and uploads a
CSV to ``POST /api/v2/batch/users``: the M existing users with a new password, then new users
with a password up to N rows. Then it queues a JSON batch of 100 new users with passwords.
During each, a client sends in turn a ``PATCH`` of a user the sync updates and a ``POST`` of a
new user (with a password, hashed by the server; it waits for the tenant's user counter, which
every creation updates), and a monitor
samples PostgreSQL every 50 ms. Prints, for each: its duration; the requests' count, median and
longest time; the longest time a session waited for a lock; and the longest transaction seen
open. Everything is removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from statistics import median

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import common  # noqa: E402
from bench_csv_sync import seed_hr_tenant  # noqa: E402

BASE_DOMAIN = "bench.test"
VERSION = "2026-11-01"
MAX_WAIT_SECONDS = 3600.0
CLIENT_TIMEOUT_SECONDS = 3600.0
SAMPLE_SECONDS = 0.05
BATCH_ITEMS = 100
HEADER = "integration_user_id,login,email,name,surname,password\r\n"
# What the monitor reads: the longest wait for a lock and the oldest open transaction, among
# the other sessions of the benchmark's database. An idle session is in no transaction, whatever
# its xact_start says (a LISTENing one shows a stale one while it takes in a notification).
_SAMPLE = """
SELECT COALESCE(EXTRACT(EPOCH FROM max(clock_timestamp() - state_change)
                        FILTER (WHERE wait_event_type = 'Lock')), 0) AS lock_wait,
       COALESCE(EXTRACT(EPOCH FROM max(clock_timestamp() - xact_start)), 0) AS open_transaction
FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
  AND state <> 'idle'
"""


# Uploads and syncs take long: each request may.
_request = partial(common.http_json, timeout=CLIENT_TIMEOUT_SECONDS)


def _csv(rows: int, existing: int) -> bytes:
    lines = [HEADER]
    for n in range(1, rows + 1):
        name = "Name" if n <= existing else "New"
        lines.append(f"HR-{n},user{n},user{n}@example.com,{name},Surname {n},pass-{n}-secret\r\n")
    return "".join(lines).encode()


def _batch(first: int) -> bytes:
    users = [
        {
            "login": f"batch{n}",
            "email": f"batch{n}@example.com",
            "name": "Batch",
            "surname": f"User {n}",
            "password": f"batch-{n}-secret",
        }
        for n in range(first, first + BATCH_ITEMS)
    ]
    return json.dumps({"users": users}).encode()


@dataclass
class Probe:
    """Sends the other requests one after the other until stopped, timing each."""

    port: int
    headers: dict[str, str]
    user_id: int
    stop: threading.Event = field(default_factory=threading.Event)
    times: dict[str, list[float]] = field(default_factory=lambda: {"PATCH": [], "POST": []})
    failures: list[str] = field(default_factory=list)

    def _timed(self, method: str, path: str, body: dict[str, object]) -> None:
        started = time.monotonic()
        status, answer = _request(
            self.port,
            method,
            path,
            {**self.headers, "Content-Type": "application/json"},
            json.dumps(body).encode(),
        )
        self.times[method].append(time.monotonic() - started)
        if status not in (200, 201):
            self.failures.append(f"{method} {path} answered {status}: {answer}")

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            n += 1
            self._timed("PATCH", f"/api/v2/users/{self.user_id}", {"description": f"probe {n}"})
            tag = secrets.token_hex(6)
            self._timed(
                "POST",
                "/api/v2/users",
                {
                    "login": f"p{tag}",
                    "email": f"p{tag}@example.com",
                    "name": "P",
                    "surname": "Q",
                    "password": f"probe-{tag}",
                },
            )


@dataclass
class Monitor:
    """Samples the database's sessions every `SAMPLE_SECONDS` until stopped."""

    database_url: str
    stop: threading.Event = field(default_factory=threading.Event)
    lock_wait: float = 0.0
    open_transaction: float = 0.0

    async def _sample(self) -> None:
        url = self.database_url.replace("postgres://", "postgresql://", 1)
        conn = await asyncpg.connect(url)
        try:
            while not self.stop.is_set():
                row = await conn.fetchrow(_SAMPLE)
                self.lock_wait = max(self.lock_wait, float(row["lock_wait"]))
                self.open_transaction = max(self.open_transaction, float(row["open_transaction"]))
                await asyncio.sleep(SAMPLE_SECONDS)
        finally:
            await conn.close()

    def run(self) -> None:
        asyncio.run(self._sample())


@dataclass(frozen=True)
class Figures:
    seconds: float
    task: dict[str, object]
    times: dict[str, list[float]]
    lock_wait: float
    open_transaction: float

    def report(self, title: str) -> None:
        print(f"{title}: task {self.task['status']} after {self.seconds:.1f} s")
        print(f"  counts: {self.task['counts']}, errors: {len(self.task['errors'])}")  # type: ignore[arg-type]
        for method, times in self.times.items():
            if times:
                print(
                    f"  {method} during it: {len(times)} requests, median "
                    f"{median(times) * 1000:.1f} ms, longest {max(times) * 1000:.1f} ms"
                )
        print(f"  longest lock wait seen: {self.lock_wait * 1000:.0f} ms")
        print(f"  longest open transaction seen: {self.open_transaction:.1f} s")


def _measured(
    port: int,
    headers: dict[str, str],
    database_url: str,
    probe_user: int,
    queue: Callable[[], int],
) -> Figures:
    """Run ``queue`` (it queues a task and returns its id) and wait for the task, with the probe
    and the monitor running meanwhile."""
    probe = Probe(port, headers, probe_user)
    monitor = Monitor(database_url)
    threads = [threading.Thread(target=probe.run), threading.Thread(target=monitor.run)]
    for thread in threads:
        thread.start()
    try:
        started = time.monotonic()
        task_id = queue()
        task: dict[str, object] = {}
        while time.monotonic() - started < MAX_WAIT_SECONDS:
            _, reply = _request(port, "GET", f"/api/v2/tasks/{task_id}", headers)
            task = reply["_data"]  # type: ignore[assignment]
            if task["status"] in ("completed", "failed"):
                break
            time.sleep(0.2)
        seconds = time.monotonic() - started
    finally:
        probe.stop.set()
        monitor.stop.set()
        for thread in threads:
            thread.join(timeout=CLIENT_TIMEOUT_SECONDS)
    if probe.failures:
        raise common.BenchError(probe.failures[0])
    return Figures(seconds, task, probe.times, monitor.lock_wait, monitor.open_transaction)


def _queued(port: int, path: str, headers: dict[str, str], body: bytes) -> int:
    status, answer = _request(port, "POST", path, headers, body)
    if status != 202:
        raise common.BenchError(f"{path} answered {status}: {answer}")
    task_id: int = answer["_data"]["id"]  # type: ignore[index]
    return task_id


def bench(rows: int, existing: int) -> None:
    with common.throwaway_database() as database_url, tempfile.TemporaryDirectory() as folder:
        slug, key = asyncio.run(
            seed_hr_tenant(database_url, existing, ["users:write", "users:read"])
        )
        env = {
            **common.atrium_env(database_url, BASE_DOMAIN, log_level="WARNING", rate_limits=False),
            "EXPORTS_DIR": folder,
        }
        headers = {"Host": f"{slug}.{BASE_DOMAIN}", "X-API-Key": key, "X-API-Version": VERSION}
        csv_headers = {**headers, "Content-Type": "text/csv"}
        json_headers = {**headers, "Content-Type": "application/json"}
        port = common.free_port()
        with common.atrium_server(env, port, Path(folder) / "server.log"):
            _, found = _request(port, "GET", "/api/v2/users?filter[login][eq]=user1", headers)
            probe_user = int(found["_data"][0]["id"])  # type: ignore[index]
            worker = subprocess.Popen(
                [sys.executable, "server.py", "worker"],
                cwd=ROOT,
                env={**os.environ, **env},
                start_new_session=True,
            )
            try:
                time.sleep(2)
                body = _csv(rows, existing)
                sync = _measured(
                    port,
                    headers,
                    database_url,
                    probe_user,
                    lambda: _queued(port, "/api/v2/batch/users", csv_headers, body),
                )
                batch = _measured(
                    port,
                    headers,
                    database_url,
                    probe_user,
                    lambda: _queued(port, "/api/v2/batch/users", json_headers, _batch(1)),
                )
            finally:
                worker.terminate()
                worker.wait(timeout=60)
    print(f"HR sync: {rows:,} CSV rows, each with a password, into a tenant of {existing:,} users")
    sync.report("CSV sync")
    batch.report(f"JSON batch of {BATCH_ITEMS} new users with passwords")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--existing", type=int, default=5_000)
    args = parser.parse_args()
    if not 1 <= args.existing <= args.rows:
        sys.exit("--existing must be between 1 and --rows")
    try:
        bench(args.rows, args.existing)
    except common.BenchError as exc:
        sys.exit(f"benchmark failed: {exc}")
