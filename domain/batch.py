"""Batch upserts (``/batch/users``, ``/batch/courses``, ``/batch/enrollments``) run as tasks.

A request queues a `BatchTask` and its `RUN_KIND` job in one transaction; the worker applies the
items one by one through the same domain functions as the single-item routes (so the rules are
the same), each in a savepoint of one transaction that also records the task's results and
completes the job. An item that breaks a rule is counted as failed with its error; the others
apply. Events are recorded as usual, their webhook dispatch queued in batches.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import ApiError, Conflict, NotFound, ValidationFailed
from core.query import is_db_id
from domain.courses import NewCourse, courses_in_tenant, do_create_course, do_update_course
from domain.enrollments import do_enroll
from domain.events import deferred_dispatch, enqueue_dispatches
from domain.jobs import complete_job, enqueue_job
from domain.passwords import hash_passwords, seal_password, unseal_password
from domain.users import USER_FIELDS, NewUser, do_create_user, do_update_user, users_in_tenant
from models.course import Course
from models.operations import BatchTask, TaskStatus
from models.tenant import Tenant
from models.user import User, UserStatus, UserType
from tenants.records import TenantRecord, tenant_record

RUN_KIND = "batch.run"
MAX_ITEMS = 100
# A worker that dies mid-task leaves the job to another one: its attempt counts.
RUN_ATTEMPTS = 3
Outcome = Literal["created", "updated", "unchanged"]
_REQUIRED_TO_CREATE_USER = ("login", "email", "name", "surname")


class LeaseLostError(Exception):
    """Rolls back a task whose job another worker has taken over."""


MAX_ERROR_TEXT = 300


def _storable(text: str) -> str:
    # Field names can echo any key a client sent; PostgreSQL JSON cannot hold NUL.
    return text[:MAX_ERROR_TEXT].replace("\x00", "\ufffd")


def item_error(index: int, field: str | None, message: str) -> dict[str, Any]:
    """An item's error as a task shows it."""
    return {
        "index": index,
        "field": None if field is None else _storable(field),
        "message": _storable(message),
    }


def tasks_in_tenant(tenant_id: int) -> QuerySet[BatchTask]:
    return BatchTask.filter(tenant_id=tenant_id)


async def access_task_by_id(tenant: TenantRecord, task_id: int) -> BatchTask:
    """The tenant's task ``task_id``; NotFound for a missing id or another tenant's."""
    task = await tasks_in_tenant(tenant.id).get_or_none(id=task_id) if is_db_id(task_id) else None
    if task is None:
        raise NotFound(f"No task with id {task_id}")
    return task


SEALED_FIELD = "password_sealed"

Items = Sequence[tuple[int, Mapping[str, Any]]]


def seal_item_password(item: Mapping[str, Any], secret_key: str) -> dict[str, Any]:
    """``item`` with its ``password``, if any, replaced by its sealed form, to be stored."""
    copy = dict(item)
    if copy.get("password") is not None:
        copy[SEALED_FIELD] = seal_password(secret_key, copy.pop("password"))
    return copy


def seal_passwords(items: Items, secret_key: str) -> list[tuple[int, dict[str, Any]]]:
    """``items`` with each ``password`` replaced by its sealed form, to be queued."""
    return [(index, seal_item_password(item, secret_key)) for index, item in items]


def unseal_passwords(items: Items, secret_key: str) -> list[tuple[int, dict[str, Any]]]:
    """Queued ``items`` with their sealed passwords back in clear, to be applied."""
    unsealed = []
    for index, item in items:
        copy = dict(item)
        if SEALED_FIELD in copy:
            copy["password"] = unseal_password(secret_key, copy.pop(SEALED_FIELD))
        unsealed.append((index, copy))
    return unsealed


HASHED_FIELD = "password_hashed"


def with_password_hashes(
    items: Items, hashes: Mapping[int, str]
) -> list[tuple[int, dict[str, Any]]]:
    """``items`` with each password in ``hashes`` (by item index) replaced by its hash."""
    hashed = []
    for index, item in items:
        copy = dict(item)
        if index in hashes:
            copy.pop("password", None)
            copy[HASHED_FIELD] = hashes[index]
        hashed.append((index, copy))
    return hashed


async def password_hashes(items: Items, *, dry_run: bool) -> dict[int, str]:
    """The hash of each item's password, by item index, for the items that set one. A dry run
    reports a password change without paying for the hash: its items get a placeholder."""
    given = [(index, item["password"]) for index, item in items if item.get("password") is not None]
    if dry_run:
        return {index: "-" for index, _ in given}
    hashes = await hash_passwords([password for _, password in given])
    return {index: hashed for (index, _), hashed in zip(given, hashes, strict=True)}


async def do_queue_batch(
    tenant: TenantRecord,
    kind: str,
    items: Sequence[tuple[int, Mapping[str, Any]]],
    errors: Sequence[dict[str, Any]],
    *,
    dry_run: bool = False,
    job_kind: str = RUN_KIND,
    extra: Mapping[str, Any] | None = None,
    total: int | None = None,
) -> BatchTask:
    """Queue a task of ``kind`` over ``items`` (``(index, item)`` pairs of JSON values) whose
    request also had the invalid items ``errors`` (counted as failed at once); the task and its
    job commit together."""
    async with in_transaction() as conn:
        task = await BatchTask.create(
            using_db=conn,
            tenant_id=tenant.id,
            kind=kind,
            dry_run=dry_run,
            total=total if total is not None else len(items) + len(errors),
            processed=len(errors),
            failed=len(errors),
            errors=list(errors),
        )
        payload = {"task_id": task.id, "items": [[i, dict(item)] for i, item in items]}
        await enqueue_job(
            tenant.id,
            job_kind,
            {**payload, **(extra or {})},
            max_attempts=RUN_ATTEMPTS,
            connection=conn,
        )
    return task


async def load_tenant(tenant_id: int) -> TenantRecord:
    return tenant_record(await Tenant.get(id=tenant_id))


async def _match_user(tenant: TenantRecord, item: Mapping[str, Any]) -> User | None:
    """The user an item means: by id, else integration_user_id, else email; None: a new one."""
    users = users_in_tenant(tenant)
    if item.get("id") is not None:
        found = await users.get_or_none(id=item["id"]) if is_db_id(item["id"]) else None
        if found is None:
            raise NotFound(f"No user with id {item['id']}", param="id")
        return found
    for key in ("integration_user_id", "email"):
        if item.get(key) is not None:
            found = await users.get_or_none(**{key: item[key]})
            if found is not None:
                return found
    return None


def user_values(item: Mapping[str, Any]) -> dict[str, Any]:
    """An item's user fields as `domain.users` takes them (enums, datetimes)."""
    values = {k: v for k, v in item.items() if k in USER_FIELDS or k == "password"}
    if "user_type_id" in item:
        values["user_type"] = UserType(item["user_type_id"])
    if values.get("status") is not None:
        values["status"] = UserStatus(values["status"])
    if isinstance(values.get("deactivation_date"), str):
        values["deactivation_date"] = datetime.fromisoformat(values["deactivation_date"])
    return values


async def upsert_user(tenant: TenantRecord, item: Mapping[str, Any]) -> Outcome:
    """Create or update the user ``item`` means (see `_match_user`), with its password hashed
    beforehand as ``HASHED_FIELD`` (`with_password_hashes`); raises as `do_create_user` /
    `do_update_user` do."""
    user = await _match_user(tenant, item)
    values = user_values(item)
    custom = dict(item.get("custom_fields") or {})
    password_hash = item.get(HASHED_FIELD)
    if user is None:
        for name in _REQUIRED_TO_CREATE_USER:
            if values.get(name) is None:
                raise ValidationFailed(
                    f"{name}: required to create a user (no user matches the item)", param=name
                )
        new = NewUser(**values, custom_fields=custom, password_hash=password_hash)
        await do_create_user(tenant, new)
        return "created"
    before = user.updated_at
    await do_update_user(
        tenant,
        user,
        {**values, **({"custom_fields": custom} if custom else {})},
        password_hash=password_hash,
    )
    return "unchanged" if user.updated_at == before else "updated"


async def upsert_course(tenant: TenantRecord, item: Mapping[str, Any]) -> Outcome:
    """Create or update the course ``item`` means: by id, else by code."""
    courses = courses_in_tenant(tenant)
    course: Course | None = None
    if item.get("id") is not None:
        course = await courses.get_or_none(id=item["id"]) if is_db_id(item["id"]) else None
        if course is None:
            raise NotFound(f"No course with id {item['id']}", param="id")
    elif item.get("code") is not None:
        course = await courses.get_or_none(code=item["code"])
    changes = {k: v for k, v in item.items() if k in ("name", "code", "description", "is_active")}
    if course is None:
        if changes.get("name") is None:
            raise ValidationFailed(
                "name: required to create a course (no course matches the item)", param="name"
            )
        await do_create_course(tenant, NewCourse(**changes))
        return "created"
    before = course.updated_at
    await do_update_course(tenant, course, changes)
    return "unchanged" if course.updated_at == before else "updated"


async def upsert_enrollment(tenant: TenantRecord, item: Mapping[str, Any]) -> Outcome:
    """Enroll the user in the course unless they already are."""
    try:
        await do_enroll(tenant, item["user_id"], item["course_id"])
    except Conflict:
        return "unchanged"
    return "created"


APPLY: Mapping[str, Callable[[TenantRecord, Mapping[str, Any]], Awaitable[Outcome]]] = {
    "users": upsert_user,
    "courses": upsert_course,
    "enrollments": upsert_enrollment,
}


async def finish_task(
    task: BatchTask,
    counts: Mapping[str, int],
    errors: list[dict[str, Any]],
    conn: BaseDBAsyncClient,
) -> None:
    await (
        tasks_in_tenant(task.tenant_id)
        .filter(id=task.id)
        .using_db(conn)
        .update(
            status=TaskStatus.COMPLETED,
            processed=task.total,
            created=counts.get("created", 0),
            updated=counts.get("updated", 0),
            unchanged=counts.get("unchanged", 0),
            deactivated=counts.get("deactivated", 0),
            failed=task.failed + counts.get("failed", 0),
            errors=sorted([*task.errors, *errors], key=lambda e: int(e["index"])),
            finished_at=datetime.now(UTC),
        )
    )


async def set_task_status(task: BatchTask, status: TaskStatus) -> None:
    await tasks_in_tenant(task.tenant_id).filter(id=task.id).update(status=status)


# A task's counts by outcome ("created", "failed", ...) and its per-item errors.
Results = tuple[dict[str, int], list[dict[str, Any]]]


class _DryRun(Exception):
    """Rolls back the writes of a dry run once its results are known."""


async def apply_items(
    tenant: TenantRecord,
    apply: Callable[[TenantRecord, Mapping[str, Any]], Awaitable[Outcome]],
    items: Sequence[tuple[int, Mapping[str, Any]]],
    pending: list[tuple[int, str]],
) -> Results:
    """Apply each of ``items`` (index, item) and count the outcomes. An item refused with an
    ApiError is reported under its index, and its events are taken back out of ``pending``
    (the open `deferred_dispatch` list)."""
    counts: dict[str, int] = {}
    errors: list[dict[str, Any]] = []
    for index, item in items:
        mark = len(pending)
        try:
            outcome = await apply(tenant, item)
        except ApiError as exc:
            del pending[mark:]
            errors.append(item_error(index, exc.param, exc.message))
            counts["failed"] = counts.get("failed", 0) + 1
        else:
            counts[outcome] = counts.get(outcome, 0) + 1
    return counts, errors


async def _record_and_complete(
    task: BatchTask, results: Results, conn: BaseDBAsyncClient, job_id: int, worker_id: str
) -> None:
    await finish_task(task, *results, conn)
    if not await complete_job(job_id, worker_id, connection=conn):
        raise LeaseLostError(f"job {job_id} is no longer held by {worker_id}")


async def run_task(
    task: BatchTask,
    work: Callable[[BaseDBAsyncClient], Awaitable[Results]],
    *,
    job_id: int,
    worker_id: str,
) -> None:
    """Run ``work`` in one transaction, record its results in the task and complete the job in
    the same transaction. A dry run's writes roll back, and only its results are recorded.
    Raises LeaseLostError, with nothing written, when the worker no longer holds the job."""
    results: Results | None = None
    try:
        async with in_transaction() as conn:
            results = await work(conn)
            if task.dry_run:
                raise _DryRun
            await _record_and_complete(task, results, conn, job_id, worker_id)
    except _DryRun:
        assert results is not None
        async with in_transaction() as conn:
            await _record_and_complete(task, results, conn, job_id, worker_id)


async def do_run_batch(
    task: BatchTask,
    items: Sequence[tuple[int, Mapping[str, Any]]],
    *,
    job_id: int,
    worker_id: str,
) -> None:
    """Apply ``items`` to the task's tenant, record the results in the task and complete the
    job, all in one transaction (`run_task`: a dry run applies them the same way, then rolls
    back and records only the results). Users' passwords are hashed before it opens."""
    tenant = await load_tenant(task.tenant_id)
    if task.kind == "users":
        # Before the transaction opens: the rows the first items write stay locked until it
        # commits, and hashing a hundred passwords takes seconds.
        items = with_password_hashes(items, await password_hashes(items, dry_run=task.dry_run))

    async def work(conn: BaseDBAsyncClient) -> Results:
        with deferred_dispatch() as pending:
            results = await apply_items(tenant, APPLY[task.kind], items, pending)
        if not task.dry_run:
            await enqueue_dispatches(task.tenant_id, pending, connection=conn)
        return results

    await run_task(task, work, job_id=job_id, worker_id=worker_id)
