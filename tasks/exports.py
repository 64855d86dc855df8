"""Handlers of the export jobs: write the file, then finish the export and the job together."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from domain.export_files import write_export_file
from domain.exports import (
    delete_export_file,
    do_finish_export,
    exports_in_tenant,
    set_export_status,
)
from domain.jobs import complete_job
from models.export import ExportStatus
from tasks.context import JobContext, LeaseLost


async def generate_export(job: JobContext) -> None:
    export = await exports_in_tenant(job.tenant_id).get_or_none(id=int(job.payload["export_id"]))
    if export is None or export.status == ExportStatus.SUCCEEDED:
        return
    await set_export_status(export, ExportStatus.RUNNING)
    try:
        rows = await write_export_file(export, job.settings.exports_dir)
    except Exception as exc:
        if job.retry_at is None:  # the last attempt: the tenant sees why
            await set_export_status(export, ExportStatus.FAILED, f"{type(exc).__name__}: {exc}")
        raise
    async with in_transaction() as conn:
        await do_finish_export(export, rows, connection=conn)
        if not await complete_job(job.id, job.worker_id, connection=conn):
            raise LeaseLost(f"job {job.id} is no longer held by {job.worker_id}")
    job.settled = True


async def expire_export(job: JobContext) -> None:
    export = await exports_in_tenant(job.tenant_id).get_or_none(id=int(job.payload["export_id"]))
    if export is not None:
        await delete_export_file(export, job.settings.exports_dir)
