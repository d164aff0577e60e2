"""The wait after asking for the password ("Quên mật khẩu", key 8): how long has passed, how long is left.

Pure arithmetic on times handed in by the caller, so a clock that jumps can be tested
without waiting. Wall-clock times come from the attempt log (stored in UTC); within one
session the waiting page should count with a monotonic clock through ``Countdown``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

# Advice from the source article, not a BHXH rule (CONTENT.md §2): a setting may change it.
DEFAULT_WAIT = timedelta(minutes=15)
# A last request older than this is not a wait in progress any more: the person should try again.
STALE_AFTER = timedelta(days=1)
# A typed time this far ahead of the computer's clock is a clock difference, not yesterday.
_FUTURE_TOLERANCE = timedelta(minutes=5)

_ZERO = timedelta(0)


@dataclass(frozen=True)
class WaitStatus:
    """Where the wait stands.

    ``elapsed`` is the time since the last request, never negative and never more than
    ``STALE_AFTER``; ``remaining`` is between zero and the wait. ``due`` means it is now time
    to call the hotline. ``clock_suspect`` means the computer's clock is earlier than the stored
    request (the clock was moved back), so elapsed counts from zero. ``stale`` means the last
    request is more than a day old: the page should suggest requesting again.
    """

    elapsed: timedelta
    remaining: timedelta
    due: bool
    clock_suspect: bool = False
    stale: bool = False


def wait_status(last_request: datetime, now: datetime, wait: timedelta = DEFAULT_WAIT) -> WaitStatus:
    """Return how the wait stands at ``now`` for a request made at ``last_request``.

    Both times must be timezone-aware. A clock moved back gives zero elapsed and
    ``clock_suspect``; a request more than a day old gives ``due`` and ``stale``.
    """
    _require_aware(last_request, "last_request")
    _require_aware(now, "now")
    if wait <= _ZERO:
        raise ValueError("the wait must be positive")
    elapsed = now - last_request
    return _status_after(elapsed, wait, clock_suspect=elapsed < _ZERO)


def _status_after(elapsed: timedelta, wait: timedelta, *, clock_suspect: bool) -> WaitStatus:
    if elapsed < _ZERO:
        elapsed = _ZERO
    stale = elapsed > STALE_AFTER
    if stale:
        elapsed = STALE_AFTER
    remaining = max(_ZERO, wait - elapsed)
    return WaitStatus(
        elapsed=elapsed,
        remaining=remaining,
        due=remaining == _ZERO,
        clock_suspect=clock_suspect,
        stale=stale,
    )


@dataclass(frozen=True)
class Countdown:
    """A live countdown that keeps going right when the wall clock jumps during a session.

    Start it once from the stored last request and the wall clock, together with a
    monotonic reading (``time.monotonic()``); then ask ``status`` with later monotonic
    readings. Only the start uses the wall clock.
    """

    elapsed_at_start: timedelta
    monotonic_at_start: float
    wait: timedelta = DEFAULT_WAIT
    clock_suspect: bool = False

    @classmethod
    def start(
        cls, last_request: datetime, now: datetime, monotonic_now: float, wait: timedelta = DEFAULT_WAIT
    ) -> Countdown:
        """Begin counting from ``last_request`` as seen at wall time ``now`` and monotonic ``monotonic_now``."""
        first = wait_status(last_request, now, wait)
        elapsed = now - last_request
        # Keep the true elapsed (capped later) so a stale request stays stale.
        return cls(
            elapsed_at_start=max(_ZERO, elapsed),
            monotonic_at_start=monotonic_now,
            wait=wait,
            clock_suspect=first.clock_suspect,
        )

    def status(self, monotonic_now: float) -> WaitStatus:
        """Return the wait status at monotonic time ``monotonic_now``."""
        # A monotonic clock never goes back, but a caller could pass an older reading.
        passed = timedelta(seconds=max(0.0, monotonic_now - self.monotonic_at_start))
        return _status_after(self.elapsed_at_start + passed, self.wait, clock_suspect=self.clock_suspect)


def minutes_left(status: WaitStatus) -> int:
    """The whole minutes left, rounded up (14:01 left is 15, 0:30 is 1): a countdown in words, not a clock face."""
    return math.ceil(status.remaining.total_seconds() / 60)


def minutes_passed(status: WaitStatus) -> int:
    """The whole minutes since the request, rounded down (2:59 is 2)."""
    return int(status.elapsed.total_seconds() // 60)


def share_waited(status: WaitStatus, wait: timedelta) -> float:
    """How much of the wait has passed, from 0.0 to 1.0 (what the ring on the waiting page fills)."""
    return 1.0 if status.due else min(1.0, status.elapsed / wait)


# 14:05, 14h05, 14H05, 14.05, 14 05, 14g05 ("giờ"), 9:5 is refused (minutes need two digits), 14h / 14g.
_TYPED_TIME = re.compile(r"^\s*(\d{1,2})\s*(?:(?:[:hHgG.]|\s)\s*(\d{2})?|)\s*(?:phút)?\s*$")
# Digits only, as a kiosk's number keypad types them: 1405 is 14:05, 905 is 9:05.
_DIGITS_TIME = re.compile(r"^\s*(\d{1,2})(\d{2})\s*$")


def parse_request_time(text: str, now_local: datetime) -> datetime | None:
    """Turn "I requested at 14:05" into the aware UTC time of that request, or None for anything else.

    ``now_local`` is the computer's current time, aware, in its local zone. The time is taken
    as today; a time more than five minutes ahead of ``now_local`` means yesterday, one up to
    five minutes ahead is the person's watch being a little fast and counts as now.
    Accepts ``14:05``, ``14h05``, ``14.05``, ``14g05``, ``14h``, and ``1405`` (a keypad has no colon);
    refuses letters, 24:00 and beyond.
    """
    _require_aware(now_local, "now_local")
    match = _DIGITS_TIME.match(text) or _TYPED_TIME.match(text)
    if match is None:
        return None
    hour = int(match.group(1))
    minute = int(match.group(2)) if match.group(2) else 0
    if hour > 23 or minute > 59:
        return None
    candidate = datetime.combine(now_local.date(), time(hour, minute), tzinfo=now_local.tzinfo)
    if candidate > now_local + _FUTURE_TOLERANCE:
        candidate = datetime.combine(
            now_local.date() - timedelta(days=1), time(hour, minute), tzinfo=now_local.tzinfo
        )
    elif candidate > now_local:
        candidate = now_local
    return candidate.astimezone(UTC)


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
