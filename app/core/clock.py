"""The time as the program reads it and shows it: aware UTC inside, one local format on screen and paper."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

# Hour first, as a person reads a request's time aloud; the same on the pages, in the history,
# in the hotline summary and in the CSV export.
SHOWN = "%H:%M %d/%m/%Y"


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def shown(moment: datetime, tz: tzinfo | None = None) -> str:
    """``moment`` (aware) in ``tz``, or the computer's local zone, as the program shows times."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time to show must be timezone-aware")
    return moment.astimezone(tz).strftime(SHOWN)
