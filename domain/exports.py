"""CSV exports of a tenant's data, written by a worker and downloadable for `EXPORT_TTL`.

A request creates the `Export` row and its `GENERATE_KIND` job in one transaction. The job
writes the file (`domain.export_files`) into ``<EXPORTS_DIR>/<tenant id>/<export id>.csv.partial``,
renames it to ``<export id>.csv`` and marks the export done in the transaction that completes
the job and records ``export.completed``. A worker that dies half-way leaves only the partial
file, which the next attempt overwrites: there is never more than one file per export. An
`EXPIRE_KIND` job due at the expiry time deletes the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, Gone, NotFound, ValidationFailed
from core.jsonutil import isoformat
from core.query import Filter, FilterField, Page, apply_filters, choice, fetch_page, is_db_id
from domain.events import EVENT_TYPES, EventType, record_event
from domain.jobs import enqueue_job
from models.export import Export, ExportKind, ExportStatus
from models.learning import ProgressStatus
from shapes import exports as shapes
from tenants.records import TenantRecord

GENERATE_KIND = "exports.generate"
EXPIRE_KIND = "exports.expire"
GENERATE_ATTEMPTS = 3
EXPIRE_ATTEMPTS = 5
EXPORT_TTL = timedelta(days=7)
# The filters each kind takes, by their name in ``Export.filters``.
KIND_FILTERS: dict[ExportKind, tuple[str, ...]] = {
    ExportKind.ACTIVITY: ("event_types",),
    ExportKind.COMPLETIONS: (),
    ExportKind.LEARNER_PROGRESS: ("course_ids", "user_ids", "statuses"),
}
_ALLOWED_VALUES: dict[str, frozenset[Any]] = {
    "event_types": EVENT_TYPES,
    "statuses": frozenset(ProgressStatus),
}


def _check_filter(name: str, values: Sequence[Any]) -> list[Any]:
    param = f"filters.{name}"
    if not values:
        raise ValidationFailed(f"{param} is empty; leave it out to export everything", param=param)
    allowed = _ALLOWED_VALUES.get(name)
    if allowed is None:
        if not all(is_db_id(v) for v in values):
            raise ValidationFailed(f"{param} holds an id that cannot exist", param=param)
    elif unknown := sorted({str(v) for v in values} - allowed):
        raise ValidationFailed(
            f"Unknown {name.replace('_', ' ')}: {', '.join(v[:64] for v in unknown[:5])}",
            param=param,
        )
    return sorted(set(values))


def check_export_request(
    kind: ExportKind,
    date_from: datetime | None,
    date_to: datetime | None,
    filters: Mapping[str, Sequence[Any]],
) -> dict[str, list[Any]]:
    """The filters to store (each deduplicated and sorted), after checking the request; raises
    ValidationFailed for an empty range, a filter the kind does not take (`KIND_FILTERS`), an
    empty filter, or unknown values (event types, statuses, impossible ids)."""
    if date_from and date_to and date_from > date_to:
        raise ValidationFailed("date_from is after date_to", param="date_from")
    checked: dict[str, list[Any]] = {}
    for name, values in sorted(filters.items()):
        if name not in KIND_FILTERS[kind]:
            takes = ", ".join(KIND_FILTERS[kind]) or "no filters"
            raise ValidationFailed(
                f"{kind} exports do not filter on {name}; they take {takes}",
                param="filters",
            )
        checked[name] = _check_filter(name, values)
    return checked


async def do_request_export(
    tenant: TenantRecord,
    kind: ExportKind,
    *,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    filters: Mapping[str, Sequence[Any]] | None = None,
) -> Export:
    """Queue an export of ``tenant``'s data of ``kind`` within the dates (inclusive), narrowed
    by ``filters`` (see `KIND_FILTERS`); raises ValidationFailed (see
    `check_export_request`)."""
    checked = check_export_request(kind, date_from, date_to, filters or {})
    async with in_transaction() as conn:
        export = await Export.create(
            using_db=conn,
            tenant_id=tenant.id,
            kind=kind,
            filters=checked,
            date_from=date_from,
            date_to=date_to,
        )
        await enqueue_job(
            tenant.id,
            GENERATE_KIND,
            {"export_id": export.id},
            max_attempts=GENERATE_ATTEMPTS,
            connection=conn,
        )
    return export


def exports_in_tenant(tenant_id: int) -> QuerySet[Export]:
    return Export.filter(tenant_id=tenant_id)


async def access_export_by_id(tenant: TenantRecord, export_id: int) -> Export:
    export = (
        await exports_in_tenant(tenant.id).get_or_none(id=export_id)
        if is_db_id(export_id)
        else None
    )
    if export is None:
        raise NotFound(f"No export with id {export_id}")
    return export


EXPORT_FILTERS: dict[str, FilterField] = {
    "status": FilterField("status", frozenset({"eq"}), choice(*ExportStatus)),
    "type": FilterField("kind", frozenset({"eq"}), choice(*ExportKind)),
}
EXPORT_COLUMNS = shapes.Export.columns


async def list_exports(
    tenant: TenantRecord, filters: tuple[Filter, ...], page: Page
) -> tuple[list[dict[str, Any]], int]:
    """A page of ``tenant``'s exports, newest first, as plain rows, and the total."""
    query = apply_filters(exports_in_tenant(tenant.id), filters, EXPORT_FILTERS)
    return await fetch_page(query, page, *EXPORT_COLUMNS, order_by="-id")


def export_path(exports_dir: str, export: Export) -> Path:
    return Path(exports_dir) / str(export.tenant_id) / f"{export.id}.csv"


def download_path(exports_dir: str, export: Export, now: datetime | None = None) -> Path:
    """The file of a finished, unexpired export; raises Conflict (not ready, failed) or Gone."""
    if export.status != ExportStatus.SUCCEEDED:
        detail = f": {export.error}" if export.error else ""
        raise Conflict(f"Export {export.id} is {export.status}{detail}")
    if export.expires_at is not None and export.expires_at <= (now or datetime.now(UTC)):
        raise Gone(f"Export {export.id} expired at {isoformat(export.expires_at)}")
    return export_path(exports_dir, export)


async def do_finish_export(export: Export, rows: int, *, connection: BaseDBAsyncClient) -> Export:
    """Mark ``export`` done with ``rows`` rows, in ``connection``'s transaction: fires
    ``export.completed`` and schedules the deletion of its file at expiry."""
    now = datetime.now(UTC)
    export.status = ExportStatus.SUCCEEDED
    export.row_count = rows
    export.completed_at = now
    export.expires_at = now + EXPORT_TTL
    export.error = None
    await export.save(
        using_db=connection,
        update_fields=["status", "row_count", "completed_at", "expires_at", "error"],
    )
    await record_event(
        export.tenant_id,
        EventType.EXPORT_COMPLETED,
        {
            "export": {
                "id": export.id,
                "type": export.kind.value,
                "row_count": rows,
                "expires_at": isoformat(export.expires_at),
            }
        },
        connection=connection,
    )
    await enqueue_job(
        export.tenant_id,
        EXPIRE_KIND,
        {"export_id": export.id},
        max_attempts=EXPIRE_ATTEMPTS,
        run_at=export.expires_at,
        connection=connection,
        notify=False,
    )
    return export


async def set_export_status(export: Export, status: ExportStatus, error: str | None = None) -> None:
    export.status = status
    export.error = error[:191] if error else None
    await export.save(update_fields=["status", "error"])


async def delete_export_file(export: Export, exports_dir: str) -> None:
    """Remove an expired export's file (and any partial one); idempotent."""
    final = export_path(exports_dir, export)
    for path in (final, final.with_name(final.name + ".partial")):
        await anyio.Path(path).unlink(missing_ok=True)
