"""Row-level security and composite foreign keys: the database's own backstop, tested with SQL
that bypasses every check of the application."""

from __future__ import annotations

from typing import Any

import pytest
from tortoise import connections
from tortoise.exceptions import IntegrityError, OperationalError

from core.rls import APP_ROLE, TENANT_SETTING
from core.scoping import platform_connection, tenant_scope
from models.course import Category, Course
from tests.factories import Seeded, make_category, make_course, make_user


def _app(run: Any, sql: str, values: list[Any] | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = run(
        connections.get("default").execute_query_dict(sql, values or [])
    )
    return rows


def _platform(run: Any, sql: str, values: list[Any] | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = run(platform_connection().execute_query_dict(sql, values or []))
    return rows


def test_the_app_is_a_role_that_owns_no_table(run: Any) -> None:
    assert _app(run, "SELECT current_user AS role") == [{"role": APP_ROLE}]
    owned = _app(
        run,
        "SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = $1",
        [APP_ROLE],
    )
    assert owned == [{"n": 0}]


def test_an_unscoped_query_sees_only_the_current_tenants_rows(
    run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    with tenant_scope(tenant_a.tenant.id):
        seen = {row["tenant_id"] for row in _app(run, "SELECT tenant_id FROM api_keys")}
    assert seen == {tenant_a.tenant.id}
    with tenant_scope(tenant_b.tenant.id):
        seen = {row["tenant_id"] for row in _app(run, "SELECT tenant_id FROM api_keys")}
    assert seen == {tenant_b.tenant.id}


def test_with_no_tenant_the_app_sees_no_tenant_row(run: Any, tenant_a: Seeded) -> None:
    assert _app(run, "SELECT count(*) AS n FROM api_keys") == [{"n": 0}]
    assert _app(run, "SELECT count(*) AS n FROM tenants WHERE id = $1", [tenant_a.tenant.id]) == [
        {"n": 1}
    ]


def test_the_tenant_is_unbound_when_the_next_checkout_has_none(run: Any, tenant_a: Seeded) -> None:
    with tenant_scope(tenant_a.tenant.id):
        setting = _app(run, f"SELECT current_setting('{TENANT_SETTING}') AS t")
    assert setting == [{"t": str(tenant_a.tenant.id)}]
    # A connection released bound to tenant_a comes back unbound to a caller with no tenant.
    for _ in range(10):
        assert _app(run, "SELECT count(*) AS n FROM api_keys") == [{"n": 0}]


def test_the_platform_connection_sees_every_tenant(
    run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    rows = _platform(
        run,
        "SELECT DISTINCT tenant_id FROM api_keys WHERE tenant_id = ANY($1::int[])",
        [[tenant_a.tenant.id, tenant_b.tenant.id]],
    )
    assert {row["tenant_id"] for row in rows} == {tenant_a.tenant.id, tenant_b.tenant.id}


def test_the_database_refuses_a_row_of_another_tenant(
    run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    insert = (
        "INSERT INTO categories (tenant_id, name, created_at, updated_at)"
        " VALUES ($1, 'x', now(), now())"
    )
    with tenant_scope(tenant_a.tenant.id), pytest.raises(OperationalError, match="row-level"):
        _app(run, insert, [tenant_b.tenant.id])
    with pytest.raises(OperationalError, match="row-level"):
        _app(run, insert, [tenant_b.tenant.id])
    category = run(make_category(tenant_b.tenant))
    with tenant_scope(tenant_a.tenant.id):
        moved = run(
            connections.get("default").execute_query(
                "UPDATE categories SET name = 'taken' WHERE id = $1", [category.id]
            )
        )
    assert moved[0] == 0
    assert run(Category.all_tenants.get(id=category.id)).name == category.name


def test_every_tenant_owned_table_has_row_level_security(run: Any) -> None:
    unprotected = _platform(
        run,
        """
        SELECT c.relname FROM pg_class c
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
        WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
          AND NOT (c.relrowsecurity AND EXISTS (
              SELECT 1 FROM pg_policy p
              WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation' AND p.polcmd = '*'
          ))
        """,
    )
    assert unprotected == []


def test_every_link_between_tenant_tables_carries_the_tenant(run: Any) -> None:
    single = _platform(
        run,
        """
        SELECT conrelid::regclass::text AS link FROM pg_constraint
        WHERE contype = 'f' AND confrelid <> 'tenants'::regclass
          AND connamespace = 'public'::regnamespace AND cardinality(conkey) <> 2
        """,
    )
    assert single == []


def test_a_link_to_another_tenants_row_is_refused_even_to_the_owner(
    run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    user = run(make_user(tenant_a.tenant))
    course = run(make_course(tenant_b.tenant))
    with pytest.raises(IntegrityError, match="enrollments_course_id_fkey"):
        _platform(
            run,
            """
            INSERT INTO enrollments (tenant_id, user_id, course_id, role, status,
                progress_percent, time_spent_seconds, enrolled_at, updated_at)
            VALUES ($1, $2, $3, 'learner', 'not_attempted', 0, 0, now(), now())
            """,
            [tenant_a.tenant.id, user.id, course.id],
        )


def test_deleting_a_category_unlinks_its_courses_and_keeps_their_tenant(
    run: Any, tenant_a: Seeded
) -> None:
    category = run(make_category(tenant_a.tenant))
    course = run(make_course(tenant_a.tenant, category_id=category.id))
    _platform(run, "DELETE FROM categories WHERE id = $1", [category.id])
    kept = run(Course.all_tenants.get(id=course.id))
    assert (kept.category_id, kept.tenant_id) == (None, tenant_a.tenant.id)


def test_a_connection_stays_bound_across_checkouts_of_the_same_tenant(
    run: Any, tenant_a: Seeded
) -> None:
    # Checkouts after the first send no set_config: the pool's reset must bind the tenant again
    # after its RESET ALL, or these would see no row.
    with tenant_scope(tenant_a.tenant.id):
        counts = [_app(run, "SELECT count(*) AS n FROM api_keys")[0]["n"] for _ in range(20)]
        reset = run(_reset_query_of_a_pooled_connection())
    assert counts == [1] * 20
    assert reset.index("RESET ALL") < reset.index(f"'{TENANT_SETTING}', '{tenant_a.tenant.id}'")


async def _reset_query_of_a_pooled_connection() -> str:
    async with connections.get("default").acquire_connection() as connection:
        query: str = connection.get_reset_query()
    return query
