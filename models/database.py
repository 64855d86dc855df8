"""Tortoise configuration, the connections (the app role's and the owner's `platform` one) and
the migration runner (aerich)."""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import quote

from aerich import Command
from tortoise import Tortoise, connections
from tortoise.backends.asyncpg.client import AsyncpgDBClient
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.base.config_generator import expand_db_url

from core.rls import app_role_credentials
from core.scoping import PLATFORM_CONNECTION, set_platform_connection
from models import MODEL_MODULES

MIGRATIONS_LOCATION = os.path.join(os.path.dirname(os.path.dirname(__file__)), "migrations")

# Cross-tenant work is occasional (the job queue's bookkeeping, purges): a few connections do.
PLATFORM_POOL_SIZE = 4


def _postgres_url(database_url: str, **options: str | int | None) -> str:
    """``database_url`` (postgres://… or postgresql://…) as Tortoise takes it, with ``options``
    (those not None) as query parameters."""
    if database_url.startswith("postgresql://"):
        database_url = "postgres://" + database_url.removeprefix("postgresql://")
    for name, value in options.items():
        if value is not None:
            separator = "&" if "?" in database_url else "?"
            database_url += f"{separator}{name}={quote(str(value))}"
    return database_url


def _config(connection: str | dict[str, Any]) -> dict[str, Any]:
    return {
        "connections": {"default": connection},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def tortoise_config(
    database_url: str, application_name: str | None = None, max_connections: int | None = None
) -> dict[str, Any]:
    """Tortoise config for ``database_url``: ``application_name`` shows in ``pg_stat_activity``
    and ``max_connections`` sizes the pool, whose connections act as the role held to row-level
    security, bound to the current tenant (`core.rls`)."""
    url = _postgres_url(database_url, application_name=application_name, maxsize=max_connections)
    app = expand_db_url(url)
    app["credentials"].update(app_role_credentials())
    return _config(app)


def owner_config(database_url: str) -> dict[str, Any]:
    """Tortoise config connecting as the tables' owner: for migrations."""
    return _config(_postgres_url(database_url))


def __getattr__(name: str) -> Any:
    """``TORTOISE_ORM``, read by the aerich CLI (`[tool.aerich]` in pyproject.toml) when writing a
    new migration: the owner's connection to the PostgreSQL server of ``DATABASE_URL``."""
    if name != "TORTOISE_ORM":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        raise RuntimeError("aerich needs DATABASE_URL: postgres://user@host:5432/database")
    return owner_config(database_url)


def _platform_client(database_url: str, application_name: str | None) -> BaseDBAsyncClient:
    url = _postgres_url(database_url, application_name=application_name, maxsize=PLATFORM_POOL_SIZE)
    return AsyncpgDBClient(connection_name=PLATFORM_CONNECTION, **expand_db_url(url)["credentials"])


async def init_db(
    database_url: str, application_name: str | None = None, max_connections: int | None = None
) -> None:
    """Open the application's connections (``default``) and the owner's ``platform`` one,
    which connects on first use; both are closed by `close_db`."""
    await Tortoise.init(
        config=tortoise_config(database_url, application_name, max_connections),
        _enable_global_fallback=True,
    )
    set_platform_connection(_platform_client(database_url, application_name))


async def close_db() -> None:
    platform = set_platform_connection(None)
    if platform is not None and platform is not connections.get("default"):
        await platform.close()
    await Tortoise.close_connections()


async def migrate(database_url: str) -> list[str]:
    """Apply every pending migration; returns the names of those applied."""
    async with Command(
        tortoise_config=owner_config(database_url), app="models", location=MIGRATIONS_LOCATION
    ) as command:
        applied: list[str] = await command.upgrade(run_in_transaction=True)
    return applied


async def database_ok() -> bool:
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception:  # any failure here means "down"; health must not raise
        return False
    return True
