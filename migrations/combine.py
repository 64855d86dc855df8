"""Combine the PostgreSQL and SQLite versions of one aerich migration into a single file.

aerich writes a migration's SQL for the dialect of the database it ran against. Atrium runs on
PostgreSQL in production and on SQLite in the quick start, so every migration carries both:
generate it twice (``aerich migrate --name NAME`` with DATABASE_URL pointing at a PostgreSQL and
at an SQLite database, each at the previous head, each with its own ``location``), then

    python -m migrations.combine PG_FILE SQLITE_FILE migrations/models/NAME.py
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TEMPLATE = '''from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES_UP = """
{pg_up}
"""

SQLITE_UP = """
{lite_up}
"""

POSTGRES_DOWN = """
{pg_down}
"""

SQLITE_DOWN = """
{lite_down}
"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_UP if db.capabilities.dialect == "postgres" else SQLITE_UP


async def downgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_DOWN if db.capabilities.dialect == "postgres" else SQLITE_DOWN


{models_state}'''


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_migration_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sql(module: ModuleType, step: str) -> str:
    """The SQL a migration step returns, escaped to sit inside a triple-quoted literal."""
    sql: str = asyncio.run(getattr(module, step)(None)).strip()
    if '"""' in sql:
        raise SystemExit('a migration containing """ cannot be combined')
    return sql.replace("\\", "\\\\")


def combine(postgres: Path, sqlite: Path) -> str:
    pg, lite = _load(postgres), _load(sqlite)
    if pg.MODELS_STATE != lite.MODELS_STATE:
        raise SystemExit("the two files describe different model states")
    source = postgres.read_text()
    return TEMPLATE.format(
        pg_up=_sql(pg, "upgrade"),
        lite_up=_sql(lite, "upgrade"),
        pg_down=_sql(pg, "downgrade"),
        lite_down=_sql(lite, "downgrade"),
        models_state=source[source.index("MODELS_STATE") :],
    )


if __name__ == "__main__":
    pg_file, sqlite_file, out = sys.argv[1:4]
    Path(out).write_text(combine(Path(pg_file), Path(sqlite_file)))
