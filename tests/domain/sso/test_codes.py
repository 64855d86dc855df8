"""One-time codes: stored hashed, used once, within their life, by their own tenant only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.errors import ValidationFailed
from core.scoping import tenant_scope
from domain.sso.codes import code_hash, do_consume_sso_code, do_issue_sso_code
from models.sso import SsoCode, SsoProtocol
from models.user import UserStatus
from tests.factories import Seeded, make_user


async def _issue(tenant: Seeded, **user: Any) -> tuple[int, str]:
    made = await make_user(tenant.tenant, **user)
    with tenant_scope(tenant.tenant.id):
        return made.id, await do_issue_sso_code(tenant.tenant, made, SsoProtocol.OIDC)


async def _consume(tenant: Seeded, code: str) -> int:
    with tenant_scope(tenant.tenant.id):
        user, _ = await do_consume_sso_code(tenant.tenant, code)
    return user.id


def test_a_code_works_once_and_is_stored_only_as_its_hash(run: Any, tenant_a: Seeded) -> None:
    user_id, code = run(_issue(tenant_a))
    with tenant_scope(tenant_a.tenant.id):
        [row] = run(SsoCode.filter(user_id=user_id))
    assert row.code_hash == code_hash(code) != code
    assert run(_consume(tenant_a, code)) == user_id
    with pytest.raises(ValidationFailed):
        run(_consume(tenant_a, code))


def test_another_tenants_code_is_refused(run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    _, code = run(_issue(tenant_b))
    with pytest.raises(ValidationFailed):
        run(_consume(tenant_a, code))
    run(_consume(tenant_b, code))


def test_an_expired_code_is_refused(run: Any, tenant_a: Seeded) -> None:
    user_id, code = run(_issue(tenant_a))
    with tenant_scope(tenant_a.tenant.id):
        run(
            SsoCode.filter(user_id=user_id).update(
                expires_at=datetime.now(UTC) - timedelta(seconds=1)
            )
        )
    with pytest.raises(ValidationFailed):
        run(_consume(tenant_a, code))


def test_an_inactive_users_code_is_refused(run: Any, tenant_a: Seeded) -> None:
    _, code = run(_issue(tenant_a, status=UserStatus.INACTIVE))
    with pytest.raises(ValidationFailed):
        run(_consume(tenant_a, code))


@pytest.mark.parametrize("code", ["", "sso_" + "x" * 200, "atr_nope", "sso_unknown"])
def test_malformed_or_unknown_codes_are_refused(run: Any, tenant_a: Seeded, code: str) -> None:
    with pytest.raises(ValidationFailed):
        run(_consume(tenant_a, code))
