"""The current tenant of a request or job, and the query layer that refuses to run without one.

The tenant middleware sets the current tenant for each request; background jobs and the CLI use
`tenant_scope`. Tenant-owned models filter every query through `TenantScopedManager`, which raises
`TenantScopeError` when no tenant is set, and check every row they create, save, delete or
refresh with `check_tenant_row`. Platform code that really must cross tenants uses the model's
`all_tenants` manager, a name that stands out in review.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.manager import Manager
from tortoise.queryset import QuerySet

# The connection of cross-tenant work: the tables' owner, not held to row-level security.
PLATFORM_CONNECTION = "platform"

_current_tenant_id: ContextVar[int | None] = ContextVar("current_tenant_id", default=None)
_platform: BaseDBAsyncClient | None = None


class TenantScopeError(RuntimeError):
    """A tenant-owned table was queried with no current tenant, or a row of another tenant was
    written: a bug, never a user error."""


def current_tenant_id() -> int | None:
    return _current_tenant_id.get()


def platform_connection() -> BaseDBAsyncClient:
    """The ``platform`` connection, as the tables' owner: for work that crosses tenants (the
    job queue, purges, the ``all_tenants`` managers), never for a tenant's own requests."""
    if _platform is None:
        raise RuntimeError("the database is not open (models.database.init_db)")
    return _platform


def set_platform_connection(client: BaseDBAsyncClient | None) -> BaseDBAsyncClient | None:
    """Install ``client`` as the platform connection (None: none); returns the previous one."""
    global _platform
    previous, _platform = _platform, client
    return previous


def set_current_tenant(tenant_id: int | None) -> None:
    """Set the tenant for the rest of the current task (the tenant middleware, per request)."""
    _current_tenant_id.set(tenant_id)


@contextmanager
def tenant_scope(tenant_id: int) -> Iterator[None]:
    """Run a block (a job, a CLI command) as one tenant."""
    token = _current_tenant_id.set(tenant_id)
    try:
        yield
    finally:
        _current_tenant_id.reset(token)


class TenantScopedManager(Manager):
    """Default manager of tenant-owned models: every query is filtered on the current tenant."""

    def get_queryset(self) -> QuerySet[Any]:
        tenant_id = _current_tenant_id.get()
        if tenant_id is None:
            raise TenantScopeError(
                f"{self._model.__name__} queried with no current tenant; "
                "use tenant_scope() or the all_tenants manager"
            )
        return super().get_queryset().filter(tenant_id=tenant_id)


def check_tenant_row(model: str, tenant_id: int | None, action: str) -> None:
    """Raise `TenantScopeError` unless a row of ``tenant_id`` may be ``action``-ed (created,
    saved, deleted, refreshed) now: a tenant is current and it is the row's."""
    current = _current_tenant_id.get()
    if current is None:
        raise TenantScopeError(
            f"{model} {action} with no current tenant; use tenant_scope() "
            "or the all_tenants manager"
        )
    if tenant_id != current:
        raise TenantScopeError(f"{model} of tenant {tenant_id} {action} as tenant {current}")


class AllTenantsManager(Manager):
    """The ``all_tenants`` escape hatch: queries every tenant's rows, on the platform connection
    (``using_db`` still picks another, such as the caller's transaction)."""

    def get_queryset(self) -> QuerySet[Any]:
        return super().get_queryset().using_db(platform_connection())
