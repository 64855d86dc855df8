"""Base classes shared by the models."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.manager import Manager
from tortoise.models import Model, ModelMeta

from core.scoping import TenantScopedManager


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
    raise `TenantScopeError` when no tenant is set; ``Model.all_tenants`` is the explicit escape
    hatch for platform code.
    """

    tenant_id: int
    all_tenants = Manager()

    class Meta:
        abstract = True


class Timestamped(Model):
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True
