"""The users list statements. PostgreSQL runs them in the API tests; here they also run on SQLite
(the quick start's database), on a database migrated by the CLI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

# Tortoise's own adapters for datetimes in SQLite parameters, as the app's connection has them.
import tortoise.backends.sqlite.executor  # noqa: F401

from core.query import Filter, Page
from domain.user_list import users_count_sql, users_page_sql

ROOT = Path(__file__).resolve().parents[2]
T1, T2 = 1, 2


def _cli(url: str, *args: str) -> None:
    result = subprocess.run(
        [sys.executable, "server.py", *args],
        cwd=ROOT,
        env={"DATABASE_URL": url, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _stamp(day: int) -> str:
    """A timestamp as Tortoise writes it to SQLite."""
    return datetime(2026, 1, day, 9, 30, 15, 123456, tzinfo=UTC).isoformat(" ")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("sqlite") / "atrium.sqlite3"
    url = f"sqlite://{path}"
    _cli(url, "migrate")
    _cli(url, "tenant", "create", "one")
    _cli(url, "tenant", "create", "two")
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    users = [
        (1, T1, "ann", "ann@example.com", "Ann", "Smith", "active", 5, None, 1),
        (2, T1, "bob", "bob@example.com", "Bob", "Jones", "inactive", 3, "HR-2", 2),
        (3, T2, "cy", "cy@example.com", "Cy", "Smith", "active", 5, None, 3),
        (4, T1, "dee_", "dee@example.com", "Dee", "100% Smith", "active", 5, None, 4),
    ]
    conn.executemany(
        'INSERT INTO "users" ("id", "tenant_id", "login", "email", "name", "surname", "status", '
        '"user_type", "integration_user_id", "timezone", "locale", "email_notifications", '
        '"created_at", "updated_at", "last_login") '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'UTC', 'en', 1, ?, ?, ?)",
        [
            (*u[:9], _stamp(u[9]), _stamp(u[9] + 10), None if u[0] == 1 else _stamp(20))
            for u in users
        ],
    )
    conn.execute(
        'INSERT INTO "tenant_counters" ("tenant_id", "name", "value") VALUES (?, ?, ?)',
        (T1, "users", 3),
    )
    conn.execute(
        'INSERT INTO "branches" ("id", "tenant_id", "name", "is_active", "created_at", '
        "\"updated_at\") VALUES (7, ?, 'North', 1, ?, ?)",
        (T1, _stamp(1), _stamp(1)),
    )
    conn.execute(
        'INSERT INTO "branch_users" ("tenant_id", "branch_id", "user_id", "created_at") '
        "VALUES (?, 7, 2, ?)",
        (T1, _stamp(1)),
    )
    conn.commit()
    yield conn
    conn.close()


def page(
    db: sqlite3.Connection, filters: tuple[Filter, ...] = (), number: int = 1, size: int = 10
) -> list[dict[str, Any]]:
    sql, params = users_page_sql("sqlite", T1, filters, Page(number, size))
    return [dict(row) for row in db.execute(sql, params)]


def count(db: sqlite3.Connection, filters: tuple[Filter, ...]) -> int:
    sql, params = users_count_sql("sqlite", T1, filters)
    total: int = db.execute(sql, params).fetchone()["total"]
    return total


def test_pages_carry_wire_timestamps_and_the_counter(db: sqlite3.Connection) -> None:
    rows = page(db, size=2)
    assert [r["login"] for r in rows] == ["ann", "bob"]
    assert rows[0]["created_at"] == "2026-01-01T09:30:15Z"
    assert rows[0]["updated_at"] == "2026-01-11T09:30:15Z"
    assert rows[0]["last_login"] is None
    assert rows[1]["last_login"] == "2026-01-20T09:30:15Z"
    assert rows[0]["total"] == 3
    assert [r["login"] for r in page(db, number=2, size=2)] == ["dee_"]


@pytest.mark.parametrize(
    ("filters", "logins"),
    [
        ((Filter("status", "eq", "inactive"),), ["bob"]),
        ((Filter("login", "eq", "ann"),), ["ann"]),
        ((Filter("email", "eq", "bob@example.com"),), ["bob"]),
        ((Filter("keyword", "like", "SMITH"),), ["ann", "dee_"]),
        ((Filter("keyword", "like", "100%"),), ["dee_"]),
        ((Filter("keyword", "like", "_"),), ["dee_"]),
        ((Filter("branch_id", "eq", 7),), ["bob"]),
        ((Filter("group_id", "eq", 7),), []),
        ((Filter("custom_field_value", "eq", "x"),), []),
        ((Filter("last_updated", "gte", datetime(2026, 1, 12, tzinfo=UTC)),), ["bob", "dee_"]),
        (
            (Filter("last_updated", "lte", datetime(2026, 1, 12, 9, 30, 15, 123456, tzinfo=UTC)),),
            ["ann", "bob"],
        ),
        ((Filter("status", "eq", "active"), Filter("keyword", "like", "smith")), ["ann", "dee_"]),
    ],
)
def test_filters(db: sqlite3.Connection, filters: tuple[Filter, ...], logins: list[str]) -> None:
    rows = page(db, filters)
    assert [r["login"] for r in rows] == logins
    assert "total" not in rows[0] if rows else True
    assert count(db, filters) == len(logins)
