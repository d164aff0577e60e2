"""Every control is named for a screen reader, big enough to touch on a kiosk, and no text is cut off at 150 %."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from app.core.flow import CAUSES, Arrived, CauseResult, ChannelChoice, Registration, StepId, WaysInResult
from app.ui.pages.base import ChoiceButton
from tests.deployment import kiosk_site
from tests.ui.test_translations import OPEN, MarkingTranslator, vietnamese_content

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit)
KIOSK_SIZE = (1366, 768)
COUNTER_SIZE = (1100, 720)  # the window's own default size
ANSWERS = {
    StepId.REGISTRATION: Registration.NOT_SURE,
    StepId.CHANNEL: ChannelChoice.NOT_SURE,
    StepId.ARRIVED: Arrived.NO,
    StepId.WAYS_IN: WaysInResult.NEED_HELP,
    **{cause: CauseResult.NOT_THIS for cause in CAUSES},
}


@pytest.fixture
def open_window(qtbot, tmp_path, monkeypatch):
    """The real window at a given size, active like a screen's only window; ``marked`` wraps every translation."""
    import app.ui.i18n as i18n
    from app.main import build_window

    real_install = i18n.install_language
    made = []

    def make(*args: str, size: tuple[int, int], marked: bool = False):
        if marked:
            monkeypatch.setattr(i18n, "install_language", lambda lang: real_install(lang, MarkingTranslator()))
        site = kiosk_site(tmp_path / "site")
        window = build_window(["--data-dir", str(tmp_path / "data"), "--site-settings", str(site), *args])
        qtbot.addWidget(window)
        window.setWindowState(Qt.WindowState.WindowNoState)  # a kiosk's "screen" is the size asked for
        window.resize(*size)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        made.append(window)
        return window

    yield make
    for window in made:
        if window.kiosk is not None:
            window.kiosk.unlocked = True
    real_install("en")


def settle() -> None:
    for _ in range(3):  # layouts answer a posted request; a nested one needs another turn
        QApplication.processEvents()


def wait_for_the_code(page) -> None:
    """The hotline page draws its QR code and caption a moment after it is shown: wait for both."""
    for _ in range(300):
        if page.qr.qr is not None and page.qr_caption.text():
            break
        QTest.qWait(10)
    settle()


def every_scene(window) -> Iterator[str]:
    """Put each page the flow reaches on screen (both endings), with its keyboards and overlays; yield a name."""
    kiosk = getattr(window, "kiosk", None)
    for ending in ("hotline", "solved"):
        window.reset()
        while True:
            step = window.flow.current
            page = window.page
            if step is StepId.CONTACT:
                page.findChild(QLineEdit, "phoneInput").setText("0912345678")
            elif ending == "solved" and step in CAUSES:
                page.show_answer(CauseResult.FIXED)
            elif ending == "solved" and step is StepId.ARRIVED:
                page.show_answer(Arrived.YES)
            elif step in ANSWERS:
                page.show_answer(ANSWERS[step])
            settle()
            if step is StepId.HOTLINE:
                wait_for_the_code(page)
            yield step.value
            if step is StepId.CONTACT and kiosk is not None:
                for field in page.findChildren(QLineEdit):
                    field.setFocus()
                    settle()
                    yield f"contact, typing in {field.objectName()}"
            if window.flow.is_final():
                break
            window.go_next()
    if kiosk is not None:
        kiosk.idle.notice.show_seconds(15)
        settle()
        yield "idle notice"
        kiosk.idle.notice.hide()
        kiosk.ask_pin()
        settle()
        yield "staff PIN prompt"
        kiosk.pin_prompt.close_prompt()
    else:
        window.reset()
        window.findChild(QPushButton, "causeListButton").click()
        settle()
        yield "cause list"
        window.findChild(QPushButton, "causeListHide").click()


def on_screen(window, kinds) -> list[QWidget]:
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    return [w for kind in kinds for w in window.findChildren(kind) if w.isVisibleTo(window)]


def has_letters(text: str) -> bool:
    return re.search(r"[^\W\d_]", text) is not None


@pytest.mark.parametrize("mode", [[], ["--kiosk"]], ids=["counter", "kiosk"])
def test_every_control_has_a_vietnamese_name_and_description(open_window, mode):
    window = open_window("--lang", "vi", *mode, size=KIOSK_SIZE, marked=True)
    content = vietnamese_content()
    missing = []
    scenes = 0
    for scene in every_scene(window):
        scenes += 1
        for widget in on_screen(window, INTERACTIVE):
            who = f"{scene}: {type(widget).__name__} {widget.objectName()!r}"
            for what, text in (("name", widget.accessibleName()), ("description", widget.accessibleDescription())):
                if not text.strip():
                    missing.append(f"{who} has no accessible {what}")
                elif has_letters(text) and OPEN not in text and not (
                        widget.property("content") and text in content):
                    missing.append(f"{who}: accessible {what} not in Vietnamese: {text!r}")
    assert scenes >= 16, "the walk did not reach every page"
    assert sorted(set(missing)) == [], "a screen reader would say nothing useful:\n" + "\n".join(sorted(set(missing)))


def test_every_control_is_big_enough_to_touch_in_kiosk_mode(open_window):
    window = open_window("--lang", "vi", "--kiosk", size=KIOSK_SIZE)
    small = []
    for scene in every_scene(window):
        for widget in on_screen(window, INTERACTIVE):
            if widget.width() < 48 or widget.height() < 48:
                small.append(f"{scene}: {type(widget).__name__} {widget.objectName()!r} is "
                             f"{widget.width()}x{widget.height()} px")
    assert sorted(set(small)) == [], "too small for a finger:\n" + "\n".join(sorted(set(small)))


def clipped(window, scene: str) -> list[str]:
    found = []
    for lab in on_screen(window, QLabel):
        if not lab.text():
            continue
        if lab.wordWrap():
            needed = lab.heightForWidth(lab.width())
            if needed > lab.height():
                found.append(f"{scene}: label {lab.text()[:40]!r} needs {needed} px of height, has {lab.height()}")
        elif lab.sizeHint().width() > lab.width() or lab.sizeHint().height() > lab.height():
            found.append(f"{scene}: label {lab.text()[:40]!r} needs {lab.sizeHint().width()}x"
                         f"{lab.sizeHint().height()} px, has {lab.width()}x{lab.height()}")
    for btn in on_screen(window, QPushButton):
        if btn.text() and not isinstance(btn, ChoiceButton) and btn.sizeHint().width() > btn.width():
            found.append(f"{scene}: button {btn.text()!r} needs {btn.sizeHint().width()} px, has {btn.width()}")
    return found


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(("mode", "size"), [([], COUNTER_SIZE), (["--kiosk"], KIOSK_SIZE)], ids=["counter", "kiosk"])
def test_no_text_is_cut_off_at_150_percent(open_window, lang, mode, size):
    window = open_window("--lang", lang, "--font-scale", "150", *mode, size=size)
    assert window.look.font_scale == 150
    cut = []
    for scene in every_scene(window):
        cut += clipped(window, scene)
    assert sorted(set(cut)) == [], "text cut off at 150 %:\n" + "\n".join(sorted(set(cut)))


def test_text_size_and_contrast_change_live_from_the_welcome_page(qtbot, open_window):
    window = open_window("--lang", "en", size=COUNTER_SIZE)
    size_button = window.findChild(QPushButton, "fontScaleButton")
    contrast = window.findChild(QPushButton, "highContrastButton")
    title, text = window.page.title, window.page.lead
    normal, normal_text = title.fontInfo().pointSizeF(), text.fontInfo().pointSizeF()
    assert size_button.text() == "Text size: 100%"
    qtbot.mouseClick(size_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(size_button, Qt.MouseButton.LeftButton)
    assert size_button.text() == "Text size: 150%"
    assert text.fontInfo().pointSizeF() == pytest.approx(normal_text * 1.5, abs=1), "the text did not grow"
    # Headings grow less, so that a two-line title does not push the answers off the screen.
    assert normal * 1.2 <= title.fontInfo().pointSizeF() < normal * 1.5, "the title did not grow"
    qtbot.mouseClick(size_button, Qt.MouseButton.LeftButton)
    assert size_button.text() == "Text size: 100%", "the size did not come round to 100 %"
    qtbot.mouseClick(contrast, Qt.MouseButton.LeftButton)
    assert contrast.text() == "High contrast: on" and contrast.isChecked()
    assert title.palette().color(title.foregroundRole()).name() == "#ffffff"
    qtbot.mouseClick(contrast, Qt.MouseButton.LeftButton)
    assert title.palette().color(title.foregroundRole()).name() != "#ffffff"


def test_kiosk_text_is_at_least_18_points(open_window):
    window = open_window("--lang", "vi", "--kiosk", size=KIOSK_SIZE)
    smallest = min(w.fontInfo().pointSizeF() for w in on_screen(window, QLabel) + on_screen(window, QPushButton))
    assert smallest >= 18 - 0.5, f"kiosk text as small as {smallest} pt"
