"""Bulk writes (an HR sync from CSV, a JSON batch of users) hash their passwords before their
transaction opens: while a hash runs, the database has no transaction of theirs open, so no row
they write can be held for the time the hashes take."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import asyncpg
import pytest

from core.settings import Settings
from domain import passwords
from domain.passwords import verify_password
from models.user import User
from tests.api.test_batch import finished, queue
from tests.api.test_user_sync import upload
from tests.factories import Api, Seeded, make_user

CHECK_SECONDS = 60.0
SPY_NAME = "hash spy"
# Other sessions' open transactions; the spy's own checks (two hashes may run at once) aside.
# An idle session is in none, whatever its xact_start (a LISTENing one can show a stale one).
_OPEN_TRANSACTIONS = """
SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND xact_start IS NOT NULL AND state <> 'idle'
  AND application_name <> $1
"""


@dataclass
class HashSpy:
    """Wraps the real hasher; at each hash, counts the open transactions of the database."""

    database_url: str
    loop: asyncio.AbstractEventLoop
    real: Any
    open_at_hash: list[int] = field(default_factory=list)

    async def _open_transactions(self) -> int:
        conn = await asyncpg.connect(
            self.database_url.replace("postgres://", "postgresql://", 1),
            server_settings={"application_name": SPY_NAME},
        )
        try:
            count: int = await conn.fetchval(_OPEN_TRANSACTIONS, SPY_NAME)
            return count
        finally:
            await conn.close()

    def hash(self, password: str) -> str:
        # Called on a hashing thread while the event loop runs the job: ask the loop.
        check = asyncio.run_coroutine_threadsafe(self._open_transactions(), self.loop)
        self.open_at_hash.append(check.result(timeout=CHECK_SECONDS))
        hashed: str = self.real.hash(password)
        return hashed

    def verify(self, password_hash: str, password: str) -> bool:
        verified: bool = self.real.verify(password_hash, password)
        return verified


@pytest.fixture
def spy(settings: Settings, client: Any, monkeypatch: pytest.MonkeyPatch) -> HashSpy:
    watcher = HashSpy(settings.database_url, client._loop, passwords._hasher)
    monkeypatch.setattr(passwords, "_hasher", watcher)
    return watcher


def password_of(run: Any, tenant: Seeded, login: str, password: str) -> bool:
    user = run(User.all_tenants.get(tenant_id=tenant.tenant.id, login=login))
    return bool(user.password_hash) and bool(run(verify_password(user.password_hash, password)))


def test_an_hr_sync_hashes_before_its_transaction(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, spy: HashSpy
) -> None:
    known = run(make_user(tenant_a.tenant))
    body = (
        "email,login,name,surname,password\r\n"
        f"{known.email},,,,known-secret-1\r\n"
        "fresh@example.com,fresh,Fresh,Person,fresh-secret-1\r\n"
        "plain@example.com,plain,Plain,Person,\r\n"
    )
    dry = upload(api, tenant_a, body, "?dry_run=true")
    assert dry.status_code == 202, dry.text
    finished(api, run, settings, tenant_a, dry.json["_data"]["id"])
    assert spy.open_at_hash == []
    response = upload(api, tenant_a, body)
    assert response.status_code == 202, response.text
    done = finished(api, run, settings, tenant_a, response.json["_data"]["id"])
    assert (done["counts"]["created"], done["counts"]["updated"]) == (2, 1), done
    assert spy.open_at_hash == [0, 0]
    assert password_of(run, tenant_a, known.login, "known-secret-1")
    assert password_of(run, tenant_a, "fresh", "fresh-secret-1")


def test_a_json_batch_hashes_before_its_transaction(
    api: Api, run: Any, settings: Settings, tenant_a: Seeded, tenant_b: Seeded, spy: HashSpy
) -> None:
    known = run(make_user(tenant_a.tenant))
    items = [
        {"login": "first", "email": "first@example.com", "name": "F", "surname": "Irst"},
        {"id": known.id, "password": "known-secret-2"},
        {
            "login": "second",
            "email": "second@example.com",
            "name": "S",
            "surname": "Econd",
            "password": "second-secret-2",
        },
    ]
    dry = queue(api, tenant_a, "/api/v2/batch/users?dry_run=true", {"users": items})
    assert finished(api, run, settings, tenant_a, dry["id"])["counts"]["created"] == 2
    assert spy.open_at_hash == []
    assert not password_of(run, tenant_a, known.login, "known-secret-2")
    task = queue(api, tenant_a, "/api/v2/batch/users", {"users": items})
    done = finished(api, run, settings, tenant_a, task["id"])
    assert (done["counts"]["created"], done["counts"]["updated"]) == (2, 1), done
    assert spy.open_at_hash == [0, 0]
    assert password_of(run, tenant_a, known.login, "known-secret-2")
    assert password_of(run, tenant_a, "second", "second-secret-2")
    # Another tenant's batch naming the same login creates its own user with its own hash.
    other = queue(api, tenant_b, "/api/v2/batch/users", {"users": items[2:]})
    assert finished(api, run, settings, tenant_b, other["id"])["counts"]["created"] == 1
    assert password_of(run, tenant_b, "second", "second-secret-2")
