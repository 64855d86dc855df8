"""The rules that turn one progress event into numbers: its score as a percentage, and the XP it
earns. Rollups at ingest and the per-learner reads both use these, so they always agree."""

from __future__ import annotations

import math

from models.progress import ProgressOutcome

COMPLETING = (ProgressOutcome.COMPLETED, ProgressOutcome.PASSED)
# Outcomes that end an attempt, with a result.
ATTEMPTING = (*COMPLETING, ProgressOutcome.FAILED)
ITEM_XP = 10
LESSON_XP = 20
# Level n begins at LEVEL_STEP * n * (n - 1) / 2 XP: 0, 100, 300, 600, 1000, ...
LEVEL_STEP = 100


def score_percent(score: float | None, max_score: float | None) -> float | None:
    """``score`` out of ``max_score`` as 0-100; a score without a (positive) maximum is read as
    a percentage already; None without a score."""
    if score is None:
        return None
    percent = 100 * score / max_score if max_score is not None and max_score > 0 else score
    return min(max(percent, 0.0), 100.0)


def event_xp(
    outcome: int, training_item_id: int | None, score: float | None, max_score: float | None
) -> int:
    """XP an event earns: a completed or passed exercise `ITEM_XP` scaled by its score and
    rounded half up (full without one), a completed or passed lesson `LESSON_XP`, anything
    else nothing."""
    if outcome not in COMPLETING:
        return 0
    if training_item_id is None:
        return LESSON_XP
    percent = score_percent(score, max_score)
    return ITEM_XP if percent is None else math.floor(ITEM_XP * percent / 100 + 0.5)


def level_start(level: int) -> int:
    """The XP at which ``level`` (from 1) begins."""
    return LEVEL_STEP * level * (level - 1) // 2


def level_for_xp(xp: int) -> int:
    """The level reached with ``xp``: the largest n with `level_start` (n) <= xp."""
    level = int((1 + math.sqrt(1 + 8 * max(xp, 0) / LEVEL_STEP)) / 2)
    while level_start(level + 1) <= xp:
        level += 1
    while level > 1 and level_start(level) > xp:
        level -= 1
    return level
