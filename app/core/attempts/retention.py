"""How long the attempt log keeps an attempt, on a clock that can lie.

The purge runs at start and every hour (a kiosk runs for weeks). It trusts the clock only as
far as the log agrees with it: when the clock is further ahead of the newest attempt than the
retention itself (a clock set a year ahead, or a kiosk left unused), nothing is deleted and
staff are told; so too when every attempt is dated after the clock (a clock reset to 2000).
An attempt stamped in the future by a clock that was ahead then is deleted once an attempt
recorded after it is older than the retention (ids grow in recording order), or when it is
more than the retention ahead. Logs moved aside as damaged go by the date in their name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

# A typed "I did it at 14:05" may be up to a day old, and time zones add hours: not "the future".
SKEW = timedelta(days=1)
BATCH = 5_000  # rows per transaction: a small WAL each time, so a nearly full disk does not stop the log
_MOVED_ASIDE = re.compile(r"\.damaged-(\d{8}-\d{6})(?:-\d+)?\.sqlite3(?:-wal|-shm|-journal)?$")


@dataclass(frozen=True)
class Purge:
    """What one purge did, and what staff should know."""

    removed: int = 0
    files_removed: tuple[Path, ...] = ()
    clock_ahead_days: int | None = None  # nothing deleted: the clock is this far past the newest attempt
    clock_behind: bool = False  # nothing deleted: every attempt is dated after the clock
    incomplete: bool = False  # stopped (a full disk); the rest goes at the next purge

    @property
    def clock_doubtful(self) -> bool:
        return self.clock_ahead_days is not None or self.clock_behind


@dataclass(frozen=True)
class Plan:
    """The rows to delete: older than ``cutoff``, or ahead of ``future_after`` and either recorded
    before ``before_id`` or ahead of ``absurd_after``. With ``hold`` set, nothing: for that reason."""

    cutoff: datetime
    future_after: datetime
    before_id: int
    absurd_after: datetime
    hold: Purge | None = None


def plan(now: datetime, days: int, newest_past: datetime | None, any_rows: bool, last_old_id: int | None) -> Plan:
    """Decide what a purge at ``now`` with a retention of ``days`` deletes, from what the log holds.

    ``newest_past`` is the newest attempt not in the future (within ``SKEW``); ``last_old_id``
    the highest id among the attempts older than the retention.
    """
    retention = timedelta(days=days)
    rows = Plan(now - retention, now + SKEW, last_old_id or 0, now + retention)
    if any_rows and newest_past is None:
        return replace(rows, hold=Purge(clock_behind=True))
    if newest_past is not None and now - newest_past > retention:
        return replace(rows, hold=Purge(clock_ahead_days=(now - newest_past).days))
    return rows


def moved_aside_to_delete(folder: Path | None, log_name: str, now: datetime, days: int) -> list[Path]:
    """The logs moved aside as damaged (and their -wal, -shm) whose move is older than the retention."""
    if folder is None:
        return []
    stem = Path(log_name).stem
    old = []
    try:
        names = [p for p in folder.iterdir() if p.name.startswith(f"{stem}.damaged-")]
    except OSError:
        return []
    for path in names:
        found = _MOVED_ASIDE.search(path.name)
        if found is None:
            continue
        moved = datetime.strptime(found.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        if abs(now - moved) > timedelta(days=days):  # a stamp absurdly ahead goes too
            old.append(path)
    return sorted(old)
