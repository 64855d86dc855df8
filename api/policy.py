"""What a route requires of a request, declared where the route is declared.

``@bp.get("/users", ctx_policy=requires("users:read"))``: the middleware read
``request.route.ctx.policy``; a route that declares nothing gets the strictest policy.

``requires("progress:read", own=OWN_READ)`` also opens the route to a caller holding only the
``me:read`` ability (a learner's token): the request is then confined to the caller's own user
(``request.ctx.own_user_id``; see `own_user_id`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from api.request import AtriumRequest
from core.errors import NotFound
from domain.user_tokens import OWN_READ as OWN_READ
from domain.user_tokens import OWN_WRITE as OWN_WRITE

HostKind = Literal["tenant", "root", "any"]


@dataclass(frozen=True, slots=True)
class RoutePolicy:
    host: HostKind = "tenant"
    key: bool = True
    scope: str | None = None
    # The ability that reaches the route for the caller's own user only (`OWN_READ`, …).
    own: str | None = None
    versioned: bool = True
    https: bool = True
    # Part of the tenant's API: refused while the tenant is suspended or its API is off, and
    # counted against its rate limits (with or without a key).
    tenant_api: bool = True


STRICT = RoutePolicy()
# Probed by load balancers and container health checks, over plain HTTP and without headers.
HEALTH = RoutePolicy(host="any", key=False, versioned=False, https=False, tenant_api=False)
DOCS = RoutePolicy(host="any", key=False, versioned=False, tenant_api=False)
# The tenant's public catalog: no key, everything else as on keyed routes.
PUBLIC = RoutePolicy(key=False)


def requires(scope: str | None, *, own: str | None = None) -> RoutePolicy:
    """A keyed route needing ``scope`` (None: any key or token with a tenant-wide ability);
    with ``own``, also reachable with that ability alone, confined to the caller's own user."""
    return RoutePolicy(scope=scope, own=own)


def check_own_user(request: AtriumRequest, user_id: int) -> int:
    """``user_id``, unless the caller is confined to their own user and it is another's: then
    NotFound, as for a missing user."""
    own = request.ctx.own_user_id
    if own is not None and user_id != own:
        raise NotFound(f"No user with id {user_id}")
    return user_id


def own_user_id(request: AtriumRequest, given: int | None) -> int | None:
    """The user a request is about: ``given`` (checked by `check_own_user`), or when None, the
    caller's own user if they are confined to it."""
    return request.ctx.own_user_id if given is None else check_own_user(request, given)


def policy_of(request: AtriumRequest) -> RoutePolicy | None:
    """The route's policy; None when no route matched (the router answers 404/405 itself)."""
    route = request.route
    if route is None:
        return None
    policy: RoutePolicy = getattr(route.ctx, "policy", STRICT)
    return policy
