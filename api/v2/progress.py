"""``/api/v2/course-progress``, ``/api/v2/unit-progress`` and ``/api/v2/results``.

As in TalentLMS, ``user_id`` with ``course_id`` (or ``unit_id``) as plain query parameters names
one record and answers with that one object. Without them each route is a list of the tenant's
records, narrowed with ``filter[...]`` and paged like every list.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sanic import Blueprint, HTTPResponse
from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import Integer

from api.listing import parse_list_query, positive_int, query_args, single_arg
from api.openapi import (
    Reply,
    Schema,
    describe,
    list_parameters,
    paginated,
    shape_component,
    single,
)
from api.policy import OWN_READ, check_own_user, requires
from api.request import AtriumRequest
from api.responses import many, no_content, one
from core.errors import InvalidRequest
from core.query import MAX_DB_ID, Filter, FilterField, Page
from domain.progress.course_progress import (
    COURSE_PROGRESS_FILTERS,
    RESULT_FILTERS,
    UNIT_PROGRESS_FILTERS,
    do_reset_course_progress,
    get_course_progress,
    get_result,
    get_unit_progress,
    list_course_progress,
    list_results,
    list_unit_progress,
)
from shapes import progress as shapes
from tenants.records import TenantRecord

bp = Blueprint("progress")
TAG = "Progress"
COURSE_PROGRESS = shape_component(shapes.CourseProgress)
UNIT_PROGRESS = shape_component(shapes.UnitProgress)
RESULT = shape_component(shapes.Result)
_OWN_ONLY = (
    "A learner's token reads the learner's own records only: `user_id` defaults to theirs "
    "(another user's id: 404) and a list holds theirs alone."
)


def _id_parameter(name: str, what: str, *, required: bool = False) -> Parameter:
    return Parameter(
        name,
        Integer(minimum=1, maximum=MAX_DB_ID),
        "query",
        required=required,
        description=f"The {what}'s id",
    )


def _one_or_page(schema: Schema) -> Schema:
    return {"oneOf": [single(schema), paginated(schema)]}


def names_one(request: AtriumRequest, first: str, second: str) -> bool:
    """Whether the request names one record with ``first`` and ``second`` rather than asking
    for a list (either given is enough: `record_ids` then wants both)."""
    args = query_args(request)
    return first in args or second in args


def record_ids(
    request: AtriumRequest, first: str, second: str, *, first_default: int | None = None
) -> tuple[int, int]:
    """The two ids naming one record (``user_id`` and ``course_id``, …); ``first`` may be left
    out when it has a default. Raises InvalidRequest when one is missing, given twice or not an
    id, or when another parameter comes along."""
    args = query_args(request)
    for name in args:
        if name not in (first, second):
            raise InvalidRequest(
                f"{name} cannot be combined with {first} and {second}, which name one record",
                param=name,
            )
    values = []
    for name, other in ((first, second), (second, first)):
        raw = single_arg(request, name)
        if raw is None and name == first and first_default is not None:
            values.append(first_default)
        elif raw is None:
            raise InvalidRequest(f"{name} is required with {other}", param=name)
        else:
            values.append(positive_int(name, raw, MAX_DB_ID))
    return values[0], values[1]


@dataclass(frozen=True, slots=True)
class _Read:
    """A read that answers one record when the request names it by ``user_id`` and
    ``other_id``, and a filtered page otherwise."""

    resource: str
    other_id: str
    to_json: Callable[[dict[str, Any]], dict[str, Any]]
    get_one: Callable[[TenantRecord, int, int], Awaitable[dict[str, Any]]]
    list_page: Callable[
        [TenantRecord, tuple[Filter, ...], Page], Awaitable[tuple[list[dict[str, Any]], int]]
    ]
    filters: Mapping[str, FilterField]


_COURSE_PROGRESS = _Read(
    "course_progress",
    "course_id",
    shapes.CourseProgress.from_row,
    get_course_progress,
    list_course_progress,
    COURSE_PROGRESS_FILTERS,
)
_UNIT_PROGRESS = _Read(
    "unit_progress",
    "unit_id",
    shapes.UnitProgress.from_row,
    get_unit_progress,
    list_unit_progress,
    UNIT_PROGRESS_FILTERS,
)
_RESULTS = _Read(
    "result", "unit_id", shapes.Result.from_row, get_result, list_results, RESULT_FILTERS
)


async def _one_or_list(request: AtriumRequest, read: _Read) -> HTTPResponse:
    """A learner's token reads their own records only: ``user_id`` defaults to theirs, and a
    list holds theirs alone."""
    tenant = request.ctx.require_tenant()
    own = request.ctx.own_user_id
    if names_one(request, "user_id", read.other_id):
        user_id, other_id = record_ids(request, "user_id", read.other_id, first_default=own)
        row = await read.get_one(tenant, check_own_user(request, user_id), other_id)
        return one(request, read.resource, read.to_json(row))
    query = parse_list_query(request, read.filters)
    filters = query.filters if own is None else (*query.filters, Filter("user_id", "eq", own))
    rows, total = await read.list_page(tenant, filters, query.page)
    return many(request, read.resource, [read.to_json(r) for r in rows], total, query.page)


@bp.get("/course-progress", ctx_policy=requires("progress:read", own=OWN_READ))
@describe(
    "getCourseProgress",
    "Get course progress",
    tag=TAG,
    description=(
        "With `user_id` and `course_id`: that user's progress in that course, as one object "
        "(404 when the user is not enrolled). Without them: the tenant's course progress, one "
        "item per enrollment, oldest enrollment first, filtered with `filter[...]` and paged. "
        f"{_OWN_ONLY}"
    ),
    parameters=[
        _id_parameter("user_id", "user"),
        _id_parameter("course_id", "course"),
        *list_parameters(COURSE_PROGRESS_FILTERS),
    ],
    responses={
        200: Reply(
            "One user's progress in one course, or a page of course progress",
            _one_or_page(COURSE_PROGRESS),
        )
    },
    errors={404: "the user is not enrolled in the course, or either is not the tenant's"},
)
async def course_progress(request: AtriumRequest) -> HTTPResponse:
    return await _one_or_list(request, _COURSE_PROGRESS)


@bp.delete("/course-progress", ctx_policy=requires("progress:write"))
@describe(
    "resetCourseProgress",
    "Reset a user's course progress",
    tag=TAG,
    description=(
        "The enrollment goes back to not attempted (no percent, score, time or completion "
        "date) and the user's unit progress in the course is deleted; the user stays enrolled "
        "and keeps any certificate. Records `course_progress.reset`."
    ),
    parameters=[
        _id_parameter("user_id", "user", required=True),
        _id_parameter("course_id", "course", required=True),
    ],
    responses={204: Reply("The progress is reset")},
    errors={404: "the user is not enrolled in the course, or either is not the tenant's"},
)
async def reset_course_progress(request: AtriumRequest) -> HTTPResponse:
    pair = record_ids(request, "user_id", "course_id")
    await do_reset_course_progress(request.ctx.require_tenant(), *pair)
    return no_content()


@bp.get("/unit-progress", ctx_policy=requires("progress:read", own=OWN_READ))
@describe(
    "getUnitProgress",
    "Get unit progress",
    tag=TAG,
    description=(
        "With `user_id` and `unit_id`: that user's progress in that unit, as one object (404 "
        "when the user has none). Without them: the tenant's unit progress, by user then unit, "
        f"filtered with `filter[...]` and paged. {_OWN_ONLY}"
    ),
    parameters=[
        _id_parameter("user_id", "user"),
        _id_parameter("unit_id", "unit"),
        *list_parameters(UNIT_PROGRESS_FILTERS),
    ],
    responses={
        200: Reply(
            "One user's progress in one unit, or a page of unit progress",
            _one_or_page(UNIT_PROGRESS),
        )
    },
    errors={404: "the user has no progress in the unit, or either is not the tenant's"},
)
async def unit_progress(request: AtriumRequest) -> HTTPResponse:
    return await _one_or_list(request, _UNIT_PROGRESS)


@bp.get("/results", ctx_policy=requires("progress:read", own=OWN_READ))
@describe(
    "getResults",
    "Get test and survey results",
    tag=TAG,
    description=(
        "A result is a user's status, score and attempts in a test or survey unit they have "
        "attempted; answers to single questions are not kept. With `user_id` and `unit_id`: "
        "that result, as one object. Without them: the tenant's results, by user then unit, "
        f"filtered with `filter[...]` and paged. {_OWN_ONLY}"
    ),
    parameters=[
        _id_parameter("user_id", "user"),
        _id_parameter("unit_id", "unit"),
        *list_parameters(RESULT_FILTERS),
    ],
    responses={200: Reply("One result, or a page of results", _one_or_page(RESULT))},
    errors={
        404: "the unit is not a test or survey, the user has not attempted it, or either is not "
        "the tenant's"
    },
)
async def results(request: AtriumRequest) -> HTTPResponse:
    return await _one_or_list(request, _RESULTS)
