"""Export throughput: one CSV export of N event-log rows (default 1,000,000) by one worker.

    python bench/bench_exports.py [--rows 1000000]

Creates a throwaway PostgreSQL database (``BENCH_DATABASE_URL``, default the local server) with
one tenant and N events (the activity export's source; learner progress has no table yet),
starts one ``server.py worker``, requests an activity export and prints the rows written per
second (from the job's claim to the export's completion) and the worker's peak resident memory
(VmHWM). Everything is removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.scoping import tenant_scope  # noqa: E402
from domain.exports import do_request_export  # noqa: E402
from models.database import close_db, init_db, migrate  # noqa: E402
from models.export import Export, ExportKind, ExportStatus  # noqa: E402
from tenants.provisioning import do_create_tenant  # noqa: E402
from tenants.records import tenant_record  # noqa: E402

ADMIN_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
MAX_WAIT_SECONDS = 600.0


async def _admin(sql: str) -> None:
    connection = await asyncpg.connect(ADMIN_URL.replace("postgres://", "postgresql://", 1))
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def _csv_bytes(folder: str) -> int:
    return sum(f.stat().st_size for f in Path(folder).rglob("*.csv"))


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def bench(rows: int) -> None:
    name = f"atrium_bench_{secrets.token_hex(4)}"
    database_url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    await _admin(f'CREATE DATABASE "{name}"')
    worker: subprocess.Popen[bytes] | None = None
    with tempfile.TemporaryDirectory() as exports_dir:
        try:
            await migrate(database_url)
            await init_db(database_url)
            tenant = tenant_record(await do_create_tenant(f"bench{secrets.token_hex(3)}"))
            connection = await asyncpg.connect(database_url.replace("postgres://", "postgresql://"))
            try:
                await connection.execute(
                    "INSERT INTO events (tenant_id, type, data, created_at) "
                    "SELECT $1, 'lesson.completed', jsonb_build_object("
                    "'user_id', n % 5000, 'lesson_id', n % 300, 'score', n % 100), "
                    "now() - make_interval(secs => n) FROM generate_series(1, $2) AS n",
                    tenant.id,
                    rows,
                )
                await connection.execute("VACUUM ANALYZE events")
            finally:
                await connection.close()
            worker = subprocess.Popen(  # noqa: ASYNC220 - started once, before measuring
                [sys.executable, str(ROOT / "server.py"), "worker"],
                cwd=ROOT,
                env={
                    **os.environ,
                    "DATABASE_URL": database_url,
                    "EXPORTS_DIR": exports_dir,
                    "LOG_LEVEL": "WARNING",
                },
            )
            await asyncio.sleep(2)
            with tenant_scope(tenant.id):
                export = await do_request_export(tenant, ExportKind.ACTIVITY)
            requested = time.monotonic()
            deadline = requested + MAX_WAIT_SECONDS
            while time.monotonic() < deadline:
                export = await Export.all_tenants.get(id=export.id)
                if export.status in (ExportStatus.SUCCEEDED, ExportStatus.FAILED):
                    break
                await asyncio.sleep(0.2)
            elapsed = time.monotonic() - requested
            peak = _peak_rss_mb(worker.pid)
            size = _csv_bytes(exports_dir)
        finally:
            if worker is not None:
                worker.send_signal(signal.SIGTERM)
                worker.wait(timeout=60)
            await close_db()
            await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"export {export.status}: {export.row_count} rows, {size / 1e6:.0f} MB of CSV")
    print(f"throughput: {(export.row_count or 0) / elapsed:,.0f} rows/s ({elapsed:.1f} s)")
    print(f"worker peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    asyncio.run(bench(args.rows))
