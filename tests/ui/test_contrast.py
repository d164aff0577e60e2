"""WCAG AA contrast, measured on the pixels the program draws, in both looks: 4.5:1 for text, 3:1 for the
edge of a control and for the focus frame (WCAG 1.4.3, 1.4.11, 2.4.7)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from app.core.flow import Arrived, CauseResult, ChannelChoice, Registration, StepId
from tests.ui.test_answers_in_view import shown_part

LOOKS = {"usual colours": [], "high contrast": ["--high-contrast"]}
Colour = tuple[int, int, int]


def luminance(colour: Colour) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = colour
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: Colour, b: Colour) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class Shot:
    """The window as drawn, read pixel by pixel."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        self.data = bytes(self.image.constBits())
        self.line = self.image.bytesPerLine()

    def at(self, x: int, y: int) -> Colour:
        i = y * self.line + x * 4
        b, g, r = self.data[i:i + 3]
        return r, g, b

    def colours(self, rect: QRect) -> Counter[Colour]:
        rect = rect.intersected(self.image.rect())
        found: Counter[Colour] = Counter()
        for y in range(rect.top(), rect.bottom() + 1, 2):
            row = self.data[y * self.line + rect.left() * 4:y * self.line + (rect.right() + 1) * 4]
            found.update((row[i + 2], row[i + 1], row[i]) for i in range(0, len(row), 8))
        return found


def text_contrast(shot: Shot, widget: QWidget) -> float | None:
    """The strongest contrast between the text's pixels and its background (the commonest colour)."""
    rect = shown_part(widget, shot.window)
    if rect.height() < 6 or rect.width() < 6:
        return None
    colours = shot.colours(rect)
    background = colours.most_common(1)[0][0]
    return max(ratio(background, c) for c in colours)


def scenes(window) -> Iterator[str]:
    """Pages with every kind of text and control on them, some chosen, one field with a mistake."""
    window.reset()
    yield "welcome"
    window.go_next()
    window.page.show_answer(Registration.IN_APP)
    yield "registration, an answer chosen"
    window.go_next()
    window.page.show_answer(ChannelChoice.SMS)
    window.go_next()
    window.page.findChild(QLineEdit, "phoneInput").setText("0168 912 3456")  # an old number: feedback in red
    yield "contact, a mistake explained"
    window.page.findChild(QLineEdit, "phoneInput").setText("0912345678")
    window.go_next()
    yield "a cause page, Next greyed out with its reason"
    window.jump_to(StepId.WAITING)
    window.findChild(QPushButton, "logAttemptButton").click()
    yield "waiting, a request recorded"
    window.page.show_answer(CauseResult.FIXED)
    window.go_next()
    window.page.show_answer(Arrived.NO)
    window.go_to_hotline()
    page = window.page
    for _ in range(300):
        if page.qr.qr is not None and page.qr_caption.text():
            break
        QTest.qWait(10)
    yield "hotline"
    window.findChild(QPushButton, "historyButton").click()
    yield "hotline with the staff history open"
    window.side_panels["history"].built().hide_button.click()


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def exempt(widget: QWidget) -> bool:
    """Text of a control that cannot be used yet is exempt (WCAG 1.4.3); so is the QR code, an image."""
    return not widget.isEnabled() or widget.objectName() in ("summaryQr",)


@pytest.mark.parametrize("look", list(LOOKS))
def test_every_text_on_the_screen_is_at_least_4_5_to_1(make_window, look):
    window = make_window(*LOOKS[look])
    window.resize(1366, 768)
    low = []
    for scene in scenes(window):
        settle()
        shot = Shot(window)
        texts = [w for w in window.findChildren(QLabel) if w.isVisibleTo(window) and w.text() and not w.pixmap()]
        texts += [w for w in window.findChildren(QPushButton) if w.isVisibleTo(window) and w.text()]
        for widget in texts:
            if exempt(widget):
                continue
            found = text_contrast(shot, widget)
            if found is not None and found < 4.5:
                low.append(f"{scene}: {widget.text()[:40]!r} has {found:.2f}:1")
    assert sorted(set(low)) == [], f"{look}: text too faint to read:\n" + "\n".join(sorted(set(low)))


def edge(shot: Shot, widget: QWidget) -> tuple[Colour, Colour]:
    """The colour of ``widget``'s left edge halfway down, and of what is just outside it."""
    at = widget.mapTo(shot.window, QPoint(0, widget.height() // 2))
    return shot.at(at.x(), at.y()), shot.at(at.x() - 3, at.y())


def controls(window) -> list[QWidget]:
    kinds = (QPushButton, QLineEdit, QPlainTextEdit)
    found = [w for w in window.findChildren(QWidget)
             if isinstance(w, kinds) and w.isVisibleTo(window) and w.isEnabled()]
    found += [w for w in window.findChildren(QFrame, "card") if w.isVisibleTo(window)]
    return [w for w in found if w.property("key") is None and shown_part(w, window).height() == w.height()
            and w.mapTo(window, QPoint(0, 0)).x() >= 4]


@pytest.mark.parametrize("look", list(LOOKS))
def test_the_edge_of_every_control_and_card_is_at_least_3_to_1(make_window, look):
    window = make_window(*LOOKS[look])
    window.resize(1366, 768)
    faint = []
    for scene in scenes(window):
        settle()
        if QApplication.focusWidget() is not None:
            QApplication.focusWidget().clearFocus()  # no focus frame: the usual edge is measured
        settle()
        shot = Shot(window)
        for widget in controls(window):
            border, outside = edge(shot, widget)
            if ratio(border, outside) < 3:
                name = getattr(widget, "text", lambda: "")() or widget.objectName()
                faint.append(f"{scene}: {type(widget).__name__} {name[:30]!r}: edge {ratio(border, outside):.2f}:1")
    assert sorted(set(faint)) == [], f"{look}: where a control ends cannot be seen:\n" + "\n".join(sorted(set(faint)))


@pytest.mark.parametrize("look", list(LOOKS))
def test_the_focus_frame_stands_out_by_3_to_1_and_is_unlike_the_usual_edge(make_window, look):
    """WCAG 1.4.11 for the focus frame: 3:1 on what is around it; it is also thicker than the usual edge
    (3 px for 2) and of another colour."""
    window = make_window(*LOOKS[look])
    window.resize(1366, 768)
    window.go_next()
    window.page.show_answer(Registration.NOT_SURE)
    window.page.changed.emit()
    settle()
    weak = []
    for name in ["choice_in_app", "choice_not_sure", "backButton", "nextButton", "fontScaleButton"]:
        widget = window.page.findChild(QPushButton, name) or window.findChild(QPushButton, name)
        widget.clearFocus()
        settle()
        usual, _ = edge(Shot(window), widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        shot = Shot(window)
        focused, outside = edge(shot, widget)
        at = widget.mapTo(window, QPoint(2, widget.height() // 2))
        if ratio(focused, outside) < 3 or focused == usual or shot.at(at.x(), at.y()) != focused:
            weak.append(f"{name}: frame {focused} is {ratio(focused, outside):.2f}:1 on {outside}, "
                        f"usual edge {usual}, 3 px in: {shot.at(at.x(), at.y())}")
    assert weak == [], f"{look}: the keyboard focus is hard to see:\n" + "\n".join(weak)
