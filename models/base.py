"""Base classes shared by the models."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Self

from tortoise import fields
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model, ModelMeta
from tortoise.queryset import BulkCreateQuery, BulkUpdateQuery

from core.scoping import AllTenantsManager, TenantScopedManager, check_tenant_row


class _TenantOwnedMeta(ModelMeta):
    """Gives every concrete tenant-owned model its own `TenantScopedManager`.

    Tortoise reads the manager from the model's own ``Meta`` and does not inherit ``Meta``, so a
    subclass declaring ``class Meta: table = ...`` would silently get the unscoped default.
    """

    def __new__(mcs, name: str, bases: tuple[type, ...], attrs: dict[str, Any]) -> Any:
        meta = attrs.setdefault("Meta", type("Meta", (), {}))
        if not getattr(meta, "abstract", False):
            meta.manager = TenantScopedManager()
        return super().__new__(mcs, name, bases, attrs)


class TenantOwned(Model, metaclass=_TenantOwnedMeta):
    """A row that belongs to one tenant.

    ``Model.filter(...)``, ``.get(...)``, ``.all()`` only ever see the current tenant's rows and
    raise `TenantScopeError` when no tenant is set; so do ``create``, ``save``, ``delete``,
    ``refresh_from_db``, ``bulk_create`` and ``bulk_update`` of a row that is not the current
    tenant's. ``Model.all_tenants`` is the explicit escape hatch for platform code.

    Links between tenant tables are composite foreign keys ``(tenant_id, x_id)`` written in the
    migrations (the fields say ``db_constraint=False``), onto ``unique_together`` entries
    ``("tenant_id", "id")`` of the tables linked to.
    """

    tenant_id: int
    all_tenants = AllTenantsManager()

    class Meta:
        abstract = True

    def _check_tenant(self, action: str) -> None:
        # A partial row (``.only(...)``) without its tenant_id cannot prove whose it is.
        check_tenant_row(type(self).__name__, getattr(self, "tenant_id", None), action)

    async def save(
        self,
        using_db: BaseDBAsyncClient | None = None,
        update_fields: Iterable[str] | None = None,
        force_create: bool = False,
        force_update: bool = False,
    ) -> None:
        self._check_tenant("saved")
        await super().save(using_db, update_fields, force_create, force_update)

    async def delete(self, using_db: BaseDBAsyncClient | None = None) -> None:
        self._check_tenant("deleted")
        await super().delete(using_db)

    async def refresh_from_db(
        self, fields: Iterable[str] | None = None, using_db: BaseDBAsyncClient | None = None
    ) -> None:
        # Tortoise refreshes through a bare queryset, not the scoped manager.
        self._check_tenant("refreshed")
        await super().refresh_from_db(fields, using_db)

    @classmethod
    def bulk_create(
        cls,
        objects: Iterable[Self],
        batch_size: int | None = None,
        ignore_conflicts: bool = False,
        update_fields: Iterable[str] | None = None,
        on_conflict: Iterable[str] | None = None,
        using_db: BaseDBAsyncClient | None = None,
    ) -> BulkCreateQuery[Self]:
        rows = list(objects)
        for row in rows:
            row._check_tenant("created")
        return super().bulk_create(
            rows, batch_size, ignore_conflicts, update_fields, on_conflict, using_db
        )

    @classmethod
    def bulk_update(
        cls,
        objects: Iterable[Self],
        fields: Iterable[str],
        batch_size: int | None = None,
        using_db: BaseDBAsyncClient | None = None,
    ) -> BulkUpdateQuery[Self]:
        # Rows are updated by primary key alone, whatever the manager's filter.
        rows = list(objects)
        for row in rows:
            row._check_tenant("saved")
        return super().bulk_update(rows, fields, batch_size, using_db)


class Timestamped(Model):
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True
