"""Base classes shared by the models."""

from __future__ import annotations

from tortoise import fields
from tortoise.manager import Manager
from tortoise.models import Model

from core.scoping import TenantScopedManager


class TenantOwned(Model):
    """A row that belongs to one tenant.

    ``Model.filter(...)``, ``.get(...)``, ``.all()`` only ever see the current tenant's rows;
    ``Model.all_tenants`` is the explicit escape hatch for platform code.
    """

    tenant_id: int
    all_tenants = Manager()

    class Meta:
        abstract = True
        manager = TenantScopedManager()


class Timestamped(Model):
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        abstract = True
