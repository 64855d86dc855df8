"""What a route requires of a request, declared where the route is declared.

``@bp.get("/users", ctx_policy=requires("users:read"))``: the middleware read
``request.route.ctx.policy``; a route that declares nothing gets the strictest policy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from api.request import AtriumRequest

HostKind = Literal["tenant", "root", "any"]


@dataclass(frozen=True, slots=True)
class RoutePolicy:
    host: HostKind = "tenant"
    key: bool = True
    scope: str | None = None
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


def requires(scope: str | None) -> RoutePolicy:
    return RoutePolicy(scope=scope)


def policy_of(request: AtriumRequest) -> RoutePolicy | None:
    """The route's policy; None when no route matched (the router answers 404/405 itself)."""
    route = request.route
    if route is None:
        return None
    policy: RoutePolicy = getattr(route.ctx, "policy", STRICT)
    return policy
