"""The CSV file of an export, streamed from the database in constant memory whatever its size
(one ``COPY … TO STDOUT``).

Files: UTF-8, a header row, RFC 4180 quoting and CRLF line ends; a cell that a spreadsheet would
read as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) gets a leading ``'``.

Sources: ``activity`` and ``completions`` read the event log (``completions`` its
``course.completed`` and ``lesson.completed`` events), bounded by the events' time;
``learner_progress`` reads the enrollments with their user and course, bounded by
``enrolled_at``.
"""

from __future__ import annotations

import os
from typing import Any

import anyio
from tortoise import connections

from core.sql import tenant_statement
from domain.events import EventType
from domain.exports import export_path
from models.export import Export, ExportKind

WRITE_BYTES = 1 << 20
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


def _event_types(export: Export) -> list[str] | None:
    if export.kind is ExportKind.COMPLETIONS:
        return list(COMPLETION_TYPES)
    types: list[str] | None = export.filters.get("event_types")
    return types


FileOut = anyio.AsyncFile[bytes]


def _safe(column: str) -> str:
    """``column`` as a spreadsheet shows it literally: formula-like text gets a leading ``'``
    (chr(9) is a tab, chr(13) a carriage return)."""
    starts = "'=', '+', '-', '@', chr(9), chr(13)"
    return f"CASE WHEN left({column}, 1) IN ({starts}) THEN '''' || {column} ELSE {column} END"


def _timestamp(column: str) -> str:
    return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""


# Constant fragments only: the values go in as parameters.
_EVENTS = "SELECT {} FROM events WHERE tenant_id = :tenant{{}} ORDER BY id".format(  # noqa: S608
    ", ".join(("id", _safe("type"), _timestamp("created_at"), _safe("data::text")))
)
_PROGRESS = (  # noqa: S608
    "SELECT {} FROM enrollments e "
    "JOIN users u ON u.id = e.user_id AND u.tenant_id = e.tenant_id "
    "JOIN courses c ON c.id = e.course_id AND c.tenant_id = e.tenant_id "
    "WHERE e.tenant_id = :tenant{{}} ORDER BY e.id"
).format(
    ", ".join(
        (
            "e.user_id",
            _safe("u.login"),
            _safe("u.email"),
            "e.course_id",
            _safe("c.name"),
            "e.status",
            "e.progress_percent",
            "e.score",
            "e.time_spent_seconds",
            _timestamp("e.enrolled_at"),
            _timestamp("e.completed_at"),
        )
    )
)


def _copy_query(export: Export) -> tuple[str, list[Any]]:
    """The SELECT that COPY runs for ``export``, and its parameters."""
    if export.kind is ExportKind.LEARNER_PROGRESS:
        template = _PROGRESS
        optional = [
            (" AND e.course_id = ANY(?::int[])", export.filters.get("course_ids")),
            (" AND e.user_id = ANY(?::int[])", export.filters.get("user_ids")),
            (" AND e.status = ANY(?::varchar[])", export.filters.get("statuses")),
            (" AND e.enrolled_at >= ?", export.date_from),
            (" AND e.enrolled_at <= ?", export.date_to),
        ]
    else:
        template = _EVENTS
        optional = [
            (" AND type = ANY(?::varchar[])", _event_types(export)),
            (" AND created_at >= ?", export.date_from),
            (" AND created_at <= ?", export.date_to),
        ]
    conditions = [(condition, value) for condition, value in optional if value]
    text = template.format("".join(condition for condition, _ in conditions))
    return tenant_statement(export.tenant_id, text, [value for _, value in conditions])


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


async def _copy(export: Export, out: FileOut) -> int:
    """Write the rows with ``COPY (SELECT …) TO STDOUT (FORMAT csv)``: PostgreSQL makes the
    cells and streams them in chunks, so Python does no per-row work and memory stays flat."""
    sql, values = _copy_query(export)
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
        rows = await _copy(export, out)
        await out.flush()
        await anyio.to_thread.run_sync(os.fsync, out.wrapped.fileno())
    await anyio.Path(partial).replace(final)
    return rows
