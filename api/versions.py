"""Dated API versions (Stripe-style) and the transforms that serve older versions.

A client sends ``X-API-Version: YYYY-MM-DD`` and gets the newest version released on or before
that date. Handlers always build the current shape; `to_version` walks the changes released after
the client's version, newest first, and undoes each one. A breaking change therefore ships as one
new `ApiVersion` carrying one `VersionChange`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from core.errors import InvalidRequest

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class VersionChange:
    description: str
    resource: str
    downgrade: Callable[[Json], Json]


@dataclass(frozen=True, slots=True)
class ApiVersion:
    released: date
    changes: tuple[VersionChange, ...] = ()


def _scopes_as_string(key: Json) -> Json:
    return {**key, "scopes": " ".join(key["scopes"])}


VERSIONS: tuple[ApiVersion, ...] = (
    ApiVersion(date(2026, 6, 1)),
    ApiVersion(
        date(2026, 11, 1),
        changes=(
            VersionChange(
                "API key scopes are a JSON array instead of a space-separated string",
                resource="api_key",
                downgrade=_scopes_as_string,
            ),
        ),
    ),
)
FIRST = VERSIONS[0].released
LATEST = VERSIONS[-1].released
SUPPORTED = ", ".join(v.released.isoformat() for v in VERSIONS)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# Clients send a handful of distinct values; failures raise and are not cached.
@lru_cache(maxsize=64)
def resolve_version(header: str | None) -> date:
    """The version a request asked for; raises InvalidRequest for a missing, malformed or too
    early date."""
    if header is None or not header.strip():
        raise InvalidRequest(
            f"The X-API-Version header is required (YYYY-MM-DD); latest is {LATEST.isoformat()}",
            param="X-API-Version",
        )
    return _resolve(header.strip())


# Clients send a handful of distinct dates: parsing them once each spares every request the work.
@lru_cache(maxsize=256)
def _resolve(value: str) -> date:
    try:
        if not _DATE_RE.match(value):
            raise ValueError(value)
        asked = date.fromisoformat(value)
    except ValueError:
        raise InvalidRequest(
            f"X-API-Version must be a date as YYYY-MM-DD, got {value[:40]!r}",
            param="X-API-Version",
        ) from None
    if asked < FIRST:
        raise InvalidRequest(
            f"X-API-Version {value} predates the first release; supported versions: {SUPPORTED}",
            param="X-API-Version",
        )
    return max(v.released for v in VERSIONS if v.released <= asked)


@lru_cache(maxsize=64)
def version_text(version: date) -> str:
    """``YYYY-MM-DD``, as the response's ``X-API-Version`` header says it."""
    return version.isoformat()


def to_version(resource: str, obj: Json, version: date) -> Json:
    """``obj``, a current-shape ``resource``, as a client pinned to ``version`` expects it."""
    if version >= LATEST:
        return obj
    for release in reversed(VERSIONS):
        if release.released <= version:
            break
        for change in release.changes:
            if change.resource == resource:
                obj = change.downgrade(obj)
    return obj
