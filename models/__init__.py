"""Tortoise models, one module per domain. `MODEL_MODULES` is what Tortoise and aerich load."""

from models.api_key import ApiKey
from models.event import Event
from models.export import Export, ExportKind, ExportStatus
from models.job import Job, JobStatus
from models.tenant import Plan, Tenant, TenantStatus
from models.webhook import DeliveryStatus, WebhookDelivery, WebhookEndpoint

MODEL_MODULES = [
    "models.tenant",
    "models.api_key",
    "models.event",
    "models.export",
    "models.job",
    "models.webhook",
    "aerich.models",
]

__all__ = [
    "MODEL_MODULES",
    "ApiKey",
    "DeliveryStatus",
    "Event",
    "Export",
    "ExportKind",
    "ExportStatus",
    "Job",
    "JobStatus",
    "Plan",
    "Tenant",
    "TenantStatus",
    "WebhookDelivery",
    "WebhookEndpoint",
]
