"""Tortoise models, one module per domain. `MODEL_MODULES` is what Tortoise and aerich load."""

from models.api_key import ApiKey
from models.tenant import Plan, Tenant, TenantStatus

MODEL_MODULES = ["models.tenant", "models.api_key", "aerich.models"]

__all__ = ["MODEL_MODULES", "ApiKey", "Plan", "Tenant", "TenantStatus"]
