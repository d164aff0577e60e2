"""The attempt log on screen: "I asked just now", the live countdown to the 15-minute mark, the hotline offer.

The panel sits on the waiting cause page; a short countdown line sits on the "did it arrive?"
page. What a request was, whom it belongs to and which outcome an answer means are decided in
app.core.waiting; this file only shows them and calls the log.
"""

from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.attempts import Action, Attempt, Channel, LogNotice, Outcome
from app.core.flow import Arrived, StepId
from app.core.waiting import Countdown, WaitStatus, logged_contact, minutes_seconds, outcome_after, \
    parse_request_time, request_action
from app.core.clock import shown
from app.ui.pages.base import label

TICK_MS = 1000


def action_words(action: Action) -> str:
    """What the person did, in the interface language."""
    return {
        Action.REGISTRATION: QCoreApplication.translate("Attempts", "Registered in the app"),
        Action.RESEND: QCoreApplication.translate("Attempts", "Asked for the password again"),
        Action.FORGOT_PASSWORD: QCoreApplication.translate("Attempts", "\u201cQuên mật khẩu\u201d in the app"),
    }[action]


def channel_words(channel: Channel) -> str:
    """Where the password was to arrive, in the interface language."""
    return {
        Channel.SMS: QCoreApplication.translate("Attempts", "by SMS"),
        Channel.EMAIL: QCoreApplication.translate("Attempts", "by email"),
    }[channel]


def outcome_words(outcome: Outcome) -> str:
    """Whether the password came after that request, in the interface language."""
    return {
        Outcome.ARRIVED: QCoreApplication.translate("Attempts", "arrived"),
        Outcome.NOT_ARRIVED: QCoreApplication.translate("Attempts", "did not arrive"),
        Outcome.UNKNOWN: QCoreApplication.translate("Attempts", "not known yet"),
    }[outcome]


def attempt_line(attempt: Attempt) -> str:
    """One earlier request as a line: local time, what was done, how, what happened."""
    when = shown(attempt.at)
    return f"{when}: {action_words(attempt.action)} {channel_words(attempt.channel)}, {outcome_words(attempt.outcome)}"


def wait_of(window) -> timedelta:
    return timedelta(minutes=window.settings.wait_minutes)


def start_countdown(window, last: Attempt) -> Countdown:
    """A countdown from ``last`` with the window's wall clock and monotonic clock (tests inject both)."""
    return Countdown.start(last.at, window.clock(), window.monotonic(), wait_of(window))


class WaitPanel(QFrame):
    """On the waiting page: record a request (now, or at a time typed), see this person's requests and the countdown."""

    go_on = Signal()  # Enter in the empty time field: the page's Next, as Enter is everywhere else

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.setObjectName("card")
        self.countdown: Countdown | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 14)
        box.setSpacing(8)
        minutes = str(window.settings.wait_minutes)
        box.addWidget(label(self.tr("Your requests for the password"), "section"))
        box.addWidget(label(self.tr(
            "Each time you ask for the password, press the button below. If nothing has come after %1 minutes, "
            "we advise calling the hotline.").replace("%1", minutes), "muted"))
        self.no_contact = label(self.tr(
            "Type your phone number or email on the contact page first: the requests are kept under it."), "muted")
        box.addWidget(self.no_contact)
        self.log_button = QPushButton(self.tr("I asked for the password just now"))
        self.log_button.setObjectName("logAttemptButton")
        self.log_button.setAccessibleName(self.log_button.text())
        self.log_button.setAccessibleDescription(self.tr("Records the time now and starts the countdown."))
        self.log_button.clicked.connect(lambda: self.record(None))
        box.addWidget(self.log_button)
        row = QHBoxLayout()
        row.setSpacing(12)
        caption = label(self.tr("Or, if you asked earlier, the time:"), "fieldCaption")
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
        self.at_button = QPushButton(self.tr("Record this time"))
        self.at_button.setObjectName("logAttemptAtButton")
        self.at_button.setAccessibleName(self.at_button.text())
        self.at_button.setAccessibleDescription(self.tr("Records the time typed beside it as your request."))
        self.at_button.clicked.connect(self.record_typed_time)
        row.addWidget(self.at_button)
        box.addLayout(row)
        self._below_time = box.count()  # where a kiosk's number keypad goes
        self.message = label("", "timeMessage")
        self.message.hide()
        box.addWidget(self.message)
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
        self.hotline_button.clicked.connect(window.go_to_hotline)
        box.addWidget(self.hotline_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.list_heading = label(self.tr("Requests recorded for this contact"), "fieldCaption")
        box.addWidget(self.list_heading)
        self.attempt_list = label("", "attemptList")
        box.addWidget(self.attempt_list)

    # -- showing ----------------------------------------------------------------------------

    def add_below_time(self, widget: QWidget) -> None:
        """Show ``widget`` under the time field (the kiosk's number keypad)."""
        self.layout().insertWidget(self._below_time, widget)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self.timer.stop()
        self.time_input.clear()  # a kiosk's next person must not find the last one's time
        self._say("")

    def refresh(self) -> None:
        """Show this person's requests and start the countdown from the last one."""
        who = logged_contact(self.window.flow) if self.window.attempt_log is not None else None
        attempts = self.window.logged_attempts() if who is not None else []
        for widget in (self.log_button, self.time_input, self.at_button):
            widget.setEnabled(who is not None)
        self.no_contact.setVisible(who is None)
        self.list_heading.setVisible(bool(attempts))
        self.attempt_list.setVisible(bool(attempts))
        self.attempt_list.setText("\n".join(attempt_line(a) for a in attempts[:10]))
        self.countdown = start_countdown(self.window, attempts[0]) if attempts else None
        if attempts:
            self.timer.start()
        else:
            self.timer.stop()
        self.tick()

    def tick(self) -> None:
        """Show the countdown as it stands now (the timer calls this every second)."""
        if self.countdown is None:
            self.countdown_label.setText(self.tr("The countdown starts when you record a request."))
            self.since_label.hide()
            self.hotline_button.hide()
            return
        status = self.countdown.status(self.window.monotonic())
        self.countdown_label.setText(countdown_text(status, self.window.settings.wait_minutes))
        self.since_label.setText(self.tr("Time since your last request: %1").replace(
            "%1", minutes_seconds(status.elapsed)))
        self.since_label.setVisible(not status.stale)
        self.hotline_button.setVisible(status.due and not status.stale)
        if status.due:
            self.timer.stop()

    # -- recording ---------------------------------------------------------------------------

    def record(self, at) -> None:
        """Log a request made now (``at`` None) or at ``at`` (aware), then show the countdown from it."""
        window = self.window
        who = logged_contact(window.flow)
        if who is None or window.attempt_log is None:
            return
        action = request_action(window.flow.registration, window.logged_attempts())
        window.attempt_log.record(who.contact, who.channel, action, at=window.clock() if at is None else at)
        window.attempts_changed.emit()
        self.time_input.clear()
        self._say(self.tr("Recorded. The countdown below starts from this request."))
        self.refresh()

    def _enter_in_time(self) -> None:
        if self.time_input.text().strip():
            self.record_typed_time()
        else:
            self.go_on.emit()

    def record_typed_time(self) -> None:
        at = parse_request_time(self.time_input.text(), self.window.clock().astimezone())
        if at is None:
            self._say(self.tr("Type the time as hour and minutes, for example 14:05."), problem=True)
            self.time_input.setFocus()
            return
        self.record(at)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("problem", problem)
        self.message.style().polish(self.message)


def countdown_text(status: WaitStatus, minutes: int) -> str:
    """The countdown line: time left, or that it is now time to call the hotline."""
    if status.stale:
        return QCoreApplication.translate(
            "WaitPanel", "Your last request was more than a day ago. Ask for the password again, then record it here.")
    if status.due:
        return QCoreApplication.translate(
            "WaitPanel", "%1 minutes have passed: it is now time to call the hotline.").replace("%1", str(minutes))
    # Rounded up, so that just after a request the whole wait shows and 00:00 only when it is over.
    left = timedelta(seconds=math.ceil(status.remaining.total_seconds()))
    return QCoreApplication.translate("WaitPanel", "%1 left of the %2 minutes").replace(
        "%1", minutes_seconds(left)).replace("%2", str(minutes))


class WaitLine(QLabel):
    """On "did it arrive?": one small countdown line when this person has a request logged."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.setObjectName("arrivedWaitLine")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown: Countdown | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self.timer.stop()

    def refresh(self) -> None:
        attempts = self.window.logged_attempts()
        self.countdown = start_countdown(self.window, attempts[0]) if attempts else None
        if attempts:
            self.timer.start()
        else:
            self.timer.stop()
        self.tick()

    def tick(self) -> None:
        if self.countdown is None:
            self.setText("")
            return
        status = self.countdown.status(self.window.monotonic())
        self.setText(self.tr("Since your last request: %1. %2").replace("%1", minutes_seconds(status.elapsed))
                     .replace("%2", countdown_text(status, self.window.settings.wait_minutes)))


class LogNoticeBar(QFrame):
    """One sentence at the top of the window when the attempt log could not be used as usual."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setProperty("logNotice", True)
        box = QHBoxLayout(self)
        box.setContentsMargins(16, 10, 16, 10)
        self.text = label("", "logNoticeText")
        box.addWidget(self.text, 1)
        close = QPushButton(self.tr("Hide"))
        close.setObjectName("logNoticeClose")
        close.setAccessibleName(self.tr("Hide this notice"))
        close.setAccessibleDescription(self.tr("The program keeps working; only the record of requests is affected."))
        close.clicked.connect(self.hide)
        box.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

    def show_notice(self, notice: LogNotice) -> None:
        self.text.setText({
            LogNotice.MOVED_ASIDE_CORRUPT: self.tr(
                "The record of earlier requests was damaged. It was put aside and a new one was started."),
            LogNotice.NOT_SAVED: self.tr(
                "Requests cannot be saved on this computer. They are kept only until the program closes."),
            LogNotice.NEWER_VERSION: self.tr(
                "The record of requests comes from a newer version of this program. "
                "New requests are kept only until the program closes."),
        }[notice])
        self.show()


def attach_attempts(window) -> None:
    """Put the attempt log on screen: the panel on the waiting page, the line on "did it arrive?",
    the outcome of the last request from the answer there, and the notice when the log is not as usual."""
    log = window.attempt_log

    def add_to(page: QWidget) -> None:
        step = getattr(page, "step", None)
        if step is StepId.WAITING:
            page.wait_panel = WaitPanel(window)
            page.body.insertWidget(2, page.wait_panel)  # under the title and the lead
            page.wait_panel.go_on.connect(page.submitted)
        elif step is StepId.ARRIVED:
            page.wait_line = WaitLine(window)
            page.body.insertWidget(2, page.wait_line)

    for page in list(window.pages.values()):
        add_to(page)
    window.page_built.connect(add_to)

    def answered(step: StepId, answer: object) -> None:
        if step is StepId.ARRIVED and isinstance(answer, Arrived) and log is not None:
            attempts = window.logged_attempts()
            if attempts:
                log.set_outcome(attempts[0].id, outcome_after(answer))
                window.attempts_changed.emit()

    window.answered.connect(answered)
    if log is None:
        return
    bar = LogNoticeBar()
    bar.hide()
    window.centralWidget().layout().insertWidget(0, bar)
    window.log_notice = bar
    if log.notice is not None:
        bar.show_notice(log.notice)
    # A disk that fills up later in the session is told the same way.
    log.on_notice = lambda notice: QTimer.singleShot(0, window, lambda: bar.show_notice(notice))
    window.destroyed.connect(lambda *_: log.close())
