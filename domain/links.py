"""Links from a tenant's branches and groups to its users and courses.

Branches and groups hold their users and courses alike: one row per pair in a table of its own,
NotFound for a missing or another tenant's id, Conflict for a pair linked already, an event
``{owner}.{target}_added`` / ``_removed`` committed with the change. What differs is data, a
`LinkKind`: the table, the words of the messages, and for groups a lock on the group's row and
the enrollments a new link gives (see `domain.groups`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
from core.query import is_db_id
from domain.events import EventType
from models.base import TenantOwned
from tenants.records import TenantRecord

Link = TypeVar("Link", bound=TenantOwned)

AccessOwner = Callable[[TenantRecord, int, str], Awaitable[object]]
"""The owner's ``access_*_by_id``: raises NotFound naming the given param."""
CheckTarget = Callable[[TenantRecord, int], Awaitable[object]]
"""`check_user_id` or `check_course_id`: raises NotFound naming the target's param."""
LockOwner = Callable[[TenantRecord, int, BaseDBAsyncClient], Awaitable[None]]
OnAdd = Callable[[TenantRecord, int, int, BaseDBAsyncClient], Awaitable[dict[str, Any]]]
"""Runs in the new link's transaction with the owner's and the target's ids; returns what it
adds to the ``_added`` event."""
RecordEvent = Callable[..., Awaitable[object]]
"""`domain.events.record_event` as the owner's module holds it: links record their events
exactly as the rest of that module does (a test that makes the module's events fail makes its
links' fail too)."""


@dataclass(frozen=True, slots=True)
class LinkKind(Generic[Link]):
    """One kind of link: ``model`` rows tie an ``owner`` (``branch``, ``group``) to a ``target``
    (``user``, ``course``), through the columns ``{owner}_id`` and ``{target}_id``."""

    model: type[Link]
    owner: str
    target: str
    relation: str
    """How messages say a target is linked: "User 4 is not {relation} group 2"."""
    access_owner: AccessOwner
    check_target: CheckTarget
    lock_owner: LockOwner | None = None
    """Serializes the changes to one owner's links; taken first in each change's transaction."""
    on_add: OnAdd | None = None

    def pair(self, owner_id: int, target_id: int) -> dict[str, int]:
        return {f"{self.owner}_id": owner_id, f"{self.target}_id": target_id}

    def linked(self, owner_id: int, target_id: int, how: str) -> str:
        target = f"{self.target.capitalize()} {target_id}"
        return f"{target} is {how} {self.relation} {self.owner} {owner_id}"


async def do_add_link(
    kind: LinkKind[Link],
    tenant: TenantRecord,
    owner_id: int,
    target_id: int,
    record_event: RecordEvent,
) -> Link:
    """Link the tenant's target to its owner. Raises NotFound (``param`` ``{owner}_id`` or
    ``{target}_id``) for a missing or another tenant's id, Conflict when they are linked already.
    The link, what ``kind.on_add`` does and the ``{owner}.{target}_added`` event commit together.
    """
    await kind.access_owner(tenant, owner_id, f"{kind.owner}_id")
    await kind.check_target(tenant, target_id)
    pair = kind.pair(owner_id, target_id)
    try:
        async with in_transaction() as connection:
            if kind.lock_owner is not None:
                await kind.lock_owner(tenant, owner_id, connection)
            link = await kind.model.create(tenant_id=tenant.id, using_db=connection, **pair)
            added = (
                await kind.on_add(tenant, owner_id, target_id, connection)
                if kind.on_add is not None
                else {}
            )
            await record_event(
                tenant.id,
                EventType(f"{kind.owner}.{kind.target}_added"),
                {**pair, **added},
                connection=connection,
            )
    except IntegrityError:
        if await kind.model.filter(tenant_id=tenant.id, **pair).exists():
            raise Conflict(
                kind.linked(owner_id, target_id, "already"), param=f"{kind.target}_id"
            ) from None
        raise NotFound(
            f"{kind.owner.capitalize()} {owner_id} or {kind.target} {target_id} no longer exists"
        ) from None
    return link


async def do_remove_link(
    kind: LinkKind[Link],
    tenant: TenantRecord,
    owner_id: int,
    target_id: int,
    record_event: RecordEvent,
) -> None:
    """Unlink the target from the tenant's owner. Raises NotFound when the owner is missing or
    another tenant's, or the target is not linked to it. Records ``{owner}.{target}_removed``."""
    await kind.access_owner(tenant, owner_id, f"{kind.owner}_id")
    pair = kind.pair(owner_id, target_id)
    async with in_transaction() as connection:
        if kind.lock_owner is not None:
            await kind.lock_owner(tenant, owner_id, connection)
        deleted = (
            await kind.model.filter(tenant_id=tenant.id, **pair).using_db(connection).delete()
            if is_db_id(target_id)
            else 0
        )
        if not deleted:
            raise NotFound(kind.linked(owner_id, target_id, "not"), param=f"{kind.target}_id")
        await record_event(
            tenant.id, EventType(f"{kind.owner}.{kind.target}_removed"), pair, connection=connection
        )
