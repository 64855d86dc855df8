from __future__ import annotations

from typing import Any

import pytest

from core.scoping import tenant_scope
from domain.sessions import access_session, do_redeem_login_link
from models.event import Event
from models.user import UserToken
from tests.factories import Api, Seeded, error_of, make_user

USERS = "/api/v2/users"


def user_id(run: Any, tenant: Seeded, **overrides: Any) -> int:
    found: int = run(make_user(tenant.tenant, **overrides)).id
    return found


def test_login_issues_a_one_time_url_and_a_session(api: Api, run: Any, tenant_a: Seeded) -> None:
    uid = user_id(run, tenant_a)
    response = api.get(f"{USERS}/{uid}/login", tenant=tenant_a)
    assert response.status_code == 200, response.text
    assert response.headers["Cache-Control"] == "no-store"
    data = response.json["_data"]
    prefix = f"https://{tenant_a.slug}.lms.test/login/"
    assert data["login_key"].startswith(prefix)
    token = data["login_key"].removeprefix(prefix)
    assert len(token) >= 43
    assert data["user_id"] == uid
    assert data["login_key_expires_at"] < data["session_expires_at"]
    stored = run(UserToken.all_tenants.filter(user_id=uid).values_list("token_hash", flat=True))
    assert token not in stored
    assert data["session_token"] not in stored
    with tenant_scope(tenant_a.tenant.id):
        assert run(access_session(tenant_a.tenant, data["session_token"])) == uid
        assert run(do_redeem_login_link(tenant_a.tenant, token))[0] == uid
    profile = api.get(f"{USERS}/{uid}", tenant=tenant_a).json["_data"]
    assert profile["last_login"] is not None
    listed = api.get(f"{USERS}?filter[login][eq]={profile['login']}", tenant=tenant_a).json
    assert listed["_data"][0]["last_login"] == profile["last_login"]


def test_online_status_follows_login_and_logout(api: Api, run: Any, tenant_a: Seeded) -> None:
    uid = user_id(run, tenant_a)
    status = api.get(f"{USERS}/{uid}/online-status", tenant=tenant_a).json["_data"]
    assert status == {"user_id": uid, "online": False, "last_seen_at": None}
    api.get(f"{USERS}/{uid}/login", tenant=tenant_a)
    api.get(f"{USERS}/{uid}/login", tenant=tenant_a)
    status = api.get(f"{USERS}/{uid}/online-status", tenant=tenant_a).json["_data"]
    assert status["online"] is True
    assert status["last_seen_at"].endswith("Z")

    out = api.post(f"{USERS}/{uid}/logout", tenant=tenant_a, json={"next": "https://x.example/"})
    assert out.status_code == 200, out.text
    data = out.json["_data"]
    assert data["user_id"] == uid
    assert data["sessions_ended"] == 2
    assert data["redirect_url"] == "https://x.example/"
    assert data["logged_out_at"].endswith("Z")
    status = api.get(f"{USERS}/{uid}/online-status", tenant=tenant_a).json["_data"]
    assert status == {"user_id": uid, "online": False, "last_seen_at": None}
    again = api.post(f"{USERS}/{uid}/logout", tenant=tenant_a, json={})
    assert again.json["_data"]["sessions_ended"] == 0
    assert again.json["_data"]["redirect_url"] is None
    types = run(
        Event.all_tenants.filter(tenant_id=tenant_a.tenant.id, type__startswith="user.logged")
        .order_by("id")
        .values_list("type", flat=True)
    )
    assert types == ["user.logged_in", "user.logged_in", "user.logged_out", "user.logged_out"]


def test_inactive_users_cannot_log_in(api: Api, run: Any, tenant_a: Seeded) -> None:
    uid = user_id(run, tenant_a)
    api.request("PATCH", f"{USERS}/{uid}", tenant=tenant_a, json={"status": "inactive"})
    response = api.get(f"{USERS}/{uid}/login", tenant=tenant_a)
    assert response.status_code == 409
    error_of(response)


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"", 400),
        (b"[]", 400),
        (b'{"next": 5}', 400),
        (b'{"later": ""}', 400),
        (b'{"next": "' + b"x" * 2049 + b'"}', 422),
    ],
)
def test_bad_logout_bodies(api: Api, run: Any, tenant_a: Seeded, raw: bytes, status: int) -> None:
    uid = user_id(run, tenant_a)
    response = api.post(
        f"{USERS}/{uid}/logout",
        tenant=tenant_a,
        content=raw,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == status
    error_of(response)
