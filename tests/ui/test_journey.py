"""The journey as people meet it: where am I, the way out to the hotline, the wait's mark, the ending's question,
the keyboard alone from the first page to the hotline, and what a screen reader hears."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

import app.ui.a11y as a11y
from app.ui.pages.base import ChoiceButton
from app.ui.pages.guides import StepRow
from tests.deployment import kiosk_site
from tests.ui.driver import button, choose, page_id, press, to_contact, to_hotline, type_into
from tests.ui.test_accessibility import every_scene
from tests.ui.test_attempts_ui import Clocks, tick, to_waiting

PHONE = "0912345678"
T0 = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)


@pytest.fixture
def heard(monkeypatch):
    """What a screen reader was told to announce (QAccessibleAnnouncementEvent), in order."""
    said: list[str] = []
    monkeypatch.setattr(a11y, "announce", lambda widget, message: message.strip() and said.append(message))
    for module in ("app.ui.window", "app.ui.pages.waiting", "app.ui.pages.endings"):
        monkeypatch.setattr(f"{module}.announce", lambda widget, message: message.strip() and said.append(message))
    return said


@pytest.fixture
def kiosk(make_window, tmp_path):
    site = kiosk_site(tmp_path / "site")  # the PIN's hash and the contact key, as IT sets a kiosk up
    made = []

    def make(*args: str, size=(1366, 768)):
        window = make_window("--kiosk", "--site-settings", str(site), *args)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*size)
        made.append(window)
        return window

    yield make
    for window in made:
        window.kiosk.unlocked = True


def in_view(widget: QWidget, *, start_only: bool = False) -> bool:
    """Whether the whole of ``widget`` is on the screen: not cut by a scroll area, the page or the window.

    ``start_only``: its top at least (a summary taller than the screen, read from its first line).
    """
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    full = QRect(rect)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    shown = rect.intersected(window.rect())
    if start_only:
        return widget.isVisible() and not shown.isEmpty() and shown.top() == full.top()
    return widget.isVisible() and shown == full


def to_hotline_by_walking(qtbot, window) -> None:
    to_hotline(qtbot, window, PHONE, channel="sms")


# -- where am I, and the way out ------------------------------------------------------------------


def test_every_page_says_which_step_of_about_how_many(qtbot, make_window):
    window = make_window()
    where = window.findChild(QLabel, "progressLine")
    assert where.text().endswith("Bước 1 / khoảng 15")
    to_contact(qtbot, window, "in_app", "sms")
    type_into(qtbot, window, "phoneInput", PHONE)
    press(qtbot, window, "nextButton")
    assert where.text().endswith("Bước 5 / khoảng 14"), where.text()
    choose(qtbot, window, "not_this")
    assert where.text().endswith("Bước 6 / khoảng 14"), "the count did not go on with the page"


def test_call_the_hotline_now_takes_what_is_known_so_far_and_back_returns(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, "in_app", "sms")
    type_into(qtbot, window, "phoneInput", PHONE)
    press(qtbot, window, "nextButton")
    assert page_id(window) == "wrong_contact"
    press(qtbot, window, "hotlineNowButton")
    assert page_id(window) == "hotline"
    assert "0912345678" in window.findChild(QPlainTextEdit, "summaryText").toPlainText().replace(" ", "")
    assert not button(window, "hotlineNowButton").isVisible(), "the way to the hotline page is shown on it"
    press(qtbot, window, "backButton")
    assert page_id(window) == "wrong_contact"


def test_text_size_and_contrast_can_be_changed_on_any_page(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window)
    press(qtbot, window, "fontScaleButton")
    assert window.look.font_scale == 125 and button(window, "fontScaleButton").text() == "Text size: 125%"
    press(qtbot, window, "highContrastButton")
    assert window.look.high_contrast
    press(qtbot, window, "backButton")
    assert window.look.font_scale == 125, "the text size was not kept for the visit"


# -- the wait's mark ------------------------------------------------------------------------------


def test_at_the_mark_a_sound_the_window_flashes_and_calling_becomes_the_main_button(qtbot, make_window, monkeypatch,
                                                                                  heard):
    rang, flashed = [], []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: rang.append(True)))
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda widget, ms=0: flashed.append(widget)))
    clocks = Clocks(T0, 100.0)
    window = make_window("--lang", "en")
    clocks.put_on(window)
    to_waiting(qtbot, window, PHONE)
    press(qtbot, window, "logAttemptButton")
    heard.clear()
    countdown = window.findChild(QLabel, "waitCountdown")
    changes = []
    for _ in range(14 * 60 + 59):  # a tick a second, almost to the mark
        clocks.advance(1)
        before = countdown.text()
        tick(window)
        if countdown.text() != before:
            changes.append(countdown.text())
    assert len(changes) == 14, f"the words changed {len(changes)} times in 15 minutes, not once a minute"
    assert heard == [], f"the countdown was announced as it ran: {heard[:3]}"
    assert rang == [] and flashed == []
    clocks.advance(1)
    tick(window)
    assert rang == [True] and flashed == [window], "nothing happened at the mark for a person looking away"
    assert heard == ["15 minutes have passed: we advise calling the hotline now."]
    offer = button(window, "callHotlineButton")
    assert offer.isVisible() and offer.property("primary") is True
    assert button(window, "nextButton").property("primary") is False, "two main buttons at the mark"
    tick(window)
    assert rang == [True], "the sound repeats"


# -- the ending's question ------------------------------------------------------------------------


def answer_the_question(qtbot, with_button: str) -> list[str]:
    """Press ``with_button`` on the question that opens next; return its text."""
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            target = next(b for b in box.buttons() if b.text() == with_button)
            target.click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    return seen


def test_closing_from_the_hotline_page_asks_whether_the_code_was_scanned_or_printed(qtbot, make_window):
    window = make_window()
    to_hotline_by_walking(qtbot, window)
    finish = button(window, "finishButton")
    assert finish.property("primary") is False, "closing is the main button where it loses the summary"
    seen = answer_the_question(qtbot, "Chưa, giữ lại bản tóm tắt")
    press(qtbot, window, "finishButton")
    assert seen == ["Bạn đã chụp mã QR hoặc in bản tóm tắt chưa?"]
    assert window.isVisible()
    assert PHONE in window.findChild(QPlainTextEdit, "summaryText").toPlainText().replace(" ", "")
    seen = answer_the_question(qtbot, "Đóng")
    press(qtbot, window, "finishButton")
    assert seen and not window.isVisible()


def test_the_solved_page_closes_at_once_with_close_as_its_main_button(qtbot, make_window):
    window = make_window()
    to_contact(qtbot, window, "in_app", "sms")
    type_into(qtbot, window, "phoneInput", PHONE)
    press(qtbot, window, "nextButton")
    choose(qtbot, window, "fixed")
    choose(qtbot, window, "yes")
    assert page_id(window) == "solved" and button(window, "finishButton").property("primary") is True
    press(qtbot, window, "finishButton")
    assert not window.isVisible()


def test_a_kiosk_asks_before_finish_wipes_and_offers_no_copy(qtbot, kiosk):
    window = kiosk()
    to_hotline_by_walking(qtbot, window)
    assert not button(window, "copySummaryButton").isVisible(), "a stranger's kiosk offered to copy the summary"
    assert window.findChild(QLabel, "bigNumber").text() == "1900 9068", "the number is not shown on the kiosk"
    assert window.findChild(QPushButton, "hotlineNumberButton") is None, "a kiosk offered to dial"
    press(qtbot, window, "finishButton")
    question = window.findChild(QFrame, "finishQuestion")
    assert question.isVisible(), "Finish on the hotline page wiped without asking"
    assert "Bạn đã chụp mã QR hoặc in bản tóm tắt chưa?" in [w.text() for w in question.findChildren(QLabel)]
    assert QApplication.activeModalWidget() is None, "the kiosk opened a dialog a stranger could leave open"
    qtbot.mouseClick(question.findChild(QPushButton, "finishKeepButton"), Qt.MouseButton.LeftButton)
    assert page_id(window) == "hotline" and window.findChild(QPlainTextEdit, "summaryText").toPlainText()
    press(qtbot, window, "finishButton")
    qtbot.mouseClick(question.findChild(QPushButton, "finishConfirmButton"), Qt.MouseButton.LeftButton)
    assert page_id(window) == "welcome" and window.findChild(QPlainTextEdit, "summaryText").toPlainText() == ""


def test_a_question_left_open_on_a_kiosk_goes_with_the_idle_wipe(qtbot, kiosk):
    window = kiosk()
    to_hotline_by_walking(qtbot, window)
    press(qtbot, window, "finishButton")
    question = window.findChild(QFrame, "finishQuestion")
    assert question.isVisible()
    window.kiosk.wipe()  # what the idle countdown ends with
    assert not question.isVisible() and window.centralWidget().isEnabled(), "the next person found the question"


# -- the kiosk's keys -----------------------------------------------------------------------------


def test_the_kiosk_keyboard_opens_in_view_with_its_field(qtbot, kiosk):
    window = kiosk()
    to_contact(qtbot, window)
    fields = (("emailInput", "emailKeyboard"), ("bhxhCodeInput", "bhxhKeypad"), ("phoneInput", "phoneKeypad"))
    for field, keys in fields:
        qtbot.mouseClick(window.findChild(QLineEdit, field), Qt.MouseButton.LeftButton)
        QTest.qWait(30)
        pad = window.findChild(QWidget, keys)
        assert pad.isVisible()
        assert in_view(window.findChild(QLineEdit, field)), f"{field} went out of view when its keys opened"
        assert in_view(pad), f"the {keys} (its @ row, its last keys) are below the screen"


def test_on_a_kiosk_a_press_on_the_waiting_page_shows_its_confirmation_and_the_wait(qtbot, kiosk):
    clocks = Clocks(T0, 50.0)
    window = kiosk("--lang", "en")
    clocks.put_on(window)
    to_waiting(qtbot, window, PHONE)
    assert QApplication.focusWidget() is button(window, "logAttemptButton"), (
        "the time field took the focus and opened its keypad over the page")
    qtbot.mouseClick(window.findChild(QLineEdit, "attemptTimeInput"), Qt.MouseButton.LeftButton)
    QTest.qWait(30)
    assert window.findChild(QWidget, "timeKeypad").isVisible()
    press(qtbot, window, "logKey8Button")
    QTest.qWait(30)
    assert in_view(window.findChild(QLabel, "timeMessage")), "“Recorded” is off the screen: the press seemed lost"
    assert in_view(window.findChild(QLabel, "waitCountdown")), "the countdown is off the screen"


# -- the keyboard alone ---------------------------------------------------------------------------


def keys(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()  # a person's next key comes after the screen has answered this one
    window = widget.window()
    if QApplication.activeWindow() is None and window.isVisible():
        # The offscreen platform now and then drops the only window's activation between key presses.
        window.activateWindow()
        QApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def reach(qtbot, window, name: str) -> None:
    """Move the focus to ``name`` as a keyboard user does: arrows inside a set of answers, Tab elsewhere."""
    for _ in range(60):
        focus = focused()
        assert in_view(focus, start_only=isinstance(focus, QPlainTextEdit)), (
            f"the focus is on {focus.objectName()!r}, which is not on the screen")
        if focus.objectName() == name:
            return
        target = window.page.findChild(QAbstractButton, name)
        group = getattr(focus, "group", lambda: None)()
        if group is not None and target is not None and target in group.buttons():
            keys(qtbot, Qt.Key.Key_Right)
            if focused() is focus:
                keys(qtbot, Qt.Key.Key_Down)
        else:
            keys(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"the keyboard cannot reach {name!r} on {page_id(window)}")


def test_a_whole_journey_by_keyboard_alone(qtbot, make_window):
    window = make_window("--lang", "en")
    assert focused() is button(window, "nextButton"), "the first page does not start on Start"
    keys(qtbot, Qt.Key.Key_Return)
    for answer in ("in_app", "sms"):
        reach(qtbot, window, f"choice_{answer}")
        keys(qtbot, Qt.Key.Key_Return)
    assert focused().objectName() == "phoneInput", "the contact page does not start in the phone field"
    qtbot.keyClicks(focused(), PHONE)
    keys(qtbot, Qt.Key.Key_Return)
    for _ in range(12):  # the cause pages, each "not this"
        if page_id(window) == "arrived":
            break
        here = page_id(window)
        if here == "waiting":
            assert focused().objectName() == "logAttemptButton"
            keys(qtbot, Qt.Key.Key_Space)  # record "Quên mật khẩu" by keyboard
            assert window.session.attempts(), "Space on the focused action recorded nothing"
        reach(qtbot, window, "choice_not_this")
        keys(qtbot, Qt.Key.Key_Return)
        assert page_id(window) != here, f"Enter on the focused answer did not go on from {here}"
    reach(qtbot, window, "choice_no")
    keys(qtbot, Qt.Key.Key_Return)
    reach(qtbot, window, "choice_need_help")
    keys(qtbot, Qt.Key.Key_Return)
    assert page_id(window) == "hotline"
    assert focused().objectName() == "hotlineNumberButton"
    for name in ("printSummaryButton", "savePdfButton", "copySummaryButton", "backButton", "finishButton"):
        reach(qtbot, window, name)
    reach(qtbot, window, "copySummaryButton")
    keys(qtbot, Qt.Key.Key_Space)
    assert PHONE in QApplication.clipboard().text().replace(" ", "")


def test_tab_goes_down_the_page_then_its_buttons_then_the_header(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window)
    order = []
    for _ in range(12):
        order.append(focused().objectName())
        keys(qtbot, Qt.Key.Key_Tab)
    fields = [n for n in order if n.endswith("Input")]
    assert fields[:3] == ["phoneInput", "emailInput", "bhxhCodeInput"], order
    assert order.index("backButton") > order.index("bhxhCodeInput"), order
    assert order.index("hotlineNowButton") > order.index("backButton"), order


# -- what a screen reader hears -------------------------------------------------------------------


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text)).replace("&amp;", "&").strip()


def names_unlike_the_words(window, scene: str) -> list[str]:
    wrong = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = widget.accessibleName()
        if isinstance(widget, ChoiceButton):
            hint = widget.hint.text() if widget.hint is not None and widget.hint.isVisibleTo(window) else ""
            if name != widget.title.text() or (hint and widget.accessibleDescription() != hint):
                wrong.append(f"{scene}: the answer {widget.title.text()!r} is named {name!r}")
        elif isinstance(widget, StepRow):
            shown = f"{widget.objectName().removeprefix('step_')}. {plain(widget.words.text())}"
            if name != shown:
                wrong.append(f"{scene}: the step {shown!r} is named {name!r}")
        # Elsewhere the name holds the words shown (WCAG 2.5.3): "Ẩn" may be "Ẩn thông báo này", a key "a" "Chữ a".
        elif isinstance(widget, QAbstractButton) and widget.text():
            if name and widget.text().replace("&", "").lower() not in name.lower():
                wrong.append(f"{scene}: the button {widget.text()!r} is named {name!r}")
        elif isinstance(widget, QLabel) and name and widget.text():
            if plain(widget.text()).lower() not in name.lower():
                wrong.append(f"{scene}: the words {plain(widget.text())[:50]!r} are named {name[:50]!r}")
        if re.match(r"^(\d+)\.\s+\1\.", name):
            wrong.append(f"{scene}: {name[:50]!r} says its number twice")
    return wrong


@pytest.mark.parametrize("mode", [[], ["--kiosk"]], ids=["counter", "kiosk"])
def test_on_every_page_a_screen_reader_hears_the_words_that_are_shown(make_window, mode):
    """Answers and steps are named by exactly their words; nothing is named with its number twice."""
    window = make_window(*mode)
    if window.kiosk is not None:
        window.kiosk.unlocked = True  # closed at the end of the test
    wrong, scenes = [], 0
    for scene in every_scene(window):
        scenes += 1
        wrong += names_unlike_the_words(window, scene)
    assert scenes >= 16
    assert sorted(set(wrong)) == [], "a screen reader hears other words than those shown:\n" + "\n".join(
        sorted(set(wrong)))


def test_a_page_change_and_a_recorded_request_are_announced(qtbot, make_window, heard):
    window = make_window("--lang", "en")
    to_waiting(qtbot, window, PHONE)
    assert heard[-1].endswith("Is the sending system slow?") or "system" in heard[-1], heard[-1]
    assert re.search(r"Step \d+ of about \d+", heard[-1]), "the announcement does not say where the person is"
    press(qtbot, window, "logAttemptButton")
    assert heard[-1] == "Recorded: Pressed “Quên mật khẩu” (Forgot password).", heard[-1]
