"""API v2: one blueprint per resource family, mounted under /api/v2."""

from __future__ import annotations

from sanic import Blueprint
from sanic.blueprint_group import BlueprintGroup

from api.v2 import (
    api_keys,
    auth,
    batch,
    branches,
    categories,
    course_fields,
    courses,
    docs,
    enrollments,
    exports,
    groups,
    health,
    learning_paths,
    units,
    user_fields,
    user_sessions,
    users,
    webhooks,
)


def blueprint_group() -> BlueprintGroup:
    return Blueprint.group(
        health.bp,
        docs.bp,
        auth.bp,
        api_keys.bp,
        enrollments.bp,
        groups.bp,
        branches.bp,
        users.bp,
        user_sessions.bp,
        user_fields.bp,
        courses.bp,
        course_fields.bp,
        units.bp,
        categories.bp,
        learning_paths.bp,
        webhooks.bp,
        exports.bp,
        batch.bp,
        version=2,
        version_prefix="/api/v",
    )
