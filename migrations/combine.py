"""Combine the PostgreSQL and SQLite versions of one aerich migration into a single file.

aerich writes a migration's SQL for the dialect of the database it ran against. Atrium runs on
PostgreSQL in production and on SQLite in the quick start, so every migration carries both:
generate it twice (``aerich migrate --name NAME`` with DATABASE_URL pointing at a PostgreSQL and
at an SQLite database, each at the previous head, each with its own ``location``), then

    python -m migrations.combine PG_FILE SQLITE_FILE migrations/models/NAME.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_UPGRADE = re.compile(
    r'async def upgrade\(db: BaseDBAsyncClient\) -> str:\n    return """(.*?)"""', re.S
)
_DOWNGRADE = re.compile(
    r'async def downgrade\(db: BaseDBAsyncClient\) -> str:\n    return """(.*?)"""', re.S
)

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


def _part(pattern: re.Pattern[str], source: str) -> str:
    match = pattern.search(source)
    if match is None:
        raise SystemExit("not an aerich migration file")
    return match.group(1).strip()


def combine(postgres: str, sqlite: str) -> str:
    state = postgres[postgres.index("MODELS_STATE") :]
    if state != sqlite[sqlite.index("MODELS_STATE") :]:
        raise SystemExit("the two files describe different model states")
    return TEMPLATE.format(
        pg_up=_part(_UPGRADE, postgres),
        lite_up=_part(_UPGRADE, sqlite),
        pg_down=_part(_DOWNGRADE, postgres),
        lite_down=_part(_DOWNGRADE, sqlite),
        models_state=state,
    )


if __name__ == "__main__":
    pg_file, sqlite_file, out = sys.argv[1:4]
    Path(out).write_text(combine(Path(pg_file).read_text(), Path(sqlite_file).read_text()))
