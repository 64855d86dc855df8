"""Seed an SQLite database for the quick-start worker test, in a process of its own (Tortoise
is configured once per process): a tenant, a webhook to RECEIVER_URL and one event. Prints the
webhook's secret.

    python -m tests.tasks.seed_sqlite DATABASE_URL RECEIVER_URL
"""

from __future__ import annotations

import asyncio
import sys

from core.db import close_db, init_db
from core.scoping import tenant_scope
from core.settings import Settings
from domain.events import EventType, record_event
from domain.webhooks import do_create_webhook
from tenants.lookup import tenant_record
from tenants.provisioning import do_create_tenant


async def seed(database_url: str, receiver_url: str) -> str:
    settings = Settings.from_env(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "quick-start-test-key",
            "WEBHOOK_ALLOWED_NETWORKS": "127.0.0.1",
        }
    )
    await init_db(database_url)
    try:
        tenant = tenant_record(await do_create_tenant("lite"))
        with tenant_scope(tenant.id):
            _, secret = await do_create_webhook(
                tenant, settings, url=receiver_url, event_types=["user.created"]
            )
            await record_event(tenant.id, EventType.USER_CREATED, {"user": {"id": 1}})
        return secret
    finally:
        await close_db()


if __name__ == "__main__":
    print(asyncio.run(seed(sys.argv[1], sys.argv[2])))
