"""The wait on screen: "what did you just do?" in one tap, the live countdown, the hotline offer.

The panel sits on the waiting cause page; a short countdown line sits on the "did it arrive?"
page. Whom a request belongs to, what the wait is and which outcome an answer means are the
session's (app.core.session); this file only shows them and reports the taps.
"""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from app.core.attempts import Action, Attempt
from app.core.clock import shown
from app.core.content import CausePage as CauseContent
from app.core.flow import CauseResult
from app.core.session import Session, Wait
from app.core.vocabulary import attempt_words
from app.core.waiting import WaitStatus, minutes_seconds
from app.ui.pages.base import ChoiceButton, label
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
    """The countdown line: time left, or that it is now time to call the hotline."""
    if status.stale:
        return QCoreApplication.translate(
            "WaitPanel", "Your last request was more than a day ago. Try again (the earlier pages say how), "
            "then record it here.")
    if status.due:
        return QCoreApplication.translate(
            "WaitPanel", "%1 minutes have passed: we advise calling the hotline now.").replace("%1", str(minutes))
    # Rounded up, so that just after a request the whole wait shows and 00:00 only when it is over.
    left = timedelta(seconds=math.ceil(status.remaining.total_seconds()))
    return QCoreApplication.translate("WaitPanel", "%1 left of the %2 minutes").replace(
        "%1", minutes_seconds(left)).replace("%2", str(minutes))


class WaitPanel(QFrame):
    """Record what the person did (now, or at a time typed first), see their requests and the countdown."""

    go_on = Signal()  # Enter in the empty time field: the page's Next, as Enter is everywhere else
    recorded = Signal()  # a request was written to the log
    hotline = Signal()  # the person asked for the hotline page at the mark

    def __init__(self, session: Session, lang: str) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.setObjectName("card")
        self.wait: Wait | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 14)
        box.setSpacing(8)
        minutes = str(session.settings.wait_minutes)
        box.addWidget(label(self.tr("What did you just do?"), "section"))
        box.addWidget(label(self.tr(
            "Press what you did: the program notes the time, so that you know how long you have waited. "
            "After \u201cQuên mật khẩu\u201d or a call to key 8, if nothing has come after %1 minutes, "
            "we advise calling the hotline.").replace("%1", minutes), "muted"))
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
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("waitCountdown")
        self.countdown_label.setWordWrap(True)
        self.countdown_label.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown_label.setStyleSheet("QLabel { font-weight: 600; }")
        box.addWidget(self.countdown_label)
        self.since_label = label("", "muted")
        box.addWidget(self.since_label)
        self.hotline_button = QPushButton(self.tr("Open the hotline page"))
        self.hotline_button.setObjectName("callHotlineButton")
        self.hotline_button.setAccessibleName(self.hotline_button.text())
        self.hotline_button.setAccessibleDescription(
            self.tr("Shows the hotline number and a summary to read to the operator."))
        self.hotline_button.clicked.connect(self.hotline)
        box.addWidget(self.hotline_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list_heading = label(self.tr("What was recorded for this contact"), "fieldCaption")
        box.addWidget(self.list_heading)
        self.attempt_list = label("", "attemptList", content=True)
        box.addWidget(self.attempt_list)

    # -- showing ----------------------------------------------------------------------------

    def add_below_time(self, widget: QFrame) -> None:
        """Show ``widget`` under the time field (the kiosk's number keypad)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(self._below_time, widget)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802
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
        self.list_heading.setVisible(bool(attempts))
        self.attempt_list.setVisible(bool(attempts))
        self.attempt_list.setText("\n".join(attempt_line(a, self.lang) for a in attempts[:10]))
        self.approval.setVisible(bool(self.wait and self.wait.for_approval))
        if self.wait and self.wait.countdown and not self.wait.for_approval:
            self.timer.start()
        else:
            self.timer.stop()
        self.tick()

    def tick(self) -> None:
        """Show the countdown as it stands now (the timer calls this every second)."""
        countdown = self.wait.countdown if self.wait and not self.wait.for_approval else None
        if countdown is None:
            self.countdown_label.setText("" if self.wait and self.wait.for_approval else self.tr(
                "The countdown starts when you record \u201cQuên mật khẩu\u201d or a call to key 8."))
            self.countdown_label.setVisible(not (self.wait and self.wait.for_approval))
            self.since_label.hide()
            self.hotline_button.hide()
            return
        status = countdown.status(self.session.monotonic())
        self.countdown_label.show()
        self.countdown_label.setText(countdown_text(status, self.session.settings.wait_minutes))
        self.since_label.setText(self.tr("Time since your last request: %1").replace(
            "%1", minutes_seconds(status.elapsed)))
        self.since_label.setVisible(not status.stale)
        self.hotline_button.setVisible(status.due and not status.stale)
        if status.due:
            self.timer.stop()

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
        self.message.style().polish(self.message)


class WaitingPage(CausePage):
    """The "the system is slow" cause page, with the panel that records what the person did."""

    def __init__(self, content: CauseContent, lang: str, guide_choices: tuple[CauseResult, ...],
                 session: Session) -> None:
        super().__init__(content, lang, guide_choices)
        self.wait_panel = WaitPanel(session, lang)
        self.wait_panel.go_on.connect(self.submitted)
        self.add_under_lead(self.wait_panel)

    def keypad_fields(self) -> list[tuple[QLineEdit, str]]:
        return [(self.wait_panel.time_input, "digits")]

    def add_below(self, field: QLineEdit, widget: QFrame) -> None:
        self.wait_panel.add_below_time(widget)

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

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802
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
        if countdown is None:
            self.setText("")
            return
        status = countdown.status(self.session.monotonic())
        self.setText(self.tr("Since your last request: %1. %2").replace("%1", minutes_seconds(status.elapsed))
                     .replace("%2", countdown_text(status, self.session.settings.wait_minutes)))
