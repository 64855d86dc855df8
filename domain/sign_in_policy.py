"""Whether a tenant lets its users sign in with a password (single sign-on may forbid it)."""

from __future__ import annotations

from domain.sso.config import sso_enforced
from models.user import User
from tenants.records import TenantRecord


async def password_sign_in_allowed(tenant: TenantRecord, user: User) -> bool:
    """Whether ``user`` may sign in to ``tenant`` with a password. Administrators are let in
    whatever this answers (`domain.sign_in`), so that they can always reach the settings.
    Refused when the tenant's SSO settings say ``enforce``."""
    return not await sso_enforced(tenant)
