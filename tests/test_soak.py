"""A short kiosk day: fifty strangers on one window leave no widget, timer or Qt object behind.

Counts, not times: bench/soak.py runs the thousand-visit day and reports memory and speed.
"""

from __future__ import annotations

from bench.soak import soak


def test_fifty_visits_on_one_kiosk_leave_nothing_behind():
    day = soak(50, checkpoints=(10, 50))
    first, end = day.census
    assert (end.widgets, end.timers, end.qobjects) == (first.widgets, first.timers, first.qobjects), (
        f"the kiosk grew while strangers used it: after visit 10 {first}, after visit 50 {end}")
