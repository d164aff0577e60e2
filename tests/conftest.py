import os

# Before any Qt import: no screen here, and none in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Build the real top-level window as `python -m app` would, on a fresh data folder."""
    from app.main import build_window

    def make(*args: str):
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        for leftover in QApplication.topLevelWidgets():  # a window kept alive by an earlier test
            leftover.close()
            leftover.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window = build_window(["--data-dir", str(tmp_path / "data"), *args])
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # focus moves (and editingFinished) need an active window
            window.show()
            window.activateWindow()
        return window

    yield make
    from app.ui.i18n import install_language

    install_language("en")  # the next test starts from the source language
