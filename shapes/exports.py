"""Exports (CSV files made in the background) on the wire."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field, WithJsonSchema
from typing_extensions import TypedDict

from models.export import ExportKind, ExportStatus
from shapes import TIMESTAMP_SCHEMA, From, Id, Shape, Timestamp, enum_schema


class AppliedExportFilters(TypedDict, total=False):
    event_types: list[str]
    course_ids: list[Id]
    user_ids: list[Id]
    statuses: list[str]


class Export(Shape):
    id: Id
    type: Annotated[str, enum_schema(ExportKind), From("kind", str)]
    filters: Annotated[
        AppliedExportFilters,
        Field(description="The filters applied; empty when none were given"),
    ]
    date_from: Timestamp | None
    date_to: Timestamp | None
    status: Annotated[str, enum_schema(ExportStatus), From(convert=str)]
    row_count: Annotated[int | None, Field(ge=0, description="Set once the export succeeded")]
    error: Annotated[str | None, Field(description="Why the export failed")]
    created_at: Timestamp
    completed_at: Timestamp | None
    expires_at: (
        Annotated[
            datetime,
            WithJsonSchema(
                {**TIMESTAMP_SCHEMA, "description": "When the file stops being downloadable"}
            ),
        ]
        | None
    )
