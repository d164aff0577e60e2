"""Counter mode as staff use it: keyboard first, any reason one jump away; and the settings file at start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QFrame, QLabel, QLineEdit, QPushButton

from tests.ui.driver import button, choose, current_page, page_id, press, to_contact, type_into

PHONE = "0912345678"


@pytest.fixture
def counter(qtbot, make_window, tmp_path):
    """The windowed program with no deployment file, active as the desk PC's front window."""

    def make(*args: str):
        window = make_window("--site-settings", str(tmp_path / "no-site-settings.toml"), *args)
        with qtbot.waitActive(window):
            window.activateWindow()
        return window

    return make


def key(qtbot, window, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, k, mods)


def test_enter_goes_next_and_chooses_the_focused_answer(qtbot, counter):
    window = counter("--lang", "en")
    key(qtbot, window, Qt.Key.Key_Return)
    assert page_id(window) == "registration", "Enter did not start"
    # The keyboard starts on the first answer, with its focus frame: no invisible first stop.
    assert QApplication.focusWidget().objectName() == "choice_in_app"
    # The answers are one stop, like radio buttons (the arrows move between them); Tab goes on below.
    key(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "backButton", "Tab did not go from the answers to the buttons"
    key(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget().objectName() == "choice_in_app"
    key(qtbot, window, Qt.Key.Key_Return)
    assert page_id(window) == "channel", "Enter on a focused answer did not choose it and go on"
    assert window.flow.registration.value == "in_app"


def test_arrows_move_between_answers_and_enter_keeps_the_choice(qtbot, counter):
    window = counter("--lang", "en")
    press(qtbot, window, "nextButton")
    choose(qtbot, window, "in_app")
    press(qtbot, window, "backButton")
    assert QApplication.focusWidget().objectName() == "choice_in_app", "focus did not return to the chosen answer"
    key(qtbot, window, Qt.Key.Key_Down)
    assert QApplication.focusWidget().objectName() == "choice_office_or_employer"
    key(qtbot, window, Qt.Key.Key_Return)
    assert page_id(window) == "channel"
    assert window.flow.registration.value == "office_or_employer"


def test_enter_on_a_focused_back_button_goes_back_not_next(qtbot, counter):
    window = counter("--lang", "en")
    press(qtbot, window, "nextButton")
    choose(qtbot, window, "not_sure")
    button(window, "backButton").setFocus()
    key(qtbot, window, Qt.Key.Key_Return)
    assert page_id(window) == "registration"


def test_enter_in_a_field_goes_on_once(qtbot, counter):
    window = counter("--lang", "en")
    to_contact(qtbot, window)
    type_into(qtbot, window, "phoneInput", PHONE)
    press(qtbot, window, "nextButton")
    choose(qtbot, window, "not_this")  # remembered, so a second Next would pass it silently
    press(qtbot, window, "backButton")
    press(qtbot, window, "backButton")
    assert page_id(window) == "contact"
    qtbot.keyClick(window.findChild(QLineEdit, "phoneInput"), Qt.Key.Key_Return)
    assert page_id(window) == "wrong_contact", "one Enter in the phone field skipped a page"


def dock(window) -> QDockWidget:
    window.side_panels["cause"].built()  # the list is made when first opened, not at start
    return window.findChild(QDockWidget, "causeDock")


def test_ctrl_j_lists_every_reason_and_opens_one_directly(qtbot, counter):
    window = counter("--lang", "en")
    assert not dock(window).isVisible()
    key(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert dock(window).isVisible()
    focused = QApplication.focusWidget()
    assert focused.objectName() == "jump_wrong_contact" and dock(window).isAncestorOf(focused)
    key(qtbot, window, Qt.Key.Key_Tab)
    key(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "jump_already_used"
    key(qtbot, window, Qt.Key.Key_Return)
    assert page_id(window) == "already_used"
    assert dock(window).findChild(QPushButton, "jump_already_used").isChecked(), "the list did not show where we are"
    press(qtbot, window, "backButton")
    assert page_id(window) == "welcome", "Back did not return to where the jump started"


def test_the_list_opens_from_the_nav_bar_and_escape_only_closes_it(qtbot, counter):
    window = counter("--lang", "en")
    to_contact(qtbot, window)
    press(qtbot, window, "causeListButton")
    assert dock(window).isVisible()
    assert not button(window, "causeListButton").isVisible()
    qtbot.mouseClick(dock(window).findChild(QPushButton, "jump_spam_folder"), Qt.MouseButton.LeftButton)
    assert page_id(window) == "spam_folder"
    dock(window).findChild(QPushButton, "jump_blocked").setFocus()
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not dock(window).isVisible()
    assert page_id(window) == "spam_folder", "Escape in the list went Back"
    assert button(window, "causeListButton").isVisible()


def test_cause_list_is_in_the_page_language(counter):
    window = counter("--lang", "vi")
    titles = [b.accessibleName() for b in dock(window).findChildren(QPushButton) if b.objectName().startswith("jump_")]
    assert "Số điện thoại hoặc email đã dùng cho tài khoản khác?" in titles


def test_start_over_forgets_every_answer(qtbot, counter, monkeypatch):
    window = counter("--lang", "en")
    to_contact(qtbot, window, "office_or_employer", "email")
    type_into(qtbot, window, "emailInput", "lan@gmail.com")
    press(qtbot, window, "nextButton")
    monkeypatch.setattr(window, "_confirm_start_over", lambda: True)
    press(qtbot, window, "cancelButton")
    assert window.flow.remembered == {} and window.flow.path == []
    press(qtbot, window, "nextButton")
    assert not any(b.isChecked() for b in current_page(window).findChildren(QPushButton))
    choose(qtbot, window, "not_sure")
    assert not any(b.isChecked() for b in current_page(window).findChildren(QPushButton)), "the channel was kept"


# -- settings at start ----------------------------------------------------------------------------


def test_settings_file_sets_the_language_and_bad_keys_are_shown_once(qtbot, counter, tmp_path, capsys):
    user = tmp_path / "data" / "settings.toml"
    user.parent.mkdir(parents=True)
    user.write_text('language = "en"\nfont_scale = 175\nkiosk_mode = true\n', encoding="utf-8")
    window = counter()
    assert button(window, "nextButton").text() == "Start", "the settings file's language was not used"
    assert window.look.font_scale == 100
    notice = window.findChild(QFrame, "settingsNotice")
    assert notice is not None and notice.isVisible()
    shown = "\n".join(label.text() for label in notice.findChildren(QLabel))
    assert f"{user}:2: font_scale" in shown and f"{user}:3: kiosk_mode" in shown
    err = capsys.readouterr().err
    assert f"{user}:2: font_scale" in err and "using 100" in err
    qtbot.mouseClick(notice.findChild(QPushButton, "settingsNoticeClose"), Qt.MouseButton.LeftButton)
    assert not notice.isVisible()


def test_the_lang_flag_wins_over_the_settings_file(counter, tmp_path):
    user = tmp_path / "data" / "settings.toml"
    user.parent.mkdir(parents=True)
    user.write_text('language = "en"\n', encoding="utf-8")
    window = counter("--lang", "vi")
    assert button(window, "nextButton").text() == "Bắt đầu"
    assert window.findChild(QFrame, "settingsNotice") is None


def test_a_broken_settings_file_still_starts(counter, tmp_path):
    user = tmp_path / "data" / "settings.toml"
    user.parent.mkdir(parents=True)
    user.write_text("language = \n", encoding="utf-8")
    window = counter()
    assert page_id(window) == "welcome"
    assert button(window, "nextButton").text() == "Bắt đầu"
    assert window.findChild(QFrame, "settingsNotice").isVisible()
