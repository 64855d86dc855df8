"""Rollups of progress events that the analytics read instead of the raw events.

Kept up to date by `domain.progress.rollup` in the transaction that stores the events, and
rebuilt from the events by the same module (a tenant's time zone changed, a backfill).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned

TENANT_DAY_BUCKETS = 16

if TYPE_CHECKING:
    from models.tenant import Tenant
    from models.user import User


class LearnerDay(TenantOwned):
    """What a learner did on one day, the day being a date in the tenant's time zone."""

    id = fields.BigIntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    user_id: int
    day = fields.DateField()
    events = fields.IntField(default=0)
    completions = fields.IntField(default=0)
    xp = fields.IntField(default=0)
    seconds = fields.BigIntField(default=0)
    # Sum and count of the day's score percentages, for averages over any range of days.
    score_sum = fields.FloatField(default=0)
    score_count = fields.IntField(default=0)

    class Meta:
        table = "learner_days"
        unique_together = (("tenant_id", "user_id", "day"),)
        # Every column, so a tenant's period (stats, history, leaderboards) is an index-only
        # scan: read from the table, a period's rows would be one page each.
        indexes = (
            (
                "tenant_id",
                "day",
                "user_id",
                "xp",
                "events",
                "completions",
                "seconds",
                "score_sum",
                "score_count",
            ),
        )


class TenantDay(TenantOwned):
    """What a tenant's learners did on one day (in its time zone), in `TENANT_DAY_BUCKETS` rows
    by ``user_id`` modulo the count, so concurrent ingests seldom wait on the same row."""

    id = fields.BigIntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    day = fields.DateField()
    bucket = fields.SmallIntField()
    events = fields.IntField(default=0)
    completions = fields.IntField(default=0)
    xp = fields.IntField(default=0)
    seconds = fields.BigIntField(default=0)
    score_sum = fields.FloatField(default=0)
    score_count = fields.IntField(default=0)

    class Meta:
        table = "tenant_days"
        unique_together = (("tenant_id", "day", "bucket"),)


class LearnerLesson(TenantOwned):
    """A learner's events, time and scores in one lesson, all time."""

    id = fields.BigIntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    user_id: int
    lesson_id = fields.IntField()
    course_id = fields.IntField()
    events = fields.IntField(default=0)
    seconds = fields.BigIntField(default=0)
    score_sum = fields.FloatField(default=0)
    score_count = fields.IntField(default=0)

    class Meta:
        table = "learner_lessons"
        unique_together = (("tenant_id", "user_id", "lesson_id"),)
        # Covering, so a course's report is an index-only scan.
        indexes = (("tenant_id", "course_id", "lesson_id", "seconds", "score_sum", "score_count"),)


class LearnerTotal(TenantOwned):
    """A learner's all-time XP: the all-time leaderboard without summing every day."""

    id = fields.BigIntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    user_id: int
    xp = fields.IntField(default=0)

    class Meta:
        table = "learner_totals"
        unique_together = (("tenant_id", "user_id"),)
