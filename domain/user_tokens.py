"""User tokens: bearer tokens acting for a user, with abilities that follow the user's role.

A token looks like an API key with its own kind prefix, ``atu_Ab3dEf9h_<43 base62 chars>``
(`domain.api_keys.SecretFormat`); only its SHA-256 is stored. A sign-in issues one that expires
after `SIGN_IN_TTL` (`do_issue_user_token`, the one function password sign-in and single sign-on
both call); a signed-in user creates named personal tokens that last until revoked.

Abilities are the API key scopes (``users:read``, ``*``, …) plus the learner's own:
``me:read`` (their profile, courses, progress, results and reports) and ``me:write`` (their own
progress events). A role's abilities (`role_abilities`) bound every token of its users: when
the role changes, what the user's tokens reach changes with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import AuthenticationFailed, NotFound
from core.query import (
    INTEGER,
    TIMESTAMP,
    Filter,
    FilterField,
    Page,
    apply_filters,
    fetch_page,
    is_db_id,
)
from domain.api_keys import (
    ALL_SCOPES,
    SCOPES,
    SecretFormat,
    check_grants,
    hash_key,
    scope_allows,
    secret_matches,
)
from domain.sessions import record_sign_in
from models.access_token import AccessToken, AccessTokenKind
from models.user import User, UserType
from shapes import user_tokens as shapes
from tenants import lookup
from tenants.records import TenantRecord, TokenRecord

TOKEN_FORMAT = SecretFormat("atu_")
SIGN_IN_TTL = timedelta(hours=12)
_CREATE_ATTEMPTS = 5

OWN_READ = "me:read"
OWN_WRITE = "me:write"
OWN_ABILITIES = frozenset({OWN_READ, OWN_WRITE})
ABILITIES = SCOPES | OWN_ABILITIES
ADMINISTRATORS = frozenset({UserType.SUPER_ADMIN, UserType.ADMIN})
ADMINISTRATOR_ABILITIES = (ALL_SCOPES,)
# Instructors have a learner's reach until abilities of their own are defined.
LEARNER_ABILITIES = (OWN_READ, OWN_WRITE)


@dataclass(frozen=True, slots=True)
class IssuedUserToken:
    """A sign-in's token as its holder gets it, once: the secret itself is never stored."""

    token: str
    abilities: list[str]
    expires_at: datetime
    user: User


def role_abilities(user_type: int) -> tuple[str, ...]:
    """What every token of a user of this TalentLMS ``user_type`` may reach at most."""
    return ADMINISTRATOR_ABILITIES if user_type in ADMINISTRATORS else LEARNER_ABILITIES


def is_administrator(user: User) -> bool:
    return user.user_type in ADMINISTRATORS


def effective_abilities(token: TokenRecord) -> frozenset[str]:
    """What both the token and its user's present role cover: an administrator's ``*`` token
    of a user since made a learner reaches what a learner's does."""
    return _covered_by_both(token.abilities, token.user_type)


# Every request with a token asks; the answers are few (a role and a set of abilities).
@lru_cache(maxsize=4096)
def _covered_by_both(abilities: frozenset[str], user_type: int) -> frozenset[str]:
    role = role_abilities(user_type)
    return frozenset(a for a in abilities if scope_allows(role, a)) | frozenset(
        r for r in role if scope_allows(abilities, r)
    )


def check_abilities(abilities: Iterable[str], *, within: Iterable[str]) -> list[str]:
    """Sorted, de-duplicated abilities; raises ValidationFailed for unknown ones and for any
    that ``within`` (the creator's own) does not cover."""
    return check_grants(
        abilities,
        known=ABILITIES,
        within=within,
        param="abilities",
        singular="ability",
        beyond_message="A token cannot grant abilities its creator does not hold",
    )


def check_user_token(token: TokenRecord | None, raw: str, at: datetime) -> TokenRecord:
    """``token`` if ``raw`` is its secret and it is live: not revoked, not expired, not issued
    before its user was logged out everywhere, its user able to sign in. Raises
    AuthenticationFailed otherwise."""
    if token is None or not secret_matches(token.token_hash, raw):
        raise AuthenticationFailed("The token is not valid", param="Authorization")
    if token.revoked:
        raise AuthenticationFailed("The token has been revoked", param="Authorization")
    if token.expires_at is not None and token.expires_at <= at:
        raise AuthenticationFailed("The token has expired", param="Authorization")
    logged_out = token.user_sessions_valid_after
    deactivated = token.user_deactivation_date
    if (
        not token.user_active
        or (deactivated is not None and deactivated <= at)
        or (logged_out is not None and token.created_at < logged_out)
    ):
        raise AuthenticationFailed("The token's user cannot sign in", param="Authorization")
    return token


async def _create_token(
    tenant: TenantRecord, user_id: int, **fields: Any
) -> tuple[AccessToken, str]:
    for _ in range(_CREATE_ATTEMPTS):
        secret = TOKEN_FORMAT.generate()
        try:
            token = await AccessToken.create(
                tenant_id=tenant.id,
                user_id=user_id,
                prefix=secret[: TOKEN_FORMAT.prefix_length],
                token_hash=hash_key(secret),
                **fields,
            )
        except IntegrityError:  # prefix collision: 62^8 makes this rare, so just draw again
            continue
        return token, secret
    raise RuntimeError("Could not draw an unused token prefix")


async def do_issue_user_token(tenant: TenantRecord, user: User, *, via: str) -> IssuedUserToken:
    """Sign ``user`` in: a token with their role's abilities, good for `SIGN_IN_TTL`.

    ``via`` says how they proved who they are ("password", "sso"). The caller has checked that
    they may sign in. Sets their ``last_login``; the token and ``user.logged_in`` commit
    together.
    """
    at = datetime.now(UTC)
    abilities = list(role_abilities(user.user_type))
    async with in_transaction() as connection:
        _, secret = await _create_token(
            tenant,
            user.id,
            kind=AccessTokenKind.SIGN_IN,
            name=f"sign-in ({via})",
            via=via,
            abilities=abilities,
            created_at=at,
            expires_at=at + SIGN_IN_TTL,
            using_db=connection,
        )
        await record_sign_in(tenant, user, via, at, connection)
    return IssuedUserToken(
        token=secret, abilities=abilities, expires_at=at + SIGN_IN_TTL, user=user
    )


async def do_create_personal_token(
    tenant: TenantRecord,
    user_id: int,
    name: str,
    abilities: Iterable[str],
    *,
    within: Iterable[str],
) -> tuple[AccessToken, str]:
    """A named token of ``user_id`` that lasts until revoked; returns the row and the secret.
    Raises ValidationFailed for abilities that ``within`` (the creator's) does not cover."""
    checked = check_abilities(abilities, within=within)
    return await _create_token(
        tenant,
        user_id,
        kind=AccessTokenKind.PERSONAL,
        name=name,
        via="token",
        abilities=checked,
    )


def tokens_in_tenant(tenant: TenantRecord, user_id: int | None) -> QuerySet[AccessToken]:
    """The tenant's tokens, or only those of ``user_id`` when given."""
    query = AccessToken.filter(tenant_id=tenant.id)
    return query if user_id is None else query.filter(user_id=user_id)


async def access_token_by_id(
    tenant: TenantRecord, token_id: int, *, user_id: int | None
) -> AccessToken:
    """The tenant's token ``token_id`` (only among ``user_id``'s when given); NotFound else."""
    token = (
        await tokens_in_tenant(tenant, user_id).get_or_none(id=token_id)
        if is_db_id(token_id)
        else None
    )
    if token is None:
        raise NotFound(f"No token with id {token_id}")
    return token


async def do_revoke_token(tenant: TenantRecord, token: AccessToken) -> AccessToken:
    """Revoke ``token`` (idempotent); it stops working on every worker within a second."""
    if token.revoked_at is None:
        token.revoked_at = datetime.now(UTC)
        await token.save(update_fields=["revoked_at"])
    lookup.forget_user_token(tenant.id, token.prefix)
    return token


async def do_revoke_token_by_id(tenant: TenantRecord, token_id: int) -> None:
    """Revoke the token in use (sign-out)."""
    await do_revoke_token(tenant, await access_token_by_id(tenant, token_id, user_id=None))


async def do_touch_user_token(tenant_id: int, token_id: int) -> None:
    await AccessToken.filter(tenant_id=tenant_id, id=token_id).update(
        last_used_at=datetime.now(UTC)
    )


TOKEN_FILTERS: dict[str, FilterField] = {
    "name": FilterField("name", frozenset({"eq", "like"})),
    "kind": FilterField("kind", frozenset({"eq"})),
    "user_id": FilterField("user_id", frozenset({"eq"}), INTEGER),
    "created_at": FilterField("created_at", frozenset({"gte", "lte"}), TIMESTAMP),
}


async def list_tokens(
    tenant: TenantRecord, user_id: int | None, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's tokens (only ``user_id``'s when given), revoked and expired ones
    included, as plain rows, and the total."""
    query = apply_filters(tokens_in_tenant(tenant, user_id), filters, TOKEN_FILTERS)
    return await fetch_page(query, page, *shapes.UserToken.columns)
