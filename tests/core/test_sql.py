"""`core.sql`: the tenant is bound by the helper alone, from its explicit tenant, and never
against the current one."""

from __future__ import annotations

from typing import Any

import pytest
from tortoise import connections

from core.scoping import TenantScopeError, tenant_scope
from core.sql import platform_query, tenant_query, tenant_statement, value_rows
from tests.factories import Seeded


def test_placeholders_are_numbered_and_the_tenant_comes_last() -> None:
    text = 'SELECT * FROM "users" WHERE "tenant_id" = :tenant AND "id" IN (?, ?) AND "x"::int = ?'
    sql, values = tenant_statement(7, text, [1, 2, 3])
    assert (
        sql == 'SELECT * FROM "users" WHERE "tenant_id" = $4 AND "id" IN ($1, $2) AND "x"::int = $3'
    )
    assert values == [1, 2, 3, 7]


def test_numbered_statements_keep_their_numbers() -> None:
    sql, values = tenant_statement(7, "UPDATE t SET a = $1, b = $1 WHERE tenant_id = :tenant", [5])
    assert sql == "UPDATE t SET a = $1, b = $1 WHERE tenant_id = $2"
    assert values == [5, 7]


def test_multi_row_values_carry_the_tenant_in_each_row() -> None:
    rows = value_rows(2, 2, tenant=True)
    assert rows == "(:tenant, ?, ?), (:tenant, ?, ?)"
    text = f"INSERT INTO t (tenant_id, a, b) VALUES {rows}"  # noqa: S608 - constant fragments
    sql, values = tenant_statement(3, text, [1, 2, 3, 4])
    assert sql == "INSERT INTO t (tenant_id, a, b) VALUES ($5, $1, $2), ($5, $3, $4)"
    assert values == [1, 2, 3, 4, 3]


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * FROM "users" WHERE "tenant_id" = ?',
        "SELECT * FROM users WHERE tenant_id = $1",
        "SELECT x::tenant FROM users",
        "SELECT * FROM users WHERE tenant_id = :tenant AND a = ? AND b = $1",
    ],
)
def test_a_statement_that_does_not_name_the_tenant_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r":tenant|\$1"):
        tenant_statement(1, text, [1])


def test_another_tenant_than_the_current_one_is_refused() -> None:
    text = "SELECT 1 FROM users WHERE tenant_id = :tenant"
    with tenant_scope(1):
        assert tenant_statement(1, text)[1] == [1]
        with pytest.raises(TenantScopeError):
            tenant_statement(2, text)
    assert tenant_statement(2, text)[1] == [2]


def test_the_helpers_run_on_the_database(run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    db = connections.get("default")
    text = 'SELECT "slug" FROM "tenants" WHERE "id" = :tenant AND "slug" <> ?'
    rows = run(tenant_query(db, tenant_b.tenant.id, text, ["nothing"]))
    assert rows == [{"slug": tenant_b.slug}]
    with pytest.raises(ValueError, match=":tenant"):
        run(platform_query(db, text, ["nothing"]))
    found = run(platform_query(db, 'SELECT "id" FROM "tenants" WHERE "slug" = ?', [tenant_a.slug]))
    assert found == [{"id": tenant_a.tenant.id}]
