"""The CSV file of an export, streamed from the database in constant memory whatever its size
(PostgreSQL: one ``COPY … TO STDOUT``; SQLite: keyset pages).

Files: UTF-8, a header row, RFC 4180 quoting and CRLF line ends; a cell that a spreadsheet would
read as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) gets a leading ``'``.

Sources: ``activity`` and ``completions`` read the event log (``completions`` its
``course.completed`` and ``lesson.completed`` events), bounded by the events' time;
``learner_progress`` reads the enrollments with their user and course, bounded by
``enrolled_at``.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import anyio
import orjson
from tortoise import connections
from tortoise.queryset import QuerySet

from core.jsonutil import isoformat
from domain.events import EventType
from domain.exports import export_path
from domain.jobs import is_postgres
from models.event import Event
from models.export import Export, ExportKind
from models.learning import Enrollment

PAGE_ROWS = 5000
WRITE_BYTES = 1 << 20
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EVENT_COLUMNS = ("event_id", "type", "created_at", "data")
PROGRESS_COLUMNS = (
    "user_id",
    "user_login",
    "user_email",
    "course_id",
    "course_name",
    "status",
    "progress_percent",
    "score",
    "time_spent_seconds",
    "enrolled_at",
    "completed_at",
)
COMPLETION_TYPES = (EventType.COURSE_COMPLETED.value, EventType.LESSON_COMPLETED.value)


def safe_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it literally: formula-like text gets a leading ``'``."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _event_types(export: Export) -> list[str] | None:
    if export.kind is ExportKind.COMPLETIONS:
        return list(COMPLETION_TYPES)
    types: list[str] | None = export.filters.get("event_types")
    return types


def _event_rows(export: Export) -> QuerySet[Event]:
    query = Event.filter(tenant_id=export.tenant_id)
    types = _event_types(export)
    if types:
        query = query.filter(type__in=types)
    if export.date_from is not None:
        query = query.filter(created_at__gte=export.date_from)
    if export.date_to is not None:
        query = query.filter(created_at__lte=export.date_to)
    return query


# Learner progress filter → its enrollment column.
_PROGRESS_FILTER_COLUMNS = {"course_ids": "course_id", "user_ids": "user_id", "statuses": "status"}


def _progress_rows(export: Export) -> QuerySet[Enrollment]:
    """The enrollments a learner progress export covers; its dates bound ``enrolled_at``."""
    query = Enrollment.filter(tenant_id=export.tenant_id)
    for name, column in _PROGRESS_FILTER_COLUMNS.items():
        if values := export.filters.get(name):
            query = query.filter(**{f"{column}__in": values})
    if export.date_from is not None:
        query = query.filter(enrolled_at__gte=export.date_from)
    if export.date_to is not None:
        query = query.filter(enrolled_at__lte=export.date_to)
    return query


FileOut = anyio.AsyncFile[bytes]
Cells = Callable[[tuple[Any, ...]], tuple[Any, ...]]


def _csv_rows(rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode()


def _number(value: float | None) -> str:
    """As PostgreSQL's COPY writes a double precision: ``100``, ``87.5``, empty for NULL."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def _event_cells(row: tuple[Any, ...]) -> tuple[Any, ...]:
    event_id, type_, created_at, data = row
    return (
        event_id,
        safe_cell(type_),
        isoformat(created_at) or "",
        safe_cell(orjson.dumps(data).decode()),
    )


def _progress_cells(row: tuple[Any, ...]) -> tuple[Any, ...]:
    _, user_id, login, email, course_id, name, status, percent, score, spent, enrolled, done = row
    return (
        user_id,
        safe_cell(login),
        safe_cell(email),
        course_id,
        safe_cell(name),
        str(status),
        _number(percent),
        _number(score),
        spent,
        isoformat(enrolled) or "",
        isoformat(done) or "",
    )


_EVENT_FIELDS = ("id", "type", "created_at", "data")
_PROGRESS_FIELDS = (
    "id",
    "user_id",
    "user__login",
    "user__email",
    "course_id",
    "course__name",
    "status",
    "progress_percent",
    "score",
    "time_spent_seconds",
    "enrolled_at",
    "completed_at",
)
# Per kind: the rows' query, the fields read (the row id first, for keyset paging) and the
# function that turns them into cells.
_ORM_SOURCES: dict[ExportKind, tuple[Callable[[Export], QuerySet[Any]], tuple[str, ...], Cells]] = {
    ExportKind.ACTIVITY: (_event_rows, _EVENT_FIELDS, _event_cells),
    ExportKind.COMPLETIONS: (_event_rows, _EVENT_FIELDS, _event_cells),
    ExportKind.LEARNER_PROGRESS: (_progress_rows, _PROGRESS_FIELDS, _progress_cells),
}


async def _orm_copy(export: Export, out: FileOut) -> int:
    """Write the rows page by page (keyset pagination): any dialect, constant memory."""
    rows_of, fields, cells = _ORM_SOURCES[export.kind]
    query = rows_of(export)
    last_id = 0
    count = 0
    while True:
        page = (
            await query.filter(id__gt=last_id).order_by("id").limit(PAGE_ROWS).values_list(*fields)
        )
        if not page:
            return count
        await out.write(_csv_rows(cells(row) for row in page))
        count += len(page)
        last_id = page[-1][0]


def _pg_safe(column: str) -> str:
    """`safe_cell` in SQL (chr(9) is a tab, chr(13) a carriage return)."""
    starts = "'=', '+', '-', '@', chr(9), chr(13)"
    return f"CASE WHEN left({column}, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"


def _pg_timestamp(column: str) -> str:
    return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""


# Constant fragments only: the values go in as parameters.
_PG_EVENTS = "SELECT {} FROM events WHERE {{}} ORDER BY id".format(  # noqa: S608
    ", ".join(("id", _pg_safe("type"), _pg_timestamp("created_at"), _pg_safe("data::text")))
)
_PG_PROGRESS = (  # noqa: S608
    "SELECT {} FROM enrollments e "
    "JOIN users u ON u.id = e.user_id AND u.tenant_id = e.tenant_id "
    "JOIN courses c ON c.id = e.course_id AND c.tenant_id = e.tenant_id "
    "WHERE {{}} ORDER BY e.id"
).format(
    ", ".join(
        (
            "e.user_id",
            _pg_safe("u.login"),
            _pg_safe("u.email"),
            "e.course_id",
            _pg_safe("c.name"),
            "e.status",
            "e.progress_percent",
            "e.score",
            "e.time_spent_seconds",
            _pg_timestamp("e.enrolled_at"),
            _pg_timestamp("e.completed_at"),
        )
    )
)


def _pg_query(export: Export) -> tuple[str, list[Any]]:
    """The SELECT that COPY runs for ``export``, and its parameters."""
    if export.kind is ExportKind.LEARNER_PROGRESS:
        template, prefix = _PG_PROGRESS, "e."
        optional = [
            ("e.course_id = ANY(${}::int[])", export.filters.get("course_ids")),
            ("e.user_id = ANY(${}::int[])", export.filters.get("user_ids")),
            ("e.status = ANY(${}::varchar[])", export.filters.get("statuses")),
            ("e.enrolled_at >= ${}", export.date_from),
            ("e.enrolled_at <= ${}", export.date_to),
        ]
    else:
        template, prefix = _PG_EVENTS, ""
        optional = [
            ("type = ANY(${}::varchar[])", _event_types(export)),
            ("created_at >= ${}", export.date_from),
            ("created_at <= ${}", export.date_to),
        ]
    conditions = [f"{prefix}tenant_id = $1"]
    values: list[Any] = [export.tenant_id]
    for condition, value in optional:
        if value:
            values.append(value)
            conditions.append(condition.format(len(values)))
    return template.format(" AND ".join(conditions)), values


class _CrlfRows:
    """COPY ends rows with LF; RFC 4180 wants CRLF. An LF inside a quoted cell (a course name
    on two lines) is data, so only LFs outside quotes become CRLF. A doubled quote inside a
    cell flips the state twice, so counting quotes keeps track from chunk to chunk."""

    def __init__(self) -> None:
        self.quoted = False

    def __call__(self, chunk: bytes) -> bytes:
        parts = chunk.split(b'"')
        for i in range(1 if self.quoted else 0, len(parts), 2):
            parts[i] = parts[i].replace(b"\n", b"\r\n")
        if len(parts) % 2 == 0:
            self.quoted = not self.quoted
        return b'"'.join(parts)


async def _pg_copy(export: Export, out: FileOut) -> int:
    """Write the rows with ``COPY (SELECT …) TO STDOUT (FORMAT csv)``: PostgreSQL makes the
    cells and streams them in chunks, so Python does no per-row work and memory stays flat."""
    sql, values = _pg_query(export)
    pending = bytearray()
    crlf = _CrlfRows()

    async def write(chunk: bytes) -> None:
        pending.extend(crlf(chunk))
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
    header = PROGRESS_COLUMNS if export.kind is ExportKind.LEARNER_PROGRESS else EVENT_COLUMNS
    await anyio.Path(final.parent).mkdir(parents=True, exist_ok=True)
    async with await anyio.open_file(partial, "wb") as out:
        await out.write(",".join(header).encode() + b"\r\n")
        rows = await (_pg_copy(export, out) if is_postgres() else _orm_copy(export, out))
        await out.flush()
        await anyio.to_thread.run_sync(os.fsync, out.wrapped.fileno())
    await anyio.Path(partial).replace(final)
    return rows
