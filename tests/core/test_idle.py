"""The kiosk's idle timeline: active, a 15-second warning, then the wipe."""

from __future__ import annotations

import pytest

from app.core.idle import IdleState, IdleWatch


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


def test_quiet_for_the_timeout_shows_the_warning_then_resets(clock):
    watch = IdleWatch(120, clock=clock)
    clock.now += 119.9
    assert watch.state() is IdleState.ACTIVE
    clock.now += 0.1
    assert watch.state() is IdleState.WARNING
    assert watch.seconds_left() == 15
    clock.now += 14.5
    assert watch.seconds_left() == 1
    clock.now += 0.5
    assert watch.state() is IdleState.RESET
    assert watch.seconds_left() == 0


def test_a_touch_during_the_warning_keeps_the_session(clock):
    watch = IdleWatch(120, clock=clock)
    clock.now += 130
    assert watch.state() is IdleState.WARNING
    watch.activity()
    assert watch.state() is IdleState.ACTIVE
    clock.now += 119
    assert watch.state() is IdleState.ACTIVE, "the timeout did not start again from the touch"


def test_a_touch_after_the_countdown_ran_out_does_not_revive_the_session(clock):
    watch = IdleWatch(120, clock=clock)
    clock.now += 200  # e.g. the machine was asleep
    watch.activity()
    assert watch.state() is IdleState.RESET, "the next person's touch revived the previous session"
    watch.restart()
    assert watch.state() is IdleState.ACTIVE


def test_next_change_tells_when_to_look_again(clock):
    watch = IdleWatch(120, clock=clock)
    clock.now += 20
    assert watch.next_change_in() == pytest.approx(100)
    clock.now += 100.25
    assert watch.seconds_left() == 15
    assert watch.next_change_in() == pytest.approx(0.75), "the countdown would skip or repeat a number"
    clock.now += 0.75
    assert watch.seconds_left() == 14
    assert watch.next_change_in() == pytest.approx(1.0)
    clock.now += 20
    assert watch.next_change_in() == 0


def test_a_zero_timeout_is_refused():
    with pytest.raises(ValueError):
        IdleWatch(0)
