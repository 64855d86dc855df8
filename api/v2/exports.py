"""``/api/v2/exports``: request a CSV export (202), follow it, download it for 7 days."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field
from sanic import Blueprint
from sanic.response import HTTPResponse, ResponseStream, file_stream

from api.body import parse_body
from api.fields import BODY_CONFIG
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
from api.responses import many, one
from core.errors import Gone
from core.query import MAX_DB_ID
from domain.exports import (
    EXPORT_FILTERS,
    access_export_by_id,
    do_request_export,
    download_path,
    list_exports,
)
from models.export import ExportKind
from shapes import exports as shapes

bp = Blueprint("exports")
TAG = "Exports"
CSV = "text/csv"


ExportId = Annotated[int, Field(ge=1, le=MAX_DB_ID)]
Status = Literal["not_attempted", "in_progress", "completed", "passed", "failed"]
MAX_IDS = 100


class ExportFilters(BaseModel):
    """Each filter is for some types only: event_types for activity; course_ids, user_ids and
    statuses for learner_progress."""

    model_config = BODY_CONFIG

    event_types: list[str] | None = Field(default=None, max_length=64)
    course_ids: list[ExportId] | None = Field(default=None, min_length=1, max_length=MAX_IDS)
    user_ids: list[ExportId] | None = Field(default=None, min_length=1, max_length=MAX_IDS)
    statuses: list[Status] | None = Field(default=None, min_length=1, max_length=5)


class RequestExport(BaseModel):
    model_config = BODY_CONFIG

    type: ExportKind = Field(strict=False)
    date_from: datetime | None = Field(default=None, strict=False)
    date_to: datetime | None = Field(default=None, strict=False)
    filters: ExportFilters = Field(default_factory=ExportFilters)


EXPORT = shape_component(shapes.Export)
EXPORT_ID = path_id("export_id", "The export's id")
NO_EXPORT = {404: "the tenant has no export with this id"}


def _utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


@bp.post("/exports", ctx_policy=requires("exports:write"))
@describe(
    "requestExport",
    "Request an export",
    tag=TAG,
    description=(
        "Queues a CSV export; follow it with retrieve until its status is succeeded, then "
        "download it. Dates without a time zone are taken as UTC. activity and completions "
        "export events (dates bound when they happened); learner_progress exports one row "
        "per enrollment with its user, course, status, percent, score, time spent and dates "
        "(dates bound when the user was enrolled)."
    ),
    body=RequestExport,
    responses={202: Reply("The queued export", single(EXPORT))},
    errors={
        422: (
            "date_from is after date_to, a filter is not one the export type takes, or it "
            "names unknown event types or statuses"
        )
    },
)
async def request_export(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, RequestExport)
    export = await do_request_export(
        request.ctx.require_tenant(),
        body.type,
        date_from=_utc(body.date_from),
        date_to=_utc(body.date_to),
        filters=body.filters.model_dump(exclude_none=True),
    )
    return one(request, "export", shapes.Export.from_object(export), status=202)


@bp.get("/exports", ctx_policy=requires("exports:read"))
@describe(
    "listExports",
    "List exports",
    tag=TAG,
    parameters=list_parameters(EXPORT_FILTERS),
    responses={200: Reply("A page of the tenant's exports", paginated(EXPORT))},
)
async def list_all(request: AtriumRequest) -> HTTPResponse:
    query = parse_list_query(request, EXPORT_FILTERS)
    rows, total = await list_exports(request.ctx.require_tenant(), query.filters, query.page)
    return many(request, "export", [shapes.Export.from_row(r) for r in rows], total, query.page)


@bp.get("/exports/<export_id:int>", ctx_policy=requires("exports:read"))
@describe(
    "getExport",
    "Retrieve an export",
    tag=TAG,
    parameters=[EXPORT_ID],
    responses={200: Reply("The export", single(EXPORT))},
    errors=NO_EXPORT,
)
async def get_export(request: AtriumRequest, export_id: int) -> HTTPResponse:
    export = await access_export_by_id(request.ctx.require_tenant(), export_id)
    return one(request, "export", shapes.Export.from_object(export))


@bp.get("/exports/<export_id:int>/download", ctx_policy=requires("exports:read"))
@describe(
    "downloadExport",
    "Download an export",
    tag=TAG,
    description=(
        "The CSV file of a succeeded export (UTF-8, with a header row), as an attachment; "
        "available until the export's expires_at."
    ),
    parameters=[EXPORT_ID],
    responses={200: Reply("The CSV file", {"type": "string"}, media_type=CSV)},
    errors={
        404: "the tenant has no export with this id",
        409: "the export is not finished yet, or it failed",
        410: "the export has expired",
    },
)
async def download(request: AtriumRequest, export_id: int) -> ResponseStream:
    export = await access_export_by_id(request.ctx.require_tenant(), export_id)
    path = download_path(request.app.ctx.settings.exports_dir, export)
    if not path.is_file():  # deleted at expiry a moment ago
        raise Gone(f"Export {export.id} has expired")
    return await file_stream(
        path,
        mime_type="text/csv; charset=utf-8",
        filename=f"{export.kind.value}-{export.id}.csv",
    )
