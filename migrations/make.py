"""Write a new migration from the models, for PostgreSQL and SQLite at once.

    python -m migrations.make NAME [--admin-url postgres://postgres@127.0.0.1:5432/postgres]

For each dialect it brings a scratch database to the current head (in a copy of
migrations/models), lets aerich diff the models against it, and then `migrations.combine` merges
the two outputs into migrations/models/. Each dialect runs in its own process: aerich and Tortoise
keep global state that one process cannot initialise twice.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import asyncpg
from aerich import Command

from core.db import tortoise_config
from migrations.combine import combine

HERE = Path(__file__).resolve().parent
MODELS_DIR = HERE / "models"


async def _generate(database_url: str, location: str, name: str) -> None:
    async with Command(
        tortoise_config=tortoise_config(database_url), app="models", location=location
    ) as command:
        await command.upgrade(run_in_transaction=True)
        # aerich read the (empty) version history on entering; read it again at head.
        await command.init()
        await command.migrate(name)


async def _admin(admin_url: str, sql: str) -> None:
    conn = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def _run_dialect(database_url: str, location: Path, name: str) -> Path:
    shutil.copytree(MODELS_DIR, location / "models")
    before = set((location / "models").glob("*.py"))
    subprocess.run(  # noqa: S603 - our own module, arguments built here
        [sys.executable, "-m", "migrations.make", "--generate", database_url, str(location), name],
        check=True,
        cwd=HERE.parent,
    )
    created = set((location / "models").glob("*.py")) - before
    if len(created) != 1:
        raise SystemExit(f"aerich wrote {len(created)} files for {database_url}; nothing to do?")
    return created.pop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("--admin-url", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--generate", nargs=2, metavar=("DATABASE_URL", "LOCATION"))
    args = parser.parse_args()
    if args.generate:
        database_url, location = args.generate
        asyncio.run(_generate(database_url, location, args.name))
        return

    scratch = f"atrium_migration_{secrets.token_hex(4)}"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        asyncio.run(_admin(args.admin_url, f'CREATE DATABASE "{scratch}"'))
        try:
            pg_url = args.admin_url.rsplit("/", 1)[0] + f"/{scratch}"
            pg_file = _run_dialect(pg_url, work / "pg", args.name)
        finally:
            asyncio.run(_admin(args.admin_url, f'DROP DATABASE IF EXISTS "{scratch}"'))
        sqlite_file = _run_dialect(f"sqlite://{work}/scratch.sqlite3", work / "sqlite", args.name)
        if pg_file.name != sqlite_file.name.replace(
            sqlite_file.name.split("_")[1], pg_file.name.split("_")[1]
        ):
            raise SystemExit("the two dialects produced differently numbered migrations")
        target = MODELS_DIR / pg_file.name
        target.write_text(combine(pg_file, sqlite_file))
    print(f"wrote {target.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
