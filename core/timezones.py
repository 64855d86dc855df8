"""The IANA time zone names this installation knows (users' and tenants' time zones)."""

from __future__ import annotations

from zoneinfo import available_timezones

# Read once: listing them walks the zone database on disk.
TIMEZONES = frozenset(available_timezones())
