"""Per-tenant rate limits on the tenant's API routes: on keyed routes the hourly quota of the
tenant's plan and the burst cap of 200 requests per 5 s; on the public catalog limits of its own,
per client address and for all of the tenant's anonymous callers, which never spend the keyed
quota (counting: `tenants/rate_limits.py`).

Runs after the key and the API version are checked, so only requests that got that far count.
Raises RateLimited (429, ``Retry-After`` in seconds, the message naming the limit) when either
limit is spent. Every response to a request that reached the limiter carries
``X-RateLimit-Limit``/``-Remaining``/``-Reset`` (the hourly window) and the IETF draft pair
``RateLimit-Policy``/``RateLimit`` (the window closest to running out). When the counts are
unavailable (Redis down) the request is served unlimited and without these headers.
"""

from __future__ import annotations

from functools import lru_cache

from sanic.response import BaseHTTPResponse

from api.policy import RoutePolicy
from api.request import AtriumRequest
from core.errors import RateLimited
from tenants.plans import BURST_WINDOW_SECONDS
from tenants.rate_limits import BURST, HOUR_SECONDS, HOURLY, Verdict


def _message(verdict: Verdict) -> str:
    window = verdict.binding
    retry = window.reset_seconds
    if window is verdict.hourly:
        return f"Hourly request quota of {window.limit} exceeded; retry in {retry} s"
    return (
        f"Burst limit of {window.limit} requests per {window.seconds} s exceeded; "
        f"retry in {retry} s"
    )


@lru_cache(maxsize=1024)
def _policy(hourly_limit: int, burst_limit: int) -> str:
    """The same for every request under one quota: formatted once per quota."""
    return (
        f'"{HOURLY}";q={hourly_limit};w={HOUR_SECONDS}, '
        f'"{BURST}";q={burst_limit};w={BURST_WINDOW_SECONDS}'
    )


def rate_limit_headers(verdict: Verdict) -> dict[str, str]:
    hourly, binding = verdict.hourly, verdict.binding
    return {
        "X-RateLimit-Limit": str(hourly.limit),
        "X-RateLimit-Remaining": str(hourly.remaining),
        "X-RateLimit-Reset": str(hourly.reset_seconds),
        "RateLimit-Policy": _policy(hourly.limit, verdict.burst.limit),
        "RateLimit": f'"{binding.name}";r={binding.remaining};t={binding.reset_seconds}',
    }


async def enforce_rate_limit(request: AtriumRequest, policy: RoutePolicy) -> None:
    limiter = request.app.ctx.limiter
    if limiter is None or not policy.tenant_api:
        return
    tenant = request.ctx.require_tenant()
    if policy.key:
        verdict = await limiter.hit(tenant.id, tenant.hourly_limit)
    else:
        verdict = await limiter.hit_public(tenant.id, request.remote_addr or request.ip)
    if verdict is None:
        return
    request.ctx.rate_limit = verdict
    if not verdict.admitted:
        retry_after = str(verdict.binding.reset_seconds)
        raise RateLimited(_message(verdict), headers={"Retry-After": retry_after})


def add_rate_limit_headers(request: AtriumRequest, response: BaseHTTPResponse) -> None:
    if request.ctx.rate_limit is not None:
        response.headers.update(rate_limit_headers(request.ctx.rate_limit))
