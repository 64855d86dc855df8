"""``/api/v2/exports``: request a CSV export (202), follow it, download it for 7 days."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field
from sanic import Blueprint
from sanic.response import HTTPResponse, ResponseStream, file_stream

from api.body import parse_body
from api.fields import BODY_CONFIG
from api.listing import parse_list_query
from api.openapi import (
    ID,
    TIMESTAMP_SCHEMA,
    Reply,
    component,
    describe,
    list_parameters,
    nullable,
    paginated,
    path_id,
    single,
)
from api.policy import requires
from api.responses import many, one
from core.errors import Gone
from core.jsonutil import isoformat
from core.query import MAX_DB_ID
from core.request import AtriumRequest
from domain.exports import (
    EXPORT_FILTERS,
    access_export_by_id,
    do_request_export,
    download_path,
    list_exports,
)
from models.export import Export, ExportKind, ExportStatus

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


EXPORT = component(
    "Export",
    {
        "type": "object",
        "required": [
            "id",
            "type",
            "filters",
            "date_from",
            "date_to",
            "status",
            "row_count",
            "error",
            "created_at",
            "completed_at",
            "expires_at",
        ],
        "properties": {
            "id": ID,
            "type": {"type": "string", "enum": [kind.value for kind in ExportKind]},
            "filters": {
                "type": "object",
                "description": "The filters applied; empty when none were given",
                "properties": {
                    "event_types": {"type": "array", "items": {"type": "string"}},
                    "course_ids": {"type": "array", "items": ID},
                    "user_ids": {"type": "array", "items": ID},
                    "statuses": {"type": "array", "items": {"type": "string"}},
                },
            },
            "date_from": nullable(TIMESTAMP_SCHEMA),
            "date_to": nullable(TIMESTAMP_SCHEMA),
            "status": {"type": "string", "enum": [status.value for status in ExportStatus]},
            "row_count": nullable(
                {"type": "integer", "minimum": 0, "description": "Set once the export succeeded"}
            ),
            "error": nullable({"type": "string", "description": "Why the export failed"}),
            "created_at": TIMESTAMP_SCHEMA,
            "completed_at": nullable(TIMESTAMP_SCHEMA),
            "expires_at": nullable(
                {**TIMESTAMP_SCHEMA, "description": "When the file stops being downloadable"}
            ),
        },
    },
)
EXPORT_ID = path_id("export_id", "The export's id")
NO_EXPORT = {404: "the tenant has no export with this id"}


def _utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def export_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "type": str(row["kind"]),
        "filters": row["filters"],
        "date_from": isoformat(row["date_from"]),
        "date_to": isoformat(row["date_to"]),
        "status": str(row["status"]),
        "row_count": row["row_count"],
        "error": row["error"],
        "created_at": isoformat(row["created_at"]),
        "completed_at": isoformat(row["completed_at"]),
        "expires_at": isoformat(row["expires_at"]),
    }


def _row(export: Export) -> dict[str, Any]:
    return {
        "id": export.id,
        "kind": export.kind,
        "filters": export.filters,
        "date_from": export.date_from,
        "date_to": export.date_to,
        "status": export.status,
        "row_count": export.row_count,
        "error": export.error,
        "created_at": export.created_at,
        "completed_at": export.completed_at,
        "expires_at": export.expires_at,
    }


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
    return one(request, "export", export_json(_row(export)), status=202)


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
    return many(request, "export", [export_json(r) for r in rows], total, query.page)


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
    return one(request, "export", export_json(_row(export)))


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
