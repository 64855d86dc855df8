"""A tenant's portal statistics: how many users, courses, groups, … it holds."""

from __future__ import annotations

from domain.branches import BRANCHES_COUNTER
from domain.categories import CATEGORIES_COUNTER
from domain.courses import COURSES_COUNTER
from domain.enrollments import enrollments_in_tenant
from domain.enrollments_of import ENROLLMENTS_COUNTER
from domain.groups import GROUPS_COUNTER
from domain.learning_paths import LEARNING_PATHS_COUNTER
from domain.users import USERS_COUNTER
from models.operations import TenantCounter
from tenants.records import TenantRecord

# Figure name → the counter that holds it.
COUNTED = {
    "users": USERS_COUNTER,
    "courses": COURSES_COUNTER,
    "categories": CATEGORIES_COUNTER,
    "groups": GROUPS_COUNTER,
    "branches": BRANCHES_COUNTER,
    "learning_paths": LEARNING_PATHS_COUNTER,
    "enrollments": ENROLLMENTS_COUNTER,
}
FIGURES = (*COUNTED, "completions")


async def portal_statistics(tenant: TenantRecord) -> dict[str, int]:
    """Every figure of `FIGURES` for ``tenant``: the counted ones in one read of its counters,
    ``completions`` (enrollments with a completion date) from the enrollments' completion
    index."""
    stored = dict(
        await TenantCounter.filter(
            tenant_id=tenant.id, name__in=list(COUNTED.values())
        ).values_list("name", "value")
    )
    figures = {figure: int(stored.get(counter, 0)) for figure, counter in COUNTED.items()}
    figures["completions"] = (
        await enrollments_in_tenant(tenant).filter(completed_at__isnull=False).count()
    )
    return figures
