from __future__ import annotations

import secrets
from contextlib import nullcontext
from typing import Any

import pytest

from core.scoping import TenantScopeError, tenant_scope
from models.api_key import ApiKey
from models.course import Category
from tests.factories import Seeded


def test_tenant_owned_queries_fail_closed_without_a_tenant(run: Any) -> None:
    with pytest.raises(TenantScopeError):
        ApiKey.filter(name="x")


def test_scope_limits_rows_to_the_current_tenant(
    run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    with tenant_scope(tenant_a.tenant.id):
        seen = run(ApiKey.all().values_list("tenant_id", flat=True))
    assert set(seen) == {tenant_a.tenant.id}
    everyone = run(
        ApiKey.all_tenants.filter(tenant_id__in=[tenant_a.tenant.id, tenant_b.tenant.id]).count()
    )
    assert everyone == 2


def _category(tenant: Seeded, name: str = "") -> Category:
    return Category(tenant_id=tenant.tenant.id, name=name or f"c{secrets.token_hex(4)}")


def _saved_category(run: Any, tenant: Seeded) -> Category:
    with tenant_scope(tenant.tenant.id):
        category: Category = run(Category.create(tenant_id=tenant.tenant.id, name="kept"))
    return category


def _names(run: Any, tenant: Seeded) -> set[str]:
    names = run(
        Category.all_tenants.filter(tenant_id=tenant.tenant.id).values_list("name", flat=True)
    )
    return set(names)


def test_create_fails_closed_without_a_tenant(run: Any, tenant_a: Seeded) -> None:
    with pytest.raises(TenantScopeError, match="no current tenant"):
        run(Category.create(tenant_id=tenant_a.tenant.id, name="orphan"))
    assert _names(run, tenant_a) == set()


def test_create_refuses_another_tenants_row(run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    with tenant_scope(tenant_a.tenant.id), pytest.raises(TenantScopeError, match="of tenant"):
        run(Category.create(tenant_id=tenant_b.tenant.id, name="planted"))
    assert _names(run, tenant_b) == set()


def test_create_needs_the_tenant_id_of_the_row(run: Any, tenant_a: Seeded) -> None:
    with tenant_scope(tenant_a.tenant.id), pytest.raises(TenantScopeError):
        run(Category.create(name="no tenant_id"))


def test_writes_of_the_current_tenants_rows_go_through(run: Any, tenant_a: Seeded) -> None:
    category = _saved_category(run, tenant_a)
    with tenant_scope(tenant_a.tenant.id):
        category.name = "renamed"
        run(category.save())
        run(category.refresh_from_db())
        run(Category.bulk_create([_category(tenant_a, "bulk")]))
        run(category.delete())
    assert _names(run, tenant_a) == {"bulk"}


@pytest.mark.parametrize("scope", ["none", "other"])
def test_save_delete_and_refresh_fail_closed(
    run: Any, tenant_a: Seeded, tenant_b: Seeded, scope: str
) -> None:
    category = _saved_category(run, tenant_a)
    other = tenant_scope(tenant_b.tenant.id) if scope == "other" else nullcontext()
    category.name = "changed"
    with other:
        with pytest.raises(TenantScopeError):
            run(category.save())
        with pytest.raises(TenantScopeError):
            run(category.save(update_fields=["name"]))
        with pytest.raises(TenantScopeError):
            run(category.refresh_from_db())
        with pytest.raises(TenantScopeError):
            run(category.delete())
    assert _names(run, tenant_a) == {"kept"}


@pytest.mark.parametrize("scope", ["none", "other"])
def test_bulk_writes_fail_closed(run: Any, tenant_a: Seeded, tenant_b: Seeded, scope: str) -> None:
    category = _saved_category(run, tenant_a)
    category.name = "changed"
    other = tenant_scope(tenant_b.tenant.id) if scope == "other" else nullcontext()
    with other:
        with pytest.raises(TenantScopeError):
            run(Category.bulk_create([_category(tenant_b), _category(tenant_a)]))
        with pytest.raises(TenantScopeError):
            run(Category.bulk_update([category], fields=["name"]))
    assert _names(run, tenant_a) == {"kept"}
    assert _names(run, tenant_b) == set()


def test_queryset_writes_only_reach_the_current_tenant(
    run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    _saved_category(run, tenant_a)
    with pytest.raises(TenantScopeError):
        Category.filter(name="kept").update(name="changed")
    with tenant_scope(tenant_b.tenant.id):
        assert run(Category.filter(name="kept").update(name="changed")) == 0
        assert run(Category.filter(name="kept").delete()) == 0
    assert _names(run, tenant_a) == {"kept"}
