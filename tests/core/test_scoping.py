from __future__ import annotations

from typing import Any

import pytest

from core.scoping import TenantScopeError, tenant_scope
from models.api_key import ApiKey
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
