"""API v2: one blueprint per resource family, mounted under /api/v2."""

from __future__ import annotations

from sanic import Blueprint
from sanic.blueprint_group import BlueprintGroup

from api.v2 import api_keys, auth, exports, health, webhooks


def blueprint_group() -> BlueprintGroup:
    return Blueprint.group(
        health.bp,
        auth.bp,
        api_keys.bp,
        webhooks.bp,
        exports.bp,
        version=2,
        version_prefix="/api/v",
    )
