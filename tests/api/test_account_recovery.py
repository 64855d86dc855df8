"""Password reset and username recovery, end to end: the API queues the mail, a worker sends it to
a real SMTP server on 127.0.0.1, and the test reads what arrived."""

from __future__ import annotations

import asyncio
import base64
import re
from typing import Any

import pytest

from core.errors import ValidationFailed
from core.scoping import tenant_scope
from core.settings import Settings
from domain.account_recovery import (
    RECOVERY_MAILS_PER_HOUR,
    PasswordReset,
    do_request_password_reset,
    do_reset_password,
)
from domain.mail import MAIL_KIND
from models.job import Job, JobStatus
from models.tenant import Tenant, TenantStatus
from models.user import TokenPurpose, UserToken
from tenants.provisioning import do_set_tenant_status
from tests.conftest import MAIL_FROM
from tests.factories import Api, Seeded, error_of, make_user
from tests.jobs import job as stored_job
from tests.smtp import SmtpServer

RESET = "/api/v2/password-reset"
CONFIRM = "/api/v2/password-reset/confirm"
NEW_PASSWORD = "correct horse battery staple"


def recovery(email: str) -> str:
    return f"/api/v2/users/{email}/username-recovery"


def b64(url: str) -> str:
    return base64.urlsafe_b64encode(url.encode()).decode()


def reset_token(mail_text: str, slug: str) -> str:
    match = re.search(rf"https://{slug}\.lms\.test/password-reset/([A-Za-z0-9_-]+)", mail_text)
    assert match is not None, mail_text
    return match.group(1)


def mail_jobs(run: Any, tenant: Seeded) -> list[Job]:
    jobs: list[Job] = run(
        Job.all_tenants.filter(tenant_id=tenant.tenant.id, kind=MAIL_KIND).order_by("id")
    )
    return jobs


def test_password_reset_mails_a_one_time_link_that_sets_the_password(
    api: Api, run: Any, tenant_a: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    user = run(make_user(tenant_a.tenant, name="Ada", surname="Lovelace"))
    response = api.post(RESET, tenant=tenant_a, json={"login": user.login})
    assert response.status_code == 204, response.text
    assert response.body == b""
    send_queued()
    [mail] = smtp_server.wait_for(user.email)
    assert mail.recipients == [user.email]
    assert mail.message["From"] == MAIL_FROM
    assert mail.message["To"] == f"Ada Lovelace <{user.email}>"
    assert "Reset your password" in mail.message["Subject"]
    assert mail.message["Auto-Submitted"] == "auto-generated"
    token = reset_token(mail.text, tenant_a.slug)
    assert user.login in mail.text
    # Only the token's hash is stored, and the queued message is encrypted.
    stored = run(UserToken.all_tenants.filter(user_id=user.id).values_list("token_hash", flat=True))
    assert len(stored) == 1
    assert token not in stored[0]
    [job] = mail_jobs(run, tenant_a)
    assert job.status == JobStatus.SUCCEEDED
    assert token not in str(job.payload)
    assert user.email not in str(job.payload)

    confirmed = api.post(
        CONFIRM, tenant=tenant_a.slug, json={"token": token, "password": NEW_PASSWORD}
    )
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json == {"_data": {"user_id": user.id, "login": user.login}}
    assert confirmed.headers["Cache-Control"] == "no-store"
    # The new password is the user's: the API accepts it as current_password.
    changed = api.request(
        "PATCH",
        f"/api/v2/users/{user.id}",
        tenant=tenant_a,
        json={"current_password": NEW_PASSWORD, "password": "yet another password"},
    )
    assert changed.status_code == 200, changed.text

    again = api.post(CONFIRM, tenant=tenant_a.slug, json={"token": token, "password": "x" * 12})
    assert again.status_code == 422
    assert error_of(again)["param"] == "token"


def test_a_reset_signs_the_user_out_and_voids_other_links(
    api: Api, run: Any, tenant_a: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    user = run(make_user(tenant_a.tenant))
    assert api.get(f"/api/v2/users/{user.id}/login", tenant=tenant_a).status_code == 200
    for _ in range(2):
        assert api.post(RESET, tenant=tenant_a, json={"login": user.login}).status_code == 204
    send_queued()
    first, second = (
        reset_token(m.text, tenant_a.slug) for m in smtp_server.wait_for(user.email, 2)
    )
    body = {"token": second, "password": NEW_PASSWORD}
    assert api.post(CONFIRM, tenant=tenant_a.slug, json=body).status_code == 200
    status = api.get(f"/api/v2/users/{user.id}/online-status", tenant=tenant_a).json["_data"]
    assert status["online"] is False
    stale = api.post(CONFIRM, tenant=tenant_a.slug, json={**body, "token": first})
    assert stale.status_code == 422
    assert error_of(stale)["param"] == "token"


def test_an_expired_link_does_not_work(
    api: Api, run: Any, tenant_a: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    user = run(make_user(tenant_a.tenant))
    api.post(RESET, tenant=tenant_a, json={"login": user.login})
    send_queued()
    token = reset_token(smtp_server.wait_for(user.email)[0].text, tenant_a.slug)
    run(
        UserToken.all_tenants.filter(user_id=user.id, purpose=TokenPurpose.PASSWORD_RESET).update(
            expires_at=user.created_at
        )
    )
    response = api.post(CONFIRM, tenant=tenant_a.slug, json={"token": token, "password": "x" * 8})
    assert response.status_code == 422
    assert "expired" in error_of(response)["message"]


def test_redirect_url_rides_on_the_link(
    api: Api, run: Any, tenant_a: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    user = run(make_user(tenant_a.tenant))
    after = "https://learn.acme.example/welcome-back"
    response = api.post(
        f"{RESET}?redirect_url={b64(after)}", tenant=tenant_a, json={"login": user.login}
    )
    assert response.status_code == 204, response.text
    send_queued()
    text = smtp_server.wait_for(user.email)[0].text
    assert "?redirect_url=https%3A%2F%2Flearn.acme.example%2Fwelcome-back" in text


def test_unknown_and_inactive_users_get_the_same_answer_and_no_mail(
    api: Api, run: Any, tenant_a: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    inactive = run(make_user(tenant_a.tenant, status="inactive"))
    for login in ("nobody-here", inactive.login):
        response = api.post(RESET, tenant=tenant_a, json={"login": login})
        assert response.status_code == 204, response.text
    for address in ("nobody@example.com", inactive.email):
        response = api.post(recovery(address), tenant=tenant_a)
        assert response.status_code == 200, response.text
        assert response.json["_data"]["email"] == address
    assert mail_jobs(run, tenant_a) == []
    send_queued()
    assert smtp_server.mails_to(inactive.email) == []


def test_a_user_gets_at_most_three_mails_of_each_kind_an_hour(
    api: Api,
    run: Any,
    settings: Settings,
    tenant_a: Seeded,
    smtp_server: SmtpServer,
    send_queued: Any,
) -> None:
    flooded, raced, other = (run(make_user(tenant_a.tenant)) for _ in range(3))
    for _ in range(RECOVERY_MAILS_PER_HOUR + 2):
        response = api.post(RESET, tenant=tenant_a, json={"login": flooded.login})
        assert response.status_code == 204, response.text

    async def race() -> None:
        with tenant_scope(tenant_a.tenant.id):
            await asyncio.gather(
                *(
                    do_request_password_reset(
                        tenant_a.tenant, raced.login, settings, base_url="https://x.lms.test"
                    )
                    for _ in range(RECOVERY_MAILS_PER_HOUR + 3)
                )
            )

    run(race())
    assert api.post(RESET, tenant=tenant_a, json={"login": other.login}).status_code == 204
    for _ in range(RECOVERY_MAILS_PER_HOUR + 1):
        response = api.post(recovery(flooded.email), tenant=tenant_a)
        assert response.status_code == 200, response.text
    send_queued()
    to_flooded = smtp_server.mails_to(flooded.email)
    resets = [m for m in to_flooded if "Reset your password" in str(m.message["Subject"])]
    reminders = [m for m in to_flooded if "Your username" in str(m.message["Subject"])]
    assert (len(resets), len(reminders)) == (RECOVERY_MAILS_PER_HOUR, RECOVERY_MAILS_PER_HOUR)
    assert len(smtp_server.mails_to(raced.email)) == RECOVERY_MAILS_PER_HOUR
    assert len(smtp_server.mails_to(other.email)) == 1


def test_username_recovery_mails_the_login(
    api: Api, run: Any, tenant_a: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    user = run(make_user(tenant_a.tenant))
    shouted = user.email.upper().replace("@EXAMPLE.COM", "@example.com")
    response = api.post(recovery(shouted.replace("@", "%40")), tenant=tenant_a)
    assert response.status_code == 200, response.text
    portal = f"https://{tenant_a.slug}.lms.test/"
    assert response.json["_data"] == {"email": shouted, "portal_url": portal}
    custom = "https://portal.acme.example/sign-in"
    response = api.post(f"{recovery(user.email)}?domain_url={b64(custom)}", tenant=tenant_a)
    assert response.json["_data"]["portal_url"] == custom
    send_queued()
    mails = smtp_server.wait_for(user.email, 2)  # sent concurrently: in either order
    for mail in mails:
        assert mail.recipients == [user.email]
        assert "username" in mail.message["Subject"]
        assert f"Your username is: {user.login}" in mail.text
    assert sorted(portal in m.text for m in mails) == [False, True]
    assert sorted(custom in m.text for m in mails) == [False, True]


def test_tenants_are_isolated(
    api: Api,
    run: Any,
    tenant_a: Seeded,
    tenant_b: Seeded,
    smtp_server: SmtpServer,
    send_queued: Any,
) -> None:
    mine = run(make_user(tenant_a.tenant))
    theirs = run(make_user(tenant_b.tenant, login=mine.login))
    assert api.post(RESET, tenant=tenant_b, json={"login": mine.login}).status_code == 204
    assert api.post(recovery(mine.email), tenant=tenant_b).status_code == 200
    send_queued()
    assert smtp_server.mails_to(mine.email) == []
    [mail] = smtp_server.wait_for(theirs.email)
    token = reset_token(mail.text, tenant_b.slug)
    body = {"token": token, "password": NEW_PASSWORD}
    elsewhere = api.post(CONFIRM, tenant=tenant_a.slug, json=body)
    assert elsewhere.status_code == 422
    assert error_of(elsewhere)["param"] == "token"
    assert api.post(CONFIRM, tenant=tenant_b.slug, json=body).json["_data"]["user_id"] == theirs.id
    other_key = api.post(RESET, tenant=tenant_b.slug, key=tenant_a.key, json={"login": "x"})
    assert other_key.status_code == 401
    other_key = api.post(recovery(mine.email), tenant=tenant_b.slug, key=tenant_a.key)
    assert other_key.status_code == 401


@pytest.mark.parametrize(
    ("path", "body", "status", "param"),
    [
        (RESET, None, 400, None),
        (RESET, {}, 400, "login"),
        (RESET, {"login": 42}, 400, "login"),
        (RESET, {"login": ["a"]}, 400, "login"),
        (RESET, {"login": "a", "email": "a@b.c"}, 400, "email"),
        (RESET, {"login": "x" * 100_000}, 422, "login"),
        (RESET, {"login": "two words"}, 422, "login"),
        (f"{RESET}?redirect_url=%%%", {"login": "a"}, 400, "redirect_url"),
        (f"{RESET}?redirect_url=%C2%BB%2F", {"login": "a"}, 400, "redirect_url"),
        (f"{RESET}?redirect_url={b64('javascript:alert(1)')}", {"login": "a"}, 400, "redirect_url"),
        (f"{RESET}?redirect_url={b64('https://a.example')}&x=1", {"login": "a"}, 400, "x"),
        (recovery("not-an-email"), None, 400, "email"),
        (recovery("a@" + "b" * 300 + ".com"), None, 400, "email"),
        (recovery("a@b.example") + "?domain_url=abc", None, 400, "domain_url"),
        (recovery("a@b.example") + "?page=1", None, 400, "page"),
    ],
)
def test_bad_requests_are_refused(
    api: Api, tenant_a: Seeded, path: str, body: Any, status: int, param: str | None
) -> None:
    response = api.post(path, tenant=tenant_a, json=body)
    assert response.status_code == status, response.text
    assert error_of(response).get("param") == param


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"token": "abc"}, 400, "password"),
        ({"token": 12345678, "password": NEW_PASSWORD}, 400, "token"),
        ({"token": "abc", "password": 12345678}, 400, "password"),
        ({"token": "abc", "password": "short"}, 422, "password"),
        ({"token": "x" * 100_000, "password": NEW_PASSWORD}, 422, "token"),
        ({"token": "abc", "password": "x" * 100_000}, 422, "password"),
        ({"token": "abc", "password": NEW_PASSWORD}, 422, "token"),
        ({"token": "", "password": NEW_PASSWORD}, 422, "token"),
    ],
)
def test_bad_confirmations_are_refused(
    api: Api, tenant_a: Seeded, body: Any, status: int, param: str
) -> None:
    response = api.post(CONFIRM, tenant=tenant_a.slug, json=body)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param


def test_confirmation_needs_the_tenant_host_and_https(api: Api, tenant_a: Seeded) -> None:
    body = {"token": "abc", "password": NEW_PASSWORD}
    assert api.post(CONFIRM, tenant="no-such-tenant", json=body).status_code == 404
    assert api.post(CONFIRM, tenant=tenant_a.slug, json=body, https=False).status_code == 403
    assert api.post(CONFIRM, tenant=tenant_a.slug, json=body, version=None).status_code == 400


def test_without_smtp_mail_routes_answer_503(
    api: Api, run: Any, tenant_a: Seeded, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = run(make_user(tenant_a.tenant))
    app_ctx = api.client.app.ctx
    monkeypatch.setattr(app_ctx, "settings", settings.model_copy(update={"smtp": None}))
    for response in (
        api.post(RESET, tenant=tenant_a, json={"login": user.login}),
        api.post(recovery(user.email), tenant=tenant_a),
    ):
        assert response.status_code == 503, response.text
        assert "Mail is not configured" in error_of(response)["message"]
    assert mail_jobs(run, tenant_a) == []


def test_smtp_down_the_mail_is_retried_not_lost(
    api: Api, run: Any, tenant_a: Seeded, smtp_port: int, send_queued: Any
) -> None:
    user = run(make_user(tenant_a.tenant))
    api.post(recovery(user.email), tenant=tenant_a)
    send_queued()  # nothing listens on the port
    [job] = mail_jobs(run, tenant_a)
    assert job.status == JobStatus.QUEUED
    assert job.attempts == 1
    assert job.last_error
    server = SmtpServer(smtp_port)
    server.start()
    try:
        server.refuse("451 4.3.0 try again later")
        run(Job.all_tenants.filter(id=job.id).update(run_at=job.created_at))
        send_queued()
        job = run(stored_job(job.id))
        assert (job.status, job.attempts) == (JobStatus.QUEUED, 2)
        assert "451" in str(job.last_error)
        server.refuse(None)
        run(Job.all_tenants.filter(id=job.id).update(run_at=job.created_at))
        send_queued()
        [mail] = server.wait_for(user.email)
        assert user.login in mail.text
        job = run(stored_job(job.id))
        assert (job.status, job.attempts) == (JobStatus.SUCCEEDED, 3)
    finally:
        server.stop()


def test_a_permanent_refusal_fails_the_mail_at_once(
    api: Api, run: Any, tenant_a: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    user = run(make_user(tenant_a.tenant))
    smtp_server.refuse("554 5.7.1 message rejected")
    api.post(recovery(user.email), tenant=tenant_a)
    send_queued()
    [job] = mail_jobs(run, tenant_a)
    assert (job.status, job.attempts) == (JobStatus.FAILED, 1)
    assert "554" in str(job.last_error)


def test_one_token_resets_once_under_concurrency(
    api: Api, run: Any, tenant_a: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    user = run(make_user(tenant_a.tenant))
    api.post(RESET, tenant=tenant_a, json={"login": user.login})
    send_queued()
    token = reset_token(smtp_server.wait_for(user.email)[0].text, tenant_a.slug)

    async def race() -> list[Any]:
        with tenant_scope(tenant_a.tenant.id):
            return await asyncio.gather(
                *(do_reset_password(tenant_a.tenant, token, f"password {n}") for n in range(4)),
                return_exceptions=True,
            )

    results = run(race())
    assert sum(isinstance(r, PasswordReset) for r in results) == 1, results
    assert sum(isinstance(r, ValidationFailed) for r in results) == 3, results


def test_a_suspended_tenant_cannot_reset(
    api: Api, run: Any, tenant_a: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    user = run(make_user(tenant_a.tenant))
    api.post(RESET, tenant=tenant_a, json={"login": user.login})
    send_queued()
    token = reset_token(smtp_server.wait_for(user.email)[0].text, tenant_a.slug)
    tenant = run(Tenant.get(id=tenant_a.tenant.id))
    run(do_set_tenant_status(tenant, TenantStatus.SUSPENDED))
    body = {"token": token, "password": NEW_PASSWORD}
    response = api.post(CONFIRM, tenant=tenant_a.slug, json=body)
    assert response.status_code == 403, response.text
    error_of(response)
    run(do_set_tenant_status(tenant, TenantStatus.ACTIVE))
    assert api.post(CONFIRM, tenant=tenant_a.slug, json=body).status_code == 200
