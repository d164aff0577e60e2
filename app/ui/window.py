"""The top-level window: the page stack and the navigation bar, driven by the core flow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.content import cause_pages, ways_in
from app.core.flow import CAUSES, Flow, StepId
from app.core.summary import HotlineSummary
from app.ui.pages.base import Page
from app.ui.pages.causes import CausePage, WaysInPage
from app.ui.pages.contact import ContactPage
from app.ui.pages.endings import HotlinePage, SolvedPage
from app.ui.pages.guides import DevicePage, GuidePage, ProviderPage, guide_answers, load_guides_or_notice
from app.ui.pages.questions import ArrivedPage, ChannelPage, RegistrationPage, WelcomePage


class WizardWindow(QMainWindow):
    """Shows the flow's current step and turns button presses into flow moves. Holds no rule."""

    def __init__(self, lang: str = "vi") -> None:
        super().__init__()
        self.lang = lang
        self.flow = Flow()
        self.setWindowTitle(self.tr("VssID password helper"))
        self.resize(1100, 720)

        self.stack = QStackedWidget()
        self.stack.setObjectName("wizard")
        self.pages: dict[StepId, Page] = {}
        for page in self._build_pages():
            self.pages[page.step] = page
            self.stack.addWidget(page)
            page.changed.connect(self._update_buttons)
            page.submitted.connect(self.go_next)

        self.back_button = self._button("backButton", self.tr("Back"), self.go_back)
        self.cancel_button = self._button("cancelButton", self.tr("Start over"), self.start_over)
        self.next_button = self._button("nextButton", self.tr("Next"), self.go_next)
        self.finish_button = self._button("finishButton", self.tr("Close"), self.close)
        nav = QFrame()
        nav.setObjectName("navBar")
        row = QHBoxLayout(nav)
        row.setContentsMargins(32, 12, 32, 12)
        row.addWidget(self.back_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(self.finish_button)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        column.addWidget(nav)
        self.setCentralWidget(central)

        self._show_current()

    def _build_pages(self) -> list[Page]:
        causes = cause_pages()
        guides, notice = load_guides_or_notice()
        welcome = WelcomePage()
        if notice is not None:
            welcome.body.insertWidget(welcome.body.count() - 1, notice)  # above the closing stretch
        return [
            welcome,
            RegistrationPage(),
            ChannelPage(),
            ContactPage(),
            *(CausePage(causes[cause], self.lang, guide_answers(guides)) for cause in CAUSES),
            DevicePage(guides, self.lang),
            ProviderPage(guides, self.lang),
            GuidePage(guides, self.lang),
            ArrivedPage(),
            WaysInPage(ways_in(), self.lang),
            SolvedPage(),
            HotlinePage(self.lang),
        ]

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    # -- what the buttons do ----------------------------------------------------------

    @property
    def page(self) -> Page:
        return self.pages[self.flow.current]

    def go_next(self) -> None:
        answer = self.page.answer()
        if answer is None or not self.flow.accepts(answer):
            return
        self.flow.answer(answer)
        self._show_current()

    def go_back(self) -> None:
        if self.flow.can_go_back():
            self.flow.back()
            self._show_current()

    def jump_to(self, step: StepId) -> None:
        self.flow.jump_to(step)
        self._show_current()

    def start_over(self) -> None:
        if self.flow.path and not self._confirm_start_over():
            return
        self.reset()

    def reset(self) -> None:
        """Forget this person's answers, on screen and in memory, and show the welcome page."""
        self.flow = Flow()
        for page in self.pages.values():
            page.show_answer(None)
        self._show_current()

    def _confirm_start_over(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Start over"))
        box.setText(self.tr("Start again from the first page? Your answers will be cleared."))
        yes = box.addButton(self.tr("Start over"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Escape is Back, except on an ending where there is nothing left to undo.
        if event.key() == Qt.Key.Key_Escape and not self.flow.is_final():
            self.go_back()
        else:
            super().keyPressEvent(event)

    # -- showing ----------------------------------------------------------------------

    def _show_current(self) -> None:
        page = self.page
        page.show_answer(self.flow.remembered.get(page.step))
        if hasattr(page, "prepare"):
            page.prepare(self.flow)  # pages whose content depends on earlier answers
        if isinstance(page, HotlinePage):
            page.show_summary(HotlineSummary.build(self.flow))
        self.stack.setCurrentWidget(page)
        self.next_button.setText(page.next_label() or self.tr("Next"))
        self._update_buttons()
        page.setFocus()

    def _update_buttons(self) -> None:
        final = self.flow.is_final()
        self.back_button.setEnabled(self.flow.can_go_back())
        self.cancel_button.setVisible(self.flow.current is not StepId.WELCOME)
        self.next_button.setVisible(not final)
        self.finish_button.setVisible(final)
        answer = self.page.answer()
        self.next_button.setEnabled(answer is not None and self.flow.accepts(answer))
        self.next_button.setDefault(True)
