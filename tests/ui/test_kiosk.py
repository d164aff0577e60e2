"""Kiosk mode as a walk-in at a BHXH office and the staff meet it: locked, wiped when left, typed by touch."""

from __future__ import annotations

import gc
import io
import sys

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QWidget,
)

from app.core.flow import StepId
from app.core.settings import check_pin
from tests.deployment import IT_PIN, kiosk_site
from tests.ui.driver import button, choose, current_page, page_id, press, to_contact, type_into

PIN = IT_PIN
PHONE = "0987654321"  # not the contact page's own example number
PHONE_SHOWN = "0987 654 321"  # as the contact page and the summary show it
EMAIL = "lan.nguyen@gmail.com"
BHXH = "7912345678"


class Clock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def kiosk(qtbot, make_window, tmp_path, clock):
    """A kiosk window with a staff PIN set by IT, on the test clock."""

    def make(*args: str, pin: str | None = PIN):
        site = kiosk_site(tmp_path / "site", pin=pin)
        window = make_window("--kiosk", "--site-settings", str(site), *args)
        with qtbot.waitActive(window):  # shortcuts and focus need the active window, as on a real kiosk
            window.activateWindow()
        window.kiosk.use_clock(clock)
        made.append(window)
        return window

    made = []
    yield make
    for window in made:
        window.kiosk.unlocked = True  # let the test harness close it


def idle(window, clock, seconds: float) -> None:
    clock.now += seconds
    window.kiosk.idle.check()


def notice(window) -> QWidget:
    return window.findChild(QFrame, "idleNotice")


def every_text_on_screen(window) -> str:
    texts = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    return "\n".join(texts)


def at_a_cause_with_everything_typed(qtbot, window) -> None:
    to_contact(qtbot, window, "in_app", "email")
    type_into(qtbot, window, "phoneInput", PHONE)
    type_into(qtbot, window, "emailInput", EMAIL)
    type_into(qtbot, window, "bhxhCodeInput", BHXH)
    press(qtbot, window, "nextButton")
    assert page_id(window) == "wrong_contact"


# -- locked in ---------------------------------------------------------------------------------


def test_kiosk_is_full_screen_frameless_and_ignores_close(kiosk):
    window = kiosk()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.close(), "the kiosk closed without the staff PIN"
    assert window.isVisible()


def test_finish_on_an_ending_clears_the_screen_instead_of_closing(qtbot, kiosk):
    window = kiosk("--lang", "en")
    to_contact(qtbot, window)
    type_into(qtbot, window, "phoneInput", PHONE)
    press(qtbot, window, "nextButton")
    choose(qtbot, window, "fixed")
    choose(qtbot, window, "yes")
    assert page_id(window) == "solved"
    assert button(window, "finishButton").text() == "Finish"
    press(qtbot, window, "finishButton")
    assert window.isVisible()
    assert page_id(window) == "welcome"
    shown = every_text_on_screen(window)
    assert PHONE not in shown and PHONE_SHOWN not in shown


# -- idle: the countdown and the wipe -----------------------------------------------------------


def test_idle_shows_a_countdown_then_wipes_every_trace(qtbot, kiosk, clock):
    window = kiosk("--lang", "en")
    at_a_cause_with_everything_typed(qtbot, window)
    QApplication.clipboard().setText(PHONE)  # the person copied their number
    idle(window, clock, 119)
    assert not notice(window).isVisible(), "the warning came before the idle time"
    idle(window, clock, 1)
    assert notice(window).isVisible()
    assert notice(window).findChild(QLabel, "bigNumber").text() == "15"
    assert button(window, "stillHereButton").isVisible()
    idle(window, clock, 14)
    assert notice(window).findChild(QLabel, "bigNumber").text() == "1"
    idle(window, clock, 1)

    assert not notice(window).isVisible()
    assert page_id(window) == "welcome"
    assert not button(window, "backButton").isEnabled(), "Back could lead to the previous person's pages"
    assert window.flow.path == [] and window.flow.remembered == {}, "answers stayed in memory"
    shown = every_text_on_screen(window)
    for secret in (PHONE, PHONE_SHOWN, EMAIL, BHXH):
        assert secret not in shown, f"{secret} was still on a page after the reset"
    assert QApplication.clipboard().text() == "", "the next person could paste the previous number"

    press(qtbot, window, "nextButton")
    choose(qtbot, window, "not_sure")
    assert not current_page(window).findChild(QPushButton, "choice_sms").isChecked()
    choose(qtbot, window, "sms")
    phone = window.findChild(QLineEdit, "phoneInput")
    assert phone.text() == ""
    qtbot.keyClick(phone, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert phone.text() == "", "Undo in the phone field brought back the previous person's number"


def test_idle_wipes_the_hotline_summary(qtbot, kiosk, clock):
    window = kiosk("--lang", "en")
    at_a_cause_with_everything_typed(qtbot, window)
    while page_id(window) != "arrived":
        choose(qtbot, window, "not_this")
    choose(qtbot, window, "no")
    choose(qtbot, window, "need_help")
    summary = window.findChild(QPlainTextEdit, "summaryText")
    assert PHONE_SHOWN in summary.toPlainText()
    idle(window, clock, 120)
    idle(window, clock, 15)
    assert summary.toPlainText() == "", "the hotline summary kept the previous person's details"


def test_i_am_still_here_keeps_the_answers(qtbot, kiosk, clock):
    window = kiosk("--lang", "en")
    at_a_cause_with_everything_typed(qtbot, window)
    idle(window, clock, 125)
    press(qtbot, window, "stillHereButton")
    assert not notice(window).isVisible()
    assert page_id(window) == "wrong_contact"
    idle(window, clock, 119)
    assert not notice(window).isVisible(), "the idle time did not start again from the tap"
    press(qtbot, window, "backButton")
    assert window.findChild(QLineEdit, "phoneInput").text() == PHONE


def test_any_key_during_the_countdown_keeps_the_session(qtbot, kiosk, clock):
    window = kiosk("--lang", "en")
    at_a_cause_with_everything_typed(qtbot, window)
    idle(window, clock, 120)
    assert notice(window).isVisible()
    qtbot.keyClick(button(window, "stillHereButton"), Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: not notice(window).isVisible(), timeout=1000)
    assert page_id(window) == "wrong_contact"


# "Start over?" on a kiosk, inside the kiosk and closed by the countdown: tests/ui/test_kiosk_strangers.py.


def test_a_fresh_welcome_page_needs_no_countdown(kiosk, clock):
    window = kiosk("--lang", "en")
    idle(window, clock, 600)
    assert not notice(window).isVisible(), "an empty kiosk kept flashing the countdown"


def test_the_next_person_gets_the_normal_text_size_and_colours(qtbot, kiosk, clock):
    window = kiosk("--lang", "en")
    press(qtbot, window, "fontScaleButton")
    press(qtbot, window, "highContrastButton")
    assert (window.look.font_scale, window.look.high_contrast) == (125, True)
    idle(window, clock, 120)
    assert notice(window).isVisible(), "a changed text size is something to wipe"
    idle(window, clock, 15)
    assert (window.look.font_scale, window.look.high_contrast) == (100, False)
    assert button(window, "fontScaleButton").text() == "Text size: 100%"


# -- the staff PIN ------------------------------------------------------------------------------


def prompt(window) -> QWidget:
    return window.findChild(QFrame, "staffPinPrompt")


def type_pin(qtbot, window, pin: str) -> None:
    keypad = prompt(window).findChild(QFrame, "pinKeypad")
    for digit in pin:
        qtbot.mouseClick(keypad.findChild(QPushButton, f"key_{digit}"), Qt.MouseButton.LeftButton)


def staff_key(qtbot, window) -> None:
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_S, mods)


def test_the_staff_key_and_the_right_pin_close_the_kiosk(qtbot, kiosk):
    window = kiosk("--lang", "en")
    staff_key(qtbot, window)
    assert prompt(window).isVisible()
    assert not window.centralWidget().isEnabled(), "the page under the PIN prompt still took touches"
    type_pin(qtbot, window, PIN)
    assert window.findChild(QLineEdit, "pinInput").text() == PIN
    press(qtbot, window, "unlockButton")
    assert window.kiosk.unlocked
    assert not window.isVisible(), "the right PIN did not close the kiosk"


def test_wrong_pins_are_refused_then_slowed_down(qtbot, kiosk, clock):
    window = kiosk("--lang", "en")
    staff_key(qtbot, window)
    message = prompt(window).findChild(QLabel, "pinMessage")
    for wrong in ("1111", "2222", "3333"):
        type_pin(qtbot, window, wrong)
        press(qtbot, window, "unlockButton")
        assert window.isVisible()
    assert "Try again in 30 seconds" in message.text()
    assert not button(window, "unlockButton").isEnabled()
    pin_field = window.findChild(QLineEdit, "pinInput")
    type_pin(qtbot, window, PIN)
    qtbot.keyClick(pin_field, Qt.Key.Key_Return)
    assert window.isVisible(), "the right PIN was accepted during the wait"
    clock.now += 30
    prompt(window).refresh()
    assert button(window, "unlockButton").isEnabled()
    type_pin(qtbot, window, PIN)
    qtbot.keyClick(pin_field, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_escape_cancels_the_prompt_without_going_back(qtbot, kiosk):
    window = kiosk("--lang", "en")
    press(qtbot, window, "nextButton")
    staff_key(qtbot, window)
    type_pin(qtbot, window, "12")
    qtbot.keyClick(window.findChild(QLineEdit, "pinInput"), Qt.Key.Key_Escape)
    assert not prompt(window).isVisible()
    assert page_id(window) == "registration", "Escape in the PIN prompt went Back on the page underneath"
    assert window.centralWidget().isEnabled()
    staff_key(qtbot, window)
    assert window.findChild(QLineEdit, "pinInput").text() == "", "the half-typed PIN was still there"


def tap(qtbot, window, x: int, y: int) -> None:
    target = window.childAt(QPoint(x, y))
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, QPoint(x, y)))


def test_five_taps_in_the_top_left_corner_ask_for_the_pin(qtbot, kiosk, clock):
    window = kiosk("--lang", "en")
    for _ in range(4):
        tap(qtbot, window, 10, 10)
        clock.now += 0.5
    tap(qtbot, window, 300, 300)  # a tap elsewhere starts the count again
    tap(qtbot, window, 10, 10)
    QApplication.processEvents()
    assert not prompt(window).isVisible()
    for _ in range(4):
        clock.now += 0.5
        tap(qtbot, window, 20, 30)
    qtbot.waitUntil(lambda: prompt(window).isVisible(), timeout=1000)


def test_slow_taps_do_not_count(qtbot, kiosk, clock):
    window = kiosk("--lang", "en")
    for _ in range(6):
        tap(qtbot, window, 10, 10)
        clock.now += 1.5
    QApplication.processEvents()
    assert not prompt(window).isVisible()


def test_without_a_pin_the_prompt_says_so_and_it_cannot_close(qtbot, kiosk):
    window = kiosk("--lang", "en", pin=None)
    notice_bar = window.findChild(QFrame, "settingsNotice")
    assert notice_bar is not None and notice_bar.isVisible(), "IT was not told that the staff PIN is missing"
    staff_key(qtbot, window)
    assert "No staff PIN is set" in prompt(window).findChild(QLabel, "pinMessage").text()
    assert not button(window, "unlockButton").isEnabled()


def test_hash_pin_prints_a_hash_that_the_kiosk_accepts(monkeypatch, capsys):
    from app.main import main

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PIN}\n"))
    assert main(["--hash-pin"]) == 0
    printed = capsys.readouterr().out.strip()
    assert PIN not in printed
    assert check_pin(PIN, printed)


def test_hash_pin_refuses_a_pin_that_is_not_digits(monkeypatch, capsys):
    from app.main import main

    monkeypatch.setattr("sys.stdin", io.StringIO("abcd\n"))
    assert main(["--hash-pin"]) == 1
    assert capsys.readouterr().out == ""


# -- on-screen keys -----------------------------------------------------------------------------


def keys(window, name: str) -> QWidget:
    found = window.findChild(QFrame, name)
    assert found is not None, f"no {name} on the contact page"
    return found


def tap_keys(qtbot, board: QWidget, *names: str) -> None:
    for name in names:
        qtbot.mouseClick(board.findChild(QPushButton, f"key_{name}"), Qt.MouseButton.LeftButton)


def test_phone_keypad_types_deletes_and_clears(qtbot, kiosk):
    window = kiosk("--lang", "en")
    to_contact(qtbot, window)
    phone = window.findChild(QLineEdit, "phoneInput")
    assert phone.hasFocus()
    pad = keys(window, "phoneKeypad")
    assert pad.isVisible() and not keys(window, "emailKeyboard").isVisible()
    tap_keys(qtbot, pad, *"0987654329", "backspace", "1")
    assert phone.text() == PHONE
    assert button(window, "nextButton").isEnabled(), "the page did not notice the typed number"
    tap_keys(qtbot, pad, "clear")
    assert phone.text() == ""


def test_email_keyboard_types_and_completes_endings(qtbot, kiosk):
    window = kiosk("--lang", "en")
    to_contact(qtbot, window, channel="email")
    email = window.findChild(QLineEdit, "emailInput")
    assert email.hasFocus(), "an email user did not start in the email field"
    board = keys(window, "emailKeyboard")
    assert board.isVisible() and not keys(window, "phoneKeypad").isVisible()
    tap_keys(qtbot, board, "l", "a", "n", "dot", "n", "g", "1", "underscore", "dash", "backspace", "backspace",
             "gmail")
    assert email.text() == "lan.ng1@gmail.com"
    tap_keys(qtbot, board, "yahoo")
    assert email.text() == "lan.ng1@yahoo.com", "a second ending added a second @"
    tap_keys(qtbot, board, "backspace", "backspace", "backspace", "backspace", "vn")
    assert email.text() == "lan.ng1@yahoo.vn"
    tap_keys(qtbot, board, "at")
    assert email.text().endswith("@")


def test_bhxh_code_has_its_own_keypad(qtbot, kiosk):
    window = kiosk("--lang", "en")
    to_contact(qtbot, window)
    code = window.findChild(QLineEdit, "bhxhCodeInput")
    qtbot.mouseClick(code, Qt.MouseButton.LeftButton)
    pad = keys(window, "bhxhKeypad")
    assert pad.isVisible() and not keys(window, "phoneKeypad").isVisible()
    tap_keys(qtbot, pad, *BHXH)
    assert code.text() == BHXH


def test_long_pages_scroll_by_swiping(qtbot, kiosk):
    window = kiosk("--lang", "en")
    window.resize(1366, 768)
    window.stack.setCurrentWidget(window.page_for(StepId.WAYS_IN))
    area = window.pages[StepId.WAYS_IN].findChild(QScrollArea, "explanation")
    QApplication.processEvents()
    assert area.verticalScrollBar().maximum() > 0, "the page is not long enough to test"
    assert QScroller.hasScroller(area.viewport()), "a finger cannot scroll the page"
    swipe = QScroller.scroller(area.viewport())
    t = 1000
    swipe.handleInput(QScroller.Input.InputPress, QPointF(600, 500), t)
    for i in range(1, 20):
        t += 20
        swipe.handleInput(QScroller.Input.InputMove, QPointF(600, 500 - 20 * i), t)
    swipe.handleInput(QScroller.Input.InputRelease, QPointF(600, 120), t + 20)
    qtbot.waitUntil(lambda: swipe.state() is QScroller.State.Inactive, timeout=3000)
    assert area.verticalScrollBar().value() > 0, "a swipe up did not move the page"
    assert QScroller.hasScroller(window.findChild(QPlainTextEdit, "summaryText").viewport())


def test_counter_mode_has_no_on_screen_keys(qtbot, make_window):
    window = make_window("--lang", "en")
    assert window.findChild(QWidget, "idleNotice") is None, "counter mode wiped a staff member's session"
    to_contact(qtbot, window)
    for name in ("phoneKeypad", "emailKeyboard", "bhxhKeypad"):
        assert window.findChild(QFrame, name) is None


# -- a whole day at the office ------------------------------------------------------------------


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on: nothing to run out")
def test_many_sessions_do_not_wear_the_program_down(qtbot, kiosk, clock):
    window = kiosk("--lang", "en")

    def one_person() -> None:
        at_a_cause_with_everything_typed(qtbot, window)
        choose(qtbot, window, "fixed")
        choose(qtbot, window, "yes")
        press(qtbot, window, "finishButton")

    one_person()  # caches warm up
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(5):
        one_person()
    gc.collect()
    lost = before - sys.getrefcount(True)
    # PySide6 6.12.0 lost one per SignalInstance.emit() from Python (Choices in pages/base.py emits per answer).
    assert lost < 10, f"5 visitors used up {lost} references to True: the kiosk aborts after a few dozen visitors"
