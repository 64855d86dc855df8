"""Tortoise models, one module per domain. `MODEL_MODULES` is what Tortoise and aerich load."""

MODEL_MODULES = [
    "models.tenant",
    "models.api_key",
    "models.user",
    "models.access_token",
    "models.course",
    "models.organization",
    "models.learning",
    "models.content",
    "models.progress",
    "models.analytics",
    "models.event",
    "models.operations",
    "models.job",
    "models.webhook",
    "models.export",
    "models.sso",
    "aerich.models",
]
