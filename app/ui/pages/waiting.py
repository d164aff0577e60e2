"""The wait on screen: "what did you just do?" in one tap, the live countdown, the hotline offer.

The panel sits on the waiting cause page, above its answers; a short countdown line sits on
the "did it arrive?" page. The wait shows as a ring that fills and the minutes left in words;
at the mark the hotline offer becomes the page's main button. Whom a request belongs to, what
the wait is and which outcome an answer means are the session's (app.core.session); this file
only shows them and reports the taps.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.attempts import Action, Attempt
from app.core.clock import shown
from app.core.content import CausePage as CauseContent
from app.core.flow import CauseResult
from app.core.session import Session, Wait
from app.core.vocabulary import attempt_words
from app.core.waiting import WaitStatus, minutes_left, minutes_passed, share_waited
from app.ui.a11y import announce
from app.ui.pages.base import ChoiceButton, label, push_button, restyle
from app.ui.pages.causes import CausePage

TICK_MS = 1000

# The order of the action buttons, and their stable names (logAttemptButton was "I asked just now").
ACTION_BUTTONS = (
    (Action.FORGOT_PASSWORD, "logAttemptButton"),
    (Action.HOTLINE_KEY8, "logKey8Button"),
    (Action.REGISTRATION, "logRegistrationButton"),
    (Action.ASKED_OFFICE, "logOfficeButton"),
)


def attempt_line(attempt: Attempt, lang: str) -> str:
    """One earlier request as a line: local time, what was done, what happened (the shared vocabulary)."""
    words = attempt_words(lang)
    return f"{shown(attempt.at)}: {words.action[attempt.action]}: {words.outcome[attempt.outcome]}"


def countdown_text(status: WaitStatus, minutes: int) -> str:
    """The countdown in words: the minutes left (not a clock face: "00:03" reads as a time of day), or the mark."""
    if status.stale:
        return QCoreApplication.translate(
            "WaitPanel", "Your last request was more than a day ago. Try again (the earlier pages say how), "
            "then record it here.")
    if status.due:
        return QCoreApplication.translate(
            "WaitPanel", "%1 minutes have passed: we advise calling the hotline now.").replace("%1", str(minutes))
    left = minutes_left(status)
    text = (QCoreApplication.translate("WaitPanel", "1 minute left of the %2-minute wait") if left == 1 else
            QCoreApplication.translate("WaitPanel", "%1 minutes left of the %2-minute wait"))
    return text.replace("%1", str(left)).replace("%2", str(minutes))


def since_text(status: WaitStatus) -> str:
    """How long ago the last request was, in whole minutes."""
    passed = minutes_passed(status)
    if passed < 1:
        return QCoreApplication.translate("WaitPanel", "You asked less than a minute ago.")
    if passed == 1:
        return QCoreApplication.translate("WaitPanel", "You asked 1 minute ago.")
    return QCoreApplication.translate("WaitPanel", "You asked %1 minutes ago.").replace("%1", str(passed))


class CountdownRing(QWidget):
    """The wait as a ring that fills up; its colours come from the stylesheet (qproperty-track, qproperty-fill)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("countdownRing")
        self.share = 0.0
        self._track = QColor("#72858c")
        self._fill = QColor("#0a6665")

    def _get_track(self) -> QColor:
        return self._track

    def _set_track(self, color: QColor) -> None:
        self._track = QColor(color)
        self.update()

    def _get_fill(self) -> QColor:
        return self._fill

    def _set_fill(self, color: QColor) -> None:
        self._fill = QColor(color)
        self.update()

    track = Property(QColor, _get_track, _set_track)
    fill = Property(QColor, _get_fill, _set_fill)

    def sizeHint(self) -> QSize:
        side = 3 * self.fontMetrics().lineSpacing()
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def show_share(self, share: float) -> None:
        if abs(share - self.share) >= 0.001:
            self.share = share
            self.update()

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height())
        pen_width = max(6, side // 9)
        box = QRectF(pen_width / 2, pen_width / 2, side - pen_width, side - pen_width)
        box.moveCenter(QRectF(self.rect()).center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._track, pen_width / 3))
        painter.drawEllipse(box)
        if self.share > 0:
            pen = QPen(self._fill, pen_width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawArc(box, 90 * 16, -round(self.share * 360 * 16))  # from twelve o'clock, clockwise
        painter.end()


class WaitPanel(QFrame):
    """Record what the person did (now, or at a time typed first), then the wait as a ring and in words.

    ``explanation`` and ``records`` are for the page's explanation below: how the recording works,
    and the requests recorded for this contact.
    """

    go_on = Signal()  # Enter in the empty time field: the page's Next, as Enter is everywhere else
    recorded = Signal()  # a request was written to the log
    hotline = Signal()  # the person asked for the hotline page at the mark
    mark_reached = Signal()  # the wait ran out while the page was open: time to call
    shown_after_recording = Signal(QWidget)  # what must come into view after a press: the wait, the confirmation

    def __init__(self, session: Session, lang: str) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.setObjectName("card")
        self.wait: Wait | None = None
        self._was_due: bool | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 10, 18, 12)
        box.setSpacing(8)
        minutes = str(session.settings.wait_minutes)
        box.addWidget(label(self.tr("What did you just do?"), "section"))
        self.explanation = label(self.tr(
            "Press what you did: the program notes the time, so that you know how long you have waited. "
            "After \u201cQuên mật khẩu\u201d or a call to key 8, if nothing has come after %1 minutes, "
            "we advise calling the hotline.").replace("%1", minutes), "muted")
        self.no_contact = label(self.tr(
            "Type your phone number or email on the page for them first: the requests are kept under it."),
            "muted")
        box.addWidget(self.no_contact)
        row = QHBoxLayout()
        row.setSpacing(12)
        caption = label(self.tr("If it was not just now, type the time first:"), "fieldCaption")
        row.addWidget(caption, 1)
        self.time_input = QLineEdit()
        self.time_input.setObjectName("attemptTimeInput")
        self.time_input.setPlaceholderText(self.tr("HH:MM"))
        self.time_input.setAccessibleName(caption.text())
        self.time_input.setAccessibleDescription(self.tr("The hour and minutes, for example 14:05."))
        self.time_input.setMaxLength(12)
        self.time_input.setMaximumWidth(160)
        self.time_input.returnPressed.connect(self._enter_in_time)
        self.time_input.textEdited.connect(lambda: self._say(""))
        row.addWidget(self.time_input)
        box.addLayout(row)
        self._below_time = box.count()  # where a kiosk's number keypad goes
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        words = attempt_words(lang).action
        self.action_buttons: dict[Action, ChoiceButton] = {}
        for n, (action, name) in enumerate(ACTION_BUTTONS):
            button = ChoiceButton(words[action], content=True)  # wraps; the vocabulary's words, from resources/
            button.setCheckable(False)
            button.setProperty("content", True)
            button.setObjectName(name)
            button.setAccessibleDescription(self.tr("Records that you did this, at the time typed above or now."))
            button.clicked.connect(lambda _=False, action=action: self.record(action))
            grid.addWidget(button, n // 2, n % 2)
            self.action_buttons[action] = button
        box.addLayout(grid)
        self.message = label("", "timeMessage")
        self.message.hide()
        box.addWidget(self.message)
        self.approval = label(attempt_words(lang).after_registration, "waitApproval", content=True)
        box.addWidget(self.approval)
        # The wait: a ring that fills, the minutes left in words beside it, the hotline offer at the mark.
        self.status_row = QWidget()
        status = QHBoxLayout(self.status_row)
        status.setContentsMargins(0, 0, 0, 0)
        status.setSpacing(14)
        self.ring = CountdownRing()
        status.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignVCenter)
        words_box = QVBoxLayout()
        words_box.setSpacing(2)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("waitCountdown")
        self.countdown_label.setWordWrap(True)
        self.countdown_label.setTextFormat(Qt.TextFormat.PlainText)
        words_box.addWidget(self.countdown_label)
        self.since_label = label("", "muted")
        words_box.addWidget(self.since_label)
        status.addLayout(words_box, 1)
        self.hotline_button = push_button(
            "callHotlineButton", self.tr("Open the hotline page"), self.hotline,
            self.tr("Shows the hotline number and a summary to read to the operator."))
        status.addWidget(self.hotline_button, 0, Qt.AlignmentFlag.AlignVCenter)
        box.addWidget(self.status_row)
        self.records = QWidget()
        listed = QVBoxLayout(self.records)
        listed.setContentsMargins(0, 0, 0, 0)
        self.list_heading = label(self.tr("What was recorded for this contact"), "fieldCaption")
        listed.addWidget(self.list_heading)
        self.attempt_list = label("", "attemptList", content=True)
        listed.addWidget(self.attempt_list)

    # -- showing ----------------------------------------------------------------------------

    def add_below_time(self, widget: QWidget) -> None:
        """Show ``widget`` under the time field (the kiosk's number keypad)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(self._below_time, widget)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()
        self.clear()

    def clear(self) -> None:
        """Nothing of this person stays behind: the typed time (and its undo), the message, the list, the wait."""
        self.timer.stop()
        self.time_input.setText("")  # clear() would keep the time in the undo history
        self.time_input.setModified(False)
        self._say("")
        self.wait = None
        self.attempt_list.clear()
        self.countdown_label.clear()
        self.since_label.clear()

    def refresh(self) -> None:
        """Show this person's requests and start the countdown from the last one that sends something."""
        can = self.session.can_record()
        for widget in (self.time_input, *self.action_buttons.values()):
            widget.setEnabled(can)
        self.no_contact.setVisible(not can)
        self.wait = self.session.wait() if can else None
        attempts = self.wait.attempts if self.wait else ()
        self.records.setVisible(bool(attempts))
        self.attempt_list.setText("\n".join(attempt_line(a, self.lang) for a in attempts[:10]))
        self.approval.setVisible(bool(self.wait and self.wait.for_approval))
        self._was_due = None  # a wait already over when the page opens is told, not rung
        if self.wait and self.wait.countdown and not self.wait.for_approval:
            self.timer.start()
        else:
            self.timer.stop()
        self.tick()

    def tick(self) -> None:
        """Show the countdown as it stands now (the timer calls this every second; the words change by the minute)."""
        countdown = self.wait.countdown if self.wait and not self.wait.for_approval else None
        if countdown is None:
            self.countdown_label.setText("" if self.wait and self.wait.for_approval else self.tr(
                "The countdown starts when you record \u201cQuên mật khẩu\u201d or a call to key 8."))
            self.countdown_label.setVisible(not (self.wait and self.wait.for_approval))
            self.status_row.setVisible(not (self.wait and self.wait.for_approval))
            self.ring.hide()
            self.since_label.hide()
            self.hotline_button.hide()
            return
        status = countdown.status(self.session.monotonic())
        self.status_row.show()
        self.ring.setVisible(not status.stale)
        self.ring.show_share(share_waited(status, countdown.wait))
        self.countdown_label.show()
        words = countdown_text(status, self.session.settings.wait_minutes)
        if words != self.countdown_label.text():  # a screen reader hears a change once a minute, not every second
            self.countdown_label.setText(words)
            self.ring.setAccessibleName(words)
        self.since_label.setText(since_text(status))
        self.since_label.setVisible(not status.stale)
        offer = status.due and not status.stale
        self.hotline_button.setVisible(offer)
        if offer != bool(self.hotline_button.property("primary")):
            self.hotline_button.setProperty("primary", offer)  # at the mark, calling is the thing to do
            restyle(self.hotline_button)
        if status.due:
            self.timer.stop()
            if self._was_due is False and offer:
                self.mark_reached.emit()
                announce(self, words)
        self._was_due = status.due

    # -- recording ---------------------------------------------------------------------------

    def record(self, action: Action) -> None:
        """Log ``action`` at the time typed above (when there is one) or now, then show the wait from it."""
        typed = self.time_input.text().strip()
        at = self.session.typed_time(typed) if typed else None
        if typed and at is None:
            self._say(self.tr("Type the time as hour and minutes, for example 14:05."), problem=True)
            self.time_input.setFocus()
            return
        if self.session.record(action, at) is None:
            return
        self.recorded.emit()
        self.time_input.setText("")
        self.refresh()
        self._say(self.tr("Recorded: %1.").replace("%1", attempt_words(self.lang).action[action]))
        self.shown_after_recording.emit(self.status_row if self.status_row.isVisible() else self.message)

    def _enter_in_time(self) -> None:
        typed = self.time_input.text().strip()
        if not typed:
            self.go_on.emit()
        elif self.session.typed_time(typed) is None:
            self._say(self.tr("Type the time as hour and minutes, for example 14:05."), problem=True)
        else:
            self._say(self.tr("Now press what you did at %1.").replace("%1", typed))
            self.action_buttons[Action.FORGOT_PASSWORD].setFocus()

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("problem", problem)
        restyle(self.message)
        announce(self, text)


class WaitingPage(CausePage):
    """The "the system is slow" cause page, with the panel that records what the person did."""

    def __init__(self, content: CauseContent, lang: str, guide_choices: tuple[CauseResult, ...],
                 session: Session) -> None:
        super().__init__(content, lang, guide_choices)
        self.wait_panel = WaitPanel(session, lang)
        self.wait_panel.go_on.connect(self.submitted)
        self.wait_panel.shown_after_recording.connect(self._bring_into_view)
        # The panel is what this page gives to do: first in its explanation, before the lead.
        self.add_under_lead(self.wait_panel.records)
        self.add_under_lead(self.wait_panel.explanation)
        self.body.insertWidget(0, self.wait_panel)

    def keypad_fields(self) -> list[tuple[QLineEdit, str]]:
        return [(self.wait_panel.time_input, "digits")]

    def add_below(self, field: QLineEdit, widget: QWidget) -> None:
        self.wait_panel.add_below_time(widget)

    def first_focus(self) -> QWidget | None:
        # The first thing to press; not the time field, whose keypad on a kiosk would push the rest away.
        button = self.wait_panel.action_buttons[Action.FORGOT_PASSWORD]
        return button if button.isEnabled() else super().first_focus()

    def main_action(self) -> QPushButton | None:
        button = self.wait_panel.hotline_button
        return button if button.isVisibleTo(self) else None

    def _bring_into_view(self, widget: QWidget) -> None:
        # After a press the confirmation and the wait must be seen, even with a keypad open above them.
        for layout in (self.wait_panel.layout(), self.explanation_scroll.widget().layout()):
            layout.activate()  # the rows just shown have no place yet
        self.explanation_scroll.ensureWidgetVisible(self.wait_panel.message, 0, 8)
        # The wait last: if both do not fit, it is the one to see.
        self.explanation_scroll.ensureWidgetVisible(widget, 0, 8)

    def show_answer(self, answer) -> None:
        super().show_answer(answer)
        if answer is None:
            self.wait_panel.clear()


class WaitLine(QLabel):
    """On "did it arrive?": one small countdown line when this person has a request logged."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setObjectName("arrivedWaitLine")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.wait: Wait | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()
        self.wait = None
        self.clear()  # refreshed when shown again; meanwhile it holds nothing of the person

    def refresh(self) -> None:
        self.wait = self.session.wait() if self.session.can_record() else None
        if self.wait and self.wait.countdown:
            self.timer.start()
        else:
            self.timer.stop()
        self.tick()

    def tick(self) -> None:
        countdown = self.wait.countdown if self.wait else None
        text = ""
        if countdown is not None:
            status = countdown.status(self.session.monotonic())
            text = f"{since_text(status)} {countdown_text(status, self.session.settings.wait_minutes)}"
        if text != self.text():
            self.setText(text)
        self.setVisible(bool(text))

