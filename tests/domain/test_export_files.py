"""The two ways a learner progress file is written (PostgreSQL's COPY, keyset pages elsewhere)
give the same bytes, and COPY's line ends become CRLF only between rows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio
import pytest

from core.scoping import tenant_scope
from domain.enrollments import do_enroll
from domain.export_files import _CrlfRows, _orm_copy, _pg_copy
from domain.exports import do_request_export
from models.export import Export, ExportKind
from models.learning import ProgressStatus
from tests.factories import Seeded, make_course, make_user, set_course_progress


async def _written(export: Export, path: Path, copy: Any) -> tuple[bytes, int]:
    with tenant_scope(export.tenant_id):  # as the worker runs a job
        async with await anyio.open_file(path, "wb") as out:
            rows = await copy(export, out)
    return await anyio.Path(path).read_bytes(), rows


def test_copy_and_keyset_pages_write_the_same_progress_file(
    run: Any, tenant_a: Seeded, tmp_path: Path
) -> None:
    t = tenant_a.tenant
    users = [
        run(make_user(t, login="=sum", email="a@example.com")),
        run(make_user(t, login="plain", email="b@example.com")),
    ]
    courses = [run(make_course(t, name='Two\nlines, "quoted"')), run(make_course(t, name="@x"))]
    with tenant_scope(t.id):
        for user in users:
            for course in courses:
                run(do_enroll(t, user.id, course.id))
    run(
        set_course_progress(
            t,
            users[0].id,
            courses[0].id,
            status=ProgressStatus.PASSED,
            progress_percent=100,
            score=91.25,
            completed_at=datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC),
        )
    )
    run(set_course_progress(t, users[1].id, courses[1].id, progress_percent=12.5, score=0))
    with tenant_scope(t.id):
        export = run(do_request_export(t, ExportKind.LEARNER_PROGRESS))

    copied, copied_rows = run(_written(export, tmp_path / "copy.csv", _pg_copy))
    paged, paged_rows = run(_written(export, tmp_path / "paged.csv", _orm_copy))
    assert copied_rows == paged_rows > 0
    assert copied == paged
    assert b"Two\nlines" in copied
    assert copied.count(b"\r\n") == copied_rows


@pytest.mark.parametrize("size", [1, 2, 3, 7, 1000])
def test_only_line_feeds_between_rows_become_crlf(size: int) -> None:
    copy_output = b'1,"a\nb",x\n2,"say ""hi""\n",y\n3,plain,z\n'
    crlf = _CrlfRows()
    converted = b"".join(crlf(copy_output[i : i + size]) for i in range(0, len(copy_output), size))
    assert converted == b'1,"a\nb",x\r\n2,"say ""hi""\n",y\r\n3,plain,z\r\n'
