"""The signed-in user's own profile, as ``GET /auth/me`` answers a user token.

Learner apps call it on every screen, so it is read as tenants and keys are: at most once per
`tenants.lookup.CACHE_SECONDS` per user and worker. A change to the user shows on every worker
within that time; the worker that makes it forgets its copy at once (`forget_user_profile`).
"""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.custom_fields import custom_field_values
from domain.user_fields import USER_CUSTOM_FIELDS
from models.user import User
from shapes import users as shapes
from tenants.lookup import CachedLoader
from tenants.records import TenantRecord


@dataclass(frozen=True, slots=True)
class UserProfile:
    # The user on the wire (serialized once per load: it costs more than the rest of the
    # request), but for the avatar, whose URL is on the host the request came to. Shared by the
    # requests served from the cache: copy it, never change it.
    body: dict[str, Any]
    # The whole /auth/me answer, encoded, by (scheme, host, API version) of the requests it
    # served: it lives and is forgotten with the profile, so it is never staler than the body.
    encoded: dict[tuple[str, str, date], bytes] = field(default_factory=dict)


async def _load(tenant_and_user: tuple[TenantRecord, int]) -> UserProfile | None:
    tenant, user_id = tenant_and_user
    user = await User.filter(tenant_id=tenant.id, id=user_id).first()
    if user is None:
        return None
    fields = await custom_field_values(USER_CUSTOM_FIELDS, tenant, user_id)
    return UserProfile(shapes.User.from_object(user, avatar={}, custom_fields=fields))


_profiles: CachedLoader[tuple[TenantRecord, int], UserProfile | None] = CachedLoader(_load)


def find_user_profile(
    tenant: TenantRecord, user_id: int
) -> Coroutine[Any, Any, UserProfile | None]:
    """The tenant's user ``user_id`` with their custom fields; None when there is none."""
    return _profiles.get((tenant, user_id))


def forget_user_profile(tenant: TenantRecord, user_id: int) -> None:
    _profiles.forget((tenant, user_id))
