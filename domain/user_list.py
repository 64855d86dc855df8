"""The users list: one page of a tenant's users, filtered, as plain rows, in one SQL statement.

This is the API's busiest read, so it skips the ORM: one hand-written statement returns the page
with its timestamps already in wire form (``2026-01-31T12:00:00Z``) and, when unfiltered, the
tenant's user counter as the total. A filtered total is a COUNT over the same conditions, which
indexes serve (status, login, email, last_updated; branch, group and custom
field values through their tables' tenant-led indexes).

The statements are assembled from constant SQL (the S608 exemptions below); every value in them
is a bound parameter, the tenant's id bound by `core.sql.tenant_execute` to their ``:tenant``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from core.query import INTEGER, TEXT, TIMESTAMP, Filter, FilterField, Page, choice
from core.sql import tenant_execute
from domain.counters import read_counter
from domain.users import USERS_COUNTER
from models.user import UserStatus
from shapes.users import UserListItem
from tenants.records import TenantRecord

USER_FILTERS: dict[str, FilterField] = {
    "status": FilterField("status", frozenset({"eq"}), choice(*(s.value for s in UserStatus))),
    "login": FilterField("login", frozenset({"eq"}), TEXT),
    "email": FilterField("email", frozenset({"eq"}), TEXT),
    "keyword": FilterField("keyword", frozenset({"like"}), TEXT),
    "last_updated": FilterField("updated_at", frozenset({"gte", "lte"}), TIMESTAMP),
    "branch_id": FilterField("branch_id", frozenset({"eq"}), INTEGER),
    "group_id": FilterField("group_id", frozenset({"eq"}), INTEGER),
    "integration": FilterField("integration", frozenset({"eq"}), TEXT),
    "custom_field_value": FilterField("custom_field_value", frozenset({"eq"}), TEXT),
}
# The columns of a row; its timestamps are ISO 8601 strings in UTC, last_login may be null.
USER_ROW_COLUMNS = UserListItem.columns


class Row(Protocol):
    """A row as the database driver returns it (asyncpg's Record): columns are read by name.
    Left as is, since copying every row into a dict costs more than the rest of reading the
    page."""

    def __getitem__(self, column: str, /) -> Any: ...


_MEMBER_TABLES = {
    "branch_id": ('"branch_users"', '"branch_id"'),
    "group_id": ('"group_memberships"', '"group_id"'),
    "custom_field_value": ('"user_field_values"', '"value"'),
}
_COMPARISONS = {"eq": "=", "gte": ">=", "lte": "<="}


@dataclass
class _Statement:
    params: list[Any] = field(default_factory=list)

    def param(self, value: Any) -> str:
        """A placeholder for ``value``; take one for each place, in the order of the SQL text."""
        self.params.append(value)
        return "?"


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(statement: _Statement, filters: tuple[Filter, ...]) -> list[str]:
    """SQL conditions on ``u`` (the users table) for each of ``filters``."""
    conditions = []
    for f in filters:
        if f.field == "keyword":
            pattern = _like_pattern(f.value)
            conditions.append(
                "("
                + " OR ".join(
                    f"u.\"{column}\" ILIKE {statement.param(pattern)} ESCAPE '\\'"
                    for column in ("name", "surname", "login", "email")
                )
                + ")"
            )
        elif f.field in _MEMBER_TABLES:
            table, column = _MEMBER_TABLES[f.field]
            conditions.append(
                f'u."id" IN (SELECT m."user_id" FROM {table} m '  # noqa: S608
                f'WHERE m."tenant_id" = :tenant AND m.{column} = {statement.param(f.value)})'
            )
        elif f.field == "last_updated":
            op = _COMPARISONS[f.op]
            conditions.append(f'u."updated_at" {op} {statement.param(f.value)}')
        else:
            column = USER_FILTERS[f.field].column
            conditions.append(f'u."{column}" = {statement.param(f.value)}')
    return conditions


def _column(name: str) -> str:
    """``name``, a timestamp as the wire's ISO 8601 UTC string."""
    column = f'u."{name}"'
    if name not in UserListItem.timestamp_columns:
        return column
    return f'to_char({column} AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24:MI:SS"Z"\') AS "{name}"'


_SELECTED = ", ".join(_column(column) for column in USER_ROW_COLUMNS)


def users_page_sql(filters: tuple[Filter, ...], page: Page) -> tuple[str, list[Any]]:
    """The statement (for `core.sql.tenant_statement`) and its parameters reading one page of
    the tenant's users matching ``filters``, oldest first; unfiltered, each row also carries the
    tenant's user counter as ``total``."""
    statement = _Statement()
    columns = _SELECTED
    if not filters:
        columns += (
            ', (SELECT c."value" FROM "tenant_counters" c '  # noqa: S608
            f'WHERE c."tenant_id" = :tenant AND c."name" = \'{USERS_COUNTER}\') AS "total"'
        )
    # With `tenant_id = X`, PostgreSQL drops tenant_id from ORDER BY (it is constant) and may
    # walk the primary key in id order, filtering out the rows of every tenant created before
    # this one: ~20 ms for the second of two tenants of 50,000 users. The tenant as the range
    # X..X keeps ORDER BY (tenant_id, id), which only the (tenant_id, id) index delivers.
    matching = "".join(f" AND {condition}" for condition in _conditions(statement, filters))
    sql = (
        f'SELECT {columns} FROM "users" u '  # noqa: S608
        f'WHERE u."tenant_id" BETWEEN :tenant AND :tenant{matching} '
        'ORDER BY u."tenant_id", u."id" '
        f"LIMIT {statement.param(page.size)} OFFSET {statement.param(page.offset)}"
    )
    return sql, statement.params


def users_count_sql(filters: tuple[Filter, ...]) -> tuple[str, list[Any]]:
    """The statement (for `core.sql.tenant_statement`) and its parameters counting the tenant's
    users matching ``filters``."""
    statement = _Statement()
    matching = "".join(f" AND {condition}" for condition in _conditions(statement, filters))
    sql = f'SELECT COUNT(*) AS "total" FROM "users" u WHERE u."tenant_id" = :tenant{matching}'  # noqa: S608
    return sql, statement.params


def _connection() -> BaseDBAsyncClient:
    connection: BaseDBAsyncClient = connections.get("default")
    return connection


async def list_users(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[Sequence[Row], int]:
    """A page of the tenant's users matching ``filters`` (of `USER_FILTERS`), oldest first, as
    rows of `USER_ROW_COLUMNS`, and the total: the tenant's user counter when unfiltered, else a
    count of the matches."""
    connection = _connection()
    _, rows = await tenant_execute(connection, tenant.id, *users_page_sql(filters, page))
    if filters:
        _, counted = await tenant_execute(connection, tenant.id, *users_count_sql(filters))
        total = int(counted[0]["total"])
    elif rows:
        total = int(rows[0]["total"] or 0)
    else:
        total = await read_counter(tenant.id, USERS_COUNTER)
    return rows, total
