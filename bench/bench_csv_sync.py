"""HR sync: a CSV of N users (default 100,000) synced into a tenant that has M (default 50,000).

    python bench/bench_csv_sync.py [--rows 100000] [--existing 50000] [--passwords 20]

Creates a throwaway PostgreSQL database (``BENCH_DATABASE_URL``, default the local server) with
a tenant holding M users, starts ``server.py serve`` and one ``server.py worker``, and uploads a
CSV to ``POST /api/v2/batch/users?deactivate_missing=true``: the first 80 % of the existing
users (half of them with a changed name), then new users up to N rows, a few of them with a
password. Prints the upload time (the server receives and checks the file), the time until the
task completed, its counts, and the peak resident memory (VmHWM) of the worker and of the
server's processes. Everything is removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import common  # noqa: E402

from core.scoping import tenant_scope  # noqa: E402
from domain.api_keys import do_create_api_key  # noqa: E402
from models.database import close_db, init_db, migrate  # noqa: E402
from tenants.provisioning import do_create_tenant  # noqa: E402
from tenants.records import tenant_record  # noqa: E402

BASE_DOMAIN = "bench.test"
VERSION = "2026-11-01"
MAX_WAIT_SECONDS = 600.0
HEADER = "integration_user_id,login,email,name,surname,password\r\n"


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _group_peak_rss_mb(leader: int) -> float:
    """The largest peak RSS among the processes of ``leader``'s process group (Sanic's)."""
    peaks = [0.0]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[2]) == leader:
            peaks.append(_peak_rss_mb(int(stat.parent.name)))
    return max(peaks)


# Uploads and syncs take long: each request may.
_request = partial(common.http_json, timeout=120)


async def seed_hr_tenant(database_url: str, existing: int, scopes: list[str]) -> tuple[str, str]:
    """A migrated database with a tenant before the measured one, which gets ``existing``
    users and a key with ``scopes``; returns its slug and the key."""
    await migrate(database_url)
    await init_db(database_url)
    try:
        # A tenant created before the one measured, as on a shared deployment.
        await do_create_tenant(f"other{secrets.token_hex(3)}")
        tenant = tenant_record(await do_create_tenant(f"hr{secrets.token_hex(3)}"))
        with tenant_scope(tenant.id):
            _, key = await do_create_api_key(tenant, "hr-sync", scopes)
    finally:
        await close_db()
    connection = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:
        await connection.execute(
            "INSERT INTO users (tenant_id, login, email, name, surname, user_type, status, "
            "timezone, locale, email_notifications, integration_user_id, created_at, updated_at) "
            "SELECT $1, 'user' || n, 'user' || n || '@example.com', 'Name', 'Surname ' || n, 5, "
            "'active', 'UTC', 'en', true, 'HR-' || n, now(), now() "
            "FROM generate_series(1, $2) AS n",
            tenant.id,
            existing,
        )
        await connection.execute(
            "INSERT INTO tenant_counters (tenant_id, name, value) VALUES ($1, 'users', $2) "
            "ON CONFLICT (tenant_id, name) DO UPDATE SET value = EXCLUDED.value",
            tenant.id,
            existing,
        )
        await connection.execute("VACUUM ANALYZE users")
    finally:
        await connection.close()
    return tenant.slug, key


def _csv(rows: int, existing: int, passwords: int) -> bytes:
    kept = min(rows, existing * 8 // 10)
    lines = [HEADER]
    for n in range(1, kept + 1):
        name = "Renamed" if n % 2 else "Name"
        lines.append(f"HR-{n},user{n},user{n}@example.com,{name},Surname {n},\r\n")
    for n in range(existing + 1, existing + 1 + rows - kept):
        password = "s3cret-pass" if n - existing <= passwords else ""
        lines.append(f"HR-{n},user{n},user{n}@example.com,New,Surname {n},{password}\r\n")
    return "".join(lines).encode()


def bench(rows: int, existing: int, passwords: int) -> None:
    with common.throwaway_database() as database_url, tempfile.TemporaryDirectory() as folder:
        slug, key = asyncio.run(seed_hr_tenant(database_url, existing, ["users:write"]))
        env = {
            **common.atrium_env(database_url, BASE_DOMAIN, log_level="WARNING", rate_limits=False),
            "EXPORTS_DIR": folder,
        }
        body = _csv(rows, existing, passwords)
        headers = {"Host": f"{slug}.{BASE_DOMAIN}", "X-API-Key": key, "X-API-Version": VERSION}
        port = common.free_port()
        log = Path(folder) / "server.log"
        with common.atrium_server(env, port, log) as server:
            worker = subprocess.Popen(
                [sys.executable, "server.py", "worker"],
                cwd=ROOT,
                env={**os.environ, **env},
                start_new_session=True,
            )
            try:
                time.sleep(2)
                started = time.monotonic()
                status, answer = _request(
                    port,
                    "POST",
                    "/api/v2/batch/users?deactivate_missing=true",
                    {**headers, "Content-Type": "text/csv"},
                    body,
                )
                uploaded = time.monotonic() - started
                if status != 202:
                    raise common.BenchError(f"upload answered {status}: {answer}")
                task_id = answer["_data"]["id"]  # type: ignore[index]
                task: dict[str, object] = {}
                while time.monotonic() - started < MAX_WAIT_SECONDS:
                    _, reply = _request(port, "GET", f"/api/v2/tasks/{task_id}", headers)
                    task = reply["_data"]  # type: ignore[assignment]
                    if task["status"] in ("completed", "failed"):
                        break
                    time.sleep(0.2)
                total = time.monotonic() - started
                worker_peak = _peak_rss_mb(worker.pid)
                server_peak = _group_peak_rss_mb(server.process.pid)
            finally:
                worker.terminate()
                worker.wait(timeout=60)
    print(f"CSV: {rows:,} rows ({len(body) / 1e6:.1f} MB) into a tenant of {existing:,} users")
    print(f"upload and check: {uploaded:.1f} s; task {task['status']} after {total:.1f} s")
    print(f"counts: {task['counts']}, errors: {len(task['errors'])}")  # type: ignore[arg-type]
    print(f"worker peak RSS: {worker_peak:.0f} MB; server peak RSS: {server_peak:.0f} MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--existing", type=int, default=50_000)
    parser.add_argument("--passwords", type=int, default=20)
    args = parser.parse_args()
    try:
        bench(args.rows, args.existing, args.passwords)
    except common.BenchError as exc:
        sys.exit(f"benchmark failed: {exc}")
