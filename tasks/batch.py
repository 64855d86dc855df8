"""Handlers of the batch jobs: a batch of up to 100 items, and an HR sync from a CSV file. Both
finish their task and complete their job in the transaction of their writes."""

from __future__ import annotations

from typing import Any

from domain.batch import (
    LeaseLostError,
    do_run_batch,
    set_task_status,
    tasks_in_tenant,
    unseal_passwords,
)
from domain.user_sync import do_sync_users, sync_file_path
from models.operations import BatchTask, TaskStatus
from tasks.context import JobContext, LeaseLost


async def _task(job: JobContext) -> BatchTask | None:
    task = await tasks_in_tenant(job.tenant_id).get_or_none(id=int(job.payload["task_id"]))
    if task is None or task.status in (TaskStatus.COMPLETED, TaskStatus.FAILED):
        return None
    await set_task_status(task, TaskStatus.RUNNING)
    return task


async def _settle(job: JobContext, task: BatchTask, work: Any) -> None:
    try:
        await work
    except LeaseLostError as exc:
        job.settled = True
        raise LeaseLost(str(exc)) from None
    except Exception:
        if job.retry_at is None:  # the last attempt: the tenant sees that it failed
            await set_task_status(task, TaskStatus.FAILED)
        raise
    job.settled = True


async def run_batch(job: JobContext) -> None:
    task = await _task(job)
    if task is None:
        return
    queued = [(int(index), item) for index, item in job.payload["items"]]
    items = unseal_passwords(queued, job.settings.secret_key)
    await _settle(job, task, do_run_batch(task, items, job_id=job.id, worker_id=job.worker_id))


async def sync_users(job: JobContext) -> None:
    task = await _task(job)
    if task is None:
        return
    path = sync_file_path(job.settings.exports_dir, str(job.payload["file"]))
    deactivate = bool(job.payload.get("deactivate_missing"))
    await _settle(
        job,
        task,
        do_sync_users(
            task,
            path,
            deactivate,
            secret_key=job.settings.secret_key,
            job_id=job.id,
            worker_id=job.worker_id,
        ),
    )
