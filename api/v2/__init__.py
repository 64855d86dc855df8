"""API v2: one blueprint per resource family, mounted under /api/v2."""

from __future__ import annotations

from sanic import Blueprint
from sanic.blueprint_group import BlueprintGroup

from api.v2 import (
    account_recovery,
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
    learner_reports,
    learning_paths,
    lessons,
    progress,
    progress_events,
    progress_reports,
    public_catalog,
    reports,
    sso,
    tokens,
    training_items,
    trainings,
    units,
    webhooks,
)
from api.v2.users import fields as user_fields
from api.v2.users import resource as users
from api.v2.users import sessions as user_sessions


def blueprint_group() -> BlueprintGroup:
    return Blueprint.group(
        health.bp,
        docs.bp,
        auth.bp,
        tokens.bp,
        api_keys.bp,
        enrollments.bp,
        groups.bp,
        branches.bp,
        users.bp,
        user_sessions.bp,
        account_recovery.bp,
        user_fields.bp,
        courses.bp,
        course_fields.bp,
        units.bp,
        lessons.bp,
        trainings.bp,
        training_items.bp,
        progress_events.bp,
        public_catalog.bp,
        categories.bp,
        learning_paths.bp,
        progress.bp,
        reports.bp,
        webhooks.bp,
        exports.bp,
        progress_reports.bp,
        learner_reports.bp,
        batch.bp,
        sso.bp,
        version=2,
        version_prefix="/api/v",
    )
