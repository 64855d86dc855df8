"""API keys: generation, verification, scopes, and the domain operations on them.

A key looks like ``atr_Ab3dEf9h_<43 base62 chars>``: the first 12 characters are its public
prefix (shown in listings, used to find it), the rest ≈ 256 bits of secret. Only the SHA-256 of
the whole key is stored; the key itself is returned once, by `do_create_api_key`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import string
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from core.errors import Forbidden, NotFound, ValidationFailed
from core.query import TIMESTAMP, Filter, FilterField, Page, apply_filters, fetch_page, is_db_id
from models.api_key import ApiKey
from shapes import api_keys as shapes
from tenants import lookup
from tenants.records import KeyRecord, TenantRecord

_ALPHABET = string.ascii_letters + string.digits
_PUBLIC_CHARS = 8
_SECRET_CHARS = 43
_CREATE_ATTEMPTS = 5


class SecretFormat:
    """Random bearer secrets of one kind: ``<kind prefix><8 public chars>_<43 secret chars>``.
    The kind prefix tells API keys from user tokens at a glance and in a leaked-secret scan."""

    __slots__ = ("_pattern", "kind_prefix", "prefix_length")

    def __init__(self, kind_prefix: str) -> None:
        self.kind_prefix = kind_prefix
        self.prefix_length = len(kind_prefix) + _PUBLIC_CHARS
        self._pattern = re.compile(
            rf"{re.escape(kind_prefix)}[A-Za-z0-9]{{{_PUBLIC_CHARS}}}_[A-Za-z0-9]{{{_SECRET_CHARS}}}"
        )

    def generate(self) -> str:
        return f"{self.kind_prefix}{_random(_PUBLIC_CHARS)}_{_random(_SECRET_CHARS)}"

    def parse(self, raw: str) -> str | None:
        """The public prefix of a well-formed secret of this kind, or None."""
        if len(raw) > 64 or not self._pattern.fullmatch(raw):
            return None
        return raw[: self.prefix_length]


KEY_FORMAT = SecretFormat("atr_")
KEY_PREFIX = KEY_FORMAT.kind_prefix
PREFIX_LENGTH = KEY_FORMAT.prefix_length

ALL_SCOPES = "*"
SCOPE_RESOURCES = (
    "api-keys",
    "users",
    "courses",
    "categories",
    "groups",
    "branches",
    "enrollments",
    "progress",
    "reports",
    "webhooks",
    "exports",
    "sso",
)
SCOPES = frozenset({ALL_SCOPES} | {f"{r}:{a}" for r in SCOPE_RESOURCES for a in ("read", "write")})


def _random(n: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(n))


def generate_key() -> str:
    return KEY_FORMAT.generate()


def hash_key(key: str) -> str:
    """The stored form of an API key or a user token (SHA-256: the secret has 256 random bits,
    so a slow hash would add nothing but latency to every request)."""
    return hashlib.sha256(key.encode()).hexdigest()


def parse_key(raw: str) -> str | None:
    """The prefix of a well-formed key, or None."""
    return KEY_FORMAT.parse(raw)


def secret_matches(stored_hash: str, raw: str) -> bool:
    return hmac.compare_digest(stored_hash, hash_key(raw))


def key_matches(record: KeyRecord, raw: str) -> bool:
    return secret_matches(record.key_hash, raw)


def scope_allows(granted: Iterable[str], needed: str) -> bool:
    """Whether ``granted`` covers ``needed``; ``x:write`` implies ``x:read``, ``*`` everything."""
    if not isinstance(granted, set | frozenset):
        granted = set(granted)
    if ALL_SCOPES in granted or needed in granted:
        return True
    resource, _, action = needed.partition(":")
    return action == "read" and f"{resource}:write" in granted


def check_grants(
    given: Iterable[str],
    *,
    known: frozenset[str],
    within: Iterable[str] | None,
    param: str,
    singular: str,
    beyond_message: str,
) -> list[str]:
    """Sorted, de-duplicated scopes or abilities (``param`` names which); raises
    ValidationFailed for none, for unknown ones or, when ``within`` is given, for any that
    ``within`` does not cover (``beyond_message`` then leads the error)."""
    wanted = sorted(set(given))
    if not wanted:
        raise ValidationFailed(f"At least one {singular} is required", param=param)
    unknown = [g for g in wanted if g not in known]
    if unknown:
        raise ValidationFailed(
            f"Unknown {param}: {', '.join(unknown)}. Known {param}: {', '.join(sorted(known))}",
            param=param,
        )
    if within is not None:
        granted = list(within)
        beyond = [g for g in wanted if not scope_allows(granted, g)]
        if beyond:
            raise ValidationFailed(f"{beyond_message}: {', '.join(beyond)}", param=param)
    return wanted


def check_scopes(scopes: Iterable[str], *, within: Iterable[str] | None = None) -> list[str]:
    """Sorted, de-duplicated scopes; raises ValidationFailed for unknown ones or, when ``within``
    is given, for any scope those scopes do not cover (a key cannot mint a stronger key)."""
    return check_grants(
        scopes,
        known=SCOPES,
        within=within,
        param="scopes",
        singular="scope",
        beyond_message="This key cannot grant scopes it does not hold",
    )


async def do_create_api_key(
    tenant: TenantRecord, name: str, scopes: Iterable[str], *, within: Iterable[str] | None = None
) -> tuple[ApiKey, str]:
    """Create a key for ``tenant``; returns the row and the secret key (never stored)."""
    checked = check_scopes(scopes, within=within)
    for _ in range(_CREATE_ATTEMPTS):
        secret = generate_key()
        try:
            key = await ApiKey.create(
                tenant_id=tenant.id,
                name=name,
                prefix=secret[:PREFIX_LENGTH],
                key_hash=hash_key(secret),
                scopes=checked,
            )
        except IntegrityError:  # prefix collision: 62^8 makes this rare, so just draw again
            continue
        return key, secret
    raise RuntimeError("Could not draw an unused API key prefix")


def api_keys_in_tenant(tenant: TenantRecord) -> QuerySet[ApiKey]:
    return ApiKey.filter(tenant_id=tenant.id)


async def access_api_key_by_id(tenant: TenantRecord, key_id: int) -> ApiKey:
    key = await api_keys_in_tenant(tenant).get_or_none(id=key_id) if is_db_id(key_id) else None
    if key is None:
        raise NotFound(f"No API key with id {key_id}")
    return key


async def access_api_key_by_prefix(tenant: TenantRecord, prefix: str) -> ApiKey:
    key = await api_keys_in_tenant(tenant).get_or_none(prefix=prefix)
    if key is None:
        raise NotFound(f"No API key with prefix {prefix!r}")
    return key


async def do_revoke_api_key(
    tenant: TenantRecord, key: ApiKey, *, within: Iterable[str] | None = None
) -> ApiKey:
    """Revoke ``key`` (idempotent); it stops working on every worker within a second. With
    ``within`` (the caller's scopes), raises Forbidden when ``key`` holds a scope they do not
    cover, so that a narrow key cannot lock out the keys above it."""
    if within is not None:
        granted = list(within)
        beyond = sorted(s for s in key.scopes if not scope_allows(granted, s))
        if beyond:
            raise Forbidden(
                f"This key cannot revoke a key with scopes it does not hold: {', '.join(beyond)}"
            )
    if key.revoked_at is None:
        key.revoked_at = datetime.now(UTC)
        await key.save(update_fields=["revoked_at"])
    lookup.forget_key(tenant.id, key.prefix)
    return key


async def do_touch_api_key(tenant_id: int, key_id: int) -> None:
    await ApiKey.filter(tenant_id=tenant_id, id=key_id).update(last_used_at=datetime.now(UTC))


API_KEY_FILTERS: dict[str, FilterField] = {
    "name": FilterField("name", frozenset({"eq", "like"})),
    "created_at": FilterField("created_at", frozenset({"gte", "lte"}), TIMESTAMP),
}


async def list_api_keys(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of the tenant's keys (revoked ones included) as plain rows, and the total."""
    query = apply_filters(api_keys_in_tenant(tenant), filters, API_KEY_FILTERS)
    return await fetch_page(query, page, *shapes.ApiKey.columns)
