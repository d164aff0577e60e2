"""The attempt log as a person meets it: "I asked just now", the countdown that survives a restart,
the hotline offer."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from app.core.attempts import LOG_FILE_NAME, Outcome
from app.core.flow import CauseResult
from tests.deployment import kiosk_site
from tests.ui.driver import button, choose, page_id, press, to_contact, type_into

T0 = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)


class Clocks:
    """The wall clock and the monotonic clock the window reads; a test moves them instead of sleeping."""

    def __init__(self, wall: datetime, monotonic: float) -> None:
        self.wall, self.mono = wall, monotonic

    def put_on(self, window) -> None:
        window.session.clock = lambda: self.wall
        window.session.monotonic = lambda: self.mono

    def advance(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
        self.mono += seconds


def to_waiting(qtbot, window, phone: str, registration: str = "not_sure") -> None:
    """Walk as a person does: contact typed, every reason before the waiting page checked and ruled out."""
    to_contact(qtbot, window, registration, "sms")
    type_into(qtbot, window, "phoneInput", phone)
    press(qtbot, window, "nextButton")
    while page_id(window) != "waiting":
        choose(qtbot, window, "not_this")


def countdown(window) -> str:
    found = window.findChild(QLabel, "waitCountdown")
    assert found is not None and found.isVisible(), "no countdown on the waiting page"
    return found.text()


def tick(window) -> None:
    window.page.wait_panel.timer.timeout.emit()  # what the one-second timer does


def rebuild(qtbot, tmp_path, *args: str):
    """The program started again on the same data folder."""
    from app.main import build_window

    window = build_window(["--data-dir", str(tmp_path / "data"), *args])
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.waitUntil(lambda: window.started)
    return window


def test_the_countdown_continues_after_a_restart_and_ends_with_the_hotline_offer(qtbot, make_window, tmp_path):
    clocks = Clocks(T0, 1_000.0)
    window = make_window("--lang", "en")
    clocks.put_on(window)
    to_waiting(qtbot, window, "0912345678")
    assert countdown(window) == "The countdown starts when you record “Quên mật khẩu” or a call to key 8."
    press(qtbot, window, "logAttemptButton")
    assert countdown(window) == "15 minutes left of the 15-minute wait"
    window.close()
    window.session.log.close()  # as when the program ends

    clocks.advance(5 * 60)
    clocks.mono = 42.0  # a new session: the monotonic clock has its own start
    window = rebuild(qtbot, tmp_path, "--lang", "en")
    clocks.put_on(window)
    to_waiting(qtbot, window, "+84 912 345 678")  # the same person, typed another way
    assert countdown(window) == "10 minutes left of the 15-minute wait", (
        "the countdown started again instead of going on")
    listed = window.findChild(QLabel, "attemptList").text()
    assert "Pressed “Quên mật khẩu” (Forgot password): not known yet" in listed, (
        f"the earlier request was not listed: {listed!r}")
    assert not button(window, "callHotlineButton").isVisible(), "the hotline was offered before the 15 minutes"

    clocks.advance(9 * 60 + 59)
    tick(window)
    assert countdown(window) == "1 minute left of the 15-minute wait", "a second left must not read as a time of day"
    assert not button(window, "callHotlineButton").isVisible()
    clocks.advance(1)
    tick(window)
    assert countdown(window) == "15 minutes have passed: we advise calling the hotline now."
    press(qtbot, window, "callHotlineButton")
    assert page_id(window) == "hotline"
    summary = window.findChild(QPlainTextEdit, "summaryText").toPlainText()
    assert ": Bấm “Quên mật khẩu”: chưa rõ" in summary, f"the operator does not hear of the request:\n{summary}"
    assert "Từ lần gần nhất bấm “Quên mật khẩu” hoặc gọi phím 8 đến nay: 15 phút" in summary
    press(qtbot, window, "backButton")
    assert page_id(window) == "waiting", "Back from the hotline offer did not return to the waiting page"


def test_a_request_made_before_the_program_was_opened_is_typed_as_a_time(qtbot, make_window):
    clocks = Clocks(T0, 500.0)
    window = make_window("--lang", "en")
    clocks.put_on(window)
    to_waiting(qtbot, window, "0912345678")
    type_into(qtbot, window, "attemptTimeInput", "25:99")
    press(qtbot, window, "logAttemptButton")
    message = window.findChild(QLabel, "timeMessage")
    assert message.isVisible() and "14:05" in message.text(), "a wrong time was not explained"
    assert window.session.attempts() == [], "a wrong time was recorded"
    seven_minutes_ago = (T0 - timedelta(minutes=7)).astimezone().strftime("%H:%M")
    type_into(qtbot, window, "attemptTimeInput", seven_minutes_ago)
    press(qtbot, window, "logKey8Button")
    assert countdown(window) == "8 minutes left of the 15-minute wait"
    assert window.session.attempts()[0].at == T0 - timedelta(minutes=7)
    assert window.findChild(QLineEdit, "attemptTimeInput").text() == "", "the typed time stayed in the field"


def test_the_answer_on_did_it_arrive_becomes_the_outcome_of_the_request(qtbot, make_window):
    clocks = Clocks(T0, 0.0)
    window = make_window("--lang", "en")
    clocks.put_on(window)
    to_waiting(qtbot, window, "0912345678", registration="in_app")
    press(qtbot, window, "logRegistrationButton")
    assert window.findChild(QLabel, "waitApproval").isVisible(), "after registering, the office's approval is not told"
    assert not window.findChild(QLabel, "waitCountdown").isVisible(), "a registration started a 15-minute countdown"
    press(qtbot, window, "logAttemptButton")
    assert [a.action.value for a in window.session.attempts()] == ["forgot_password", "registration"]
    clocks.advance(120)
    choose(qtbot, window, "fixed")
    line = window.findChild(QLabel, "arrivedWaitLine")
    assert line.isVisible() and line.text() == "You asked 2 minutes ago. 13 minutes left of the 15-minute wait", (
        line.text())
    choose(qtbot, window, "no")
    assert window.session.attempts()[0].outcome is Outcome.NOT_ARRIVED


def test_a_damaged_log_is_moved_aside_and_the_person_is_told(qtbot, make_window, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / LOG_FILE_NAME).write_bytes(b"this is not a database" * 100)
    window = make_window("--lang", "en")
    notice = window.findChild(QLabel, "logNoticeText")
    assert notice is not None and notice.isVisible(), "the person was not told the record was damaged"
    assert "damaged" in notice.text()
    assert list(data.glob("attempts.damaged-*")), "the damaged file was not kept aside"
    to_waiting(qtbot, window, "0912345678")
    press(qtbot, window, "logAttemptButton")
    assert len(window.session.attempts()) == 1, "the new log does not record"


def test_a_folder_that_cannot_be_written_keeps_the_requests_for_the_session(qtbot, make_window, tmp_path):
    (tmp_path / "data").write_text("a file where the data folder should be", encoding="utf-8")
    window = make_window("--lang", "en")
    Clocks(T0, 0.0).put_on(window)
    notice = window.findChild(QLabel, "logNoticeText")
    assert notice.isVisible() and "cannot be saved" in notice.text()
    to_waiting(qtbot, window, "0912345678")
    press(qtbot, window, "logAttemptButton")
    assert countdown(window) == "15 minutes left of the 15-minute wait", "the wizard stopped counting without a disk"


def test_a_kiosk_keeps_no_contact_in_clear_yet_finds_the_person(qtbot, make_window, tmp_path):
    site = kiosk_site(tmp_path / "site")
    window = make_window("--kiosk", "--site-settings", str(site), "--lang", "en")
    try:
        to_waiting(qtbot, window, "0912345678")
        press(qtbot, window, "logAttemptButton")
        assert len(window.session.attempts()) == 1
        with sqlite3.connect(tmp_path / "data" / LOG_FILE_NAME) as db:
            rows = db.execute("SELECT contact, contact_ref FROM attempt").fetchall()
        assert rows and all(contact is None and "912345678" not in ref for contact, ref in rows), rows
    finally:
        window.kiosk.unlocked = True


def test_the_waiting_page_without_a_contact_says_where_to_type_it(qtbot, make_window):
    from app.core.flow import StepId

    window = make_window("--lang", "en")
    window.jump_to(StepId.WAITING)
    assert not button(window, "logAttemptButton").isEnabled(), "a request could be logged for nobody"
    panel = window.page.wait_panel
    assert panel.isVisible() and panel.no_contact.isVisible(), "the page did not say where to type the contact"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_fifteen_minutes_are_advice_not_a_rule(qtbot, make_window, lang):
    window = make_window("--lang", lang)
    clocks = Clocks(T0, 0.0)
    clocks.put_on(window)
    to_waiting(qtbot, window, "0912345678")
    texts = " ".join(label.text() for label in window.page.findChildren(QLabel))
    advice = {"en": "we advise", "vi": "nên"}[lang]
    assert advice in texts, f"the wait reads as a BHXH rule: {texts!r}"
    assert isinstance(button(window, "logAttemptButton"), QPushButton)


def test_enter_still_goes_on_from_the_waiting_page(qtbot, make_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = make_window("--lang", "en")
    to_waiting(qtbot, window, "0912345678")
    window.page.show_answer(CauseResult.NOT_THIS)
    window.findChild(QLineEdit, "attemptTimeInput").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page_id(window) == "blocked", "Enter in the empty time field did not go on, or went on twice"
    assert window.session.attempts() == [], "Enter in the empty time field recorded a request"


def test_a_kiosk_types_the_time_on_its_number_keypad(qtbot, make_window):
    clocks = Clocks(T0, 500.0)
    window = make_window("--lang", "en", "--kiosk")
    clocks.put_on(window)
    to_waiting(qtbot, window, "0912345678")
    field = window.findChild(QLineEdit, "attemptTimeInput")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    pad = window.findChild(QFrame, "timeKeypad")
    assert pad is not None and pad.isVisible(), "a kiosk has no keyboard to type the time with"
    earlier = (T0 - timedelta(minutes=7)).astimezone()
    for digit in earlier.strftime("%H%M"):
        qtbot.mouseClick(pad.findChild(QPushButton, f"key_{digit}"), Qt.MouseButton.LeftButton)
    press(qtbot, window, "logAttemptButton")
    assert window.session.attempts()[0].at == T0 - timedelta(minutes=7)
