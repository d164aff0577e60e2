"""Every page shows its question and its answers without scrolling, on the screens the program meets.

A kiosk at 1366x768 and 1920x1080, a desk PC with its window at those sizes; 100 %, 125 % and
150 % text; the usual colours and high contrast. A person must never have to find the answers
below the fold, nor press a greyed-out "Tiếp tục" that does not say why.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from app.core.flow import CAUSES, Arrived, CauseResult, ChannelChoice, GuideChoice, Registration, StepId, WaysInResult
from tests.deployment import kiosk_site

SIZES = [(1366, 768), (1920, 1080)]
MODES = {
    "windowed 100 %": [],
    "windowed 125 %": ["--font-scale", "125"],
    "windowed 150 %": ["--font-scale", "150"],
    "windowed high contrast": ["--high-contrast"],
    "kiosk 100 %": ["--kiosk"],
    "kiosk 125 %": ["--kiosk", "--font-scale", "125"],
    "kiosk 150 %": ["--kiosk", "--font-scale", "150"],
    "kiosk high contrast": ["--kiosk", "--high-contrast"],
}
# What a person answers on the way; a cause page is passed with "not this", and two lead to a guide.
WALK = {
    StepId.REGISTRATION: Registration.NOT_SURE,
    StepId.CHANNEL: ChannelChoice.NOT_SURE,
    StepId.ARRIVED: Arrived.NO,
    StepId.WAYS_IN: WaysInResult.NEED_HELP,
    StepId.DEVICE: GuideChoice("samsung-messages"),
    StepId.PROVIDER: GuideChoice("gmail"),
    **{cause: CauseResult.NOT_THIS for cause in CAUSES},
}
DETOURS = {StepId.SPAM_FOLDER: CauseResult.EMAIL_GUIDE, StepId.BLOCKED: CauseResult.PHONE_GUIDE}
# Not yet: eleven phone tiles at 27 pt on a 768-pixel screen. There the last row ("Kiểm tra chung",
# "Tôi không biết máy của tôi là loại nào") is a short scroll away; test_the_phone_list_scrolls_there.
TOO_TALL = {("kiosk 150 %", (1366, 768), "vi", StepId.DEVICE)}


@pytest.fixture
def screen(qtbot, tmp_path):
    """The real window, the size of the screen it is on (a kiosk's full screen is that size)."""
    from app.main import build_window

    made = []

    def make(args: list[str], size: tuple[int, int], lang: str = "vi"):
        site = kiosk_site(tmp_path / "site")  # the PIN's hash and the contact key, as IT sets a kiosk up
        window = build_window(["--lang", lang, "--data-dir", str(tmp_path / "data"), "--site-settings", str(site),
                               *args])
        qtbot.addWidget(window)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*size)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        if window.kiosk is not None:
            window.kiosk.unlocked = True
    from app.ui.i18n import install_language

    install_language("en")


def settle(page=None) -> None:
    for _ in range(4):
        QApplication.processEvents()
    if page is not None and page.step is StepId.HOTLINE:
        for _ in range(300):  # the QR code and its caption come a moment after the page
            if page.qr.qr is not None and page.qr_caption.text():
                break
            QTest.qWait(10)
        for _ in range(4):
            QApplication.processEvents()


def shown_part(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` that is on the screen: cut by every parent (a scroll area's viewport, the window)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def must_be_seen(window, page) -> list[QWidget]:
    """The question, the answers and the button that goes on, for this page."""
    seen: list[QWidget] = [page.title, *page.answer_widgets()]
    if page.step is StepId.CONTACT:  # the first field; the others follow it (the kiosk's test: test_kiosk_keys_in_view)
        seen.append(window.findChild(QLineEdit, "phoneInput"))
    if page.step is StepId.WAITING and not page.shows_answers_first:
        seen.append(window.findChild(QPushButton, "logAttemptButton"))  # with large text it follows the answers
    for name in ("nextButton", "finishButton", "nextHint"):
        widget = window.findChild(QWidget, name)
        if widget.isVisibleTo(window):
            seen.append(widget)
    return seen


def out_of_view(window, scene: str, known: set = frozenset()) -> list[str]:
    page = window.page
    if page.step in known:
        return []
    found = []
    for widget in must_be_seen(window, page):
        full = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if shown_part(widget, window) != full:
            words = widget.text() if isinstance(widget, (QLabel, QPushButton)) and widget.text() else \
                widget.accessibleName() or widget.objectName()
            found.append(f"{scene}: {words[:40]!r} is at y={full.top()}..{full.bottom()}, "
                         f"only {shown_part(widget, window).height()} of its {full.height()} px are on the screen")
    return found


def journey(window):
    """Every page of a visit where nothing helped (through a mail and a phone guide), then one where it did."""
    window.reset()
    detours = dict(DETOURS)
    while True:
        step, page = window.flow.current, window.page
        settle(page)
        yield f"{step.value} (nothing chosen yet)" if step in WALK else step.value, page
        if window.flow.is_final():
            break
        if step is StepId.CONTACT:
            page.findChild(QLineEdit, "phoneInput").setText("0912345678")
        elif step in detours:
            page.show_answer(detours.pop(step))
        elif step in WALK:
            page.show_answer(WALK[step])
            settle(page)
            yield f"{step.value} (answered)", page
        window.go_next()
    window.reset()
    for answer in (None, Registration.IN_APP, ChannelChoice.SMS):
        if answer is not None:
            window.page.show_answer(answer)
        window.go_next()
    window.page.findChild(QLineEdit, "phoneInput").setText("0912345678")
    window.go_next()
    for answer in (CauseResult.FIXED, Arrived.YES):
        window.page.show_answer(answer)
        window.go_next()
    settle(window.page)
    yield window.flow.current.value, window.page


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("mode", list(MODES))
def test_the_question_and_its_answers_are_on_the_screen_without_scrolling(screen, mode, size):
    window = screen(MODES[mode], size)
    known = {step for m, s, lang, step in TOO_TALL if (m, s, lang) == (mode, size, "vi")}
    missing, pages = [], set()
    for scene, page in journey(window):
        pages.add(page.step)
        assert window.size().toTuple() == size, f"{scene}: the window grew to {window.size().toTuple()}"
        missing += out_of_view(window, scene, known)
    assert pages == set(StepId), f"the walk missed {set(StepId) - pages}"
    assert missing == [], f"{mode}, {size[0]}x{size[1]}: below the fold or cut off:\n" + "\n".join(missing)


def test_in_english_on_the_smallest_kiosk_with_the_largest_text_too(screen):
    window = screen(MODES["kiosk 150 %"], SIZES[0], lang="en")
    missing = []
    for scene, _page in journey(window):
        missing += out_of_view(window, scene)
    assert missing == [], "below the fold or cut off:\n" + "\n".join(missing)


def test_with_large_text_the_answers_come_before_the_explanation(screen):
    window = screen(MODES["windowed 150 %"], SIZES[0])
    window.jump_to(StepId.WRONG_CONTACT)
    settle()
    page = window.page
    assert page.answer_scroll.y() < page.explanation_scroll.y(), "the explanation still comes before the answers"
    window.set_look(window.look.bigger_text())  # round to 100 %
    settle()
    assert window.look.font_scale == 100
    assert not page.answers_first


def test_a_greyed_out_next_says_why_beside_it(screen):
    window = screen([], SIZES[0], lang="en")
    window.go_next()
    hint = window.findChild(QLabel, "nextHint")
    next_button = window.findChild(QPushButton, "nextButton")
    assert not next_button.isEnabled()
    assert hint.isVisible() and hint.text() == "Choose one of the answers above to go on."
    assert next_button.accessibleDescription() == hint.text(), "a screen reader does not hear why"
    beside = QRect(hint.mapTo(window, QPoint(0, 0)), hint.size())
    button_at = QRect(next_button.mapTo(window, QPoint(0, 0)), next_button.size())
    assert beside.right() < button_at.left() and abs(beside.center().y() - button_at.center().y()) < 20
    window.page.show_answer(Registration.IN_APP)
    window.page.changed.emit()
    assert next_button.isEnabled() and not hint.isVisible()


def test_the_phone_list_scrolls_there_when_it_is_taller_than_the_screen(screen):
    window = screen(MODES["kiosk 150 %"], SIZES[0])
    for _scene, page in journey(window):
        if page.step is StepId.DEVICE:
            break
    area = page.answer_scroll
    assert area.verticalScrollBar().maximum() > 0 and area.verticalScrollBar().isVisible()
    last = page.answer_widgets()[-1]
    area.ensureWidgetVisible(last)
    settle()
    assert shown_part(last, window).height() == last.height(), "the last phone cannot be scrolled to"
    assert page.title.isVisible() and shown_part(page.title, window).height() == page.title.height()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_answers_side_by_side_share_the_width_with_the_history_open_at_150(make_window, lang):
    window = make_window("--lang", lang, "--font-scale", "150")
    window.resize(1366, 768)
    for cause in (StepId.SPAM_FOLDER, StepId.BLOCKED):
        window.jump_to(cause)
        QApplication.processEvents()
        window.findChild(QPushButton, "historyButton").click()
        QApplication.processEvents()
        shown = [b for b in window.page.findChildren(QPushButton)
                 if b.objectName().startswith("choice_") and b.isVisibleTo(window)]
        rows: dict[int, list[int]] = {}
        for tile in shown:
            rows.setdefault(tile.mapTo(window, QPoint(0, 0)).y(), []).append(tile.width())
        for widths in rows.values():
            if len(widths) > 1:
                assert max(widths) - min(widths) <= 4, (
                    f"on {cause.value} the tiles of a row are {widths} px wide: one is squeezed to a word a line")
        window.side_panels["history"].built().hide_button.click()
