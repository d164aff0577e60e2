"""The counter's staff panel: the content report beside the wizard, never on a kiosk."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from tests.ui.driver import button, press


def test_counter_staff_open_the_sources_panel(qtbot, make_window):
    window = make_window("--lang", "vi")
    press(qtbot, window, "sourcesButton")
    report = window.findChild(QPlainTextEdit, "contentReport")
    assert report is not None and report.isVisible()
    text = report.toPlainText()
    assert text.startswith("Nội dung của chương trình")
    assert "== Trang nguyên nhân: Hồ sơ của bạn chưa có email? ==" in text
    press(qtbot, window, "sourcesHide")
    assert not report.isVisible() and button(window, "sourcesButton").isVisible()


def test_a_kiosk_has_no_sources_panel(qtbot, make_window):
    kiosk = make_window("--lang", "vi", "--kiosk")
    try:
        assert kiosk.findChild(QPushButton, "sourcesButton") is None, "strangers at a kiosk see the staff sources"
    finally:
        kiosk.kiosk.unlocked = True
