"""Authenticate the caller against the request's tenant and check what the route requires.

The caller sends an API key or a user token, as ``X-API-Key: <key>`` or ``Authorization: Bearer
<key or token>`` (both headers at once → InvalidRequest, 400). Raises AuthenticationFailed (401)
for a missing, malformed, unknown, revoked, expired or other tenant's key or token, Forbidden
(403) when its scopes or abilities do not reach the route. A caller reaching a route with an own
ability only (`api.policy.requires`'s ``own``) is confined to their own user: the request's
``own_user_id``, and a ``user_id`` in the path that is not theirs → NotFound (404).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from api.policy import RoutePolicy, policy_of
from api.request import AtriumRequest
from core.errors import AuthenticationFailed, Forbidden, InvalidRequest, NotFound
from domain.api_keys import do_touch_api_key, key_matches, parse_key, scope_allows
from domain.user_tokens import (
    OWN_ABILITIES,
    TOKEN_FORMAT,
    check_user_token,
    do_touch_user_token,
    effective_abilities,
)
from tenants.lookup import find_key, find_user_token
from tenants.records import TenantRecord

# last_used_at is informative; writing it on every request would cost a write per call. When a
# key or token was last touched is remembered for up to TOUCHED_KEYS_MAX of them: past that the
# memory starts over, and the ones in it are only touched again sooner.
TOUCH_INTERVAL_SECONDS = 60.0
TOUCHED_KEYS_MAX = 10_000
_touched_at: dict[tuple[str, int], float] = {}
_BEARER = "bearer "
_AUTHORIZATION = "Authorization"
_X_API_KEY = "X-API-Key"


async def authenticate(request: AtriumRequest) -> None:
    policy = policy_of(request)
    if policy is None or not policy.key:
        return
    tenant = request.ctx.require_tenant()
    headers = request.headers
    authorization = headers.get("authorization")
    if authorization is None:
        raw = headers.get("x-api-key", "")
        if not raw:
            raise AuthenticationFailed(
                "An API key (X-API-Key) or a bearer token (Authorization: Bearer) is required",
                param=_X_API_KEY,
            )
        await _authenticate_key(request, policy, tenant, raw, _X_API_KEY)
        return
    if "x-api-key" in headers:
        raise InvalidRequest(
            "Send either X-API-Key or Authorization, not both", param=_AUTHORIZATION
        )
    if authorization[: len(_BEARER)].lower() != _BEARER:
        raise AuthenticationFailed(
            "Authorization must be 'Bearer <API key or user token>'", param=_AUTHORIZATION
        )
    raw = authorization[len(_BEARER) :].strip()
    if raw.startswith(TOKEN_FORMAT.kind_prefix):
        await _authenticate_token(request, policy, tenant, raw)
    else:
        await _authenticate_key(request, policy, tenant, raw, _AUTHORIZATION)


async def _authenticate_key(
    request: AtriumRequest, policy: RoutePolicy, tenant: TenantRecord, raw: str, param: str
) -> None:
    prefix = parse_key(raw)
    if prefix is None:
        raise AuthenticationFailed("The API key is malformed", param=param)
    key = await find_key(tenant.id, prefix)
    if key is None or not key_matches(key, raw):
        raise AuthenticationFailed("The API key is not valid", param=param)
    if key.revoked:
        raise AuthenticationFailed("The API key has been revoked", param=param)
    request.ctx.api_key = key
    request.ctx.grants = key.scopes
    if policy.scope and not scope_allows(key.scopes, policy.scope):
        raise Forbidden(f"The API key lacks the {policy.scope} scope")
    if due_for_touch("key", key.id):
        request.app.add_task(do_touch_api_key(tenant.id, key.id))


async def _authenticate_token(
    request: AtriumRequest, policy: RoutePolicy, tenant: TenantRecord, raw: str
) -> None:
    prefix = TOKEN_FORMAT.parse(raw)
    if prefix is None:
        raise AuthenticationFailed("The token is malformed", param=_AUTHORIZATION)
    token = check_user_token(await find_user_token(tenant.id, prefix), raw, datetime.now(UTC))
    request.ctx.user_token = token
    grants = request.ctx.grants = effective_abilities(token)
    if policy.scope is None:
        tenant_wide = not grants <= OWN_ABILITIES
    else:
        tenant_wide = scope_allows(grants, policy.scope)
    if not tenant_wide:
        if policy.own is None or not scope_allows(grants, policy.own):
            needed = policy.scope or "a tenant-wide"
            raise Forbidden(f"The token lacks the {needed} ability")
        request.ctx.own_user_id = token.user_id
        path_user = request.match_info.get("user_id")
        if path_user is not None and path_user != token.user_id:
            raise NotFound(f"No user with id {path_user}")
    if due_for_touch("token", token.id):
        request.app.add_task(do_touch_user_token(tenant.id, token.id))


def due_for_touch(kind: str, record_id: int) -> bool:
    """Whether this request should record the key's or token's use (at most once an interval
    each)."""
    now = time.monotonic()
    entry = (kind, record_id)
    last = _touched_at.get(entry)
    if last is not None and now - last < TOUCH_INTERVAL_SECONDS:
        return False
    if len(_touched_at) >= TOUCHED_KEYS_MAX:
        _touched_at.clear()
    _touched_at[entry] = now
    return True
