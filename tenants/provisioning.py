"""Creating, suspending and re-planning tenants (platform operations, not tenant-scoped)."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from core.errors import Conflict, NotFound, ValidationFailed
from models.tenant import Plan, Tenant, TenantStatus
from tenants import lookup
from tenants.plans import hourly_limit
from tenants.rate_limits import RateLimiter
from tenants.resolution import SLUG_RE

RESERVED_SLUGS = frozenset({"www", "api", "admin", "app", "docs", "static", "status", "mail"})


def check_slug(slug: str) -> str:
    """The slug, lowercased, if it can name a tenant; raises ValidationFailed otherwise."""
    slug = slug.strip().lower()
    if len(slug) < 2 or not SLUG_RE.match(slug):
        raise ValidationFailed(
            "Slug must be 2-63 lowercase letters, digits or inner hyphens", param="slug"
        )
    if slug in RESERVED_SLUGS:
        raise ValidationFailed(f"Slug {slug!r} is reserved", param="slug")
    return slug


async def do_create_tenant(
    slug: str,
    *,
    name: str | None = None,
    plan: Plan = Plan.CORE,
    custom_hourly_limit: int | None = None,
) -> Tenant:
    """Create an active tenant; raises Conflict when the slug is taken."""
    slug = check_slug(slug)
    try:
        return await Tenant.create(
            slug=slug, name=name or slug, plan=plan, custom_hourly_limit=custom_hourly_limit
        )
    except IntegrityError:
        raise Conflict(f"Tenant {slug!r} already exists", param="slug") from None


async def get_tenant(slug: str) -> Tenant:
    tenant = await Tenant.get_or_none(slug=slug.strip().lower())
    if tenant is None:
        raise NotFound(f"No tenant {slug!r}")
    return tenant


async def list_tenants() -> list[Tenant]:
    return await Tenant.all().order_by("id")


async def do_set_tenant_status(tenant: Tenant, status: TenantStatus) -> Tenant:
    tenant.status = status
    await tenant.save(update_fields=["status", "updated_at"])
    lookup.forget_tenant(tenant.slug)
    return tenant


async def do_change_plan(
    tenant: Tenant,
    plan: Plan,
    custom_hourly_limit: int | None = None,
    *,
    limiter: RateLimiter | None,
) -> Tenant:
    """Move ``tenant`` to ``plan``; its new hourly quota applies from the next request on every
    worker that shares ``limiter`` (None: within the tenant cache's lifetime)."""
    tenant.plan = plan
    tenant.custom_hourly_limit = custom_hourly_limit if plan is Plan.CUSTOM else None
    await tenant.save(update_fields=["plan", "custom_hourly_limit", "updated_at"])
    lookup.forget_tenant(tenant.slug)
    if limiter is not None:
        await limiter.publish_hourly_limit(
            tenant.id, hourly_limit(plan, tenant.custom_hourly_limit)
        )
    return tenant
