"""The real window, driven through every path a person can take."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from app.core.content import cause_pages
from app.core.flow import CAUSES, StepId
from app.core.summary import summary_words
from app.ui.pages.base import Page
from tests.ui.driver import button, choose, current_page, page_id, press, to_contact, type_into

PHONE = "0912345678"
PHONE_SHOWN = "0912 345 678"  # as the contact page and the summary show it


def at_first_cause(qtbot, window, registration="not_sure", channel="sms"):
    to_contact(qtbot, window, registration, channel)
    type_into(qtbot, window, "phoneInput", PHONE)
    press(qtbot, window, "nextButton")


def test_window_opens_on_the_welcome_page_in_vietnamese_by_default(make_window):
    window = make_window()
    assert page_id(window) == "welcome"
    assert button(window, "nextButton").text() == "Bắt đầu"
    assert not button(window, "backButton").isEnabled()
    assert current_page(window).findChild(QLabel, "title").text() == "Chưa nhận được mật khẩu VssID?"


def test_the_log_and_the_staff_panels_come_right_after_the_first_frame(qtbot, tmp_path):
    from app.main import build_window

    window = build_window(["--lang", "en", "--data-dir", str(tmp_path / "data")])
    qtbot.addWidget(window)
    assert page_id(window) == "welcome"
    assert window.session.log is None and not window.side_panels, "the first frame waited for the log and panels"
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: window.started)
    assert window.session.log is not None and not window.session.log.in_memory, "the log was not opened"
    assert button(window, "historyButton").isVisible(), "the staff's history button did not appear"
    # Pressed before the event loop ever ran (an embedder's script): the next page opens the log itself.
    early = build_window(["--lang", "en", "--data-dir", str(tmp_path / "data")])
    qtbot.addWidget(early)
    early.go_next()
    assert page_id(early) == "registration"
    assert early.started and early.session.log is not None, "a page after the welcome page had no log"


FIRST_FRAME = """
import json, sys
from app.main import build_window, prepare
prepared = prepare(sys.argv[1:])  # as app.main.main does: the settings before Qt
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QLabel
eager = "Qt" in vars(QtCore)  # a PySide6 that makes the namespace at import: nothing to check
app = QApplication([])
window = build_window(prepared)
window.show()
window.repaint()  # the first frame, painted now
lazy = "Qt" not in vars(QtCore)
window.finish_start()
focus = window.focusWidget()  # the window may not be active yet: where its keyboard goes
title = window.page.findChild(QLabel, "title")
selectable = bool(title.textInteractionFlags() & QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
print(json.dumps({"eager": eager, "lazy": lazy, "focus": focus.objectName() if focus else None,
                  "selectable": selectable}))
"""


def test_the_first_frame_does_without_the_qt_namespace_and_the_welcome_page_is_whole_right_after(tmp_path):
    # PySide6 makes the Qt namespace's 93 enum classes when the name is first looked up, about
    # 15 ms: a tenth of the start. Only code that runs after the first frame may use it.
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_FRAME, "--lang", "vi", "--data-dir", str(tmp_path)],
                          env=env, cwd=repo, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    if found["eager"]:
        pytest.skip("this PySide6 makes the Qt namespace when it is imported")
    assert found["lazy"], "something before the first frame looked up QtCore.Qt (use app.ui.qtprops)"
    assert found["focus"] == "nextButton", "after the start, the keyboard was not on Bắt đầu"
    assert found["selectable"], "after the start, the welcome page's words could not be selected to copy"


def test_english_on_request(make_window):
    window = make_window("--lang", "en")
    assert button(window, "nextButton").text() == "Start"
    assert window.windowTitle() == "VssID password helper"


def test_next_waits_for_an_answer(qtbot, make_window):
    window = make_window("--lang", "en")
    press(qtbot, window, "nextButton")
    assert page_id(window) == "registration"
    assert not button(window, "nextButton").isEnabled(), "Next was pressable before any answer was chosen"


def test_contact_page_needs_the_phone_for_sms(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    assert page_id(window) == "contact"
    type_into(qtbot, window, "emailInput", "lan@gmail.com")
    assert not button(window, "nextButton").isEnabled(), "an SMS user could go on without a phone number"
    type_into(qtbot, window, "phoneInput", PHONE)
    assert button(window, "nextButton").isEnabled()


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("cause", list(CAUSES))
def test_every_cause_page_is_reached_with_its_own_words(qtbot, make_window, lang, cause):
    window = make_window("--lang", lang)
    at_first_cause(qtbot, window, "not_sure", "sms")
    while page_id(window) != cause.value:
        assert page_id(window) in {c.value for c in CAUSES}, f"{cause} was never shown"
        choose(qtbot, window, "not_this")
    title = current_page(window).findChild(QLabel, "title").text()
    assert title == cause_pages()[cause].text[lang].title


def test_fixing_a_cause_and_receiving_the_password_ends_solved(qtbot, make_window):
    window = make_window()
    at_first_cause(qtbot, window)
    choose(qtbot, window, "fixed")
    assert page_id(window) == "arrived"
    choose(qtbot, window, "yes")
    assert page_id(window) == "solved"
    assert button(window, "finishButton").isVisible()
    assert not button(window, "nextButton").isVisible()


def test_nothing_works_ends_at_the_hotline_with_a_summary(qtbot, make_window):
    window = make_window()
    at_first_cause(qtbot, window, "in_app", "sms")
    while page_id(window) != "arrived":
        choose(qtbot, window, "not_this")
    choose(qtbot, window, "no")
    assert page_id(window) == "ways_in"
    choose(qtbot, window, "need_help")
    assert page_id(window) == "hotline"
    summary = window.findChild(QPlainTextEdit, "summaryText").toPlainText()
    assert PHONE_SHOWN in summary
    assert "1900 9068" in summary
    assert "trong ứng dụng VssID" in summary
    assert summary_words()["vi"].cause[StepId.WRONG_CONTACT] in summary


def test_back_keeps_earlier_answers_and_a_new_answer_changes_the_road(qtbot, make_window):
    window = make_window("--lang", "en")
    at_first_cause(qtbot, window, "office_or_employer", "sms")
    press(qtbot, window, "backButton")
    assert page_id(window) == "contact"
    assert window.findChild(QLineEdit, "phoneInput").text() == PHONE
    press(qtbot, window, "backButton")
    press(qtbot, window, "backButton")
    assert page_id(window) == "registration"
    assert current_page(window).findChild(QPushButton, "choice_office_or_employer").isChecked()
    choose(qtbot, window, "in_app")
    press(qtbot, window, "nextButton")  # channel kept as SMS
    press(qtbot, window, "nextButton")  # phone kept
    seen = []
    while page_id(window) != "arrived":
        seen.append(page_id(window))
        choose(qtbot, window, "not_this")
    assert "contact_on_file" not in seen, "in-app registration was asked about the employer's contact"


def test_start_over_clears_everything(qtbot, make_window, monkeypatch):
    window = make_window("--lang", "en")
    at_first_cause(qtbot, window)
    monkeypatch.setattr(window, "_confirm_start_over", lambda: True)
    press(qtbot, window, "cancelButton")
    assert page_id(window) == "welcome"
    assert not button(window, "backButton").isEnabled()
    assert window.findChild(QLineEdit, "phoneInput").text() == ""


def test_escape_goes_back_but_not_from_an_ending(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window)
    qtbot.keyClick(window.findChild(QLineEdit, "phoneInput"), Qt.Key.Key_Escape)
    assert page_id(window) == "channel"
    press(qtbot, window, "nextButton")
    type_into(qtbot, window, "phoneInput", PHONE)
    qtbot.keyClick(window.findChild(QLineEdit, "phoneInput"), Qt.Key.Key_Return)
    assert page_id(window) == "wrong_contact", "Enter in the last field did not go on"
    choose(qtbot, window, "fixed")
    choose(qtbot, window, "yes")
    qtbot.keyClick(current_page(window), Qt.Key.Key_Escape)
    assert page_id(window) == "solved"


def test_fixed_page_names(make_window):
    window = make_window()
    window.build_all_pages()
    names = {w.objectName() for w in window.findChildren(Page)}
    for step in ("welcome", "contact", "solved", "hotline"):
        assert f"page_{step}" in names
    for name in ("nextButton", "backButton", "cancelButton", "finishButton"):
        button(window, name)
    for name in ("phoneInput", "emailInput"):
        assert window.findChild(QLineEdit, name) is not None
