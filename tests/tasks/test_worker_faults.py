"""Real worker processes (``python server.py worker``) against faults: SIGKILL mid-delivery and
mid-export, SIGTERM mid-delivery, a receiver that is down or too slow, database connections cut.

The worker environment (conftest ``worker_env``) has 2 s leases, 0.1 s retry base, 0.2 s polls
and a 2 s webhook timeout, so each scenario plays out in seconds."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.scoping import platform_connection, tenant_scope
from core.settings import Settings
from domain.events import EventType
from domain.exports import do_request_export
from domain.webhook_delivery import DELIVER_KIND
from domain.webhooks import do_create_webhook
from models.export import Export, ExportKind, ExportStatus
from models.job import Job, JobStatus
from models.webhook import DeliveryStatus, WebhookDelivery
from tasks.worker import APPLICATION_NAME
from tests.conftest import free_port
from tests.factories import Seeded, make_event
from tests.jobs import until
from tests.live import WorkerProcess
from tests.receiver import Behaviour, Receiver

StartWorker = Callable[[dict[str, str]], WorkerProcess]


def make_webhook(run: Any, tenant: Seeded, settings: Settings, url: str) -> tuple[int, str]:
    async def create() -> tuple[int, str]:
        with tenant_scope(tenant.tenant.id):
            endpoint, secret = await do_create_webhook(
                tenant.tenant, settings, url=url, event_types=["*"]
            )
        return endpoint.id, secret

    made: tuple[int, str] = run(create())
    return made


def emit(run: Any, tenant: Seeded) -> int:
    event = run(make_event(tenant.tenant.id, EventType.USER_CREATED, {"user": {"id": 1}}))
    event_id: int = event.id
    return event_id


async def log_of(endpoint_id: int) -> list[WebhookDelivery]:
    found: list[WebhookDelivery] = (
        await WebhookDelivery.all_tenants.filter(endpoint_id=endpoint_id).order_by("id").all()
    )
    return found


def delivery_job(run: Any, tenant: Seeded) -> Job:
    found: Job = run(Job.all_tenants.get(tenant_id=tenant.tenant.id, kind=DELIVER_KIND))
    return found


def wait_for_job(run: Any, tenant: Seeded, status: JobStatus, seconds: float = 30) -> Job:
    async def reached() -> bool:
        found = await Job.all_tenants.filter(
            tenant_id=tenant.tenant.id, kind=DELIVER_KIND, status=status
        ).exists()
        return bool(found)

    run(until(reached, seconds))
    return delivery_job(run, tenant)


def test_a_worker_killed_mid_delivery_loses_nothing(
    run: Any,
    settings: Settings,
    tenant_a: Seeded,
    receiver: Receiver,
    worker_env: dict[str, str],
    start_job_worker: StartWorker,
) -> None:
    receiver.behaviour = Behaviour(hold=threading.Event())
    endpoint_id, secret = make_webhook(run, tenant_a, settings, receiver.url)
    first_worker = start_job_worker(worker_env)
    event_id = emit(run, tenant_a)

    [held] = receiver.wait_for(1)
    first_worker.kill()
    receiver.behaviour = Behaviour()
    start_job_worker(worker_env)

    again = receiver.wait_for(2)[1]
    assert held.headers["webhook-id"] == again.headers["webhook-id"] == f"evt_{event_id}"
    again.verify(secret)
    job = wait_for_job(run, tenant_a, JobStatus.SUCCEEDED)
    assert job.attempts == 2  # the killed attempt counts, and was retried after its lease
    [logged] = run(log_of(endpoint_id))  # the killed worker logged nothing
    assert (logged.attempt, logged.status, logged.status_code) == (2, "succeeded", 200)


def test_sigterm_lets_the_delivery_in_hand_finish(
    run: Any,
    settings: Settings,
    tenant_a: Seeded,
    receiver: Receiver,
    worker_env: dict[str, str],
    start_job_worker: StartWorker,
) -> None:
    hold = threading.Event()
    receiver.behaviour = Behaviour(hold=hold)
    endpoint_id, _ = make_webhook(run, tenant_a, settings, receiver.url)
    worker = start_job_worker(worker_env)
    emit(run, tenant_a)
    receiver.wait_for(1)

    threading.Timer(0.5, hold.set).start()
    assert worker.stop() == 0
    assert "finishing jobs in hand" in worker.output()
    [logged] = run(log_of(endpoint_id))
    assert (logged.attempt, logged.status) == (1, DeliveryStatus.SUCCEEDED)
    assert delivery_job(run, tenant_a).status == JobStatus.SUCCEEDED


def test_a_receiver_that_is_down_gets_one_try_and_three_retries(
    run: Any,
    settings: Settings,
    tenant_a: Seeded,
    worker_env: dict[str, str],
    start_job_worker: StartWorker,
) -> None:
    endpoint_id, _ = make_webhook(run, tenant_a, settings, f"http://127.0.0.1:{free_port()}/")
    start_job_worker(worker_env)
    emit(run, tenant_a)

    job = wait_for_job(run, tenant_a, JobStatus.FAILED)
    logged = run(log_of(endpoint_id))
    assert [d.attempt for d in logged] == [1, 2, 3, 4]
    assert {d.status for d in logged} == {DeliveryStatus.FAILED}
    assert all("ConnectError" in (d.error or "") for d in logged)
    assert [d.next_retry_at is not None for d in logged] == [True, True, True, False]
    assert job.attempts == 4
    assert "ConnectError" in (job.last_error or "")


def test_a_receiver_slower_than_the_timeout_is_a_failed_attempt(
    run: Any,
    settings: Settings,
    tenant_a: Seeded,
    receiver: Receiver,
    worker_env: dict[str, str],
    start_job_worker: StartWorker,
) -> None:
    receiver.behaviour = Behaviour(delay=4)  # the worker's timeout is 2 s
    endpoint_id, _ = make_webhook(run, tenant_a, settings, receiver.url)
    start_job_worker(worker_env)
    emit(run, tenant_a)
    receiver.wait_for(1)
    receiver.behaviour = Behaviour()

    wait_for_job(run, tenant_a, JobStatus.SUCCEEDED)
    slow, fast = run(log_of(endpoint_id))
    assert (slow.attempt, slow.status, slow.status_code) == (1, DeliveryStatus.FAILED, None)
    assert slow.error == "no answer within 2 s"
    assert slow.latency_ms >= 2000
    assert (fast.attempt, fast.status) == (2, DeliveryStatus.SUCCEEDED)


def test_the_worker_recovers_when_its_database_connections_are_cut(
    run: Any,
    settings: Settings,
    tenant_a: Seeded,
    receiver: Receiver,
    worker_env: dict[str, str],
    start_job_worker: StartWorker,
) -> None:
    endpoint_id, _ = make_webhook(run, tenant_a, settings, receiver.url)
    worker = start_job_worker(worker_env)
    emit(run, tenant_a)
    receiver.wait_for(1)

    # What a PostgreSQL restart does to the worker, without restarting the shared server:
    # every connection the worker holds (its pool and its LISTEN connection) is terminated.
    _, rows = run(
        platform_connection().execute_query(
            "SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = $1",
            [APPLICATION_NAME],
        )
    )
    assert len(rows) >= 2
    emit(run, tenant_a)

    receiver.wait_for(2)

    async def both_logged() -> bool:
        return len(await log_of(endpoint_id)) == 2

    async def listening_again() -> bool:
        return worker.output().count("listening for new jobs") >= 2

    run(until(both_logged))
    assert [d.status for d in run(log_of(endpoint_id))] == [DeliveryStatus.SUCCEEDED] * 2
    run(until(listening_again))


def test_a_worker_killed_mid_export_leaves_one_complete_file(
    run: Any,
    settings: Settings,
    tenant_a: Seeded,
    worker_env: dict[str, str],
    start_job_worker: StartWorker,
) -> None:
    rows = 150_000
    run(
        platform_connection().execute_query(
            "INSERT INTO events (tenant_id, type, data, created_at) "
            "SELECT $1, 'lesson.completed', jsonb_build_object('n', n), now() "
            "FROM generate_series(1, $2) AS n",
            [tenant_a.tenant.id, rows],
        )
    )
    with tenant_scope(tenant_a.tenant.id):
        export = run(do_request_export(tenant_a.tenant, ExportKind.ACTIVITY))
    folder = Path(settings.exports_dir) / str(tenant_a.tenant.id)
    partial = folder / f"{export.id}.csv.partial"
    first_worker = start_job_worker(worker_env)

    async def half_written() -> bool:
        return partial.exists() and partial.stat().st_size > 1_000_000

    run(until(half_written, 60))
    first_worker.kill()
    start_job_worker(worker_env)

    async def finished() -> bool:
        current = await Export.all_tenants.get(id=export.id)
        return bool(current.status == ExportStatus.SUCCEEDED)

    run(until(finished, 60))
    done = run(Export.all_tenants.get(id=export.id))
    assert done.row_count == rows
    assert sorted(p.name for p in folder.iterdir()) == [f"{export.id}.csv"]
    with (folder / f"{export.id}.csv").open("rb") as written:
        assert sum(1 for _ in written) == rows + 1
