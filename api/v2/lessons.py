"""``/api/v2/lessons``: the learning-content view of courses' units, across the tenant's courses
(list, add, retrieve with its trainings, update, delete). Lessons are units: the same rows and
positions as ``/courses/{course_id}/units``, in a shape of their own."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse

from api.body import parse_body
from api.fields import BODY_CONFIG, Id, Name
from api.listing import parse_list_query
from api.openapi import (
    Reply,
    describe,
    list_parameters,
    paginated,
    path_id,
    shape_component,
    single,
)
from api.policy import requires
from api.request import AtriumRequest
from api.responses import many, no_content, one
from api.v2.units import Content, Position, UnitTypeName, UpdateUnit
from domain.courses import access_course_by_id
from domain.lessons import LESSON_FILTERS, access_lesson_by_id, list_lessons
from domain.trainings import lesson_trainings
from domain.units import NewUnit, do_create_unit, do_delete_unit, do_update_unit
from models.course import Unit, UnitType
from shapes import lessons as shapes
from tenants.records import TenantRecord

bp = Blueprint("lessons")
TAG = "Lessons"


class CreateLesson(BaseModel):
    model_config = BODY_CONFIG

    course_id: Id = Field(description="One of the tenant's courses")
    name: Name
    type: UnitTypeName = "content"
    content: Content | None = None
    is_active: bool = True
    position: Position | None = Field(
        None, description="1-based place in the course; null, left out or past the end: last"
    )


LESSON_LIST_ITEM = shape_component(shapes.LessonListItem)
LESSON = shape_component(shapes.Lesson)
LESSON_ID = path_id("lesson_id", "The lesson's id")
NOT_FOUND = {404: "the tenant has no lesson with this id"}


async def lesson_detail(tenant: TenantRecord, lesson: Unit) -> dict[str, Any]:
    trainings = await lesson_trainings(tenant, lesson.id)
    return shapes.Lesson.from_object(
        lesson, trainings=[shapes.LessonTraining.from_row(t) for t in trainings]
    )


@bp.get("/lessons", ctx_policy=requires("courses:read"))
@describe(
    "listLessons",
    "List lessons",
    tag=TAG,
    description="By course, each course's in course order, without their content; "
    "filter[course_id][eq] gives one course's.",
    parameters=list_parameters(LESSON_FILTERS),
    responses={200: Reply("A page of the tenant's lessons", paginated(LESSON_LIST_ITEM))},
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, LESSON_FILTERS)
    rows, total = await list_lessons(request.ctx.require_tenant(), query.filters, query.page)
    return many(
        request, "lesson", [shapes.LessonListItem.from_row(r) for r in rows], total, query.page
    )


@bp.post("/lessons", ctx_policy=requires("courses:write"))
@describe(
    "createLesson",
    "Add a lesson to a course",
    tag=TAG,
    description="At the position given (the lessons from there on move down one place), or last.",
    body=CreateLesson,
    responses={200: Reply("The new lesson", single(LESSON))},
    errors={404: "course_id is not one of the tenant's courses"},
)
async def create(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, CreateLesson)
    course = await access_course_by_id(tenant, body.course_id)
    lesson = await do_create_unit(
        tenant,
        course.id,
        NewUnit(
            name=body.name,
            type=UnitType(body.type),
            content=body.content,
            is_active=body.is_active,
            position=body.position,
        ),
    )
    return one(request, "lesson", await lesson_detail(tenant, lesson))


@bp.get("/lessons/<lesson_id:int>", ctx_policy=requires("courses:read"))
@describe(
    "getLesson",
    "Retrieve a lesson",
    tag=TAG,
    description="With its content and its trainings in order.",
    parameters=[LESSON_ID],
    responses={200: Reply("The lesson", single(LESSON))},
    errors=NOT_FOUND,
)
async def get(request: AtriumRequest, lesson_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    lesson = await access_lesson_by_id(tenant, lesson_id)
    return one(request, "lesson", await lesson_detail(tenant, lesson))


@bp.patch("/lessons/<lesson_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "updateLesson",
    "Update a lesson",
    tag=TAG,
    description="Only the fields given change. A position moves the lesson there (past the "
    "end: last), shifting the lessons in between.",
    parameters=[LESSON_ID],
    body=UpdateUnit,
    responses={200: Reply("The lesson as it is now", single(LESSON))},
    errors=NOT_FOUND,
)
async def update(request: AtriumRequest, lesson_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    body = parse_body(request, UpdateUnit)
    changes = body.changes()
    position = changes.pop("position", None)
    if "type" in changes:
        changes["type"] = UnitType(changes["type"])
    lesson = await access_lesson_by_id(tenant, lesson_id)
    updated = await do_update_unit(tenant, lesson, changes, position)
    return one(request, "lesson", await lesson_detail(tenant, updated))


@bp.delete("/lessons/<lesson_id:int>", ctx_policy=requires("courses:write"))
@describe(
    "deleteLesson",
    "Delete a lesson",
    tag=TAG,
    description="With its trainings and their items, and its learners' progress in it; the "
    "lessons after it move up one place.",
    parameters=[LESSON_ID],
    responses={204: Reply("The lesson is deleted")},
    errors=NOT_FOUND,
)
async def delete(request: AtriumRequest, lesson_id: int) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    await do_delete_unit(tenant, await access_lesson_by_id(tenant, lesson_id))
    return no_content()
