from __future__ import annotations

from typing import Any

import pytest
import redis
from redis.crc import key_slot
from sanic_testing import testing

from core.settings import Settings
from models.tenant import Plan
from tenants import lookup
from tenants.provisioning import do_change_plan, get_tenant
from tenants.rate_limits import RateLimiter, RedisRateLimiter
from tests.factories import Api, Seeded, error_of, seed_tenant

ME = "/api/v2/auth/me"
POLICY = '"hourly";q={};w=3600, "burst";q=200;w=5'
RATE_HEADERS = (
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "RateLimit-Policy",
    "RateLimit",
)


def limiter_of(api: Api) -> RateLimiter:
    limiter: RateLimiter | None = api.client.app.ctx.limiter
    assert limiter is not None
    return limiter


def spend(api: Api, tenant: Seeded, requests: int) -> None:
    for _ in range(requests):
        response = api.get(ME, tenant=tenant)
        assert response.status_code == 200, response.text


def assert_limited(response: testing.TestingResponse, message_start: str) -> str:
    assert response.status_code == 429
    error = error_of(response)
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith(message_start), error
    retry_after: str = response.headers["Retry-After"]
    assert error["message"].endswith(f"retry in {retry_after} s")
    return retry_after


def test_headers_describe_the_hourly_quota_and_the_closest_limit(
    api: Api, tenant_a: Seeded
) -> None:
    first = api.get(ME, tenant=tenant_a)
    second = api.get(ME, tenant=tenant_a)
    assert first.status_code == second.status_code == 200
    assert first.headers["X-RateLimit-Limit"] == "2000"
    assert first.headers["X-RateLimit-Remaining"] == "1999"
    assert second.headers["X-RateLimit-Remaining"] == "1998"
    assert 3599 <= int(second.headers["X-RateLimit-Reset"]) <= 3600
    assert second.headers["RateLimit-Policy"] == POLICY.format(2000)
    # 198 burst requests left is closer to the limit than 1998 hourly ones.
    name, remaining, reset = second.headers["RateLimit"].split(";")
    assert (name, remaining) == ('"burst"', "r=198")
    assert reset in ("t=4", "t=5")


def test_the_quota_follows_the_plan(api: Api, run: Any) -> None:
    for plan, quota in ((Plan.BASIC, 2000), (Plan.PREMIUM, 10_000)):
        tenant: Seeded = run(seed_tenant(plan=plan))
        response = api.get(ME, tenant=tenant)
        assert response.headers["X-RateLimit-Limit"] == str(quota)
        assert response.headers["RateLimit-Policy"] == POLICY.format(quota)
    custom: Seeded = run(seed_tenant(plan=Plan.CUSTOM, hourly_limit=30))
    response = api.get(ME, tenant=custom)
    assert response.headers["X-RateLimit-Limit"] == "30"
    assert response.headers["RateLimit"].startswith('"hourly";r=29;')


def test_burst_cap_is_200_requests_whatever_the_plan(api: Api, run: Any) -> None:
    tenant: Seeded = run(seed_tenant(plan=Plan.PREMIUM))
    spend(api, tenant, 200)
    for _ in range(3):
        response = api.get(ME, tenant=tenant)
        retry_after = assert_limited(response, "Burst limit of 200 requests per 5 s exceeded")
        assert 1 <= int(retry_after) <= 5
        assert response.headers["RateLimit"] == f'"burst";r=0;t={retry_after}'
        # Rejected requests are not counted against the hour.
        assert response.headers["X-RateLimit-Remaining"] == str(10_000 - 200)
        assert response.headers["X-RateLimit-Limit"] == "10000"


def test_hourly_quota_of_a_custom_plan(api: Api, run: Any) -> None:
    tenant: Seeded = run(seed_tenant(plan=Plan.CUSTOM, hourly_limit=30))
    spend(api, tenant, 30)
    response = api.get(ME, tenant=tenant)
    retry_after = assert_limited(response, "Hourly request quota of 30 exceeded")
    assert 3590 <= int(retry_after) <= 3600
    assert response.headers["X-RateLimit-Remaining"] == "0"
    assert response.headers["X-RateLimit-Reset"] == retry_after
    assert response.headers["RateLimit"] == f'"hourly";r=0;t={retry_after}'


def test_tenants_are_counted_apart(api: Api, run: Any, tenant_b: Seeded) -> None:
    small: Seeded = run(seed_tenant(plan=Plan.CUSTOM, hourly_limit=2))
    spend(api, small, 2)
    assert api.get(ME, tenant=small).status_code == 429
    response = api.get(ME, tenant=tenant_b)
    assert response.status_code == 200
    assert response.headers["X-RateLimit-Remaining"] == "1999"


def test_only_requests_that_reach_the_limiter_count_or_get_headers(
    api: Api, tenant_a: Seeded
) -> None:
    unauthenticated = api.get(ME, tenant=tenant_a, key="atr_nope")
    assert unauthenticated.status_code == 401
    unversioned = api.get(ME, tenant=tenant_a, version=None)
    assert unversioned.status_code == 400
    health = api.get("/api/v2/health", tenant=tenant_a, key=None, version=None)
    assert health.status_code == 200
    for response in (unauthenticated, unversioned, health):
        assert not set(RATE_HEADERS) & set(response.headers), response.headers
    # An error raised by the handler, after the limiter, carries the headers and counts.
    missing = api.get("/api/v2/api-keys/999999999", tenant=tenant_a)
    assert missing.status_code == 404
    assert missing.headers["X-RateLimit-Remaining"] == "1999"
    assert api.get(ME, tenant=tenant_a).headers["X-RateLimit-Remaining"] == "1998"


def test_a_plan_change_applies_from_the_next_request(api: Api, run: Any) -> None:
    tenant: Seeded = run(seed_tenant(plan=Plan.CUSTOM, hourly_limit=3))
    spend(api, tenant, 3)
    assert api.get(ME, tenant=tenant).status_code == 429

    stale = run(lookup.find_tenant(tenant.slug))
    assert stale is not None
    run(do_change_plan(run(get_tenant(tenant.slug)), Plan.GROW, limiter=limiter_of(api)))
    # What another worker still holds in its tenant cache for up to a second.
    lookup._tenants._store(tenant.slug, stale)
    upgraded = api.get(ME, tenant=tenant)
    assert upgraded.status_code == 200
    assert upgraded.headers["X-RateLimit-Limit"] == "10000"
    assert upgraded.headers["X-RateLimit-Remaining"] == str(10_000 - 4)

    run(do_change_plan(run(get_tenant(tenant.slug)), Plan.CUSTOM, 4, limiter=limiter_of(api)))
    assert_limited(api.get(ME, tenant=tenant), "Hourly request quota of 4 exceeded")


def test_a_tenants_keys_share_one_cluster_slot(
    api: Api, tenant_a: Seeded, settings: Settings
) -> None:
    assert api.get(ME, tenant=tenant_a).status_code == 200
    tag = f"{{{settings.redis_prefix}:t:{tenant_a.tenant.id}}}"
    client = redis.Redis.from_url(settings.redis_url)
    try:
        stored = sorted(k.decode() for k in client.scan_iter(match=f"{tag}*"))
    finally:
        client.close()
    assert stored == [f"{tag}:rl:burst", f"{tag}:rl:hourly"]
    limiter = limiter_of(api)
    assert isinstance(limiter, RedisRateLimiter)
    keys = limiter.keys(tenant_a.tenant.id)
    assert set(stored) < set(keys)
    assert len({key_slot(k.encode()) for k in keys}) == 1


def test_a_limited_request_never_reaches_the_handler(api: Api, run: Any) -> None:
    tenant: Seeded = run(seed_tenant(plan=Plan.CUSTOM, hourly_limit=1))
    own_key = api.get("/api/v2/api-keys", tenant=tenant).json["_data"][0]["id"]
    revoke = api.delete(f"/api/v2/api-keys/{own_key}", tenant=tenant)
    assert_limited(revoke, "Hourly request quota of 1 exceeded")
    # Still limited rather than unauthenticated: the key was not revoked.
    assert api.get(ME, tenant=tenant).status_code == 429


def test_with_rate_limits_off_nothing_is_counted(
    api: Api, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api.client.app.ctx, "limiter", None)
    for _ in range(3):
        response = api.get(ME, tenant=tenant_a)
        assert response.status_code == 200
        assert not set(RATE_HEADERS) & set(response.headers)
    monkeypatch.undo()
    assert api.get(ME, tenant=tenant_a).headers["X-RateLimit-Remaining"] == "1999"
