from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.waiting import (
    DEFAULT_WAIT,
    STALE_AFTER,
    Countdown,
    minutes_left,
    minutes_passed,
    parse_request_time,
    share_waited,
    wait_status,
)

VIETNAM = timezone(timedelta(hours=7))
REQUEST = datetime(2024, 5, 1, 7, 5, tzinfo=UTC)


def test_the_wait_is_fifteen_minutes_by_default():
    assert DEFAULT_WAIT == timedelta(minutes=15)


def test_just_after_the_request_the_whole_wait_is_left():
    status = wait_status(REQUEST, REQUEST + timedelta(seconds=30))
    assert status.elapsed == timedelta(seconds=30)
    assert status.remaining == timedelta(minutes=14, seconds=30), "the countdown should show 14:30 left"
    assert not status.due, "the page said to call the hotline half a minute after the request"
    assert not status.clock_suspect


def test_at_the_fifteen_minute_mark_it_is_time_to_call():
    status = wait_status(REQUEST, REQUEST + timedelta(minutes=15))
    assert status.due, "at 15 minutes the page should say it is time to call 1900 9068"
    assert status.remaining == timedelta(0)


def test_one_second_before_the_mark_it_is_not_yet_time():
    status = wait_status(REQUEST, REQUEST + timedelta(minutes=14, seconds=59))
    assert not status.due
    assert status.remaining == timedelta(seconds=1)


def test_a_clock_moved_back_never_shows_a_negative_time():
    status = wait_status(REQUEST, REQUEST - timedelta(hours=3))
    assert status.elapsed == timedelta(0), f"the page would show {status.elapsed} since the request"
    assert status.remaining == DEFAULT_WAIT, "the countdown should show the full wait, not more"
    assert status.clock_suspect
    assert not status.due


def test_a_request_days_old_is_due_and_stale_without_an_absurd_elapsed_time():
    status = wait_status(REQUEST, REQUEST + timedelta(days=400))
    assert status.due
    assert status.stale, "a year-old request should be shown as old, so the person requests again"
    assert status.elapsed == STALE_AFTER, f"the page would show {status.elapsed} since the request"


def test_times_without_a_zone_are_refused():
    with pytest.raises(ValueError):
        wait_status(REQUEST.replace(tzinfo=None), REQUEST)


def test_a_wait_of_nothing_is_refused():
    with pytest.raises(ValueError, match="positive"):
        wait_status(REQUEST, REQUEST, timedelta(0))


def test_a_setting_can_change_the_wait():
    status = wait_status(REQUEST, REQUEST + timedelta(minutes=15), wait=timedelta(minutes=30))
    assert not status.due
    assert status.remaining == timedelta(minutes=15)


@given(
    offset=st.timedeltas(min_value=timedelta(days=-3650), max_value=timedelta(days=3650)),
    wait=st.timedeltas(min_value=timedelta(seconds=1), max_value=timedelta(hours=6)),
)
def test_the_countdown_always_stays_between_zero_and_the_wait(offset, wait):
    status = wait_status(REQUEST, REQUEST + offset, wait)
    assert timedelta(0) <= status.elapsed <= STALE_AFTER
    assert timedelta(0) <= status.remaining <= wait
    assert status.due == (status.remaining == timedelta(0))
    assert status.clock_suspect == (offset < timedelta(0))


def test_countdown_keeps_running_when_the_wall_clock_jumps_during_the_session():
    countdown = Countdown.start(REQUEST, REQUEST + timedelta(minutes=2), monotonic_now=1000.0)
    # Five real minutes later, whatever the wall clock now says.
    status = countdown.status(1000.0 + 300)
    assert status.elapsed == timedelta(minutes=7)
    assert status.remaining == timedelta(minutes=8), "the countdown should have gone down by five minutes"


def test_countdown_after_a_clock_moved_back_counts_down_from_the_full_wait():
    countdown = Countdown.start(REQUEST, REQUEST - timedelta(hours=1), monotonic_now=50.0)
    assert countdown.status(50.0).remaining == DEFAULT_WAIT
    later = countdown.status(50.0 + 15 * 60)
    assert later.due, "after 15 real minutes the page should say to call, even with the clock set back"
    assert later.clock_suspect


def test_countdown_never_goes_back_up_with_an_older_reading():
    countdown = Countdown.start(REQUEST, REQUEST + timedelta(minutes=5), monotonic_now=100.0)
    assert countdown.status(90.0).remaining == timedelta(minutes=10)


def test_countdown_of_a_stale_request_stays_stale():
    countdown = Countdown.start(REQUEST, REQUEST + timedelta(days=3), monotonic_now=0.0)
    assert countdown.status(10.0).stale


@pytest.mark.parametrize(
    ("after", "left", "passed"),
    [
        (timedelta(seconds=1), 15, 0),  # just asked: the whole wait
        (timedelta(minutes=2, seconds=59), 13, 2),
        (timedelta(minutes=14, seconds=30), 1, 14),  # half a minute left is still "1 minute", never "0"
        (timedelta(minutes=15), 0, 15),
    ],
)
def test_the_wait_in_whole_minutes_as_a_person_says_it(after, left, passed):
    status = wait_status(REQUEST, REQUEST + after)
    assert (minutes_left(status), minutes_passed(status)) == (left, passed)


def test_the_ring_fills_with_the_wait_and_is_full_at_the_mark():
    assert share_waited(wait_status(REQUEST, REQUEST), DEFAULT_WAIT) == 0.0
    assert share_waited(wait_status(REQUEST, REQUEST + timedelta(minutes=5)), DEFAULT_WAIT) == pytest.approx(1 / 3)
    assert share_waited(wait_status(REQUEST, REQUEST + timedelta(days=2)), DEFAULT_WAIT) == 1.0


NOW_LOCAL = datetime(2024, 5, 1, 14, 30, tzinfo=VIETNAM)


@pytest.mark.parametrize("typed", ["14:05", "14h05", "14H05", "14.05", "14 05", "14g05", " 14:05 ", "1405"])
def test_a_time_typed_earlier_today_is_today(typed):
    got = parse_request_time(typed, NOW_LOCAL)
    assert got == datetime(2024, 5, 1, 7, 5, tzinfo=UTC), f"{typed!r} was read as {got}"
    assert got.tzinfo == UTC


def test_a_time_later_than_now_means_yesterday():
    got = parse_request_time("23:50", NOW_LOCAL)
    assert got == datetime(2024, 4, 30, 23, 50, tzinfo=VIETNAM)


def test_a_time_a_little_ahead_of_the_computer_clock_counts_as_now():
    got = parse_request_time("14:33", NOW_LOCAL)
    assert got == NOW_LOCAL.astimezone(UTC), "a watch 3 minutes fast should not make the request a day old"


def test_a_whole_hour_is_accepted():
    assert parse_request_time("14h", NOW_LOCAL) == datetime(2024, 5, 1, 14, 0, tzinfo=VIETNAM)


@pytest.mark.parametrize(
    "typed", ["", "abc", "24:00", "14:60", "14:5", "2460", "14050", "2 giờ chiều", "14:05:07", "-1:00"]
)
def test_garbage_is_refused(typed):
    assert parse_request_time(typed, NOW_LOCAL) is None, f"{typed!r} should have been refused"


def test_parse_needs_an_aware_now():
    with pytest.raises(ValueError):
        parse_request_time("14:05", NOW_LOCAL.replace(tzinfo=None))
