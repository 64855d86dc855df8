"""Query parameters of the analytics reads: a learner id, a range of days, and nothing else."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import Date, Integer

from api.listing import check_known, positive_int, single_arg
from api.policy import own_user_id
from api.request import AtriumRequest
from core.errors import InvalidRequest
from core.query import MAX_DB_ID
from domain.progress.reports import EARLIEST_DAY, MAX_DAYS, DayRange, today_in

USER_ID = "user_id"
DATE_FROM = "date_from"
DATE_TO = "date_to"
DEFAULT_DAYS = 30
LATEST_DAY = date(2999, 12, 31)


def user_id_arg(request: AtriumRequest) -> int | None:
    raw = single_arg(request, USER_ID)
    return None if raw is None else positive_int(USER_ID, raw, MAX_DB_ID)


def _date_arg(request: AtriumRequest, name: str) -> date | None:
    raw = single_arg(request, name)
    if raw is None:
        return None
    try:
        value = date.fromisoformat(raw) if len(raw) == 10 else None
    except ValueError:
        value = None
    if value is None:
        raise InvalidRequest(f"{name} must be a date as YYYY-MM-DD", param=name)
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise InvalidRequest(
            f"{name} must be from {EARLIEST_DAY.isoformat()} to {LATEST_DAY.isoformat()}",
            param=name,
        )
    return value


def day_range_args(request: AtriumRequest, zone: ZoneInfo) -> DayRange:
    """``date_from`` and ``date_to`` (both included); by default the last `DEFAULT_DAYS` days to
    today in ``zone``. At most `MAX_DAYS` days, ``date_from`` not after ``date_to``."""
    first, last = _date_arg(request, DATE_FROM), _date_arg(request, DATE_TO)
    if last is None:
        last = today_in(zone)
    if first is None:
        first = max(last - timedelta(days=DEFAULT_DAYS - 1), EARLIEST_DAY)
    if first > last:
        raise InvalidRequest(f"{DATE_FROM} must not be after {DATE_TO}", param=DATE_FROM)
    days = DayRange(first, last)
    if days.days > MAX_DAYS:
        raise InvalidRequest(f"A range covers at most {MAX_DAYS} days", param=DATE_TO)
    return days


def user_id_parameter(required: bool, description: str) -> Parameter:
    return Parameter(
        USER_ID,
        Integer(minimum=1, maximum=MAX_DB_ID),
        "query",
        required=required,
        description=description,
    )


DAY_RANGE_PARAMETERS = (
    Parameter(
        DATE_FROM,
        Date(),
        "query",
        description=f"First day, in the tenant's time zone (default: {DEFAULT_DAYS} days before "
        f"date_to); from {EARLIEST_DAY.isoformat()}",
    ),
    Parameter(
        DATE_TO,
        Date(),
        "query",
        description=f"Last day, included (default: today); at most {MAX_DAYS} days from "
        f"date_from on, up to {LATEST_DAY.isoformat()}",
    ),
)


def learner_arg(request: AtriumRequest) -> int:
    """The ``user_id`` a per-learner read requires, its one query parameter; for a learner's
    own token it defaults to theirs, and another user's id is NotFound."""
    check_known(request, frozenset({USER_ID}))
    user_id = own_user_id(request, user_id_arg(request))
    if user_id is None:
        raise InvalidRequest(f"{USER_ID} is required", param=USER_ID)
    return user_id
