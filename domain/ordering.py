"""Dense 1-based positions among siblings (a course's units, a lesson's trainings, a training's
items).

The caller locks the parent's row first, in the transaction it passes these queries, so that
concurrent writers queue up instead of interleaving their shifts; the siblings then hold the
positions 1..n whenever a transaction commits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import F
from tortoise.models import Model
from tortoise.queryset import QuerySet

from core.errors import NotFound
from core.query import is_db_id

M = TypeVar("M", bound=Model)
P = TypeVar("P", bound=Model)


async def lock_parent(
    parent: type[P],
    tenant_id: int,
    parent_id: int,
    connection: BaseDBAsyncClient,
    *,
    label: str,
    param: str | None = None,
) -> P:
    """The tenant's ``parent`` row ``parent_id``, held until the transaction ends: the lock on
    its children's positions. NotFound ("No {label} …", ``param``) for a missing id or another
    tenant's."""
    row = (
        await parent.filter(tenant_id=tenant_id, id=parent_id)
        .using_db(connection)
        .select_for_update()
        .first()
        if is_db_id(parent_id)
        else None
    )
    if row is None:
        raise NotFound(f"No {label} with id {parent_id}", param=param)
    return row


async def update_sibling(
    siblings: QuerySet[M],
    sibling_id: int,
    changes: Mapping[str, Any],
    position: int | None,
    connection: BaseDBAsyncClient,
    *,
    label: str,
) -> tuple[M, dict[str, Any]]:
    """Apply ``changes`` to the sibling ``sibling_id`` and move it to ``position`` when given
    (its parent locked by the caller); returns it and what changed, saved unless nothing did.
    NotFound when it is gone."""
    current = await siblings.get_or_none(id=sibling_id)
    if current is None:
        raise NotFound(f"No {label} with id {sibling_id}")
    changed = {name: v for name, v in changes.items() if getattr(current, name) != v}
    position_now: int = current.position  # type: ignore[attr-defined]  # every sibling's
    if position is not None:
        target = await move(siblings, position_now, position)
        if target != position_now:
            changed["position"] = target
    if changed:
        for name, value in changed.items():
            setattr(current, name, value)
        await current.save(update_fields=[*changed, "updated_at"], using_db=connection)
    return current, changed


async def delete_sibling(siblings: QuerySet[M], sibling_id: int, *, label: str) -> M:
    """Delete the sibling ``sibling_id`` (its parent locked by the caller) and close the gap;
    returns the deleted row. NotFound when it is gone already."""
    current = await siblings.get_or_none(id=sibling_id)
    if current is None:
        raise NotFound(f"No {label} with id {sibling_id}")
    await siblings.filter(id=sibling_id).delete()
    await close_gap(siblings, current.position)  # type: ignore[attr-defined]
    return current


def clamp(position: int, last: int) -> int:
    return max(1, min(position, last))


async def make_room(siblings: QuerySet[M], wanted: int | None) -> int:
    """The position a new sibling takes (``wanted`` clamped; None or past the end: last), with
    the siblings from there on moved down one place."""
    count = await siblings.count()
    position = count + 1 if wanted is None else clamp(wanted, count + 1)
    if position <= count:
        await siblings.filter(position__gte=position).update(position=F("position") + 1)
    return position


async def move(siblings: QuerySet[M], current: int, wanted: int) -> int:
    """Shift the siblings between ``current`` and ``wanted`` (clamped) by one towards
    ``current``; returns the position the moving sibling is to take."""
    target = clamp(wanted, await siblings.count())
    if target < current:
        await siblings.filter(position__gte=target, position__lt=current).update(
            position=F("position") + 1
        )
    elif target > current:
        await siblings.filter(position__gt=current, position__lte=target).update(
            position=F("position") - 1
        )
    return target


async def close_gap(siblings: QuerySet[M], removed: int) -> None:
    """Move the siblings after the removed ``removed`` position up one place."""
    await siblings.filter(position__gt=removed).update(position=F("position") - 1)
