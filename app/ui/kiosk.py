"""Kiosk mode: full screen, no way out without the staff PIN, wiped when left alone, typed by touch.

The staff PIN dialog opens with Ctrl+Alt+Shift+S or with five quick taps in the
top-left corner of the screen (docs/kiosk.md).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QClipboard, QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.idle import IdleState, IdleWatch
from app.core.settings import PIN_DIGITS, PinThrottle, PinVerdict
from app.ui.pages.base import Page, label

CORNER_PX = 80  # the hidden staff corner, top left
# The stable names of the number keypads, by the field they type into ("I did it at 1405" is 14:05).
_KEYPAD_NAMES = {"phoneInput": "phoneKeypad", "bhxhCodeInput": "bhxhKeypad", "attemptTimeInput": "timeKeypad"}
CORNER_TAPS = 5
CORNER_WINDOW_S = 4.0  # the taps must all fall within this time

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


# -- on-screen keys ---------------------------------------------------------------------------

Key = tuple[str, str, Callable[[], None]]  # a key's name, the text on it, what it does


class OnScreenKeys(QFrame):
    """Large keys that type into one field; shown only while that field has the focus.

    The keys never take the focus themselves, so the text cursor stays in the field.
    """

    def __init__(self, name: str, target: QLineEdit, rows: Sequence[Sequence[Key]],
                 columns: int, *, follow_focus: bool = True) -> None:
        super().__init__()
        self.setObjectName(name)
        self.target = target
        self.setAccessibleName(self.tr("On-screen keys for \u201c%1\u201d").replace("%1", target.accessibleName()))
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 8)
        grid.setSpacing(6)
        self.columns = columns
        self.usual_width = 16777215  # the keys' widest at 100 %; they may grow past it with the text
        self._single: list[QPushButton] = []
        for r, row in enumerate(rows):
            span = columns // len(row) if len(row) < columns and columns % len(row) == 0 else 1
            for c, (key, text, action) in enumerate(row):
                button = QPushButton(text)
                button.setObjectName(f"key_{key}")
                button.setProperty("key", True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setAutoRepeat(key == "backspace")
                button.setAccessibleDescription(
                    self.tr("Types into \u201c%1\u201d.").replace("%1", target.accessibleName()))
                # clicked(bool) would fill the first default argument of ``action`` with "checked".
                button.clicked.connect(lambda _checked=False, action=action: action())
                grid.addWidget(button, r, c * span, 1, span)
                if span == 1:
                    self._single.append(button)
        if follow_focus:
            QApplication.instance().focusChanged.connect(self._follow_focus)
            self.setVisible(target.hasFocus())

    def showEvent(self, event) -> None:
        # Equal columns, as wide as the widest key at the current text size: at 150 % the keypad
        # grows past its usual width rather than cut "Xóa hết".
        width = max(b.sizeHint().width() for b in self._single)
        for c in range(self.columns):
            self.grid.setColumnMinimumWidth(c, width)
        needed = self.columns * width + (self.columns - 1) * self.grid.spacing()
        self.setMaximumWidth(max(self.usual_width, needed))
        super().showEvent(event)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.setVisible(new is self.target)

    def type(self, text: str) -> None:
        self.target.setFocus()
        self.target.insert(text)

    def ending(self, text: str) -> None:
        """An email ending like "@gmail.com" replaces whatever follows an "@" already typed."""
        self.target.setFocus()
        current = self.target.text()
        if text.startswith("@") and "@" in current:
            at = current.index("@")
            self.target.setSelection(at, len(current) - at)
        self.target.insert(text)

    def backspace(self) -> None:
        self.target.setFocus()
        self.target.backspace()

    def clear(self) -> None:
        self.target.setFocus()
        self.target.clear()

    def _named(self, key: str, accessible: str) -> None:
        self.findChild(QPushButton, f"key_{key}").setAccessibleName(accessible)


class NumberKeypad(OnScreenKeys):
    """Digits, Delete and Clear all, like a phone's keypad (``phoneKeypad``, ``bhxhKeypad``, ``pinKeypad``)."""

    def __init__(self, name: str, target: QLineEdit, *, follow_focus: bool = True) -> None:
        digit: list[Key] = [(d, d, partial(self.type, d)) for d in "1234567890"]
        rows: list[list[Key]] = [digit[0:3], digit[3:6], digit[6:9],
                [("clear", self.tr("Clear all"), self.clear), digit[9],
                 ("backspace", self.tr("Delete"), self.backspace)]]
        super().__init__(name, target, rows, 3, follow_focus=follow_focus)
        self.usual_width = 480
        for d in "1234567890":
            self._named(d, d)
        self._named("clear", self.tr("Clear all"))
        self._named("backspace", self.tr("Delete the last character"))


class EmailKeyboard(OnScreenKeys):
    """Small letters, digits, @ . - _, and one tap for the usual endings (``emailKeyboard``)."""

    ENDINGS = (("gmail", "@gmail.com"), ("yahoo", "@yahoo.com"), ("com", ".com"), ("vn", ".vn"))
    SIGNS = (("at", "@"), ("dot", "."), ("dash", "-"), ("underscore", "_"))

    def __init__(self, target: QLineEdit) -> None:
        def keys(chars: str) -> list[Key]:
            return [(ch, ch, partial(self.type, ch)) for ch in chars]

        sign: dict[str, Key] = {name: (name, ch, partial(self.type, ch)) for name, ch in self.SIGNS}
        rows: list[list[Key]] = [
            keys("1234567890"),
            keys("qwertyuiop"),
            [*keys("asdfghjkl"), sign["at"]],
            [*keys("zxcvbnm"), sign["dot"], sign["dash"], sign["underscore"]],
            [*((name, text, partial(self.ending, text)) for name, text in self.ENDINGS),
             ("backspace", self.tr("Delete"), self.backspace)],
        ]
        super().__init__("emailKeyboard", target, rows, 10)
        self.usual_width = 980
        for ch in "1234567890":
            self._named(ch, ch)
        for ch in "qwertyuiopasdfghjklzxcvbnm":
            self._named(ch, self.tr("Letter %1").replace("%1", ch))
        self._named("at", self.tr("At sign @"))
        self._named("dot", self.tr("Dot ."))
        self._named("dash", self.tr("Hyphen -"))
        self._named("underscore", self.tr("Underscore _"))
        for name, text in self.ENDINGS:
            self._named(name, self.tr("Type %1").replace("%1", text))
        self._named("backspace", self.tr("Delete the last character"))


# -- overlays: the idle notice and the staff PIN prompt ---------------------------------------------


class Overlay(QFrame):
    """A layer over the whole window with a card in the middle; it follows the window's size.

    Kept inside the kiosk window: a second top-level window over a frameless full-screen one
    is sized and stacked by the system, not by us. ``covers`` makes the layer opaque, for when
    the person who typed what is underneath may have gone (the idle countdown, the staff PIN).
    """

    def __init__(self, window: QWidget, name: str, width: int, *, covers: bool = False) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self.setProperty("overlay", True)
        self.setProperty("covers", covers)
        self.card = QFrame()
        self.card.setObjectName("overlayCard")
        self.card.setMaximumWidth(width)
        self.card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 100)  # the card takes the room first, up to its maximum width
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        window.installEventFilter(self)
        self.hide()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def show_over(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()


class IdleNotice(Overlay):
    """The countdown and "I'm still here"."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "idleNotice", 720, covers=True)  # the last person's details stay unread
        self.setAccessibleName(self.tr("Are you still there?"))
        box = QVBoxLayout(self.card)
        box.setContentsMargins(40, 32, 40, 32)
        box.setSpacing(16)
        box.addWidget(label(self.tr("Are you still there?"), "title"))
        self.countdown = QLabel()
        self.countdown.setObjectName("bigNumber")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.countdown)
        box.addWidget(label(self.tr("To protect your information, everything on this screen will be cleared "
                                    "when the count reaches 0.")))
        self.still_here = QPushButton(self.tr("I'm still here"))
        self.still_here.setObjectName("stillHereButton")
        self.still_here.setAccessibleName(self.still_here.text())
        self.still_here.setAccessibleDescription(self.tr("Keep your answers and carry on."))
        box.addWidget(self.still_here)

    def show_seconds(self, seconds: int) -> None:
        self.countdown.setText(str(seconds))
        self.countdown.setAccessibleName(self.tr("%1 seconds left").replace("%1", str(seconds)))
        if not self.isVisible():
            self.show_over()
            self.still_here.setFocus()


def close_dialogs() -> None:
    """Close any open modal dialog (e.g. "start over?"): nobody is there to answer it."""
    for _ in range(10):  # a dialog that refuses to close must not hang the kiosk
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()


class IdleWatcher(QObject):
    """Counts any touch or key as activity; after the timeout, the notice, then ``on_reset``.

    ``fresh`` says whether there is nothing to wipe (no countdown needed); ``on_warning``
    runs as the countdown appears (it closes whatever prompt is open).
    """

    def __init__(self, window, timeout_s: float, *, on_warning: Callable[[], None], on_reset: Callable[[], None],
                 fresh: Callable[[], bool], clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.watch = IdleWatch(timeout_s, clock=clock)
        self.on_warning = on_warning
        self.on_reset = on_reset
        self.fresh = fresh
        self.notice = IdleNotice(window)
        self.notice.still_here.clicked.connect(self._still_here)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        QApplication.instance().installEventFilter(self)
        self.check()

    def use_clock(self, clock: Callable[[], float]) -> None:
        self.watch.clock = clock
        self.watch.restart()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in _ACTIVITY:
            self.watch.activity()
            if self.notice.isVisible():
                QTimer.singleShot(0, self.check)  # not while the press is still being delivered
        return False

    def _still_here(self) -> None:
        self.watch.activity()
        self.check()

    def check(self) -> None:
        """Look at the clock: hide the notice, count down, or wipe; then plan the next look."""
        state = self.watch.state()
        if state is IdleState.ACTIVE:
            self.notice.hide()
        elif state is IdleState.WARNING:
            if self.fresh():
                self.watch.restart()
            else:
                if not self.notice.isVisible():
                    self.on_warning()
                self.notice.show_seconds(self.watch.seconds_left())
        else:
            self.notice.hide()
            self.on_reset()
            self.watch.restart()
        self.timer.start(max(50, int(self.watch.next_change_in() * 1000) + 1))


class KioskQuestion(Overlay):
    """A yes-or-no question inside the kiosk window ("Start over?", "Scanned or printed?").

    Yes is the same wipe as the idle one, No keeps everything. Not a modal dialog: a stranger who
    walks away leaves no box open over the next person's screen, and the idle wipe closes it.
    """

    def __init__(self, kiosk: Kiosk, name: str, title: str, question: str, keep: str, confirm: str,
                 confirm_description: str) -> None:
        super().__init__(kiosk.window, f"{name}Question", 720)
        self.kiosk = kiosk
        self.setAccessibleName(title)
        box = QVBoxLayout(self.card)
        box.setContentsMargins(40, 32, 40, 32)
        box.setSpacing(16)
        box.addWidget(label(title, "title"))
        box.addWidget(label(question))
        row = QHBoxLayout()
        self.keep = QPushButton(keep)
        self.keep.setObjectName(f"{name}KeepButton")
        self.keep.setAccessibleName(self.keep.text())
        self.keep.setAccessibleDescription(self.tr("Return to the page, with your answers."))
        self.keep.clicked.connect(self.close_question)
        self.confirm = QPushButton(confirm)
        self.confirm.setObjectName(f"{name}ConfirmButton")
        self.confirm.setAccessibleName(self.confirm.text())
        self.confirm.setAccessibleDescription(confirm_description)
        self.confirm.clicked.connect(self._confirmed)
        row.addWidget(self.keep)
        row.addStretch(1)
        row.addWidget(self.confirm)
        box.addLayout(row)

    def ask(self) -> None:
        self.kiosk.window.centralWidget().setEnabled(False)  # the page underneath takes no touch meanwhile
        self.show_over()
        self.keep.setFocus()

    def close_question(self) -> None:
        if self.isVisible():
            self.hide()
            self.kiosk.window.centralWidget().setEnabled(True)
            self.kiosk.window.page.setFocus()

    def _confirmed(self) -> None:
        self.close_question()
        self.kiosk.wipe()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_question()  # Escape keeps going; it must not go Back underneath
        else:
            super().keyPressEvent(event)


class StaffPinPrompt(Overlay):
    """Asks for the staff PIN; the right one closes the program, wrong ones are slowed down."""

    def __init__(self, kiosk: Kiosk) -> None:
        super().__init__(kiosk.window, "staffPinPrompt", 1000, covers=True)
        self.kiosk = kiosk
        self.setAccessibleName(self.tr("Staff only"))
        outer = QVBoxLayout(self.card)
        outer.setContentsMargins(36, 28, 36, 28)
        outer.setSpacing(12)
        outer.addWidget(label(self.tr("Staff only"), "title"))
        outer.addWidget(label(self.tr("Type the staff PIN to close the program.")))
        columns = QHBoxLayout()
        columns.setSpacing(32)
        box = QVBoxLayout()
        box.setSpacing(12)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinInput")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_DIGITS[1])
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), self.pin))
        self.pin.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.pin.setAccessibleName(self.tr("Staff PIN"))
        self.pin.setAccessibleDescription(self.tr("%1 to %2 digits. Only staff know it.")
                                          .replace("%1", str(PIN_DIGITS[0])).replace("%2", str(PIN_DIGITS[1])))
        self.pin.returnPressed.connect(self.try_pin)
        box.addWidget(self.pin)
        self.message = label("", "pinMessage")
        self.message.setAccessibleDescription(self.tr("Message"))  # its name is what it says
        box.addWidget(self.message)
        box.addStretch(1)
        columns.addLayout(box, 1)
        self.keypad = NumberKeypad("pinKeypad", self.pin, follow_focus=False)
        columns.addWidget(self.keypad)
        outer.addLayout(columns)
        row = QHBoxLayout()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("pinCancelButton")
        self.cancel.setAccessibleName(self.cancel.text())
        self.cancel.setAccessibleDescription(self.tr("Return to the kiosk."))
        self.cancel.clicked.connect(self.close_prompt)
        self.unlock = QPushButton(self.tr("Close the program"))
        self.unlock.setObjectName("unlockButton")
        self.unlock.setAccessibleName(self.unlock.text())
        self.unlock.setAccessibleDescription(self.tr("Checks the PIN; if it is right, the program closes."))
        self.unlock.clicked.connect(self.try_pin)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.unlock)
        outer.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)

    def open_prompt(self) -> None:
        """Show the prompt over the kiosk; the page underneath takes no touch or key meanwhile."""
        self.pin.clear()
        self.message.setText("")
        self._cover(True)
        self.show_over()
        self.refresh()
        self.pin.setFocus()

    def close_prompt(self) -> None:
        self.timer.stop()
        self.pin.clear()
        self.hide()
        self._cover(False)
        self.kiosk.window.page.setFocus()

    def _cover(self, on: bool) -> None:
        window = self.kiosk.window
        window.centralWidget().setEnabled(not on)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_prompt()  # Escape cancels here; it must not go Back on the page underneath
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the PIN field has acted on it already
        else:
            super().keyPressEvent(event)

    def refresh(self) -> None:
        """Show how long a wait runs, and allow a try only when none does."""
        if self.kiosk.settings.staff_pin_hash is None:
            self.message.setText(self.tr("No staff PIN is set on this computer. "
                                         "Ask IT: the program can then only be closed from the operating system."))
            self.unlock.setEnabled(False)
            return
        wait = self.kiosk.throttle.wait_left()
        self.unlock.setEnabled(wait <= 0)
        if wait > 0:
            self.message.setText(self.tr("Too many wrong PINs. Try again in %1 seconds.")
                                 .replace("%1", str(int(wait + 0.999))))
            if self.isVisible():
                self.timer.start()
        elif self.timer.isActive():
            self.timer.stop()
            self.message.setText("")

    def try_pin(self) -> None:
        if self.kiosk.settings.staff_pin_hash is None:
            return
        verdict = self.kiosk.throttle.attempt(self.pin.text(), self.kiosk.settings.staff_pin_hash)
        self.pin.clear()
        if verdict is PinVerdict.ACCEPTED:
            self.close_prompt()
            self.kiosk.unlock()
            return
        if verdict is PinVerdict.REFUSED:
            self.message.setText(self.tr("That PIN is not right."))
        self.refresh()


# -- kiosk mode ---------------------------------------------------------------------------------------


class Kiosk(QObject):
    """Turns the wizard window into a kiosk: full screen, locked, wiped when idle, on-screen keys."""

    def __init__(self, window, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.unlocked = False
        self.clock = clock
        self.throttle = PinThrottle(clock)
        self._taps: list[float] = []
        self._last_press = -1

        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        window.installEventFilter(self)
        QApplication.instance().installEventFilter(self)

        finish = window.finish_button  # the window's finish() wipes on a kiosk
        finish.setText(self.tr("Finish"))
        finish.setAccessibleName(finish.text())
        finish.setAccessibleDescription(self.tr("Clears everything you typed, so that the next person starts afresh."))

        for page in list(window.pages.values()):
            self._fit_for_touch(page)
        window.page_built.connect(self._fit_for_touch)  # pages are built on first use

        self.pin_prompt = StaffPinPrompt(self)
        self.question = KioskQuestion(
            self, "startOver", self.tr("Start over"),
            self.tr("Start again from the first page? Everything you typed will be cleared."),
            self.tr("Keep going"), self.tr("Start over"),
            self.tr("Clears everything, so that the next person starts afresh."))
        self.finish_question = KioskQuestion(
            self, "finish", finish.text(), self.tr("Have you scanned the QR code or printed the summary?"),
            self.tr("Not yet, keep the summary"), finish.text(),
            self.tr("Clears everything you typed, so that the next person starts afresh."))
        self.shortcut = QShortcut(QKeySequence("Ctrl+Alt+Shift+S"), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.ask_pin)
        self.idle = IdleWatcher(window, self.settings.idle_timeout_s, on_warning=self.close_prompts,
                                on_reset=self.wipe, fresh=self.fresh, clock=clock)

    def _fit_for_touch(self, page: QWidget) -> None:
        for field in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # its entries are too small to touch
        for area in page.findChildren(QAbstractScrollArea):
            # Qt widgets do not scroll by swiping on their own; the scroll bar alone is too thin for a finger.
            QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        if isinstance(page, Page):
            for field, kind in page.keypad_fields():
                keys = (EmailKeyboard(field) if kind == "email"
                        else NumberKeypad(_KEYPAD_NAMES[field.objectName()], field))
                page.add_below(field, keys)

    def use_clock(self, clock: Callable[[], float]) -> None:
        """Run the idle timeline and the PIN waits on ``clock`` (tests)."""
        self.clock = clock
        self.throttle.clock = clock
        self.idle.use_clock(clock)

    def fresh(self) -> bool:
        """On the welcome page with nothing chosen, typed, copied or open: nothing to wipe."""
        w = self.window
        clipboard = QApplication.clipboard()
        copied = clipboard.text() or (clipboard.supportsSelection() and clipboard.text(QClipboard.Mode.Selection))
        return (not w.flow.path and not w.flow.remembered and w.look == w.default_look and not copied
                and QApplication.activeModalWidget() is None and not self.pin_prompt.isVisible()
                and not self.question.isVisible() and not self.finish_question.isVisible()
                and not any(f.text() for f in w.findChildren(QLineEdit)))

    def close_prompts(self) -> None:
        """Nobody is there to answer a question or a PIN prompt."""
        close_dialogs()
        self.question.close_question()
        self.finish_question.close_question()
        if self.pin_prompt.isVisible():
            self.pin_prompt.close_prompt()

    def ask_start_over(self) -> None:
        """"Start over?" inside the kiosk; yes is ``wipe``."""
        self.question.ask()

    def ask_finish(self) -> None:
        """"Scanned or printed?" inside the kiosk, from the hotline page; yes is ``wipe``."""
        self.finish_question.ask()

    def wipe(self) -> None:
        """Forget the person: answers, fields and their undo, Back history, look, clipboard and selection, notices.

        The same for the idle countdown, Finish and Start over: the next stranger finds nothing,
        shown or hidden (the window's and the pages' own ``reset``/``show_answer(None)`` do the pages).
        """
        self.close_prompts()
        self.idle.notice.hide()
        self.window.reset()
        for field in self.window.findChildren(QLineEdit):
            field.setText("")  # setText, unlike clear(), also empties the undo history
        for notice in self.window.notices.findChildren(QFrame):
            if notice.property("staffNotice"):
                notice.hide()
        clipboard = QApplication.clipboard()
        clipboard.clear()
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)  # X11 and Wayland: what a middle click pastes
        self.idle.watch.restart()

    def ask_pin(self) -> StaffPinPrompt:
        if not self.pin_prompt.isVisible():
            self.pin_prompt.open_prompt()
        return self.pin_prompt

    def unlock(self) -> None:
        self.unlocked = True
        self.window.close()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.window and kind == QEvent.Type.Close and not self.unlocked:
            event.ignore()
            return True
        if obj is self.window and kind == QEvent.Type.WindowStateChange:
            self._hold_the_screen()
        if kind == QEvent.Type.MouseButtonPress and event.timestamp() != self._last_press:
            self._last_press = event.timestamp()  # the same press travels up to each parent: count it once
            self._count_corner_tap(event)
        return False

    def _hold_the_screen(self) -> None:
        """A minimised kiosk takes the whole screen back (Windows+D, a gesture, another program's request).

        Only minimising: tests and screenshots make a kiosk smaller on purpose, to stand for a screen.
        """
        if self.window.windowState() & Qt.WindowState.WindowMinimized and not self.unlocked:
            QTimer.singleShot(0, self, self._take_the_screen_back)  # not while the system changes the state

    def _take_the_screen_back(self) -> None:
        """The kiosk fills the screen again: nothing else may be seen or used there."""
        if not self.unlocked and self.window.windowState() & Qt.WindowState.WindowMinimized:
            self.window.setWindowState(Qt.WindowState.WindowFullScreen)  # not minimised, and on top as shown
            self.window.show()
            self.window.activateWindow()

    def _count_corner_tap(self, event) -> None:
        spot = self.window.mapFromGlobal(event.globalPosition().toPoint())
        if not (0 <= spot.x() < CORNER_PX and 0 <= spot.y() < CORNER_PX):
            self._taps.clear()
            return
        now = self.clock()
        self._taps = [t for t in self._taps if now - t <= CORNER_WINDOW_S] + [now]
        if len(self._taps) >= CORNER_TAPS:
            self._taps.clear()
            QTimer.singleShot(0, self.ask_pin)
