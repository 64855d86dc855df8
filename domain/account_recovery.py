"""Account recovery by mail: resetting a forgotten password, recovering a forgotten login.

Password reset is two steps. `do_request_password_reset` mails the user a link on the tenant's
host, ``{base_url}/password-reset/{token}``; the token is 32 random bytes (URL-safe base64),
stored only as its SHA-256 in `UserToken` (purpose ``password_reset``), good once, for
`PASSWORD_RESET_TTL`. The page at that link (the tenant's learner site) asks for a new password
and calls `do_reset_password` with the token. A successful reset spends the token, voids every
other live token of the user (other reset links, login links, sessions) and signs them out
everywhere.

Neither request says whether the user exists: an unknown or inactive user gets no mail and the
same answer. The mail is queued in the transaction that stores the token (`domain.mail`). A user
gets at most `RECOVERY_MAILS_PER_HOUR` mails of each kind in any hour; further requests get the
same answer and send nothing, so nobody can flood a user's mailbox through the API.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from core.errors import Forbidden, ValidationFailed
from core.logging import logger
from core.settings import Settings
from domain.events import EventType, record_event
from domain.mail import build_message, enqueue_mail
from domain.passwords import hash_password
from domain.sessions import can_sign_in, hash_token, issue_token
from models.user import RecoveryMail, RecoveryMailKind, TokenPurpose, User, UserToken
from tenants.records import TenantRecord

PASSWORD_RESET_TTL = timedelta(hours=1)
# Account-recovery mails of one kind that one user may be sent in any hour.
RECOVERY_MAILS_PER_HOUR = 3
RESET_PATH = "/password-reset"
_DEAD_LINK = "token is not valid: it is unknown, expired or already used"


@dataclass(frozen=True, slots=True)
class PasswordReset:
    user_id: int
    login: str


def _now() -> datetime:
    return datetime.now(UTC)


async def _may_mail(
    connection: BaseDBAsyncClient,
    tenant_id: int,
    user_id: int,
    kind: RecoveryMailKind,
    at: datetime,
) -> bool:
    """Record a ``kind`` mail to the user in ``connection``'s transaction, unless the user was
    sent `RECOVERY_MAILS_PER_HOUR` of them in the hour before ``at``. The user's row stays
    locked until commit, so concurrent requests count one after the other."""
    await User.filter(tenant_id=tenant_id, id=user_id).using_db(connection).select_for_update()
    recent = (
        await RecoveryMail.filter(
            tenant_id=tenant_id, user_id=user_id, kind=kind, created_at__gt=at - timedelta(hours=1)
        )
        .using_db(connection)
        .count()
    )
    if recent >= RECOVERY_MAILS_PER_HOUR:
        logger.info(
            "account recovery mail not sent: hourly cap reached",
            extra={"fields": {"tenant_id": tenant_id, "user_id": user_id, "kind": kind.value}},
        )
        return False
    await RecoveryMail.create(
        tenant_id=tenant_id, user_id=user_id, kind=kind, created_at=at, using_db=connection
    )
    return True


def _full_name(user: User) -> str:
    return f"{user.name} {user.surname}".strip()


def _reset_text(tenant: TenantRecord, user: User, link: str) -> str:
    minutes = int(PASSWORD_RESET_TTL.total_seconds() // 60)
    return (
        f"Hello {user.name},\n\n"
        f"Someone asked to reset the password of your account {user.login} on {tenant.name}.\n"
        f"To choose a new password, open this link within {minutes} minutes:\n\n"
        f"{link}\n\n"
        "The link works once. If you did not ask for this, ignore this message: your password "
        "stays as it is.\n"
    )


async def do_request_password_reset(
    tenant: TenantRecord,
    login: str,
    settings: Settings,
    *,
    base_url: str,
    redirect_url: str | None = None,
) -> None:
    """Mail the tenant's user ``login`` a one-time link to ``{base_url}/password-reset/{token}``
    (with ``redirect_url``, where the page sends the user afterwards, as a query parameter).

    Does nothing, silently, for an unknown login, a user who cannot sign in, or one who was
    sent `RECOVERY_MAILS_PER_HOUR` links in the past hour. The token's hash and the queued mail
    commit together.
    """
    at = _now()
    user = await User.filter(tenant_id=tenant.id, login=login).first()
    if user is None or not can_sign_in(user, at):
        return
    async with in_transaction() as connection:
        if not await _may_mail(connection, tenant.id, user.id, RecoveryMailKind.PASSWORD_RESET, at):
            return
        issued = await issue_token(
            tenant, user.id, TokenPurpose.PASSWORD_RESET, PASSWORD_RESET_TTL, at, connection
        )
        link = f"{base_url.rstrip('/')}{RESET_PATH}/{issued.token}"
        if redirect_url is not None:
            link += "?" + urlencode({"redirect_url": redirect_url})
        message = build_message(
            settings,
            to_name=_full_name(user),
            to_address=user.email,
            subject=f"Reset your password on {tenant.name}",
            text=_reset_text(tenant, user, link),
        )
        await enqueue_mail(
            tenant.id,
            message,
            settings,
            purpose="password_reset",
            send_before=issued.expires_at,
            connection=connection,
        )


async def do_reset_password(tenant: TenantRecord, token: str, password: str) -> PasswordReset:
    """Set the password of the user a live reset ``token`` was mailed to, spending the token.

    Raises Forbidden when the tenant is suspended or its API is off, ValidationFailed (``param``
    token) for a token that is unknown, expired, used, or whose user can no longer sign in (the
    same error for each). Of concurrent resets with one token, one succeeds. The new password,
    the spent token, the voided sessions and the ``user.password_reset`` event commit together.
    """
    if not tenant.active or not tenant.api_enabled:
        raise Forbidden("This tenant is inactive or its API is disabled")
    at = _now()
    digest = hash_token(token)
    tokens = UserToken.filter(tenant_id=tenant.id)
    live = await tokens.filter(
        purpose=TokenPurpose.PASSWORD_RESET, token_hash=digest, used_at=None, expires_at__gt=at
    ).values("id", "user_id")
    if not live:
        raise ValidationFailed(_DEAD_LINK, param="token")
    found = live[0]
    user = await User.filter(tenant_id=tenant.id, id=found["user_id"]).first()
    if user is None or not can_sign_in(user, at):
        raise ValidationFailed(_DEAD_LINK, param="token")
    password_hash = await hash_password(password)
    async with in_transaction() as connection:
        mine = tokens.using_db(connection)
        # Spent only if still unspent: of concurrent resets, one updates the row.
        if not await mine.filter(id=found["id"], used_at=None).update(used_at=at):
            raise ValidationFailed(_DEAD_LINK, param="token")
        await mine.filter(user_id=user.id, used_at=None, expires_at__gt=at).update(expires_at=at)
        await (
            User.filter(tenant_id=tenant.id, id=user.id)
            .using_db(connection)
            .update(password_hash=password_hash, sessions_valid_after=at, updated_at=at)
        )
        await record_event(
            tenant.id,
            EventType.USER_PASSWORD_RESET,
            {"id": user.id, "login": user.login},
            connection=connection,
        )
    return PasswordReset(user_id=user.id, login=user.login)


def _username_text(tenant: TenantRecord, user: User, portal_url: str) -> str:
    return (
        f"Hello {user.name},\n\n"
        f"Someone asked for the username of the account with this address on {tenant.name}.\n"
        f"Your username is: {user.login}\n\n"
        f"Sign in at {portal_url}\n\n"
        "If you did not ask for this, ignore this message.\n"
    )


async def do_recover_username(
    tenant: TenantRecord, email: str, settings: Settings, *, portal_url: str
) -> None:
    """Mail the login of the tenant's user with address ``email`` (any letter case) to that
    address, with a link to ``portal_url``.

    Does nothing, silently, when no user who can sign in has this address, and skips a user who
    was sent `RECOVERY_MAILS_PER_HOUR` of these mails in the past hour.
    """
    at = _now()
    users = await User.filter(tenant_id=tenant.id, email__iexact=email)
    async with in_transaction() as connection:
        for user in users:
            if not can_sign_in(user, at):
                continue
            if not await _may_mail(connection, tenant.id, user.id, RecoveryMailKind.USERNAME, at):
                continue
            message = build_message(
                settings,
                to_name=_full_name(user),
                to_address=user.email,
                subject=f"Your username on {tenant.name}",
                text=_username_text(tenant, user, portal_url),
            )
            await enqueue_mail(
                tenant.id, message, settings, purpose="username_recovery", connection=connection
            )
