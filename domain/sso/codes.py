"""One-time codes: what a finished SSO sign-in hands the browser instead of a token.

A code is random (256 bits), stored only as its SHA-256, bound to one user of one tenant, lives
`CODE_TTL` and is consumed once by `do_consume_sso_code` (``POST /api/v2/auth/exchange``).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from core.errors import ValidationFailed
from domain.sessions import can_sign_in
from models.sso import SsoCode, SsoProtocol
from models.user import User
from tenants.records import TenantRecord

CODE_TTL = timedelta(seconds=60)
CODE_PREFIX = "sso_"
MAX_CODE_LENGTH = 128


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


async def do_issue_sso_code(tenant: TenantRecord, user: User, protocol: SsoProtocol) -> str:
    """A new one-time code for ``user``; the code itself is returned, never stored. The
    tenant's expired codes, used or not, are dropped on the way."""
    code = CODE_PREFIX + secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    await SsoCode.filter(tenant_id=tenant.id, expires_at__lt=now).delete()
    await SsoCode.create(
        tenant_id=tenant.id,
        user_id=user.id,
        protocol=protocol,
        code_hash=code_hash(code),
        expires_at=now + CODE_TTL,
    )
    return code


async def do_consume_sso_code(tenant: TenantRecord, code: str) -> tuple[User, SsoProtocol]:
    """The active user ``code`` was issued to in ``tenant``, and how they signed in; the code is
    used up. Raises ValidationFailed, the same for every reason (unknown, another tenant's,
    used, expired, user no longer active)."""
    refused = ValidationFailed("The code is not valid", param="code")
    if not code.startswith(CODE_PREFIX) or len(code) > MAX_CODE_LENGTH:
        raise refused
    now = datetime.now(UTC)
    row = await SsoCode.filter(
        tenant_id=tenant.id, code_hash=code_hash(code), used_at=None, expires_at__gt=now
    ).first()
    # The conditional update is what makes the code single-use under concurrent exchanges.
    if row is None or not await SsoCode.filter(id=row.id, used_at=None).update(used_at=now):
        raise refused
    user = await User.filter(tenant_id=tenant.id, id=row.user_id).first()
    if user is None or not can_sign_in(user, now):
        raise refused
    return user, row.protocol
