"""CSV exports of a tenant's data, written by a worker and downloadable for `EXPORT_TTL`.

A request creates the `Export` row and its `GENERATE_KIND` job in one transaction. The job
streams the rows (PostgreSQL: one ``COPY … TO STDOUT``; SQLite: keyset pages), so memory stays
constant whatever the size, into ``<EXPORTS_DIR>/<tenant id>/<export id>.csv.partial``, then
renames it to ``<export id>.csv`` and marks the export done in the transaction that completes
the job and records ``export.completed``. A worker that dies half-way leaves only the partial
file, which the next attempt overwrites: there is never more than one file per export. An
`EXPIRE_KIND` job due at the expiry time deletes the file.

Files: UTF-8, a header row, RFC 4180 quoting and CRLF line ends; a cell that a spreadsheet would
read as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) gets a leading ``'``.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import orjson
from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, Gone, NotFound, ValidationFailed
from core.jsonutil import isoformat
from core.query import Filter, FilterField, Page, apply_filters, choice, fetch_page, is_db_id
from domain.events import EVENT_TYPES, EventType, record_event
from domain.jobs import enqueue_job, is_postgres
from models.event import Event
from models.export import Export, ExportKind, ExportStatus
from tenants.lookup import TenantRecord

GENERATE_KIND = "exports.generate"
EXPIRE_KIND = "exports.expire"
GENERATE_ATTEMPTS = 3
EXPIRE_ATTEMPTS = 5
EXPORT_TTL = timedelta(days=7)
PAGE_ROWS = 5000
WRITE_BYTES = 1 << 20
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EVENT_COLUMNS = ("event_id", "type", "created_at", "data")
COMPLETION_TYPES = (EventType.COURSE_COMPLETED.value, EventType.LESSON_COMPLETED.value)
# Kinds whose source data exists; learner progress waits for the progress tables.
AVAILABLE_KINDS = frozenset({ExportKind.ACTIVITY, ExportKind.COMPLETIONS})


def safe_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it literally: formula-like text gets a leading ``'``."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def check_export_request(
    kind: ExportKind,
    date_from: datetime | None,
    date_to: datetime | None,
    event_types: Sequence[str] | None,
) -> list[str] | None:
    """The event types to export (sorted), after checking the request; raises
    ValidationFailed for an unavailable kind, an empty range or unknown event types."""
    if kind not in AVAILABLE_KINDS:
        raise ValidationFailed(
            f"{kind} exports are not available yet; available: "
            f"{', '.join(sorted(AVAILABLE_KINDS))}",
            param="type",
        )
    if date_from and date_to and date_from > date_to:
        raise ValidationFailed("date_from is after date_to", param="date_from")
    if event_types is None:
        return None
    if kind is not ExportKind.ACTIVITY:
        raise ValidationFailed("Only activity exports filter on event types", param="filters")
    unknown = sorted(set(event_types) - EVENT_TYPES)
    if unknown or not event_types:
        raise ValidationFailed(
            f"Unknown event types: {', '.join(t[:64] for t in unknown[:5]) or 'none given'}",
            param="filters.event_types",
        )
    return sorted(set(event_types))


async def do_request_export(
    tenant: TenantRecord,
    kind: ExportKind,
    *,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    event_types: Sequence[str] | None = None,
) -> Export:
    """Queue an export of ``tenant``'s data of ``kind`` within the dates (inclusive); raises
    ValidationFailed (see `check_export_request`)."""
    types = check_export_request(kind, date_from, date_to, event_types)
    async with in_transaction() as conn:
        export = await Export.create(
            using_db=conn,
            tenant_id=tenant.id,
            kind=kind,
            filters={} if types is None else {"event_types": types},
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
EXPORT_COLUMNS = (
    "id",
    "kind",
    "filters",
    "date_from",
    "date_to",
    "status",
    "row_count",
    "error",
    "created_at",
    "completed_at",
    "expires_at",
)


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


def _event_types(export: Export) -> list[str] | None:
    if export.kind is ExportKind.COMPLETIONS:
        return list(COMPLETION_TYPES)
    types: list[str] | None = export.filters.get("event_types")
    return types


def _orm_rows(export: Export) -> QuerySet[Event]:
    query = Event.filter(tenant_id=export.tenant_id)
    types = _event_types(export)
    if types:
        query = query.filter(type__in=types)
    if export.date_from is not None:
        query = query.filter(created_at__gte=export.date_from)
    if export.date_to is not None:
        query = query.filter(created_at__lte=export.date_to)
    return query


Row = tuple[int, str, str, str]
FileOut = anyio.AsyncFile[bytes]


def _csv_rows(rows: Iterable[Row]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode()


async def _orm_copy(export: Export, out: FileOut) -> int:
    """Write the rows page by page (keyset pagination): any dialect, constant memory."""
    query = _orm_rows(export)
    last_id = 0
    count = 0
    while True:
        page = (
            await query.filter(id__gt=last_id)
            .order_by("id")
            .limit(PAGE_ROWS)
            .values_list("id", "type", "created_at", "data")
        )
        if not page:
            return count
        await out.write(
            _csv_rows(
                (i, safe_cell(t), isoformat(c) or "", safe_cell(orjson.dumps(d).decode()))
                for i, t, c, d in page
            )
        )
        count += len(page)
        last_id = page[-1][0]


def _pg_safe(column: str) -> str:
    """`safe_cell` in SQL (chr(9) is a tab, chr(13) a carriage return)."""
    starts = "'=', '+', '-', '@', chr(9), chr(13)"
    return f"CASE WHEN left({column}, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"


_PG_COLUMNS = ", ".join(
    (
        "id",
        _pg_safe("type"),
        """to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')""",
        _pg_safe("data::text"),
    )
)


async def _pg_copy(export: Export, out: FileOut) -> int:
    """Write the rows with ``COPY (SELECT …) TO STDOUT (FORMAT csv)``: PostgreSQL makes the
    cells and streams them in chunks, so Python does no per-row work and memory stays flat."""
    conditions = ["tenant_id = $1"]
    values: list[Any] = [export.tenant_id]
    for condition, value in (
        ("type = ANY(${}::varchar[])", _event_types(export)),
        ("created_at >= ${}", export.date_from),
        ("created_at <= ${}", export.date_to),
    ):
        if value:
            values.append(value)
            conditions.append(condition.format(len(values)))
    where = " AND ".join(conditions)
    sql = f"SELECT {_PG_COLUMNS} FROM events WHERE {where} ORDER BY id"  # noqa: S608 - constant fragments

    pending = bytearray()

    async def write(chunk: bytes) -> None:
        # COPY ends rows with LF; RFC 4180 wants CRLF. No cell holds a raw LF (JSON text
        # escapes it; event types are fixed names), so every LF is a row end.
        pending.extend(chunk.replace(b"\n", b"\r\n"))
        if len(pending) >= WRITE_BYTES:  # each file write is a hop to a thread: batch them
            await out.write(bytes(pending))
            pending.clear()

    async with connections.get("default").acquire_connection() as connection:
        status: str = await connection.copy_from_query(sql, *values, output=write, format="csv")
    await out.write(bytes(pending))
    return int(status.rsplit(" ", 1)[-1])


async def write_export_file(export: Export, exports_dir: str) -> int:
    """Write ``export``'s CSV file (see the module docstring); returns the number of rows."""
    final = export_path(exports_dir, export)
    partial = final.with_name(final.name + ".partial")
    await anyio.Path(final.parent).mkdir(parents=True, exist_ok=True)
    async with await anyio.open_file(partial, "wb") as out:
        await out.write(",".join(EVENT_COLUMNS).encode() + b"\r\n")
        rows = await (_pg_copy(export, out) if is_postgres() else _orm_copy(export, out))
        await out.flush()
        await anyio.to_thread.run_sync(os.fsync, out.wrapped.fileno())
    await anyio.Path(partial).replace(final)
    return rows


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
