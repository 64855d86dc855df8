"""Row-level security: the application's connections are bound to the current tenant.

The migrations enable row-level security on every table with a ``tenant_id``; its policy lets a
session see and write only the rows whose ``tenant_id`` is the setting `TENANT_SETTING` (unset
or empty: none). The API and the worker reach the database as `APP_ROLE`, which does not own the
tables and so is held to the policies; the owner, on the ``platform`` connection, is not.

The tenant travels without a round trip of its own in the common case: each pooled connection
remembers the tenant its session is bound to, checkout (`bind_current_tenant`, the pool's
``setup``) sends ``set_config`` only when the current tenant differs, and the pool's reset on
release (one statement batch it sends anyway) binds the same tenant again after ``RESET ALL``.
A transaction keeps the connection it checked out, so enter ``tenant_scope`` before opening one.
"""

from __future__ import annotations

from typing import Any

import asyncpg

from core.scoping import current_tenant_id

APP_ROLE = "atrium_app"
TENANT_SETTING = "atrium.tenant_id"


def _bind_sql(tenant_id: int | None) -> str:
    value = "" if tenant_id is None else str(int(tenant_id))
    return f"SELECT set_config('{TENANT_SETTING}', '{value}', false);"


class TenantBoundConnection(asyncpg.Connection):  # type: ignore[misc]  # asyncpg is untyped
    """An asyncpg connection that knows which tenant its session is bound to."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.bound_tenant_id: int | None = None

    async def bind_tenant(self, tenant_id: int | None) -> None:
        if tenant_id != self.bound_tenant_id:
            await self.execute(_bind_sql(tenant_id))
            self.bound_tenant_id = tenant_id

    def get_reset_query(self) -> str:
        # The default reset ends with RESET ALL, which would unbind the tenant: binding it again
        # in the same batch keeps the next checkout of the same tenant free of a round trip.
        reset: str = super().get_reset_query()
        return f"{reset}\n{_bind_sql(self.bound_tenant_id)}"


async def bind_current_tenant(connection: Any) -> None:
    """The pool's ``setup`` hook: bind the checked-out connection to the caller's tenant (none:
    the policies show no tenant-owned row)."""
    await connection.bind_tenant(current_tenant_id())


def app_role_credentials() -> dict[str, Any]:
    """What a Tortoise asyncpg connection needs to act as `APP_ROLE`, bound to the current
    tenant: the role is set at connection start-up (no extra statement), the tenant on
    checkout."""
    return {
        "server_settings": {"role": APP_ROLE},
        "connection_class": TenantBoundConnection,
        "setup": bind_current_tenant,
    }
