"""For counter staff: a side list that opens any cause page directly, and the settings notice for IT."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.flow import CAUSES, StepId
from app.ui.pages.base import ChoiceButton, label

if TYPE_CHECKING:
    from app.core.attempts import Purge
    from app.core.settings import SettingsProblem
    from app.ui.history import HistoryPanel
    from app.ui.sources_panel import SourcesPanel

JUMP_KEY = "Ctrl+J"
HISTORY_KEY = "Ctrl+H"
SOURCES_KEY = "Ctrl+I"


class CauseList(QWidget):
    """Every cause page in triage order; pressing one opens it (``window.jump_to``), Back returns."""

    def __init__(self, window) -> None:
        super().__init__()
        self.wizard = window
        self.setObjectName("causeList")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 16, 16, 16)
        box.setSpacing(8)
        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("All common reasons"), "section"), 1)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setObjectName("causeListHide")
        self.hide_button.setAccessibleName(self.tr("Hide the list of reasons"))
        self.hide_button.setAccessibleDescription(self.tr("Press %1 to show the list again.").replace("%1", JUMP_KEY))
        heading.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(heading)
        box.addWidget(label(self.tr("Open any reason directly. Back returns to the page you were on."), "muted"))
        self.buttons: dict[StepId, ChoiceButton] = {}
        pages = window.cause_contents()
        for cause in CAUSES:
            button = ChoiceButton(pages[cause].text[window.lang].title, content=True)  # wraps long titles
            button.setObjectName(f"jump_{cause.value}")
            button.setProperty("content", True)
            button.setAccessibleDescription(self.tr("Opens this reason's page now."))
            button.clicked.connect(lambda _=False, cause=cause: self.wizard.jump_to(cause))
            self.buttons[cause] = button
            box.addWidget(button)
        box.addStretch(1)
        window.stack.currentChanged.connect(self.show_current)
        self.show_current()

    def show_current(self, _index: int = -1) -> None:
        for cause, button in self.buttons.items():
            button.setChecked(cause is self.wizard.flow.current)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide_button.click()  # Escape here leaves the list, it does not go Back
        else:
            super().keyPressEvent(event)


class CauseListButton(QPushButton):
    """The nav-bar button that shows the cause list."""

    def __init__(self) -> None:
        super().__init__(self.tr("All reasons"))
        self.setObjectName("causeListButton")
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(
            self.tr("Shows or hides the list of every reason, to open one directly (%1).").replace("%1", JUMP_KEY))


class CausePanel(QScrollArea):
    """The cause list in its side panel, scrolling when the window is short."""

    def __init__(self, window) -> None:
        super().__init__()
        self.setObjectName("causeListScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list = CauseList(window)
        self.hide_button = self.list.hide_button
        self.setWidget(self.list)

    def focus_current(self, current: StepId) -> None:
        buttons = self.list.buttons
        (buttons.get(current) or next(iter(buttons.values()))).setFocus()


class HistoryButton(QPushButton):
    """The nav-bar button that shows the history."""

    def __init__(self) -> None:
        super().__init__(self.tr("History"))
        self.setObjectName("historyButton")
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(
            self.tr("Shows or hides every request recorded on this computer (%1).").replace("%1", HISTORY_KEY))


class SourcesButton(QPushButton):
    """The nav-bar button that shows the sources panel."""

    def __init__(self) -> None:
        super().__init__(self.tr("Sources"))
        self.setObjectName("sourcesButton")
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(
            self.tr("Shows or hides, for staff, the sources of every page and how sure they are (%1).")
            .replace("%1", SOURCES_KEY))


def add_staff_panels(window) -> None:
    """Counter mode: the list of reasons (Ctrl+J), the history of requests (Ctrl+H) and the sources (Ctrl+I)
    beside the pages, each opened by its nav-bar button or its key. Each panel's module is imported
    when it is first opened: the history brings SQLite's model and the CSV export, the sources the report."""

    def history() -> HistoryPanel:
        from app.ui.history import HistoryPanel

        return HistoryPanel(window)

    def history_opened(panel: HistoryPanel) -> None:
        panel.refresh()
        panel.filter.setFocus()

    def sources() -> SourcesPanel:
        from app.ui.sources_panel import SourcesPanel

        return SourcesPanel(window.lang)

    def sources_opened(panel: SourcesPanel) -> None:
        panel.refresh()
        panel.report.setFocus()

    window.add_side_panel("cause", CauseListButton(), JUMP_KEY, lambda: CausePanel(window),
                          min_width=280, max_width=380,
                          on_open=lambda panel: panel.focus_current(window.flow.current))
    if window.session.log is not None:
        window.add_side_panel("history", HistoryButton(), HISTORY_KEY, history, min_width=560,
                              on_open=history_opened)
    window.add_side_panel("sources", SourcesButton(), SOURCES_KEY, sources, min_width=460,
                          on_open=sources_opened)


class StaffNotice(QFrame):
    """A short notice for staff at the top of the window, until hidden: one sentence, then technical lines.

    A kiosk's wipe hides every one (property ``staffNotice``); what they say is also on the error output
    or comes back at the next check.
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("staffNotice", True)
        box = QHBoxLayout(self)
        box.setContentsMargins(16, 10, 16, 10)
        text = QVBoxLayout()
        self.lead = label("")
        text.addWidget(self.lead)
        # Technical lines for IT, in English like the error output they are copied from.
        self.details = QLabel()
        self.details.setObjectName("muted")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.details)
        box.addLayout(text, 1)
        close = QPushButton(self.tr("Hide"))
        close.setObjectName(f"{name}Close")
        close.setAccessibleName(self.tr("Hide this notice"))
        close.setAccessibleDescription(self.tr("It comes back if the problem is still there at the next start."))
        close.clicked.connect(self.hide)
        box.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def tell(self, lead: str, lines: list[str] | None = None) -> None:
        """Show ``lead`` and at most five of ``lines``."""
        lines = lines or []
        self.lead.setText(lead)
        self.details.setText("\n".join(lines[:5]) + ("\n\u2026" if len(lines) > 5 else ""))
        self.details.setVisible(bool(lines))
        self.show()


class SettingsNotice(StaffNotice):
    """Which settings were not used, and where (the same lines as on the error output)."""

    def __init__(self, problems: list[SettingsProblem]) -> None:
        super().__init__("settingsNotice")
        self.tell(self.tr("Some settings could not be used, so their defaults apply. "
                          "Please tell whoever set up this computer:"), [str(p) for p in problems])


class RetentionNotice(StaffNotice):
    """When the hourly purge of old requests did not run as it should: a clock that lies, a full disk."""

    def __init__(self) -> None:
        super().__init__("retentionNotice")

    def show_purge(self, purge: Purge, days: int) -> None:
        if purge.clock_ahead_days is not None:
            self.tell(self.tr("For staff: the computer's clock is %1 days past the last recorded request, more "
                              "than the %2 days requests are kept, so none was deleted. Please check the date and "
                              "time.").replace("%1", str(purge.clock_ahead_days)).replace("%2", str(days)))
        elif purge.clock_behind:
            self.tell(self.tr("For staff: every recorded request is dated after the computer's clock, so none was "
                              "deleted. Please check the date and time."))
        elif purge.incomplete:
            self.tell(self.tr("For staff: old requests could not all be deleted (the disk may be full). "
                              "The program tries again every hour."))
        else:
            self.hide()
