"""Mail jobs in real worker processes: a worker killed while the SMTP server has the message
loses nothing; and a message whose link expired before it could go is dropped."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from core.outbound import outbound_client
from core.settings import Settings
from domain.mail import MAIL_KIND
from models.job import Job, JobStatus
from tasks.mail import send_mail
from tasks.worker import Worker
from tests.factories import Api, Seeded, make_user
from tests.jobs import until
from tests.live import WorkerProcess
from tests.smtp import SmtpServer


def mail_job(run: Any, tenant: Seeded) -> Job:
    found: Job = run(Job.all_tenants.get(tenant_id=tenant.tenant.id, kind=MAIL_KIND))
    return found


def test_a_worker_killed_mid_send_loses_no_mail(
    api: Api,
    run: Any,
    tenant_a: Seeded,
    smtp_server: SmtpServer,
    worker_env: dict[str, str],
    start_job_worker: Callable[[dict[str, str]], WorkerProcess],
) -> None:
    user = run(make_user(tenant_a.tenant))
    smtp_server.hold_next(user.email)
    first = start_job_worker(worker_env)
    assert (
        api.post("/api/v2/password-reset", tenant=tenant_a, json={"login": user.login}).status_code
        == 204
    )
    smtp_server.wait_until_held()
    first.kill()
    start_job_worker(worker_env)

    [mail] = smtp_server.wait_for(user.email)
    assert f"https://{tenant_a.slug}.lms.test/password-reset/" in mail.text

    async def succeeded() -> bool:
        done: bool = await Job.all_tenants.filter(
            tenant_id=tenant_a.tenant.id, kind=MAIL_KIND, status=JobStatus.SUCCEEDED
        ).exists()
        return done

    run(until(succeeded))
    assert mail_job(run, tenant_a).attempts == 2  # the killed attempt, then the one after its lease


def test_a_mail_whose_link_expired_unsent_is_dropped(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, smtp_server: SmtpServer
) -> None:
    user = run(make_user(tenant_a.tenant))
    api.post("/api/v2/password-reset", tenant=tenant_a, json={"login": user.login})
    job = mail_job(run, tenant_a)
    past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    run(Job.all_tenants.filter(id=job.id).update(payload={**job.payload, "send_before": past}))
    http = outbound_client((), 1.0)
    try:
        assert run(Worker(settings, http, {MAIL_KIND: send_mail}).run_until_idle()) >= 1
    finally:
        run(http.aclose())
    assert mail_job(run, tenant_a).status == JobStatus.SUCCEEDED
    assert smtp_server.mails_to(user.email) == []
