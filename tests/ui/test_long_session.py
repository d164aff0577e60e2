"""A kiosk runs all day: thousands of keystrokes and page changes must not wear the program down.

PySide6 6.12.0 under Python 3.11 dropped a reference to None on every call that returns
nothing; the program then aborted ("deallocating None") after about a thousand keystrokes.
"""

import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.driver import to_contact


def key(widget, k, text=""):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier, text))


def test_thousands_of_keystrokes_and_page_changes_leave_python_intact(qtbot, make_window):
    window = make_window("--lang", "en")
    to_contact(qtbot, window, channel="sms")
    field = window.findChild(QLineEdit, "phoneInput")
    before = sys.getrefcount(None)
    for _ in range(300):
        for digit in "0912345678":
            key(field, Qt.Key(Qt.Key.Key_0 + int(digit)), digit)
        field.clear()
        window.go_next()
        window.go_back()
    lost = before - sys.getrefcount(None)
    # Python keeps a few thousand references to None; losing one per call would be ~10,000 here.
    assert lost < 500, f"{lost} references to None lost: the program would abort in a long kiosk session"
