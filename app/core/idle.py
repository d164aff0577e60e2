"""When a kiosk session is abandoned: active, then a warning with a countdown, then a reset.

The clock is injected, so the whole timeline is tested without waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

WARNING_S = 15  # how long the "I'm still here" notice counts down before the screen is wiped


class IdleState(StrEnum):
    ACTIVE = "active"  # someone touched or typed recently
    WARNING = "warning"  # nobody for ``timeout_s``: the countdown notice is up
    RESET = "reset"  # the countdown ran out: wipe the session


@dataclass
class IdleWatch:
    """Tracks the time since the last touch or key press and says what the kiosk should show."""

    timeout_s: float
    warning_s: float = WARNING_S
    clock: Callable[[], float] = time.monotonic
    _last: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.timeout_s <= 0 or self.warning_s <= 0:
            raise ValueError("the idle timeout and the warning must be positive")
        self._last = self.clock()

    def _idle_for(self) -> float:
        return self.clock() - self._last

    def state(self) -> IdleState:
        """The state right now."""
        idle = self._idle_for()
        if idle < self.timeout_s:
            return IdleState.ACTIVE
        if idle < self.timeout_s + self.warning_s:
            return IdleState.WARNING
        return IdleState.RESET

    def activity(self) -> None:
        """A touch or a key press: back to active, unless the countdown has already run out.

        Once the reset is due, the next person's first touch must not revive the
        previous session; only :meth:`restart` (after the wipe) does.
        """
        if self.state() is not IdleState.RESET:
            self._last = self.clock()

    def restart(self) -> None:
        """Start a fresh session's timing (after a reset, or when there was nothing to wipe)."""
        self._last = self.clock()

    def seconds_left(self) -> int:
        """Whole seconds (rounded up) before the reset; what the countdown shows."""
        return max(0, math.ceil(self.timeout_s + self.warning_s - self._idle_for()))

    def next_change_in(self) -> float:
        """Seconds until the state or the countdown's number changes: when to look again."""
        idle = self._idle_for()
        state = self.state()
        if state is IdleState.ACTIVE:
            return self.timeout_s - idle
        if state is IdleState.WARNING:
            left = self.timeout_s + self.warning_s - idle
            return left - math.floor(left) or 1.0
        return 0.0
