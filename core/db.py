"""Tortoise configuration and the migration runner (aerich)."""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import quote

from aerich import Command
from tortoise import Tortoise, connections

from models import MODEL_MODULES

MIGRATIONS_LOCATION = os.path.join(os.path.dirname(os.path.dirname(__file__)), "migrations")


def tortoise_config(
    database_url: str, application_name: str | None = None, max_connections: int | None = None
) -> dict[str, Any]:
    """Tortoise config for ``database_url`` (postgres://… or postgresql://…);
    ``application_name`` shows in ``pg_stat_activity`` and ``max_connections`` sizes the pool."""
    if database_url.startswith("postgresql://"):
        database_url = "postgres://" + database_url.removeprefix("postgresql://")
    options = {"application_name": application_name, "maxsize": max_connections}
    for name, value in options.items():
        if value is not None:
            separator = "&" if "?" in database_url else "?"
            database_url += f"{separator}{name}={quote(str(value))}"
    return {
        "connections": {"default": database_url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def __getattr__(name: str) -> Any:
    """``TORTOISE_ORM``, read by the aerich CLI (`[tool.aerich]` in pyproject.toml) when writing a
    new migration: the PostgreSQL server of ``DATABASE_URL``."""
    if name != "TORTOISE_ORM":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        raise RuntimeError("aerich needs DATABASE_URL: postgres://user@host:5432/database")
    return tortoise_config(database_url)


async def init_db(
    database_url: str, application_name: str | None = None, max_connections: int | None = None
) -> None:
    await Tortoise.init(
        config=tortoise_config(database_url, application_name, max_connections),
        _enable_global_fallback=True,
    )


async def close_db() -> None:
    await Tortoise.close_connections()


async def migrate(database_url: str) -> list[str]:
    """Apply every pending migration; returns the names of those applied."""
    async with Command(
        tortoise_config=tortoise_config(database_url), app="models", location=MIGRATIONS_LOCATION
    ) as command:
        applied: list[str] = await command.upgrade(run_in_transaction=True)
    return applied


async def database_ok() -> bool:
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception:  # any failure here means "down"; health must not raise
        return False
    return True
