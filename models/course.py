"""Courses, their units (lessons), categories, custom course fields and learning paths."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from tortoise import fields

from models.base import TenantOwned
from models.user import FieldType

if TYPE_CHECKING:
    from models.tenant import Tenant

# A course's slug: lowercase words of letters and digits joined by single hyphens.
SLUG_MAX = 80
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class Category(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=191)
    # A plain column: aerich cannot create a table holding a foreign key to itself. Its composite
    # key to the tenant's categories is written in the migration that adds it.
    parent_id = fields.IntField(null=True)
    price = fields.FloatField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "categories"
        unique_together = (("tenant_id", "name"), ("tenant_id", "id"))
        indexes = (("tenant_id", "parent_id"),)


class Course(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=191)
    code = fields.CharField(max_length=191, null=True)
    # URL name in the public catalog.
    slug = fields.CharField(max_length=191)
    description = fields.TextField(null=True)
    category: fields.ForeignKeyNullableRelation[Category] = fields.ForeignKeyField(
        "models.Category",
        related_name="courses",
        null=True,
        on_delete=fields.SET_NULL,
        db_constraint=False,
    )
    price = fields.FloatField(null=True)
    capacity = fields.IntField(null=True)
    level = fields.IntField(null=True)
    time_limit = fields.IntField(null=True)
    start_datetime = fields.DatetimeField(null=True)
    expiration_datetime = fields.DatetimeField(null=True)
    is_active = fields.BooleanField(default=True)
    # Listed in the public catalog (drafts are not).
    is_published = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "courses"
        unique_together = (("tenant_id", "code"), ("tenant_id", "slug"), ("tenant_id", "id"))
        indexes = (("tenant_id", "category_id"),)


class CourseField(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=191)
    type = fields.CharEnumField(FieldType, max_length=16, default=FieldType.TEXT)
    options: fields.Field[list[str]] = fields.JSONField(default=list)
    mandatory = fields.BooleanField(default=False)
    position = fields.IntField(default=0)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "course_fields"
        unique_together = (("tenant_id", "name"), ("tenant_id", "id"))


class CourseFieldValue(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name="field_values", on_delete=fields.CASCADE, db_constraint=False
    )
    field: fields.ForeignKeyRelation[CourseField] = fields.ForeignKeyField(
        "models.CourseField", related_name="values", on_delete=fields.CASCADE, db_constraint=False
    )
    value = fields.CharField(max_length=191)

    class Meta:
        table = "course_field_values"
        unique_together = (("tenant_id", "course_id", "field_id"),)


class UnitType(StrEnum):
    CONTENT = "content"
    VIDEO = "video"
    AUDIO = "audio"
    DOCUMENT = "document"
    WEB = "web"
    SCORM = "scorm"
    TEST = "test"
    SURVEY = "survey"
    ASSIGNMENT = "assignment"
    SECTION = "section"


class Unit(TenantOwned):
    """A unit of a course (TalentLMS's name; Atrium's learning content calls them lessons)."""

    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name="units", on_delete=fields.CASCADE, db_constraint=False
    )
    course_id: int
    position = fields.IntField()
    type = fields.CharEnumField(UnitType, max_length=16, default=UnitType.CONTENT)
    name = fields.CharField(max_length=191)
    content = fields.TextField(null=True)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "units"
        unique_together = (("tenant_id", "id"),)
        indexes = (("tenant_id", "course_id", "position"),)


class LearningPath(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=191)
    code = fields.CharField(max_length=191, null=True)
    description = fields.TextField(null=True)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "learning_paths"
        unique_together = (("tenant_id", "id"),)


class LearningPathCourse(TenantOwned):
    id = fields.IntField(primary_key=True)
    tenant: fields.ForeignKeyRelation[Tenant] = fields.ForeignKeyField(
        "models.Tenant", related_name=False, on_delete=fields.CASCADE
    )
    learning_path: fields.ForeignKeyRelation[LearningPath] = fields.ForeignKeyField(
        "models.LearningPath",
        related_name="path_courses",
        on_delete=fields.CASCADE,
        db_constraint=False,
    )
    course: fields.ForeignKeyRelation[Course] = fields.ForeignKeyField(
        "models.Course", related_name=False, on_delete=fields.CASCADE, db_constraint=False
    )
    position = fields.IntField(default=0)

    class Meta:
        table = "learning_path_courses"
        unique_together = (("tenant_id", "learning_path_id", "course_id"),)
