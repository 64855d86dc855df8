"""Authenticate ``X-API-Key`` against the request's tenant and check the route's scope.

Raises AuthenticationFailed (401) for a missing, malformed, unknown, revoked or other tenant's
key, Forbidden (403) when the key lacks the route's scope.
"""

from __future__ import annotations

import time

from api.policy import RoutePolicy
from api.request import AtriumRequest
from core.errors import AuthenticationFailed, Forbidden
from domain.api_keys import do_touch_api_key, key_matches, parse_key, scope_allows
from tenants.lookup import find_key

# last_used_at is informative; writing it on every request would cost a write per call. When a
# key was last touched is remembered for up to TOUCHED_KEYS_MAX keys: past that the memory starts
# over, and the keys in it are only touched again sooner.
TOUCH_INTERVAL_SECONDS = 60.0
TOUCHED_KEYS_MAX = 10_000
_touched_at: dict[int, float] = {}


async def authenticate(request: AtriumRequest, policy: RoutePolicy) -> None:
    if not policy.key:
        return
    tenant = request.ctx.require_tenant()
    raw = request.headers.get("x-api-key", "")
    if not raw:
        raise AuthenticationFailed("The X-API-Key header is required", param="X-API-Key")
    prefix = parse_key(raw)
    if prefix is None:
        raise AuthenticationFailed("The API key is malformed", param="X-API-Key")
    key = await find_key(tenant.id, prefix)
    if key is None or not key_matches(key, raw):
        raise AuthenticationFailed("The API key is not valid", param="X-API-Key")
    if key.revoked:
        raise AuthenticationFailed("The API key has been revoked", param="X-API-Key")
    request.ctx.api_key = key
    if policy.scope and not scope_allows(key.scopes, policy.scope):
        raise Forbidden(f"The API key lacks the {policy.scope} scope")
    if due_for_touch(key.id):
        request.app.add_task(do_touch_api_key(tenant.id, key.id))


def due_for_touch(key_id: int) -> bool:
    """Whether this request should record the key's use (at most once an interval per key)."""
    now = time.monotonic()
    last = _touched_at.get(key_id)
    if last is not None and now - last < TOUCH_INTERVAL_SECONDS:
        return False
    if len(_touched_at) >= TOUCHED_KEYS_MAX:
        _touched_at.clear()
    _touched_at[key_id] = now
    return True
