"""The top-level window: the page stack and the navigation bar, driven by the person's session.

It declares what may be added to it: the kiosk (``kiosk``, made here when the settings say so),
the staff side panels (``add_side_panel``), the notices at the top (``add_notice``). Nothing
else sets attributes on it from outside.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from functools import cached_property, partial
from importlib import import_module
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # Qt's namespace through QtCore: see app/ui/qtprops.py
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.content.store import use_content
from app.core.content.toml import ContentError
from app.core.flow import CAUSES, Arrived, ChannelChoice, Flow, StepId
from app.core.session import Session
from app.core.settings import Settings
from app.ui.a11y import announce, tab_stops
from app.ui.frame import LogNoticeBar, NavLayout, NoticeArea, SidePanel
from app.ui.header import JourneyHeader
from app.ui.pages import PAGE_MODULES, PAGES, PageContext
from app.ui.pages.base import ChoiceButton, Page, push_button, restyle, selectable_from_now
from app.ui.style import Look

PURGE_EVERY_MS = 60 * 60 * 1000  # the retention, applied every hour
_DONE = object()  # the warm-up has nothing left

if TYPE_CHECKING:
    from app.core.attempts import AttemptLog
    from app.core.content import CausePage as CauseContent
    from app.core.summary import HotlineSummary
    from app.ui.kiosk import Kiosk
    from app.ui.staff import RetentionNotice, StaffNotice


def _import_libraries() -> None:
    """phonenumbers, email-validator and segno take about 90 ms to import: in a thread, while the
    person reads the welcome page, no turn of the screen's event loop waits for them. They import
    nothing of the program's, so no import of the screen's thread can wait on this one's."""
    for name in ("phonenumbers", "email_validator", "segno"):
        import_module(name)


class WizardWindow(QMainWindow):
    """Shows the flow's current step and turns button presses into flow moves. Holds no rule."""

    page_built = Signal(QWidget)  # the kiosk fits pages built late for touch
    attempts_changed = Signal()  # a request was recorded, its outcome set, or a person forgotten

    def __init__(self, settings: Settings | None = None, attempt_log: AttemptLog | None = None, *,
                 open_log: Callable[[], AttemptLog] | None = None) -> None:
        """``open_log`` opens the log after the first frame (``when_started``); ``attempt_log`` is one open now."""
        super().__init__()
        self.settings = settings or Settings()
        self.lang = self.settings.language
        # The content in use (an office's content_dir on top of the built-in files); a broken file
        # is reported on the first page.
        self.content = use_content(self.settings.content_dir, kiosk=self.settings.kiosk)
        self.session = Session(attempt_log, self.settings, guide_offers=self.content.lazy_guide_offers)
        self.default_look = Look(self.settings.font_scale, self.settings.high_contrast, self.settings.kiosk)
        self.look = self.default_look
        self._apply_look()  # before the widgets exist: styling them afterwards costs a second pass
        self._submitting = False
        self._content_problems: list[str] = []
        self.kiosk: Kiosk | None = None
        self.side_panels: dict[str, SidePanel] = {}
        self.setWindowTitle(self.tr("VssID password helper"))
        self.resize(1100, 720)

        self.stack = QStackedWidget()
        self.stack.setObjectName("wizard")
        # Pages are built when first needed: building all of them before the first frame
        # tripled the start-up time. The rest are built one per idle turn after it.
        self.pages: dict[StepId, Page] = {}
        self._factories = self._page_factories()
        self._warm_up = QTimer(self)  # owned by the window: it dies with it
        self._warm_up.setInterval(0)
        self._warm_up.timeout.connect(self._warm_up_turn)
        self._warming = self._after_first_frame()
        self._libraries = threading.Thread(target=_import_libraries, name="import-libraries", daemon=True)
        self._warm_up_began = False  # at the first paint (``event``), not at show: the first frame comes first
        # What the first frame does not show: done in the first idle turn after it, or as soon as a page
        # other than the welcome page is needed, whichever comes first (``finish_start``).
        self._rest_of_start: list[Callable[[], None]] | None = [selectable_from_now]

        self.back_button = push_button("backButton", self.tr("Back"), self.go_back,
                                       self.tr("Return to the previous page. Your answers are kept."))
        self.cancel_button = push_button("cancelButton", self.tr("Start over"), self.start_over,
                                         self.tr("Clear every answer and return to the first page."))
        self.next_button = push_button("nextButton", self.tr("Next"), self.go_next,
                                       self.tr("Go to the next page. The Enter key does the same."))
        self.finish_button = push_button("finishButton", self.tr("Close"), self.finish,
                                         self.tr("Close the program."))
        for main in (self.next_button, self.finish_button):
            main.setProperty("primary", True)  # as the first page has them: no second styling pass
        # Why Next cannot be pressed yet, beside it: a greyed-out button alone says nothing.
        self.next_hint = QLabel()
        self.next_hint.setObjectName("nextHint")
        self.next_hint.setWordWrap(True)  # the nav bar gives it the room beside Next, and wraps it there
        nav = QFrame()
        nav.setObjectName("navBar")
        self.nav = NavLayout(nav)
        self.nav.setContentsMargins(32, 12, 32, 12)
        self.nav.add(self.back_button)
        self.nav.add(self.cancel_button)
        self.nav.add(self.next_hint, end=True)
        self.nav.add(self.next_button, end=True)
        self.nav.add(self.finish_button, end=True)

        self.header = JourneyHeader()
        self.header.hotline.connect(self.go_to_hotline)
        self.header.bigger_text.connect(lambda: self.set_look(self.look.bigger_text()))
        self.header.contrast.connect(lambda on: self.set_look(replace(self.look, high_contrast=on)))
        self.header.show_look(self.look)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.notices = NoticeArea()
        column.addWidget(self.header)
        column.addWidget(self.notices)
        column.addWidget(self.stack, 1)
        column.addWidget(nav)
        self.setCentralWidget(central)
        # A kiosk runs for weeks: the retention is applied now and every hour, not only at start.
        self.retention_timer = QTimer(self)
        self.retention_timer.setInterval(PURGE_EVERY_MS)
        self.retention_timer.timeout.connect(self.apply_retention)
        if attempt_log is not None:
            self._use_log(attempt_log)
        elif open_log is not None:
            self.when_started(lambda: self._use_log(open_log()))

        self.page_for(StepId.WELCOME)
        self._describe_controls()
        QApplication.instance().focusChanged.connect(self._focus_moved)
        if self.settings.kiosk:
            from app.ui.kiosk import Kiosk

            self.kiosk = Kiosk(self)
        self.show_current()

    def _use_log(self, log: AttemptLog) -> None:
        self.session.log = log
        if log.notice is not None:
            self.log_notice.show_notice(log.notice)
        # A disk that fills up later in the session is told the same way.
        log.on_notice = lambda notice: QTimer.singleShot(0, self, lambda: self.log_notice.show_notice(notice))
        self.destroyed.connect(lambda *_: log.close())
        self.apply_retention()
        self.retention_timer.start()

    def when_started(self, then: Callable[[], None], *, first: bool = False) -> None:
        """Do ``then`` once the first frame is up (see ``finish_start``), ``first`` before the rest; at once
        if that is done."""
        if self._rest_of_start is None:
            then()
        else:
            self._rest_of_start.insert(0 if first else len(self._rest_of_start), then)

    @property
    def started(self) -> bool:
        """Whether what the first frame left for later is done (tests wait for it, as a person never sees it)."""
        return self._rest_of_start is None

    def finish_start(self) -> None:
        """Do what the first frame left for later (open the log, add the staff panels); once, in order."""
        while self._rest_of_start:
            self._rest_of_start.pop(0)()
        self._rest_of_start = None

    @property
    def flow(self) -> Flow:
        """The person's answers so far (the session's flow)."""
        return self.session.flow

    def apply_retention(self) -> None:
        """Delete the requests older than ``retention_days`` (the log decides what a lying clock allows)."""
        log = self.session.log
        if log is None:
            return
        try:
            purge = log.purge(self.settings.retention_days)
        except ValueError:  # the log was closed as the program ends
            return
        self.retention_notice.show_purge(purge, self.settings.retention_days)
        if purge.removed or purge.files_removed:
            self.attempts_changed.emit()

    # The window's own notices, made when first told: most starts show none. They stand above
    # the notices added from outside, in this order, whenever each was made.

    @cached_property
    def log_notice(self) -> LogNoticeBar:
        return self.notices.add(LogNoticeBar(), rank=0)

    @cached_property
    def retention_notice(self) -> RetentionNotice:
        from app.ui.staff import RetentionNotice

        return self.notices.add(RetentionNotice(), rank=1)

    @cached_property
    def content_notice(self) -> StaffNotice:
        from app.ui.staff import StaffNotice

        return self.notices.add(StaffNotice("contentNotice"), rank=2)

    # -- what may be added to the window --------------------------------------------------

    def add_notice(self, notice: QWidget) -> None:
        """Show ``notice`` at the top of the window, above the page, until it hides itself."""
        self.notices.add(notice)

    def add_side_panel(self, name: str, button: QPushButton, key: str, build: Callable[[], QWidget], *,
                       min_width: int, max_width: int | None = None,
                       on_open: Callable[[QWidget], None] | None = None) -> SidePanel:
        """A staff panel beside the pages, opened by ``button`` (put in the nav bar) or ``key``.

        The panel is built when first opened.
        """
        anchor = list(self.side_panels.values())[-1].button if self.side_panels else self.cancel_button
        panel = SidePanel(self, self.nav, anchor, name=name, button=button, key=key, build=build,
                          min_width=min_width, max_width=max_width, on_open=on_open,
                          on_close=lambda: self.page.setFocus())
        self.side_panels[name] = panel
        if self.isVisible():
            self._order_tabs(self.page)  # a panel added after the first frame: its button in the Tab order too
        return panel

    def _page_factories(self) -> dict[StepId, Callable[[], Page]]:
        context = PageContext(self.session, self.content, self.settings, self.lang,
                              recorded=self.attempts_changed.emit, to_hotline=self.go_to_hotline,
                              at_mark=self._at_mark)
        return {step: partial(build, context) for step, build in PAGES.items()}

    def page_for(self, step: StepId) -> Page:
        """The page of ``step``, built on first use."""
        page = self.pages.get(step)
        if page is None:
            if step is not StepId.WELCOME:
                self.finish_start()  # the other pages may show the log
            try:
                page = self._factories[step]()
            except ContentError as error:  # a staff edit broke a file: the sound files, built-in words for it
                self._use_sound_content(error)
                page = self._factories[step]()
            self.pages[step] = page
            self.stack.addWidget(page)
            page.changed.connect(self._update_buttons)
            page.submitted.connect(self._submit)
            page.set_answers_first(self.look.answers_first)
            self._describe_controls(page)
            self.page_built.emit(page)
        return page

    # -- content a staff edit broke ------------------------------------------------------------

    def tell_content_problem(self, line: str) -> None:
        """Tell staff, in the notice at the top, of a file whose words could not be used."""
        if line not in self._content_problems:
            self._content_problems.append(line)
        self.content_notice.tell(self.tr("For staff: some texts could not be read, so the program shows its own "
                                         "instead. Please tell whoever edits them:"), self._content_problems)

    def cause_contents(self) -> dict[StepId, CauseContent]:
        """Every cause page's words in use (a broken file's page has built-in words, see ``_use_sound_content``)."""
        try:
            return self.content.causes
        except ContentError as error:
            self._use_sound_content(error)
            return self.content.causes

    def _use_sound_content(self, error: ContentError) -> None:
        """Read the cause pages one file at a time: every sound file is used, a broken one gets built-in words."""
        from app.core.content import Sourcing, WaysIn, load_cause_page, load_ways_in
        from app.core.content.causes import WAYS_IN_FILE
        from app.core.content.store import replace_in_use
        from app.core.paths import resources_dir

        self.tell_content_problem(str(error))
        folder = self.content.causes_folder or resources_dir() / "causes"
        causes: dict[StepId, CauseContent] = {}
        for cause in CAUSES:
            try:
                causes[cause] = self.content.office_causes.get(cause) or load_cause_page(folder / f"{cause.value}.toml")
            except ContentError as broken:
                self.tell_content_problem(str(broken))
                causes[cause] = self._stand_in_cause(cause, folder)
        try:
            ways = self.content.office_ways or load_ways_in(folder / WAYS_IN_FILE)
        except ContentError as broken:
            self.tell_content_problem(str(broken))
            ways = WaysIn((), Sourcing(date.today(), (), ()), folder / WAYS_IN_FILE)
        # Every page now has its words: the folder of the program's own is not read as a whole again.
        self.content = replace(self.content, office_causes=causes, office_ways=ways, causes_folder=None)
        replace_in_use(self.content)  # the hotline page's "try these first" reads it too
        self._factories = self._page_factories()

    def _stand_in_cause(self, cause: StepId, folder: Path) -> CauseContent:
        from app.core.content import LANGUAGES, CausePage, CauseText, Sourcing

        text = CauseText(self.tr("This reason's page could not be shown"), "",
                         (self.tr("Its words could not be read; the notice at the top says which file."),),
                         (self.tr("Choose \u201cI checked: this is not the problem\u201d to go on, or ask the staff "
                                  "about this reason."),))
        return CausePage(cause, {lang: text for lang in LANGUAGES}, Sourcing(date.today(), (), ()),
                         folder / f"{cause.value}.toml")

    def _summary(self) -> HotlineSummary:
        """The hotline summary; when its words cannot be read, a built-in one with what the person typed."""
        try:
            return self.session.summary()
        except ContentError as error:
            from app.core.summary import HotlineSummary

            self.tell_content_problem(str(error))
            typed = self.flow.contact
            lines = [self.tr("The summary could not be made: its words could not be read. Tell the operator:")]
            for caption, value in ((self.tr("Phone number"), typed.phone), (self.tr("Email"), typed.email),
                                   ("mã số BHXH", typed.bhxh_code)):
                if value:
                    lines.append(f"{caption}: {' '.join(value.split())}")
            text = "\n".join(lines)
            return HotlineSummary(text, text, text)

    def build_all_pages(self) -> None:
        """Build every page now (tests, screenshots and the self-test look at all of them)."""
        for step in self._factories:
            self.page_for(step)

    def _after_first_frame(self) -> Iterator[None]:
        """What the first frame left, one piece per idle turn, so that a press waits for one piece at most
        and a first visit later costs no more than a later one."""
        while self._rest_of_start:  # the log, then the staff panels
            self._rest_of_start.pop(0)()
            yield
        self._rest_of_start = None
        self._libraries.start()
        if self.content.guide_problem is not None:  # the guides are read here, and their notice comes
            from app.ui.pages.guides import guide_notice
            from app.ui.pages.questions import WelcomePage

            welcome = self.page_for(StepId.WELCOME)
            assert isinstance(welcome, WelcomePage)
            welcome.add_notice(guide_notice(self.content))
        yield
        self.cause_contents()
        yield
        for module in PAGE_MODULES:  # each page module's imports in a turn of their own
            import_module(module)
            yield
        for step in self._factories:
            if step not in self.pages:
                self.page_for(step)
                yield
        from app.core.contact import warm_up

        warm_up()  # last: the checks' data, so the first keystroke is as quick as the others

    def _warm_up_turn(self) -> None:
        if next(self._warming, _DONE) is _DONE:
            self._warm_up.stop()
        # While the libraries' thread runs, the loop rests between turns: then the thread has the
        # interpreter to itself, instead of stretching every turn by taking it in the middle.
        self._warm_up.setInterval(8 if self._libraries.is_alive() else 0)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and not self._warm_up_began:
            # The window has just painted: what the first frame did not need is read from now on.
            self._warm_up_began = True
            self._warm_up.start()
        return handled

    def _describe_controls(self, root: QWidget | None = None) -> None:
        # A screen reader says the description after the name; choices without a hint still need one.
        root = root or self
        for choice in root.findChildren(ChoiceButton):
            if not choice.accessibleDescription():
                choice.setAccessibleDescription(self.tr("Choose this answer, then press Next."))
        for field in root.findChildren(QLineEdit):
            if not field.accessibleDescription():
                field.setAccessibleDescription(field.placeholderText())
        for text in root.findChildren(QPlainTextEdit):
            if not text.accessibleDescription() and text.isReadOnly():
                text.setAccessibleDescription(self.tr("Text to read or copy; it cannot be changed here."))

    # -- how the pages look ------------------------------------------------------------

    def _apply_look(self) -> None:
        app = QApplication.instance()
        sheet = self.look.stylesheet()
        if app.styleSheet() != sheet:
            app.setStyleSheet(sheet)

    def set_look(self, look: Look) -> None:
        """Show every page with this text size and contrast, now."""
        self.look = look
        self._apply_look()
        self.header.show_look(look)
        for page in self.pages.values():
            page.set_answers_first(look.answers_first)

    # -- what the buttons do ----------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.page_for(self.flow.current)

    def go_next(self) -> None:
        answer = self.page.answer()
        if answer is None or not self.flow.accepts(answer):
            return
        step = self.flow.current
        self.session.answer(answer)
        if step is StepId.ARRIVED and isinstance(answer, Arrived):
            self.attempts_changed.emit()  # its outcome is now on the last request
        self.show_current()

    def go_back(self) -> None:
        if self.flow.can_go_back():
            self.flow.back()
            self.show_current()

    def _submit(self) -> None:
        # The Enter that made a field submit still travels up to keyPressEvent: it must not go on twice.
        self._submitting = True
        QTimer.singleShot(0, self._submitted)
        self.go_next()

    def _submitted(self) -> None:
        self._submitting = False

    def jump_to(self, step: StepId) -> None:
        self.flow.jump_to(step)
        self.show_current()

    def _at_mark(self) -> None:
        """The wait is over while the person may be looking at their phone: a sound, the window to the front."""
        QApplication.beep()
        if not self.isActiveWindow():
            self.raise_()
            self.activateWindow()
        QApplication.alert(self)  # the taskbar entry flashes until the window is looked at
        self._update_buttons()

    def go_to_hotline(self) -> None:
        self.flow.go_to_hotline()
        self.show_current()

    def finish(self) -> None:
        """The ending's button: a kiosk wipes for the next person, a computer closes the program.

        From the hotline page it asks first: the summary goes with it.
        """
        if self.kiosk is not None:
            if self.flow.current is StepId.HOTLINE:
                self.kiosk.ask_finish()  # inside the kiosk, not a dialog a stranger could leave open
            else:
                self.kiosk.wipe()
        elif self.flow.current is StepId.HOTLINE and not self._confirm_summary_kept():
            return
        else:
            self.close()

    def _confirm_summary_kept(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.finish_button.text())
        box.setText(self.tr("Have you scanned the QR code or printed the summary?"))
        box.setInformativeText(self.tr("After this, the summary is cleared from the screen."))
        done = box.addButton(self.finish_button.text(), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("Not yet, keep the summary"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is done

    def start_over(self) -> None:
        """Start over: on a kiosk the question inside the kiosk, then its wipe; on a PC this box, then ``reset``."""
        if self.kiosk is not None:
            self.kiosk.ask_start_over()
            return
        if self.flow.path and not self._confirm_start_over():
            return
        self.reset()

    def reset(self) -> None:
        """Forget this person's answers, on screen and in memory, and show the welcome page."""
        self.session.restart()
        for panel in self.side_panels.values():
            panel.reset()  # closed, and the history forgets whom it was filtered on
        for page in self.pages.values():
            page.show_answer(None)  # the hotline page also wipes its summary, code and clipboard
        if self.settings.kiosk and self.look != self.default_look:
            self.set_look(self.default_look)  # the next person at a kiosk starts from the deployment's look
        self.show_current()

    def _confirm_start_over(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Start over"))
        box.setText(self.tr("Start again from the first page? Your answers will be cleared."))
        yes = box.addButton(self.tr("Start over"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def keyPressEvent(self, event) -> None:
        # Escape is Back, except on an ending where there is nothing left to undo.
        if event.key() == QtCore.Qt.Key.Key_Escape and not self.flow.is_final():
            self.go_back()
        elif event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            if not self._submitting:
                self._enter()
        else:
            super().keyPressEvent(event)

    def _enter(self) -> None:
        """Enter presses the focused button; on a focused answer it chooses it; otherwise it is Next."""
        focus = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QPlainTextEdit)):
            return  # a field already sent "submitted" for its own Enter
        if isinstance(focus, ChoiceButton) and self.page.isAncestorOf(focus):
            if not focus.isChecked():
                focus.click()
        elif isinstance(focus, QAbstractButton) and focus is not self.next_button and focus.isVisible():
            focus.click()
            return
        if self.next_button.isVisible() and self.next_button.isEnabled():
            self.go_next()

    # -- showing ----------------------------------------------------------------------

    def show_current(self) -> None:
        page = self.page
        page.show_answer(self.flow.remembered.get(page.step))
        if hasattr(page, "prepare"):
            page.prepare(self.flow)  # pages whose content depends on earlier answers
        if page.step is StepId.HOTLINE:
            from app.ui.pages.endings import HotlinePage  # loaded already: the page exists

            assert isinstance(page, HotlinePage)
            page.show_summary(self._summary())
        page.scroll_to_top()  # a page comes back from its top, question first
        self.stack.setCurrentWidget(page)
        self.next_button.setText(page.next_label() or self.tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())
        final = self.flow.is_final()
        self.header.show_progress(self.flow.progress(), final=final)
        # The ending's button is the main one only where nothing is lost by pressing it.
        if self.finish_button.property("primary") != (page.step is not StepId.HOTLINE):
            self.finish_button.setProperty("primary", page.step is not StepId.HOTLINE)
            restyle(self.finish_button)
        self._update_buttons()
        if self.started or page.step is not StepId.WELCOME:
            self._keyboard_to(page)
        else:  # asking Qt which widgets take Tab would make the Qt namespace (see app/ui/qtprops.py)
            self.when_started(partial(self._keyboard_to, page), first=True)
        if self.isVisible():  # the first page is read with the window as it opens
            announce(page, f"{self.header.where.text()}. {page.title.text()}")

    def _keyboard_to(self, page: Page) -> None:
        self._order_tabs(page)
        self._focus_on(page)

    def _focus_on(self, page: Page) -> None:
        """Keyboard first: the chosen or first answer, else the field this person needs, else Next."""
        target = page.first_focus()
        if target is None:
            fields = [f for f in page.findChildren(QLineEdit) if f.isVisibleTo(page)]
            if self.flow.channel is ChannelChoice.EMAIL:
                fields.sort(key=lambda f: f.objectName() != "emailInput")
            target = fields[0] if fields else None
        if target is None:
            target = next((b for b in (self.next_button, self.finish_button) if b.isVisibleTo(self)), None)
        if target is not None:
            target.setFocus(QtCore.Qt.FocusReason.TabFocusReason)  # a reason that draws the focus frame

    def _order_tabs(self, page: Page) -> None:
        """Tab goes down the page as it is read: the page, then the buttons under it, then the line above it."""
        chain = [*tab_stops(page), *tab_stops(self.centralWidget().findChild(QFrame, "navBar")),
                 *tab_stops(self.header)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # A kiosk's on-screen keys open under the field that takes the focus: both must be in view.
        if isinstance(new, QLineEdit) and self.page.isAncestorOf(new):
            QTimer.singleShot(0, self, lambda: self._reveal(new))

    def _reveal(self, field: QWidget) -> None:
        if self.page.isAncestorOf(field):  # the person may have moved on meanwhile
            self.page.reveal(field)

    def _update_buttons(self) -> None:
        final = self.flow.is_final()
        self.back_button.setEnabled(self.flow.can_go_back())
        self.cancel_button.setVisible(self.flow.current is not StepId.WELCOME)
        self.next_button.setVisible(not final)
        self.finish_button.setVisible(final)
        answer = self.page.answer()
        ready = answer is not None and self.flow.accepts(answer)
        self.next_button.setEnabled(ready)
        self.next_button.setDefault(True)
        main = self.page.main_action() is None  # at the wait's mark the hotline offer is the main button
        if main != self.next_button.property("primary"):
            self.next_button.setProperty("primary", main)
            restyle(self.next_button)
        reason = "" if ready or final else self.page.why_not_ready()
        if reason != self.next_hint.text():
            self.next_hint.setText(reason)
            self.next_button.setAccessibleDescription(
                reason or self.tr("Go to the next page. The Enter key does the same."))
        self.next_hint.setVisible(bool(reason))
