"""The CSV body of ``POST /batch/users`` (an HR sync): received to a file in constant memory,
checked whole before anything is queued, and stored as one JSON item per line for the worker.

Columns are the fields of a JSON item (``id``, ``login``, ``email``, …, ``custom_field_N``); an
empty cell leaves the field as it is. Any bad row refuses the whole file (422, naming the rows).
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import orjson
from pydantic import ValidationError
from sanic.exceptions import PayloadTooLarge
from sanic.http import Http

from api.body import item_error_of
from api.request import AtriumRequest
from api.v2.users.bodies import BatchUser, UpdateUser
from core.errors import InvalidRequest, ValidationFailed
from domain.batch import seal_item_password
from domain.user_sync import MAX_ROWS, sync_file_path
from tenants.records import TenantRecord

CSV_MEDIA_TYPE = "text/csv"
MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_REPORTED = 20
_CUSTOM_RE = re.compile(r"^custom_field_[1-9][0-9]{0,9}$")
_KEYS = ("id", "integration_user_id", "email")
# Columns that must name one user at most once in a file.
_UNIQUE = ("id", "integration_user_id", "email", "login")


def _integer(cell: str) -> int:
    if not re.fullmatch(r"-?[0-9]{1,10}", cell):
        raise ValueError("not an integer")
    return int(cell)


def _boolean(cell: str) -> bool:
    lowered = cell.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ValueError("not true or false")


def _number(cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        raise ValueError("not a number") from None


_CONVERT: dict[str, Callable[[str], Any]] = {
    "id": _integer,
    "user_type_id": _integer,
    "email_notifications": _boolean,
    "credits": _number,
}
COLUMNS = frozenset({"id", *UpdateUser.model_fields} - {"current_password", "custom_fields"})


def _check_header(header: list[str]) -> list[str]:
    names = [name.strip() for name in header]
    unknown = [n for n in names if n not in COLUMNS and not _CUSTOM_RE.match(n)]
    if unknown:
        raise ValidationFailed(
            f"Unknown CSV column {unknown[0][:60]!r}; columns are user fields "
            f"({', '.join(sorted(COLUMNS))}) and custom_field_N",
            param="header",
        )
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ValidationFailed(f"The CSV column {repeated[0]!r} appears twice", param="header")
    if not any(key in names for key in _KEYS):
        raise ValidationFailed(
            "The CSV header needs a column that identifies users: id, integration_user_id or email",
            param="header",
        )
    return names


def _row_item(names: list[str], cells: list[str]) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for name, cell in zip(names, cells, strict=True):
        if cell == "":
            continue
        convert = _CONVERT.get(name)
        if convert is None:
            raw[name] = cell
            continue
        try:
            raw[name] = convert(cell)
        except ValueError as exc:
            raise ValidationFailed(f"{name}: {exc}", param=name) from None
    return raw


def _validated(raw: dict[str, Any]) -> dict[str, Any]:
    try:
        body = BatchUser.model_validate(raw)
    except ValidationError as exc:
        field, message = item_error_of(exc)
        raise ValidationFailed(message, param=field) from None
    item = body.model_dump(mode="json", include=set(body.changes()))
    if not any(item.get(key) is not None for key in _KEYS):
        raise ValidationFailed("no id, integration_user_id or email to match the user", param=None)
    return item


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        try:
            yield from csv.reader(handle, strict=True)
        except UnicodeDecodeError:
            raise ValidationFailed("The CSV file is not UTF-8 text", param="body") from None
        except csv.Error as exc:
            raise ValidationFailed(f"The CSV file is malformed: {exc}", param="body") from None


def parse_user_csv(upload: Path, out: Path, secret_key: str) -> int:
    """Check the CSV file ``upload`` and write its rows to ``out`` as JSON lines
    (``{"index": n, "item": {...}}``, passwords sealed under ``secret_key``: the file waits on
    disk for the worker); returns the number of rows. Raises ValidationFailed for
    a bad header, any bad row (naming up to `MAX_REPORTED` of them), a user listed twice, more
    than `MAX_ROWS` rows, or text that is not UTF-8."""
    rows = _rows(upload)
    header = next(rows, None)
    if header is None:
        raise ValidationFailed("The CSV file is empty: it needs a header row", param="header")
    names = _check_header(header)
    seen: dict[str, dict[Any, int]] = {name: {} for name in _UNIQUE}
    errors: list[str] = []
    count = 0
    with out.open("wb") as target:
        for index, cells in enumerate(rows):
            if not any(cells):
                continue
            count += 1
            if count > MAX_ROWS:
                raise ValidationFailed(f"The CSV file has more than {MAX_ROWS} rows", param="body")
            try:
                if len(cells) != len(names):
                    raise ValidationFailed(f"{len(cells)} cells for {len(names)} columns")
                item = _validated(_row_item(names, cells))
                for name in _UNIQUE:
                    value = item.get(name)
                    if value is None:
                        continue
                    key = value.lower() if isinstance(value, str) else value
                    if key in seen[name]:
                        raise ValidationFailed(
                            f"{name} {value!r} is also on row {seen[name][key] + 1}: one row "
                            "per user"
                        )
                    seen[name][key] = index
            except ValidationFailed as exc:
                errors.append(f"row {index + 1}: {exc.message}")
                if len(errors) >= MAX_REPORTED:
                    break
                continue
            stored = seal_item_password(item, secret_key)
            target.write(orjson.dumps({"index": index, "item": stored}) + b"\n")
    if errors:
        raise ValidationFailed(
            f"{len(errors)} bad rows{' (the first ones)' if len(errors) >= MAX_REPORTED else ''}; "
            "nothing was imported. " + "; ".join(errors),
            param="body",
        )
    if count == 0:
        raise ValidationFailed("The CSV file has a header but no rows", param="body")
    return count


async def receive_user_csv(request: AtriumRequest, tenant: TenantRecord) -> tuple[str, int, bytes]:
    """Receive the CSV body (at most `MAX_CSV_BYTES`) and store its checked rows under the
    exports directory; returns the stored file's name (relative to that directory), the
    number of rows and the SHA-256 of the body. Raises as `parse_user_csv`, and
    PayloadTooLarge."""
    exports_dir = request.app.ctx.settings.exports_dir
    name = f"{tenant.id}/sync/{uuid.uuid4().hex}.jsonl"
    out = sync_file_path(exports_dir, name)
    out.parent.mkdir(parents=True, exist_ok=True)
    upload = out.with_suffix(".upload")
    if request.stream is None:
        raise InvalidRequest("A CSV body is required", param="body")
    stream = cast(Http, request.stream)
    stream.request_max_size = MAX_CSV_BYTES
    digest = hashlib.sha256()
    try:
        with upload.open("wb") as handle:
            while (chunk := await stream.read()) is not None:
                handle.write(chunk)
                digest.update(chunk)
        count = await asyncio.to_thread(
            parse_user_csv, upload, out, request.app.ctx.settings.secret_key
        )
    except (ValidationFailed, PayloadTooLarge):
        out.unlink(missing_ok=True)
        raise
    finally:
        upload.unlink(missing_ok=True)
    return name, count, digest.digest()
