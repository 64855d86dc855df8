"""Password sign-in: a login or email address and a password in, a user token out.

An unknown login, a wrong password, an inactive user and another tenant's user all get the same
AuthenticationFailed after the same work: a missing user's password is checked against a dummy
hash, so the answer takes as long as a wrong password's. Repeated failures are throttled per
account and per client address (`tenants.sign_in_throttle`), before the password is checked.
"""

from __future__ import annotations

from datetime import UTC, datetime

from core.errors import AuthenticationFailed, Forbidden, RateLimited
from domain.passwords import hash_password, hash_password_sync, needs_rehash, verify_password
from domain.sessions import can_sign_in
from domain.sign_in_policy import password_sign_in_allowed
from domain.user_tokens import IssuedUserToken, do_issue_user_token, is_administrator
from models.user import User
from tenants.records import TenantRecord
from tenants.sign_in_throttle import SignInThrottle

# Verified when no user matches: any fixed password's hash, with the hasher's own parameters.
_DUMMY_HASH = hash_password_sync("atrium: no such user")
_REFUSED = "The login or email address and password do not match an active user"


async def do_sign_in_with_password(
    tenant: TenantRecord,
    identifier: str,
    password: str,
    *,
    by_email: bool,
    address: str,
    throttle: SignInThrottle,
) -> IssuedUserToken:
    """Sign in the tenant's user whose login (or, ``by_email``, email address, any letter case)
    is ``identifier`` with ``password``, from client ``address``.

    Raises RateLimited (with Retry-After) while the account or address is throttled,
    AuthenticationFailed for no match (the same for each cause), Forbidden when the tenant
    allows only single sign-on to this user.
    """
    wait = await throttle.retry_after(tenant.id, identifier, address)
    if wait is not None:
        raise RateLimited(
            f"Too many failed sign-ins; retry in {wait} s", headers={"Retry-After": str(wait)}
        )
    users = User.filter(tenant_id=tenant.id)
    if by_email:
        user = await users.filter(email__iexact=identifier).first()
    else:
        user = await users.filter(login=identifier).first()
    stored = user.password_hash if user is not None and user.password_hash else None
    matches = await verify_password(stored or _DUMMY_HASH, password)
    if user is None or stored is None or not matches or not can_sign_in(user, datetime.now(UTC)):
        await throttle.record_failure(tenant.id, identifier, address)
        raise AuthenticationFailed(_REFUSED)
    await throttle.record_success(tenant.id, identifier)
    if needs_rehash(stored):
        # A hash of an earlier setting is replaced while the password is at hand, so every
        # sign-in costs what the dummy hash's does.
        rehashed = await hash_password(password)
        await User.filter(tenant_id=tenant.id, id=user.id).update(password_hash=rehashed)
    if not is_administrator(user) and not await password_sign_in_allowed(tenant, user):
        raise Forbidden("This tenant signs its users in with single sign-on (SSO) only")
    return await do_issue_user_token(tenant, user, via="password")
