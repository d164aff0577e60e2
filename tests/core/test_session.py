"""The session: whom requests are kept under, what the person did, the wait, the outcome, the summary.

Nothing is mocked but the two clocks; the attempt log is a real SQLite file in a temporary folder.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.attempts import Action, AttemptLog, Channel, Outcome
from app.core.flow import Arrived, CauseResult, ChannelChoice, Contact, Registration, Start, StepId
from app.core.session import Session
from app.core.settings import Settings

T0 = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)


class Clocks:
    def __init__(self) -> None:
        self.wall, self.mono = T0, 1000.0

    def advance(self, **delta: float) -> None:
        step = timedelta(**delta)
        self.wall += step
        self.mono += step.total_seconds()


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def log(tmp_path):
    with AttemptLog.open(tmp_path / "data", clock=lambda: T0) as opened:
        yield opened


def new_session(log, clocks, settings: Settings | None = None, *, channel=ChannelChoice.SMS,
                contact=Contact("0912 345 678", "Lan@Gmail.com"), registration=Registration.NOT_SURE) -> Session:
    session = Session(log, settings, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono)
    for answer in (Start(), registration, channel, contact):
        session.answer(answer)
    return session


@pytest.mark.parametrize(
    "channel, contact, expected",
    [
        (ChannelChoice.SMS, Contact("0912 345 678", "Lan@Gmail.com"), ("+84912345678", Channel.SMS)),
        (ChannelChoice.EMAIL, Contact("0912 345 678", "lan@GMAIL.com"), ("lan@gmail.com", Channel.EMAIL)),
        (ChannelChoice.NOT_SURE, Contact("0912345678", ""), ("+84912345678", Channel.SMS)),
        (ChannelChoice.NOT_SURE, Contact("", "lan@gmail.com"), ("lan@gmail.com", Channel.EMAIL)),
    ],
)
def test_requests_are_kept_under_the_contact_the_password_goes_to(log, clocks, channel, contact, expected):
    who = new_session(log, clocks, channel=channel, contact=contact).contact()
    assert who is not None and (who.contact.key, who.channel) == expected


def test_without_a_contact_or_a_log_nothing_is_recorded(log, clocks):
    blank = Session(log, clock=lambda: clocks.wall)
    assert blank.contact() is None and not blank.can_record()
    assert blank.record(Action.FORGOT_PASSWORD) is None, "a request was logged for nobody"
    no_log = new_session(None, clocks)
    assert not no_log.can_record() and no_log.record(Action.FORGOT_PASSWORD) is None
    assert no_log.attempts() == [] and no_log.wait().countdown is None


def test_what_the_person_pressed_is_what_is_recorded_with_the_time(log, clocks):
    session = new_session(log, clocks)
    session.record(Action.REGISTRATION)
    clocks.advance(minutes=3)
    session.record(Action.FORGOT_PASSWORD)
    assert [(a.action, a.at) for a in session.attempts()] == [
        (Action.FORGOT_PASSWORD, T0 + timedelta(minutes=3)),
        (Action.REGISTRATION, T0),
    ]


def test_a_time_typed_for_an_earlier_request_is_today_and_in_the_past(log, clocks):
    session = new_session(log, clocks)
    earlier = (T0 - timedelta(minutes=7)).astimezone()
    at = session.typed_time(earlier.strftime("%H:%M"))
    assert at == T0 - timedelta(minutes=7)
    assert session.typed_time("25:99") is None
    session.record(Action.HOTLINE_KEY8, at)
    assert session.wait().countdown.status(clocks.mono).remaining == timedelta(minutes=8)


def test_the_countdown_runs_from_the_last_request_that_makes_bhxh_send_something(log, clocks):
    session = new_session(log, clocks)
    session.record(Action.FORGOT_PASSWORD)
    clocks.advance(minutes=5)
    session.record(Action.ASKED_OFFICE)  # asking the office sends nothing: the wait goes on from "Quên mật khẩu"
    clocks.advance(minutes=5)
    wait = session.wait()
    assert not wait.for_approval
    assert wait.countdown.status(clocks.mono).remaining == timedelta(minutes=5)
    clocks.advance(minutes=5)
    assert wait.countdown.status(clocks.mono).due, "15 minutes after the request, the hotline was not advised"


def test_after_sending_the_registration_the_wait_is_for_the_office_not_for_minutes(log, clocks):
    session = new_session(log, clocks, registration=Registration.IN_APP)
    session.record(Action.REGISTRATION)
    wait = session.wait()
    assert wait.for_approval and wait.countdown is None, "a registration started a 15-minute countdown"
    session.record(Action.HOTLINE_KEY8)
    assert not session.wait().for_approval and session.wait().countdown is not None


def test_the_wait_setting_changes_the_advice(log, clocks):
    session = new_session(log, clocks, Settings(wait_minutes=30))
    session.record(Action.FORGOT_PASSWORD)
    clocks.advance(minutes=20)
    assert session.wait().countdown.status(clocks.mono).remaining == timedelta(minutes=10)


def test_a_wall_clock_moved_during_the_wait_changes_nothing(log, clocks):
    session = new_session(log, clocks)
    session.record(Action.FORGOT_PASSWORD)
    countdown = session.wait().countdown
    clocks.wall += timedelta(hours=5)  # someone sets the clock; the monotonic clock does not move
    clocks.mono += 60
    assert countdown.status(clocks.mono).remaining == timedelta(minutes=14)


@pytest.mark.parametrize(("answer", "outcome"), [(Arrived.YES, Outcome.ARRIVED), (Arrived.NO, Outcome.NOT_ARRIVED)])
def test_did_it_arrive_becomes_the_outcome_of_the_last_request(log, clocks, answer, outcome):
    session = new_session(log, clocks)
    first = session.record(Action.REGISTRATION)
    session.record(Action.FORGOT_PASSWORD)
    session.answer(CauseResult.FIXED)
    assert session.flow.current is StepId.ARRIVED
    session.answer(answer)
    assert [a.outcome for a in session.attempts()] == [outcome, Outcome.UNKNOWN]
    assert session.attempts()[-1].id == first.id


@pytest.mark.parametrize("with_log", [False, True])
def test_without_a_log_or_a_request_the_answers_still_move_on(log, clocks, with_log):
    session = new_session(log if with_log else None, clocks)
    session.answer(CauseResult.FIXED)
    assert session.answer(Arrived.NO) is not StepId.ARRIVED
    assert session.attempts() == [], "an outcome was recorded for a request nobody made"


def test_the_same_person_typed_another_way_finds_their_requests_after_a_restart(tmp_path, clocks):
    with AttemptLog.open(tmp_path / "data") as log:
        new_session(log, clocks).record(Action.FORGOT_PASSWORD)
    with AttemptLog.open(tmp_path / "data") as log:
        again = new_session(log, clocks, contact=Contact("+84 912 345 678"))
        assert [a.action for a in again.attempts()] == [Action.FORGOT_PASSWORD]


def test_on_a_kiosk_only_this_visits_requests_are_shown(log, clocks):
    earlier = new_session(log, clocks)
    earlier.record(Action.FORGOT_PASSWORD)  # someone else, or the same number an hour ago: not this visitor's
    kiosk = new_session(log, clocks, Settings(kiosk=True))
    assert kiosk.attempts() == [], "a kiosk showed when a neighbour's number was used here"
    mine = kiosk.record(Action.HOTLINE_KEY8)
    assert [a.id for a in kiosk.attempts()] == [mine.id]
    kiosk.restart()
    assert kiosk.flow.path == [] and kiosk.contact() is None
    for answer in (Start(), Registration.NOT_SURE, ChannelChoice.SMS, Contact("0912 345 678")):
        kiosk.answer(answer)
    assert kiosk.attempts() == [], "the next visitor saw the last visitor's request"


def test_the_summary_lists_what_was_done_in_the_shared_words(log, clocks):
    session = new_session(log, clocks)
    session.record(Action.FORGOT_PASSWORD)
    clocks.advance(minutes=20)
    text = session.summary().vietnamese
    local = T0.astimezone().strftime("%H:%M %d/%m/%Y")
    assert f"- {local}: Bấm “Quên mật khẩu”: chưa rõ" in text.splitlines()
    assert "20 phút" in text
