"""What each plan allows."""

from __future__ import annotations

from models.tenant import Plan

HOURLY_LIMITS: dict[Plan, int] = {
    Plan.CORE: 2_000,
    Plan.SMALL: 2_000,
    Plan.BASIC: 2_000,
    Plan.GROW: 10_000,
    Plan.PRO: 10_000,
    Plan.PLUS: 10_000,
    Plan.PREMIUM: 10_000,
}
# A custom plan without a negotiated number gets the largest standard quota.
CUSTOM_DEFAULT_HOURLY_LIMIT = 10_000
BURST_LIMIT = 200
BURST_WINDOW_SECONDS = 5
# The public catalog answers anyone without a key, so it has limits of its own that never spend
# the tenant's keyed quota: each client address, and all anonymous callers of a tenant together.
PUBLIC_ADDRESS_BURST_LIMIT = 20
PUBLIC_ADDRESS_HOURLY_LIMIT = 1_000
PUBLIC_TENANT_HOURLY_LIMIT = 20_000


def hourly_limit(plan: Plan, custom_hourly_limit: int | None) -> int:
    if plan is Plan.CUSTOM:
        return custom_hourly_limit or CUSTOM_DEFAULT_HOURLY_LIMIT
    return HOURLY_LIMITS[plan]
