"""Who is enrolled in what, and how far they got: enrollments, unit progress, certificates."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned

if TYPE_CHECKING:
    from models.course import Course, LearningPath, Unit
    from models.tenant import Tenant
    from models.user import User


class EnrollmentRole(StrEnum):
    LEARNER = "learner"
    INSTRUCTOR = "instructor"


class ProgressStatus(StrEnum):
    NOT_ATTEMPTED = "not_attempted"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    PASSED = "passed"
    FAILED = "failed"


class Enrollment(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="enrollments", on_delete=fields.CASCADE, db_constraint=False
    )
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name="enrollments", on_delete=fields.CASCADE, db_constraint=False
    )
    role = fields.CharEnumField(EnrollmentRole, max_length=16, default=EnrollmentRole.LEARNER)
    status = fields.CharEnumField(
        ProgressStatus, max_length=16, default=ProgressStatus.NOT_ATTEMPTED
    )
    progress_percent = fields.FloatField(default=0)
    score = fields.FloatField(null=True)
    time_spent_seconds = fields.IntField(default=0)
    enrolled_at = fields.DatetimeField(auto_now_add=True)
    completed_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "enrollments"
        unique_together = (("tenant_id", "user_id", "course_id"),)
        indexes = (("tenant_id", "course_id"), ("tenant_id", "id"), ("tenant_id", "completed_at"))


class UnitProgress(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    unit: fields.ForeignKeyRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="progress", on_delete=fields.CASCADE, db_constraint=False
    )
    # Denormalised from the unit so a course's progress is one index range.
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    status = fields.CharEnumField(
        ProgressStatus, max_length=16, default=ProgressStatus.NOT_ATTEMPTED
    )
    score = fields.FloatField(null=True)
    # When the attempt that gave ``score`` happened: a later attempt replaces it, an earlier one
    # delivered late does not.
    scored_at = fields.DatetimeField(null=True)
    attempts = fields.IntField(default=0)
    time_spent_seconds = fields.IntField(default=0)
    started_at = fields.DatetimeField(null=True)
    completed_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "unit_progress"
        unique_together = (("tenant_id", "user_id", "unit_id"),)
        indexes = (("tenant_id", "user_id", "course_id"), ("tenant_id", "unit_id"))


class Certificate(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="certificates", on_delete=fields.CASCADE, db_constraint=False
    )
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    name = fields.CharField(max_length=191)
    issued_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(null=True)

    class Meta:
        table = "certificates"
        unique_together = (("tenant_id", "user_id", "course_id"),)


class LearningPathEnrollment(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    learning_path: fields.ForeignKeyRelation[LearningPath] = fields.ForeignKeyField(
        "models.LearningPath",
        related_name="enrollments",
        on_delete=fields.CASCADE,
        db_constraint=False,
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    enrolled_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "learning_path_enrollments"
        unique_together = (("tenant_id", "learning_path_id", "user_id"),)
