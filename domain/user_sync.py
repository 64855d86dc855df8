"""HR sync: a CSV of up to `MAX_ROWS` users upserted as one task (``POST /batch/users`` with
``text/csv``), optionally deactivating the active users the file leaves out.

The request stores the checked rows as a JSON-lines file under ``EXPORTS_DIR`` and queues the
task with its `SYNC_KIND` job, so a worker that dies half-way leaves the file for the retry.
The sync writes, records its events, finishes the task and completes the job in one
transaction: nothing is half-written. It is set-based: the rows are COPYed into a temporary
table and matched, checked and written by a few statements.

The rules are those of `domain.users`: matching by id, then integration_user_id, then email;
login, email and integration_user_id unique in the tenant; custom values checked by
`domain.user_fields.check_field_value`; passwords hashed (only for the rows that set one),
before the transaction opens.
"""

# The SQL below is built from the column names in this module, never from input.
# ruff: noqa: S608

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from tortoise.backends.base.client import BaseDBAsyncClient

from core.errors import ApiError, Conflict, NotFound
from core.sql import TENANT, tenant_execute, tenant_query
from domain.batch import (
    Results,
    item_error,
    load_tenant,
    password_hashes,
    run_task,
    unseal_passwords,
    user_values,
)
from domain.counters import bump_counter
from domain.events import enqueue_dispatches
from domain.user_fields import USER_CUSTOM_FIELDS, FieldKeys, check_field_value
from domain.users import USERS_COUNTER
from models.operations import BatchTask
from models.user import UserField, UserStatus, UserType
from tenants.records import TenantRecord

SYNC_KIND = "batch.user_sync"
MAX_ROWS = 100_000
# Staged columns (besides idx, id and the derived ones) and their PostgreSQL types.
_COLUMNS = {
    "login": "text",
    "email": "text",
    "name": "text",
    "surname": "text",
    "user_type": "int",
    "status": "text",
    "timezone": "text",
    "locale": "text",
    "email_notifications": "boolean",
    "description": "text",
    "credits": "double precision",
    "deactivation_date": "timestamptz",
    "integration": "text",
    "integration_user_id": "text",
}
_DEFAULTS = {
    "user_type": str(UserType.LEARNER.value),
    "status": f"'{UserStatus.ACTIVE.value}'",
    "timezone": "'UTC'",
    "locale": "'en'",
    "email_notifications": "true",
}
_REQUIRED = ("login", "email", "name", "surname")
_UNIQUE = ("login", "email", "integration_user_id")


def sync_file_path(exports_dir: str, name: str) -> Path:
    return Path(exports_dir) / name


def read_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    with path.open("rb") as handle:
        return [(row["index"], row["item"]) for row in map(orjson.loads, handle)]


def _custom_values(
    fields: FieldKeys, item: Mapping[str, Any]
) -> tuple[dict[str, str | None], ApiError | None]:
    """The item's custom values by field id (as text), or the first error among them."""
    values: dict[str, str | None] = {}
    for key, raw in (item.get("custom_fields") or {}).items():
        at = f"custom_fields.{key}"
        field = fields.resolve(key)
        if field is None:
            return {}, NotFound(f"{at}: no user field is called {key[:60]!r}", param=at)
        try:
            value = check_field_value(field, raw, at)
        except ApiError as exc:
            return {}, exc
        if field.mandatory and value in (None, ""):
            return {}, Conflict(f"{at}: the field {field.name!r} is mandatory", param=at)
        values[str(field.id)] = value
    return values, None


_STAGE = (
    "CREATE TEMP TABLE sync_rows (idx int, id bigint, "
    + ", ".join(f"{name} {kind}" for name, kind in _COLUMNS.items())
    + ", password_hash text, given text[], custom jsonb, user_id bigint, error text, "
    "error_field text, changed text[], previous jsonb, is_new boolean DEFAULT false) "
    "ON COMMIT DROP"
)
_STAGED = ["idx", "id", *_COLUMNS, "password_hash", "given", "custom"]


def _differs(name: str) -> str:
    return f"CASE WHEN '{name}' = ANY(s.given) AND s.{name} IS DISTINCT FROM u.{name} THEN '{name}' END"  # noqa: E501


_STATEMENTS_MATCH = [
    # By id, then integration_user_id, then email (rows giving an id match by id only).
    """UPDATE sync_rows s SET user_id = u.id FROM users u
       WHERE u.tenant_id = :tenant AND s.id IS NOT NULL AND u.id = s.id""",
    """UPDATE sync_rows s SET error = 'No user with id ' || s.id, error_field = 'id'
       WHERE s.id IS NOT NULL AND s.user_id IS NULL""",
    """UPDATE sync_rows s SET user_id = u.id FROM users u
       WHERE u.tenant_id = :tenant AND s.id IS NULL AND s.user_id IS NULL
         AND u.integration_user_id = s.integration_user_id""",
    """UPDATE sync_rows s SET user_id = u.id FROM users u
       WHERE u.tenant_id = :tenant AND s.id IS NULL AND s.user_id IS NULL AND u.email = s.email""",
    # Two rows matched to one user: the later ones fail.
    """UPDATE sync_rows s SET error = 'Another row of the file names the same user',
           error_field = 'id'
       FROM sync_rows f
       WHERE s.error IS NULL AND f.user_id = s.user_id AND f.idx < s.idx""",
    *(
        f"""UPDATE sync_rows s SET error = 'A user with {name} ' || quote_literal(s.{name})
               || ' already exists', error_field = '{name}'
           FROM users u
           WHERE s.error IS NULL AND u.tenant_id = :tenant AND u.{name} = s.{name}
             AND u.id IS DISTINCT FROM s.user_id"""
        for name in _UNIQUE
    ),
    *(
        f"""UPDATE sync_rows s
           SET error = '{name}: required to create a user (no user matches the row)',
               error_field = '{name}'
           WHERE s.error IS NULL AND s.user_id IS NULL AND s.{name} IS NULL"""
        for name in _REQUIRED
    ),
    "UPDATE sync_rows s SET changed = array_remove(ARRAY["
    + ", ".join(_differs(name) for name in _COLUMNS)
    + """, CASE WHEN s.password_hash IS NOT NULL THEN 'password' END]
          || ARRAY(SELECT 'custom_field_' || c.key FROM jsonb_each_text(s.custom) c
                   LEFT JOIN user_field_values v ON v.tenant_id = :tenant AND v.user_id = u.id
                        AND v.field_id = c.key::int
                   WHERE v.value IS DISTINCT FROM c.value), NULL)
       FROM users u WHERE s.error IS NULL AND u.tenant_id = :tenant AND u.id = s.user_id""",
]


def _user_json(alias: str) -> str:
    """The user's synced columns as a JSON object, values as `domain.users` puts them in events
    (times in ISO 8601 with the UTC offset)."""
    values = []
    for name, kind in _COLUMNS.items():
        column = f"{alias}.{name}"
        if kind == "timestamptz":
            column = f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"')"
        values.append(f"'{name}', {column}")
    return f"jsonb_build_object({', '.join(values)})"


def _changed_values(user_values: str, custom_values: str) -> str:
    """The changed fields' values (no password): ``user_values`` a JSON object of the user's
    columns, ``custom_values`` rows (key, value) of custom field ids and values."""
    return f"""(
        COALESCE((SELECT jsonb_object_agg(o.key, o.value) FROM jsonb_each({user_values}) o
                  WHERE o.key = ANY(s.changed)), '{{}}')
        || COALESCE((SELECT jsonb_object_agg('custom_field_' || c.key, c.value)
                     FROM {custom_values}
                     WHERE 'custom_field_' || c.key = ANY(s.changed)), '{{}}'))"""


_NEW_VALUES = _changed_values(_user_json("u"), "jsonb_each_text(s.custom) c")
# Before the users change: the old values of what each row changes, for its event.
_PREVIOUS = f"""
UPDATE sync_rows s SET previous = {
    _changed_values(
        _user_json("u"),
        "(SELECT x.key, v.value FROM jsonb_each_text(s.custom) x LEFT JOIN user_field_values v "
        "ON v.tenant_id = :tenant AND v.user_id = u.id AND v.field_id = x.key::int) c",
    )
}
FROM users u
WHERE s.error IS NULL AND u.tenant_id = :tenant AND u.id = s.user_id AND cardinality(s.changed) > 0
"""
_COUNT = """
SELECT count(*) FILTER (WHERE error IS NULL AND user_id IS NULL) AS created,
       count(*) FILTER (WHERE error IS NULL AND cardinality(changed) > 0) AS updated,
       count(*) FILTER (WHERE error IS NULL AND cardinality(changed) = 0) AS unchanged
FROM sync_rows
"""
_ERRORS = "SELECT idx, error_field, error FROM sync_rows WHERE error IS NOT NULL ORDER BY idx"
_MISSING = """
SELECT count(*) AS n FROM users u WHERE u.tenant_id = :tenant AND u.status = 'active'
  AND NOT EXISTS (SELECT 1 FROM sync_rows s WHERE s.user_id = u.id)
"""
_UPDATE = (
    "UPDATE users u SET "
    + ", ".join(
        f"{name} = CASE WHEN '{name}' = ANY(s.given) THEN s.{name} ELSE u.{name} END"
        for name in _COLUMNS
    )
    + """, password_hash = COALESCE(s.password_hash, u.password_hash), updated_at = $1
    FROM sync_rows s
    WHERE u.tenant_id = :tenant AND u.id = s.user_id AND s.error IS NULL
      AND cardinality(s.changed) > 0"""
)
_INSERT = (
    "WITH ins AS (INSERT INTO users (tenant_id, "
    + ", ".join(_COLUMNS)
    + ", password_hash, created_at, updated_at) SELECT :tenant, "
    + ", ".join(
        f"COALESCE(s.{name}, {_DEFAULTS[name]})" if name in _DEFAULTS else f"s.{name}"
        for name in _COLUMNS
    )
    + """, s.password_hash, $1, $1 FROM sync_rows s
        WHERE s.error IS NULL AND s.user_id IS NULL ORDER BY s.idx RETURNING id, email)
    UPDATE sync_rows s SET user_id = ins.id, is_new = true FROM ins
    WHERE s.email = ins.email AND s.user_id IS NULL AND s.error IS NULL"""
)
_STORE_VALUES = """
INSERT INTO user_field_values (tenant_id, user_id, field_id, value)
SELECT :tenant, s.user_id, c.key::int, c.value
FROM sync_rows s, jsonb_each_text(s.custom) c
WHERE s.error IS NULL AND c.value IS NOT NULL AND (s.is_new OR cardinality(s.changed) > 0)
ON CONFLICT (tenant_id, user_id, field_id) DO UPDATE SET value = EXCLUDED.value
"""
_CLEAR_VALUES = """
DELETE FROM user_field_values v USING sync_rows s, jsonb_each_text(s.custom) c
WHERE v.tenant_id = :tenant AND v.user_id = s.user_id AND v.field_id = c.key::int
  AND s.error IS NULL AND c.value IS NULL
"""
_EVENTS = f"""
INSERT INTO events (tenant_id, type, data, created_at)
SELECT :tenant, CASE WHEN s.is_new THEN 'user.created' ELSE 'user.updated' END,
       CASE WHEN s.is_new THEN jsonb_build_object('id', s.user_id, 'login', u.login,
                                                  'email', u.email)
            ELSE jsonb_build_object('id', s.user_id, 'login', u.login, 'email', u.email,
                                    'changed', to_jsonb(s.changed),
                                    'old', COALESCE(s.previous, '{{}}'),
                                    'new', {_NEW_VALUES})
       END,
       $1
FROM sync_rows s JOIN users u ON u.tenant_id = :tenant AND u.id = s.user_id
WHERE s.error IS NULL AND (s.is_new OR cardinality(s.changed) > 0)
ORDER BY s.idx
RETURNING id, type
"""
_DEACTIVATE = """
WITH gone AS (
    UPDATE users u SET status = 'inactive', updated_at = $1
    WHERE u.tenant_id = :tenant AND u.status = 'active'
      AND NOT EXISTS (SELECT 1 FROM sync_rows s WHERE s.user_id = u.id)
    RETURNING id, login, email
)
INSERT INTO events (tenant_id, type, data, created_at)
SELECT :tenant, 'user.updated',
       jsonb_build_object('id', id, 'login', login, 'email', email, 'changed',
                          jsonb_build_array('status'), 'old', jsonb_build_object('status',
                          'active'), 'new', jsonb_build_object('status', 'inactive')), $1
FROM gone ORDER BY id
RETURNING id, type
"""


_MANDATORY = """
UPDATE sync_rows s
SET error = 'Mandatory custom fields missing: ' || array_to_string($1::text[], ', '),
    error_field = 'custom_fields'
WHERE s.error IS NULL AND s.user_id IS NULL AND NOT (s.custom ?& $2::text[])
"""


def _staged_records(
    fields_list: Sequence[UserField],
    rows: Sequence[tuple[int, Mapping[str, Any]]],
    hashes: Mapping[int, str],
) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]]]:
    fields = FieldKeys(fields_list)
    records: list[tuple[Any, ...]] = []
    errors: list[dict[str, Any]] = []
    for index, item in rows:
        custom, error = _custom_values(fields, item)
        if error is not None:
            errors.append(item_error(index, error.param, error.message))
            continue
        values = user_values(item)
        values.pop("password", None)
        given = [name for name in _COLUMNS if name in values]
        records.append(
            (
                index,
                item.get("id"),
                *(values.get(name) for name in _COLUMNS),
                hashes.get(index),
                given,
                orjson.dumps(custom).decode(),
            )
        )
    return records, errors


async def _sync(
    task: BatchTask,
    tenant: TenantRecord,
    rows: Sequence[tuple[int, Mapping[str, Any]]],
    hashes: Mapping[int, str],
    deactivate_missing: bool,
    conn: BaseDBAsyncClient,
) -> Results:
    fields = await USER_CUSTOM_FIELDS.in_tenant(tenant).order_by("id")
    records, errors = _staged_records(fields, rows, hashes)
    mandatory = [field for field in fields if field.mandatory]
    now = datetime.now(UTC)
    await conn.execute_script(_STAGE)
    raw = conn._connection  # asyncpg's own connection, for COPY
    await raw.copy_records_to_table("sync_rows", records=records, columns=_STAGED)
    await conn.execute_script("CREATE INDEX ON sync_rows (user_id); ANALYZE sync_rows")
    for statement in _STATEMENTS_MATCH:
        if TENANT in statement:
            await tenant_execute(conn, tenant.id, statement)
        else:
            await conn.execute_query(statement)
    if mandatory:
        names = [field.name for field in mandatory]
        await conn.execute_query(_MANDATORY, [names, [str(field.id) for field in mandatory]])
    # The matches changed the statistics the writes below are planned with.
    await conn.execute_script("ANALYZE sync_rows")
    counts = dict((await conn.execute_query_dict(_COUNT))[0])
    failed = await conn.execute_query_dict(_ERRORS)
    errors += [item_error(r["idx"], r["error_field"], r["error"]) for r in failed]
    counts["failed"] = len(errors)
    if task.dry_run:
        if deactivate_missing:
            missing = await tenant_query(conn, tenant.id, _MISSING)
            counts["deactivated"] = missing[0]["n"]
        return counts, errors
    events: list[tuple[int, str]] = []
    await tenant_execute(conn, tenant.id, _PREVIOUS)
    await tenant_execute(conn, tenant.id, _UPDATE, [now])
    await tenant_execute(conn, tenant.id, _INSERT, [now])
    await tenant_execute(conn, tenant.id, _STORE_VALUES)
    await tenant_execute(conn, tenant.id, _CLEAR_VALUES)
    await bump_counter(tenant.id, USERS_COUNTER, counts["created"], connection=conn)
    events += [(r["id"], r["type"]) for r in await tenant_query(conn, tenant.id, _EVENTS, [now])]
    if deactivate_missing:
        # The users a dry run would count: none of the writes above gives them a row.
        gone = await tenant_query(conn, tenant.id, _DEACTIVATE, [now])
        counts["deactivated"] = len(gone)
        events += [(r["id"], r["type"]) for r in gone]
    await enqueue_dispatches(tenant.id, events, connection=conn)
    return counts, errors


async def do_sync_users(
    task: BatchTask,
    path: Path,
    deactivate_missing: bool,
    *,
    secret_key: str,
    job_id: int,
    worker_id: str,
) -> None:
    """Run the sync of the rows stored at ``path`` for ``task`` and complete the job, in one
    transaction (a dry run rolls back its writes and keeps only the task's results). The
    passwords are hashed before it opens. Raises LeaseLostError, with nothing written, when the
    worker no longer holds the job."""
    tenant = await load_tenant(task.tenant_id)
    rows = unseal_passwords(read_rows(path), secret_key)
    hashes = await password_hashes(rows, dry_run=task.dry_run)

    async def work(conn: BaseDBAsyncClient) -> Results:
        return await _sync(task, tenant, rows, hashes, deactivate_missing, conn)

    await run_task(task, work, job_id=job_id, worker_id=worker_id)
    await asyncio.to_thread(path.unlink, missing_ok=True)
