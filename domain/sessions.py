"""Signing users in from outside: one-time login links, sessions, logging out, online status.

A login link and a session token are each 32 random bytes (URL-safe base64); only their SHA-256
is stored, in `UserToken`. A link is good once, for `LOGIN_LINK_TTL`; redeeming it opens a new
session. A session lasts `SESSION_TTL`. Logging a user out voids every link and session issued
before that instant (``users.sessions_valid_after``). A user is online while one of their
sessions was opened or used within `ONLINE_WINDOW`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.functions import Max
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
from domain.events import EventType, record_event
from models.user import TokenPurpose, User, UserStatus, UserToken
from tenants.records import TenantRecord

LOGIN_LINK_TTL = timedelta(minutes=15)
SESSION_TTL = timedelta(hours=12)
ONLINE_WINDOW = timedelta(minutes=5)
_TOKEN_BYTES = 32


@dataclass(frozen=True, slots=True)
class IssuedToken:
    """A token as its holder gets it, once: the secret itself is never stored."""

    token: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class IssuedLogin:
    user_id: int
    login_link: IssuedToken
    session: IssuedToken


@dataclass(frozen=True, slots=True)
class OnlineStatus:
    online: bool
    # When one of the user's live sessions was last opened or used.
    last_seen_at: datetime | None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _tokens(
    tenant: TenantRecord, connection: BaseDBAsyncClient | None = None
) -> QuerySet[UserToken]:
    query = UserToken.filter(tenant_id=tenant.id)
    return query.using_db(connection) if connection is not None else query


def can_sign_in(user: User, at: datetime) -> bool:
    """Whether ``user`` is active and not past their deactivation date at ``at``."""
    return user.status == UserStatus.ACTIVE and (
        user.deactivation_date is None or user.deactivation_date > at
    )


def check_can_sign_in(user: User, at: datetime) -> None:
    """Raise Conflict unless ``user`` can sign in at ``at``."""
    if not can_sign_in(user, at):
        raise Conflict(f"User {user.id} is inactive and cannot sign in")


async def issue_token(
    tenant: TenantRecord,
    user_id: int,
    purpose: TokenPurpose,
    ttl: timedelta,
    at: datetime,
    connection: BaseDBAsyncClient,
) -> IssuedToken:
    token = secrets.token_urlsafe(_TOKEN_BYTES)
    expires_at = at + ttl
    await UserToken.create(
        tenant_id=tenant.id,
        user_id=user_id,
        purpose=purpose,
        token_hash=hash_token(token),
        created_at=at,
        expires_at=expires_at,
        using_db=connection,
    )
    return IssuedToken(token=token, expires_at=expires_at)


async def do_issue_login(tenant: TenantRecord, user: User) -> IssuedLogin:
    """Sign ``user`` in: a one-time login link and a new session, both returned once.

    Raises Conflict for an inactive user. Sets the user's ``last_login``; the tokens and the
    ``user.logged_in`` event commit together.
    """
    at = _now()
    check_can_sign_in(user, at)
    async with in_transaction() as connection:
        link = await issue_token(
            tenant, user.id, TokenPurpose.LOGIN, LOGIN_LINK_TTL, at, connection
        )
        session = await issue_token(
            tenant, user.id, TokenPurpose.SESSION, SESSION_TTL, at, connection
        )
        await record_sign_in(tenant, user, "api", at, connection)
    return IssuedLogin(user_id=user.id, login_link=link, session=session)


async def record_sign_in(
    tenant: TenantRecord, user: User, via: str, at: datetime, connection: BaseDBAsyncClient
) -> None:
    """Set ``user``'s ``last_login`` and record ``user.logged_in`` (signed in ``via``), within
    the transaction of ``connection`` that issues the sign-in's tokens."""
    await User.filter(tenant_id=tenant.id, id=user.id).using_db(connection).update(last_login=at)
    await record_event(
        tenant.id,
        EventType.USER_LOGGED_IN,
        {"id": user.id, "login": user.login, "via": via},
        connection=connection,
    )
    user.last_login = at


def _live(query: QuerySet[UserToken], purpose: TokenPurpose, at: datetime) -> QuerySet[UserToken]:
    return query.filter(purpose=purpose, expires_at__gt=at)


async def _valid_user(
    tenant: TenantRecord, user_id: int, issued_at: datetime, at: datetime
) -> User:
    user = await User.filter(tenant_id=tenant.id, id=user_id).first()
    if user is None or (
        user.sessions_valid_after is not None and issued_at < user.sessions_valid_after
    ):
        raise NotFound("This login link or session is not valid")
    check_can_sign_in(user, at)
    return user


async def do_redeem_login_link(tenant: TenantRecord, token: str) -> tuple[int, IssuedToken]:
    """Spend a login link: returns its user's id and a new session for them.

    Raises NotFound for an unknown, used, expired or logged-out link (the same error for each),
    Conflict when the user has been deactivated since. A link is spent at most once, also when
    redeemed concurrently.
    """
    at = _now()
    async with in_transaction() as connection:
        links = (
            await _live(_tokens(tenant, connection), TokenPurpose.LOGIN, at)
            .filter(token_hash=hash_token(token), used_at=None)
            .values("id", "user_id", "created_at")
        )
        if not links:
            raise NotFound("This login link or session is not valid")
        link = links[0]
        await _valid_user(tenant, link["user_id"], link["created_at"], at)
        # Spent only if still unspent: of concurrent redemptions, one updates the row.
        spent = (
            await _tokens(tenant, connection).filter(id=link["id"], used_at=None).update(used_at=at)
        )
        if not spent:
            raise NotFound("This login link or session is not valid")
        session = await issue_token(
            tenant, link["user_id"], TokenPurpose.SESSION, SESSION_TTL, at, connection
        )
    user_id: int = link["user_id"]
    return user_id, session


async def access_session(tenant: TenantRecord, token: str) -> int:
    """The id of the user a session token signs in, marking the session as used just now.

    Raises NotFound for an unknown, expired or logged-out session, Conflict when its user has
    been deactivated.
    """
    at = _now()
    sessions = (
        await _live(_tokens(tenant), TokenPurpose.SESSION, at)
        .filter(token_hash=hash_token(token))
        .values("id", "user_id", "created_at")
    )
    if not sessions:
        raise NotFound("This login link or session is not valid")
    session = sessions[0]
    await _valid_user(tenant, session["user_id"], session["created_at"], at)
    await _tokens(tenant).filter(id=session["id"]).update(used_at=at)
    user_id: int = session["user_id"]
    return user_id


async def do_logout_user(tenant: TenantRecord, user: User) -> int:
    """End every session of ``user`` and void their unused login links, from now on.

    Returns how many live sessions were ended. The change and ``user.logged_out`` commit
    together.
    """
    at = _now()
    async with in_transaction() as connection:
        await (
            User.filter(tenant_id=tenant.id, id=user.id)
            .using_db(connection)
            .update(sessions_valid_after=at)
        )
        live = _tokens(tenant, connection).filter(
            user_id=user.id,
            purpose__in=[TokenPurpose.LOGIN, TokenPurpose.SESSION],
            expires_at__gt=at,
        )
        ended = await live.filter(purpose=TokenPurpose.SESSION).count()
        await live.update(expires_at=at)
        await record_event(
            tenant.id,
            EventType.USER_LOGGED_OUT,
            {"id": user.id, "login": user.login, "sessions_ended": ended},
            connection=connection,
        )
    user.sessions_valid_after = at
    return ended


async def online_status(tenant: TenantRecord, user: User) -> OnlineStatus:
    """Whether ``user`` is online: active, with a live session opened or used within
    `ONLINE_WINDOW`."""
    at = _now()
    sessions = _live(_tokens(tenant), TokenPurpose.SESSION, at).filter(user_id=user.id)
    if user.sessions_valid_after is not None:
        sessions = sessions.filter(created_at__gte=user.sessions_valid_after)
    latest = (
        await sessions.annotate(opened=Max("created_at"), used=Max("used_at"))
        .group_by("user_id")
        .values_list("opened", "used")
    )
    seen = [moment for row in latest for moment in row if moment is not None]
    last_seen_at = max(seen) if seen else None
    online = (
        can_sign_in(user, at) and last_seen_at is not None and last_seen_at >= at - ONLINE_WINDOW
    )
    return OnlineStatus(online=online, last_seen_at=last_seen_at)
