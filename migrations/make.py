"""Write the next migration, for PostgreSQL and SQLite in one file.

    python -m migrations.make NAME

aerich diffs the models against the state saved in the newest migration file (its offline mode,
so no database is migrated or changed) and writes the SQL of the dialect it is configured for.
This runs it twice, each time in a child process with its own copy of ``migrations/models`` (a
PostgreSQL URL, then an SQLite file), and merges the two outputs with `migrations.combine` into
``migrations/models/``. The PostgreSQL URL only selects the dialect (``MIGRATIONS_POSTGRES_URL``,
default the local server); nothing connects to it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from migrations.combine import combine

MODELS_DIR = Path(__file__).resolve().parent / "models"
POSTGRES_URL = os.environ.get(
    "MIGRATIONS_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)


async def _generate(database_url: str, location: str, name: str) -> str:
    from aerich import Command

    from core.db import owner_config

    async with Command(
        tortoise_config=owner_config(database_url), app="models", location=location
    ) as command:
        await command.init(offline=True)
        written: str = await command.migrate(name=name, no_input=True, offline=True)
    return written


def _generate_in_child(database_url: str, name: str, workdir: Path) -> Path:
    location = workdir / "migrations"
    shutil.copytree(MODELS_DIR, location / "models", ignore=shutil.ignore_patterns("__pycache__"))
    before = set((location / "models").glob("*.py"))
    subprocess.run(  # noqa: S603 - runs this module with the developer's own arguments
        [sys.executable, "-m", "migrations.make", "--generate", database_url, str(location), name],
        check=True,
        cwd=MODELS_DIR.parent.parent,
    )
    written = set((location / "models").glob("*.py")) - before
    if len(written) != 1:
        raise SystemExit("aerich wrote no migration: the models have not changed")
    return written.pop()


def make(name: str) -> Path:
    with tempfile.TemporaryDirectory() as scratch:
        postgres = _generate_in_child(POSTGRES_URL, name, Path(scratch, "postgres"))
        sqlite_url = f"sqlite://{Path(scratch, 'scratch.sqlite3')}"
        sqlite = _generate_in_child(sqlite_url, name, Path(scratch, "sqlite"))
        out = MODELS_DIR / postgres.name
        out.write_text(combine(postgres, sqlite))
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["--generate"]:
        url, location, migration_name = sys.argv[2:5]
        asyncio.run(_generate(url, location, migration_name))
    elif len(sys.argv) == 2:
        print(f"wrote {make(sys.argv[1])}")
    else:
        raise SystemExit("usage: python -m migrations.make NAME")
