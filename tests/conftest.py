import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

# Before any Qt import: no screen here, and none in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


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
        qtbot.waitUntil(lambda: window.started)  # the log and the staff panels come after the first frame
        return window

    yield make
    from app.ui.i18n import install_language

    install_language("en")  # the next test starts from the source language


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Make a folder and its files unwritable for this process, even as root (``chattr +i``)."""
    locked: list[Path] = []
    as_root = os.name == "posix" and os.geteuid() == 0

    def lock(folder: Path) -> None:
        if os.name != "posix":
            pytest.skip("POSIX permissions")
        targets = [*sorted(folder.iterdir()), folder]
        if as_root:
            chattr = shutil.which("chattr")
            made = None if chattr is None else subprocess.run([chattr, "+i", *map(str, targets)], capture_output=True)
            if made is None or made.returncode:
                pytest.skip("running as root without a working chattr: cannot make a folder read-only")
        else:
            for target in targets:
                target.chmod(0o500 if target.is_dir() else 0o400)
        locked.extend(targets)
        probe = folder / "probe"
        try:
            probe.touch()
        except OSError:
            return
        probe.unlink()
        pytest.skip("this file system ignores read-only folders")

    yield lock
    if locked:
        if as_root:
            subprocess.run([shutil.which("chattr") or "chattr", "-i", *map(str, locked)], check=True)
        for target in locked:
            target.chmod(0o700 if target.is_dir() else 0o600)
