from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.gamification import Period, period_start, streaks
from domain.progress.scoring import event_xp, level_for_xp, level_start, score_percent
from models.progress import ProgressOutcome

D = date(2026, 3, 10)  # a Tuesday


def days(*offsets: int) -> list[date]:
    return [D - timedelta(days=o) for o in offsets]


@pytest.mark.parametrize(
    ("active", "expected"),
    [
        ([], (0, 0)),
        (days(0), (1, 1)),
        (days(1, 2, 3), (3, 3)),  # today may still extend it
        (days(2, 3), (0, 2)),
        (days(0, 1, 5, 6, 7, 8), (2, 4)),
        (days(0, 0, 1), (2, 2)),
    ],
)
def test_streaks(active: list[date], expected: tuple[int, int]) -> None:
    assert streaks(active, D) == expected


@pytest.mark.parametrize(
    ("xp", "level"), [(0, 1), (99, 1), (100, 2), (299, 2), (300, 3), (999, 4), (1000, 5)]
)
def test_level_curve(xp: int, level: int) -> None:
    assert level_for_xp(xp) == level
    assert level_start(level) <= xp < level_start(level + 1)


def test_event_xp_and_score() -> None:
    completed, passed = ProgressOutcome.COMPLETED, ProgressOutcome.PASSED
    assert event_xp(completed, 1, 8, 10) == 8
    assert event_xp(passed, 1, None, None) == 10
    assert event_xp(passed, 1, 55, None) == 6  # a bare score is a percentage
    assert event_xp(passed, 1, 45, None) == 5  # half up
    assert event_xp(ProgressOutcome.FAILED, 1, 10, 10) == 0
    assert event_xp(completed, None, None, None) == 20
    assert score_percent(12, 10) == 100.0
    assert score_percent(3, 0) == 3.0
    assert score_percent(None, 10) is None


def test_periods_start_on_monday_and_the_first() -> None:
    assert period_start(Period.WEEK, D) == date(2026, 3, 9)
    assert period_start(Period.MONTH, D) == date(2026, 3, 1)
    assert period_start(Period.ALL_TIME, D) is None
