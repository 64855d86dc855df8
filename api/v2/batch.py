"""``/api/v2/batch/users|courses|enrollments`` (upserts of up to 100 items, run as a task) and
``/api/v2/tasks/{id}``. ``/batch/users`` also takes a CSV file for HR syncs
(`api.v2.users.csv_upload`)."""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel, Field, ValidationError
from sanic import Blueprint, HTTPResponse
from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import Boolean

from api.body import item_error_of, parse_body
from api.fields import BODY_CONFIG, Id, LongText, Name, ShortText
from api.openapi import (
    Reply,
    describe,
    path_id,
    shape_component,
    single,
)
from api.partial import PartialBody
from api.policy import requires
from api.request import AtriumRequest
from api.responses import one
from api.v2.users.bodies import BatchUser
from api.v2.users.csv_upload import CSV_MEDIA_TYPE, receive_user_csv
from core.errors import Forbidden, InvalidRequest
from domain.api_keys import scope_allows
from domain.batch import MAX_ITEMS, access_task_by_id, do_queue_batch, item_error, seal_passwords
from domain.user_sync import SYNC_KIND, sync_file_path
from middleware.idempotency import claim_streamed_request
from shapes.batch import Task

bp = Blueprint("batch")
TAG = "Batch"


class BatchCourse(PartialBody):
    """A course to create or update: matched by id, else by code."""

    NULLABLE = frozenset({"code", "description"})

    id: Id | None = None
    name: Name | None = None
    code: ShortText | None = None
    description: LongText | None = None
    is_active: bool | None = None


class BatchEnrollment(BaseModel):
    model_config = BODY_CONFIG

    user_id: Id
    course_id: Id


class BatchUsers(BaseModel):
    model_config = BODY_CONFIG

    users: list[dict[str, Any]] = Field(
        min_length=1,
        max_length=MAX_ITEMS,
        description=(
            "Users: any field of a user, custom fields as custom_field_N, and id to name the "
            "user to update"
        ),
    )


class BatchCourses(BaseModel):
    model_config = BODY_CONFIG

    courses: list[dict[str, Any]] = Field(
        min_length=1,
        max_length=MAX_ITEMS,
        description="Courses: name, code, description, is_active, and id to name one to update",
    )


class BatchEnrollments(BaseModel):
    model_config = BODY_CONFIG

    enrollments: list[dict[str, Any]] = Field(
        min_length=1, max_length=MAX_ITEMS, description="Pairs of user_id and course_id"
    )


TASK = shape_component(Task)

_QUEUED = {202: Reply("The queued task; follow it at /tasks/{id}", single(TASK))}
_FLAG = Boolean()
SYNC_PARAMETERS = [
    Parameter("dry_run", _FLAG, "query", description="Report what would change; write nothing"),
    Parameter(
        "deactivate_missing",
        _FLAG,
        "query",
        description="CSV only: deactivate the active users the file does not list",
    ),
]


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    return False


def check_items(
    raw: list[dict[str, Any]], model: type[BaseModel]
) -> tuple[list[tuple[int, dict[str, Any]]], list[dict[str, Any]]]:
    """The items that are well-formed, as JSON values, and the errors of the others."""
    valid: list[tuple[int, dict[str, Any]]] = []
    errors: list[dict[str, Any]] = []
    for index, item in enumerate(raw):
        try:
            body = model.model_validate(item)
            given = body.changes() if isinstance(body, PartialBody) else body.model_fields_set
        except ValidationError as exc:
            errors.append(item_error(index, *item_error_of(exc)))
            continue
        except InvalidRequest as exc:
            errors.append(item_error(index, exc.param, exc.message))
            continue
        item_json = body.model_dump(mode="json", include=set(given))
        item_json.pop("current_password", None)
        if _has_nul(item_json):  # custom field names are free text
            errors.append(item_error(index, None, "The item must not contain NUL characters"))
            continue
        valid.append((index, item_json))
    return valid, errors


def _flag(request: AtriumRequest, name: str) -> bool:
    values = request.args.getlist(name)
    if not values:
        return False
    if len(values) > 1 or values[0] not in ("true", "false"):
        raise InvalidRequest(f"{name} must be true or false", param=name)
    return bool(values[0] == "true")


def _check_query(request: AtriumRequest, known: set[str]) -> None:
    unknown = sorted(set(request.args) - known)
    if unknown:
        raise InvalidRequest(f"Unknown query parameter {unknown[0]!r}", param=unknown[0])


async def _queue(
    request: AtriumRequest, kind: str, raw: list[dict[str, Any]], model: type[BaseModel]
) -> HTTPResponse:
    valid, errors = check_items(raw, model)
    dry_run = _flag(request, "dry_run")
    sealed = seal_passwords(valid, request.app.ctx.settings.secret_key)
    task = await do_queue_batch(request.ctx.require_tenant(), kind, sealed, errors, dry_run=dry_run)
    return one(request, "task", Task.from_object(task), status=202)


@bp.post("/batch/users", ctx_policy=requires("users:write"), stream=True)
@describe(
    "batchUsers",
    "Upsert users",
    tag=TAG,
    description=(
        "Creates or updates up to 100 users (JSON), or syncs up to 100,000 from a CSV file "
        "(Content-Type: text/csv, a header row of the same field names). A user is matched by "
        "id, else integration_user_id, else email; unmatched items create users (login, email, "
        "name and surname required). Answers with a task to follow at /tasks/{id}; each "
        "item's result and error are there."
    ),
    parameters=SYNC_PARAMETERS,
    body=BatchUsers,
    other_bodies={
        CSV_MEDIA_TYPE: {
            "type": "string",
            "description": (
                "UTF-8 CSV with a header row of user fields (id, login, email, name, surname, "
                "password, integration_user_id, …, custom_field_N) and one row per user; an "
                "empty cell leaves the field as it is"
            ),
        }
    },
    responses=_QUEUED,
    errors={
        413: "over 1 MiB of JSON, or a CSV file over its size limit",
        422: "more than 100 items; a CSV with a bad header, a bad row, a duplicate user, too "
        "many rows, or not UTF-8",
    },
)
async def batch_users(request: AtriumRequest) -> HTTPResponse:
    _check_query(request, {"dry_run", "deactivate_missing"})
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == CSV_MEDIA_TYPE:
        tenant = request.ctx.require_tenant()
        dry_run = _flag(request, "dry_run")
        deactivate = _flag(request, "deactivate_missing")
        stored, rows, digest = await receive_user_csv(request, tenant)
        replay = await claim_streamed_request(request, digest)
        if replay is not None:
            sync_file_path(request.app.ctx.settings.exports_dir, stored).unlink(missing_ok=True)
            return replay
        task = await do_queue_batch(
            tenant,
            "users",
            [],
            [],
            dry_run=dry_run,
            job_kind=SYNC_KIND,
            extra={"file": stored, "deactivate_missing": deactivate},
            total=rows,
        )
        return one(request, "task", Task.from_object(task), status=202)
    if _flag(request, "deactivate_missing"):
        raise InvalidRequest(
            "deactivate_missing needs a CSV body (the full list of users)",
            param="deactivate_missing",
        )
    request.stream.request_max_size = request.app.config.REQUEST_MAX_SIZE  # type: ignore[union-attr]
    await request.receive_body()  # type: ignore[no-untyped-call]
    replay = await claim_streamed_request(request, hashlib.sha256(request.body).digest())
    if replay is not None:
        return replay
    body = parse_body(request, BatchUsers)
    return await _queue(request, "users", body.users, BatchUser)


@bp.post("/batch/courses", ctx_policy=requires("courses:write"))
@describe(
    "batchCourses",
    "Upsert courses",
    tag=TAG,
    description=(
        "Creates or updates up to 100 courses, matched by id, else by code; unmatched items "
        "create courses (name required)."
    ),
    parameters=SYNC_PARAMETERS[:1],
    body=BatchCourses,
    responses=_QUEUED,
    errors={422: "more than 100 items"},
)
async def batch_courses(request: AtriumRequest) -> HTTPResponse:
    _check_query(request, {"dry_run"})
    body = parse_body(request, BatchCourses)
    return await _queue(request, "courses", body.courses, BatchCourse)


@bp.post("/batch/enrollments", ctx_policy=requires("enrollments:write"))
@describe(
    "batchEnrollments",
    "Enroll users in courses",
    tag=TAG,
    description=(
        "Enrolls up to 100 user_id / course_id pairs; pairs already enrolled are unchanged."
    ),
    parameters=SYNC_PARAMETERS[:1],
    body=BatchEnrollments,
    responses=_QUEUED,
    errors={422: "more than 100 items"},
)
async def batch_enrollments(request: AtriumRequest) -> HTTPResponse:
    _check_query(request, {"dry_run"})
    body = parse_body(request, BatchEnrollments)
    return await _queue(request, "enrollments", body.enrollments, BatchEnrollment)


@bp.get("/tasks/<task_id:int>", ctx_policy=requires(None))
@describe(
    "getTask",
    "Get a task's status and progress",
    tag=TAG,
    description=(
        "Status, progress, counts and per-item errors of a batch task. Needs the read scope of "
        "the task's resource (users:read for a users task, …)."
    ),
    parameters=[path_id("task_id", "The task's id")],
    responses={200: Reply("The task", single(TASK))},
    errors={
        403: "the key lacks the read scope of the task's resource",
        404: "the tenant has no task with this id",
    },
)
async def get_task(request: AtriumRequest, task_id: int) -> HTTPResponse:
    task = await access_task_by_id(request.ctx.require_tenant(), task_id)
    needed = f"{task.kind}:read"
    if not scope_allows(request.ctx.grants, needed):
        raise Forbidden(f"This key lacks the scope {needed}", param="X-API-Key")
    return one(request, "task", Task.from_object(task))
