"""A staff edit never stops the program (issue 14, finding 11).

An office corrects a sentence and breaks a file: a cause page, the summary's words, or the
compiled Vietnamese translation goes missing. The program runs on a copy of its own data
(resources/ and translations/) with that one file broken; the person still reaches the hotline
page, the broken part shows built-in text, and a notice tells staff which file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit

import app.core.paths as paths
from app.core.flow import CAUSES, StepId
from tests.ui.driver import button, page_id, press
from tests.ui.driver import to_hotline as walk_to_hotline

REPO = Path(__file__).resolve().parents[2]
PHONE = "0987654321"


def clear_caches() -> None:
    from app.core import summary, vocabulary
    from app.core.content import store

    store._CACHE.clear()
    store._active = None  # the next use reads the files again
    for cached in (summary.summary_words, summary._guides_in, vocabulary.vocabulary):
        cached.cache_clear()


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """The program's data, copied where a staff member can edit it; the program reads this copy."""
    root = tmp_path / "install"
    shutil.copytree(paths.resources_dir(), root / "resources")
    shutil.copytree(paths.translations_dir(), root / "translations")
    monkeypatch.setattr(paths, "data_root", lambda: root)
    clear_caches()
    yield root
    clear_caches()


def content_notice(window) -> str:
    notice = window.findChild(QFrame, "contentNotice")
    assert notice is not None and notice.isVisible(), "staff were not told which text could not be read"
    return "\n".join(lab.text() for lab in notice.findChildren(QLabel))


def to_hotline(qtbot, window) -> None:
    walk_to_hotline(qtbot, window, PHONE, channel="sms")


def break_file(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("[vi]", "[vi", 1) + "\ntitle = \n", encoding="utf-8")


def test_a_broken_cause_file_shows_a_built_in_page_and_the_rest_works(qtbot, make_window, installed):
    break_file(installed / "resources" / "causes" / "blocked.toml")
    window = make_window("--lang", "en")
    window.build_all_pages()  # the warm-up builds every page just after the first frame
    assert "blocked.toml" in content_notice(window)
    assert window.pages[StepId.BLOCKED].title.text() == "This reason's page could not be shown"
    for cause in CAUSES:
        if cause is not StepId.BLOCKED:
            assert window.pages[cause].title.text() != "This reason's page could not be shown", cause
    to_hotline(qtbot, window)
    assert PHONE in window.findChild(QPlainTextEdit, "summaryText").toPlainText().replace(" ", "")


def test_broken_summary_words_still_lead_to_the_hotline_with_what_was_typed(qtbot, make_window, installed):
    summary = installed / "resources" / "summary.toml"
    summary.write_text(summary.read_text(encoding="utf-8").replace('heading = "', 'heading = "{oops', 1),
                       encoding="utf-8")
    window = make_window("--lang", "en")
    to_hotline(qtbot, window)
    shown = window.findChild(QPlainTextEdit, "summaryText").toPlainText()
    assert PHONE in shown.replace(" ", ""), f"the hotline page has nothing to read out: {shown!r}"
    assert "summary.toml" in content_notice(window)
    assert button(window, "copySummaryButton").isVisible()
    printed = window.page.document().toPlainText()
    assert PHONE in printed.replace(" ", "") and "1900 9068" in printed, "the printed page lost what was typed"


def test_a_missing_vietnamese_translation_starts_in_english(qtbot, make_window, installed, capsys):
    (installed / "translations" / "vssid_vi.qm").unlink()
    window = make_window("--lang", "vi")
    assert button(window, "nextButton").text() == "Start", "the program did not fall back to English"
    assert "vssid_vi.qm" in content_notice(window)
    assert "vssid_vi.qm" in capsys.readouterr().err
    press(qtbot, window, "nextButton")
    assert page_id(window) == "registration"


@pytest.mark.parametrize("broken", ["resources/causes/wrong_contact.toml", "resources/summary.toml",
                                    "translations/vssid_vi.qm"])
def test_the_installed_program_still_opens_its_window(tmp_path, broken):
    copy = tmp_path / "program"
    shutil.copytree(REPO / "app", copy / "app", ignore=shutil.ignore_patterns("__pycache__", "_data"))
    shutil.copytree(REPO / "resources", copy / "resources")
    shutil.copytree(REPO / "translations", copy / "translations")
    target = copy / broken
    if target.suffix == ".qm":
        target.unlink()
    else:
        target.write_text("this = is not [toml\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "first-page.png"
    done = subprocess.run([sys.executable, "-m", "app", "--screenshot", str(shot), "--data-dir", str(tmp_path / "d")],
                          env=env, cwd=copy, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"a staff edit of {broken} stopped the program: {done.stderr}"
    assert shot.is_file()
    done = subprocess.run([sys.executable, "-c", WALK, "--data-dir", str(tmp_path / "d")], env=env, cwd=copy,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip().endswith("hotline"), \
        f"with {broken} broken the pages could not all be built: {done.stderr[-2000:]}"


# Every page built (as the warm-up does after the first frame), then the hotline page shown.
WALK = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from app.main import build_window
window = build_window(sys.argv[1:])
window.build_all_pages()
window.go_to_hotline()
print(window.flow.current.value)
"""
