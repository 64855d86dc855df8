from datetime import UTC, datetime, timedelta, timezone

import pytest

from core.jsonutil import isoformat


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2026, 1, 31, 12, 0, 0, 999_999, tzinfo=UTC), "2026-01-31T12:00:00Z"),
        (datetime(103, 3, 25, 22, 3, 30, tzinfo=UTC), "0103-03-25T22:03:30Z"),
        (datetime(2026, 1, 31, 12, 0, 0), "2026-01-31T12:00:00Z"),
        (datetime(2026, 1, 31, 14, 0, tzinfo=timezone(timedelta(hours=2))), "2026-01-31T12:00:00Z"),
    ],
)
def test_isoformat_writes_four_digit_years_in_utc(value: datetime, expected: str) -> None:
    assert isoformat(value) == expected


def test_isoformat_keeps_none() -> None:
    assert isoformat(None) is None
