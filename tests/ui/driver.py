"""Drive the wizard as a person does: press the big answer, then Next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget


def button(window: QWidget, name: str) -> QPushButton:
    found = window.findChild(QPushButton, name)
    assert found is not None, f"no button {name!r} on the screen"
    return found


def current_page(window: QWidget) -> QWidget:
    return window.findChild(QWidget, "wizard").currentWidget()


def page_id(window: QWidget) -> str:
    return current_page(window).objectName().removeprefix("page_")


def press(qtbot, window: QWidget, name: str) -> None:
    b = button(window, name)
    assert b.isVisible() and b.isEnabled(), f"{name} cannot be pressed on {page_id(window)}"
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)


def choose(qtbot, window: QWidget, value: str) -> None:
    """Press the answer ``value`` on the current page, then Next."""
    page = current_page(window)
    answer = page.findChild(QPushButton, f"choice_{value}")
    assert answer is not None, f"no answer {value!r} on {page_id(window)}"
    qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
    press(qtbot, window, "nextButton")


def type_into(qtbot, window: QWidget, name: str, text: str) -> None:
    field = window.findChild(QLineEdit, name)
    assert field is not None and field.isVisible(), f"no visible field {name!r}"
    field.setFocus()
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        # Vietnamese letters come from an input method (Telex, VNI), not from single key presses.
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(field, event)


def to_contact(qtbot, window, registration="not_sure", channel="sms") -> None:
    press(qtbot, window, "nextButton")  # Start
    choose(qtbot, window, registration)
    choose(qtbot, window, channel)


def to_hotline(qtbot, window, phone: str, *, channel: str = "not_sure", email: str = "") -> None:
    """Walk as a person for whom nothing worked: every cause "not this", no password, ways in no help."""
    to_contact(qtbot, window, "in_app", channel)
    type_into(qtbot, window, "phoneInput", phone)
    if email:
        type_into(qtbot, window, "emailInput", email)
    press(qtbot, window, "nextButton")
    while page_id(window) != "arrived":
        choose(qtbot, window, "not_this")
    choose(qtbot, window, "no")
    choose(qtbot, window, "need_help")
    assert page_id(window) == "hotline"
