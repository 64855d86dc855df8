"""Dense 1-based positions among siblings (a lesson's trainings, a training's items).

The caller locks the parent's row first, in the transaction it passes these queries, so that
concurrent writers queue up instead of interleaving their shifts; the siblings then hold the
positions 1..n whenever a transaction commits.
"""

from __future__ import annotations

from typing import TypeVar

from tortoise.expressions import F
from tortoise.models import Model
from tortoise.queryset import QuerySet

M = TypeVar("M", bound=Model)


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
