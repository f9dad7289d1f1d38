"""Times in reports: one reading of naive datetimes (UTC) for every format."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache


def as_utc(moment: datetime) -> datetime:
    """Naive datetimes come from the store in UTC (SQLite keeps no zone)."""
    if moment.tzinfo is UTC:
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def iso(moment: date | None) -> str | None:
    """ISO 8601: a date as YYYY-MM-DD, a datetime in UTC with a Z."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return as_utc(moment).isoformat().replace("+00:00", "Z")
    return moment.isoformat()


def human(moment: date | None) -> str:
    """For readers: minutes are precise enough, and the zone is always said."""
    if moment is None:
        return "unknown"
    if isinstance(moment, datetime):
        return _human_datetime(moment)
    return _human_date(moment)


def _human_datetime(moment: datetime) -> str:
    m = as_utc(moment)
    # Formatted by hand: strftime is a large share of rendering 30,000 sources.
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d} {m.hour:02d}:{m.minute:02d} UTC"


@lru_cache(maxsize=4096)
def _human_date(day: date) -> str:
    # Publication dates repeat across sources; the cache saves formatting them each time.
    return day.isoformat()
