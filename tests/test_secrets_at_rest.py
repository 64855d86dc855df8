"""No password sent through any route is stored in clear: after each route that takes one has
run (and the jobs it queued with it), every text column of the database is searched for it."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import asyncpg

from core.settings import Settings
from tests.api.test_account_recovery import CONFIRM, RESET, reset_token
from tests.api.test_exports import drain
from tests.factories import Api, Seeded, make_user
from tests.smtp import SmtpServer

TEXT_TYPES = ("text", "character varying", "character", "json", "jsonb")


async def columns_holding(database_url: str, needle: str) -> list[str]:
    """``table.column`` of every text or JSON column in which some row contains ``needle``."""
    conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:
        columns = await conn.fetch(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND data_type = ANY($1::text[])",
            list(TEXT_TYPES),
        )
        found = []
        for table, column in columns:
            hits = await conn.fetchval(
                f'SELECT count(*) FROM "{table}" WHERE strpos("{column}"::text, $1) > 0',  # noqa: S608 - names from the catalog
                needle,
            )
            if hits:
                found.append(f"{table}.{column}")
        return found
    finally:
        await conn.close()


def sync_one_row(api: Api, tenant: Seeded, row: dict[str, Any]) -> None:
    """Queue an HR sync of a CSV file holding ``row``."""
    csv = ",".join(row) + "\n" + ",".join(str(v) for v in row.values()) + "\n"
    synced = api.post(
        "/api/v2/batch/users",
        tenant=tenant,
        content=csv.encode(),
        headers={"Content-Type": "text/csv"},
    )
    assert synced.status_code == 202, synced.text


def test_no_table_holds_a_password_in_clear(
    api: Api,
    run: Any,
    settings: Settings,
    tenant_a: Seeded,
    smtp_server: SmtpServer,
    send_queued: Any,
) -> None:
    passwords = {route: f"Pw-{route}-{secrets.token_hex(8)}" for route in range(6)}
    logins = {route: f"pw{route}{secrets.token_hex(4)}" for route in range(6)}

    def user_body(n: int) -> dict[str, Any]:
        return {
            "login": logins[n],
            "email": f"{logins[n]}@example.com",
            "name": "Pat",
            "surname": "Word",
            "password": passwords[n],
        }

    created = api.post("/api/v2/users", tenant=tenant_a, json=user_body(0))
    assert created.status_code == 200, created.text
    user_id = created.json["_data"]["id"]
    patched = api.request(
        "PATCH", f"/api/v2/users/{user_id}", tenant=tenant_a, json={"password": passwords[1]}
    )
    assert patched.status_code == 200, patched.text
    for n, dry_run in ((2, "false"), (3, "true")):
        queued = api.post(
            f"/api/v2/batch/users?dry_run={dry_run}",
            tenant=tenant_a,
            json={"users": [user_body(n), {"id": user_id, "password": passwords[n]}]},
        )
        assert queued.status_code == 202, queued.text
    sync_one_row(api, tenant_a, user_body(4))
    drain(run, settings)

    user = run(make_user(tenant_a.tenant))
    assert api.post(RESET, tenant=tenant_a, json={"login": user.login}).status_code == 204
    send_queued()
    [mail] = smtp_server.wait_for(user.email)
    token = reset_token(mail.text, tenant_a.slug)
    confirmed = api.post(
        CONFIRM, tenant=tenant_a.slug, json={"token": token, "password": passwords[5]}
    )
    assert confirmed.status_code == 200, confirmed.text

    for route in (2, 4):  # the queued writes have run
        found = api.get(f"/api/v2/users?filter[login][eq]={logins[route]}", tenant=tenant_a)
        assert len(found.json["_data"]) == 1, found.text
    for password in passwords.values():
        assert run(columns_holding(settings.database_url, password)) == [], password


def files_holding(root: Path, needle: str) -> list[Path]:
    return [
        path for path in root.rglob("*") if path.is_file() and needle.encode() in path.read_bytes()
    ]


def test_a_queued_hr_sync_keeps_no_password_in_clear_on_disk(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded
) -> None:
    password = f"Pw-sync-{secrets.token_hex(8)}"
    login = f"sync{secrets.token_hex(4)}"
    row = {
        "login": login,
        "email": f"{login}@example.com",
        "name": "Sy",
        "surname": "Nc",
        "password": password,
    }
    sync_one_row(api, tenant_a, row)
    exports = Path(settings.exports_dir)
    assert any(exports.rglob("*.jsonl")), "the sync's rows wait on disk for the worker"
    assert files_holding(exports, password) == []

    drain(run, settings)
    signed_in = api.post(
        "/api/v2/auth/sign-in", tenant=tenant_a, json={"login": login, "password": password}
    )
    assert signed_in.status_code == 200, signed_in.text
