"""Login links and sessions: random, stored as hashes, single-use links, logout voids everything
issued before it, online status follows session use."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.errors import Conflict, NotFound
from core.scoping import tenant_scope
from domain.sessions import (
    LOGIN_LINK_TTL,
    ONLINE_WINDOW,
    SESSION_TTL,
    access_session,
    do_issue_login,
    do_logout_user,
    do_redeem_login_link,
    hash_token,
    online_status,
)
from domain.users import access_user_by_id, do_update_user
from models.event import Event
from models.user import TokenPurpose, UserStatus, UserToken
from tests.factories import Seeded, make_user


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


@pytest.mark.usefixtures("in_a")
def test_issue_returns_fresh_secrets_and_stores_only_hashes(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(make_user(tenant))
    before = datetime.now(UTC)
    first = run(do_issue_login(tenant, user))
    second = run(do_issue_login(tenant, user))

    tokens = {first.login_link.token, first.session.token, second.login_link.token}
    assert len(tokens) == 3
    assert all(len(token) >= 43 for token in tokens)
    stored = run(UserToken.filter(user_id=user.id).values("purpose", "token_hash", "expires_at"))
    assert {row["token_hash"] for row in stored} >= {hash_token(t) for t in tokens}
    assert not {row["token_hash"] for row in stored} & tokens
    assert (
        before + LOGIN_LINK_TTL
        <= first.login_link.expires_at
        <= datetime.now(UTC) + (LOGIN_LINK_TTL)
    )
    assert first.session.expires_at - first.login_link.expires_at == SESSION_TTL - LOGIN_LINK_TTL
    assert run(access_user_by_id(tenant, user.id)).last_login is not None
    logins = run(Event.filter(type="user.logged_in").values_list("data", flat=True))
    assert logins == [{"id": user.id, "login": user.login, "via": "api"}] * 2


@pytest.mark.usefixtures("in_a")
def test_a_login_link_is_good_once(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(make_user(tenant))
    issued = run(do_issue_login(tenant, user))

    user_id, session = run(do_redeem_login_link(tenant, issued.login_link.token))
    assert user_id == user.id
    assert run(access_session(tenant, session.token)) == user.id
    with pytest.raises(NotFound):
        run(do_redeem_login_link(tenant, issued.login_link.token))
    with pytest.raises(NotFound):
        run(do_redeem_login_link(tenant, issued.session.token))
    with pytest.raises(NotFound):
        run(access_session(tenant, issued.login_link.token))


@pytest.mark.usefixtures("in_a")
def test_concurrent_redemptions_spend_a_link_once(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    issued = run(do_issue_login(tenant, run(make_user(tenant))))

    async def race() -> list[Any]:
        attempts = [do_redeem_login_link(tenant, issued.login_link.token) for _ in range(5)]
        return await asyncio.gather(*attempts, return_exceptions=True)

    outcomes = run(race())
    assert sum(not isinstance(o, BaseException) for o in outcomes) == 1
    assert all(isinstance(o, NotFound) for o in outcomes if isinstance(o, BaseException))


@pytest.mark.usefixtures("in_a")
def test_expired_links_and_sessions_are_refused(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(make_user(tenant))
    issued = run(do_issue_login(tenant, user))
    past = datetime.now(UTC) - timedelta(seconds=1)
    run(UserToken.filter(user_id=user.id).update(expires_at=past))
    with pytest.raises(NotFound):
        run(do_redeem_login_link(tenant, issued.login_link.token))
    with pytest.raises(NotFound):
        run(access_session(tenant, issued.session.token))


@pytest.mark.usefixtures("in_a")
def test_logout_ends_every_session_and_link(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(make_user(tenant))
    other = run(make_user(tenant))
    first = run(do_issue_login(tenant, user))
    second = run(do_issue_login(tenant, user))
    kept = run(do_issue_login(tenant, other))
    assert run(online_status(tenant, user)).online

    ended = run(do_logout_user(tenant, user))

    assert ended == 2
    for token in (first.session.token, second.session.token):
        with pytest.raises(NotFound):
            run(access_session(tenant, token))
    with pytest.raises(NotFound):
        run(do_redeem_login_link(tenant, first.login_link.token))
    assert not run(online_status(tenant, run(access_user_by_id(tenant, user.id)))).online
    assert run(access_session(tenant, kept.session.token)) == other.id
    assert run(do_logout_user(tenant, user)) == 0
    outs = run(Event.filter(type="user.logged_out").values_list("data", flat=True))
    assert [o["sessions_ended"] for o in outs] == [2, 0]
    fresh = run(do_issue_login(tenant, run(access_user_by_id(tenant, user.id))))
    assert run(access_session(tenant, fresh.session.token)) == user.id


@pytest.mark.usefixtures("in_a")
def test_inactive_users_cannot_sign_in(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(make_user(tenant))
    issued = run(do_issue_login(tenant, user))
    run(do_update_user(tenant, user, {"status": UserStatus.INACTIVE}))
    with pytest.raises(Conflict):
        run(do_issue_login(tenant, user))
    with pytest.raises(Conflict):
        run(do_redeem_login_link(tenant, issued.login_link.token))
    assert not run(online_status(tenant, user)).online
    past = run(make_user(tenant, deactivation_date=datetime.now(UTC) - timedelta(days=1)))
    with pytest.raises(Conflict):
        run(do_issue_login(tenant, past))


@pytest.mark.usefixtures("in_a")
def test_online_while_a_session_is_recent(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(make_user(tenant))
    status = run(online_status(tenant, user))
    assert (status.online, status.last_seen_at) == (False, None)

    issued = run(do_issue_login(tenant, user))
    assert run(online_status(tenant, user)).online

    stale = datetime.now(UTC) - ONLINE_WINDOW - timedelta(seconds=1)
    sessions = UserToken.filter(user_id=user.id, purpose=TokenPurpose.SESSION)
    run(sessions.update(created_at=stale))
    status = run(online_status(tenant, user))
    assert not status.online
    assert status.last_seen_at is not None

    run(access_session(tenant, issued.session.token))
    assert run(online_status(tenant, user)).online


def test_tokens_are_the_tenants_own(run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    with tenant_scope(tenant_a.tenant.id):
        issued = run(do_issue_login(tenant_a.tenant, run(make_user(tenant_a.tenant))))
    with tenant_scope(tenant_b.tenant.id):
        with pytest.raises(NotFound):
            run(do_redeem_login_link(tenant_b.tenant, issued.login_link.token))
        with pytest.raises(NotFound):
            run(access_session(tenant_b.tenant, issued.session.token))
