"""For counter staff: a side panel with the content report (every fact, how sure, since when).

The same text as ``vssid-helper --content-report``; a kiosk has no such panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.core.content.report import content_report
from app.ui.pages.base import label
from app.ui.staff import SOURCES_KEY


class SourcesPanel(QWidget):
    """The report of the content in use, in the window's language; made when first shown."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.setObjectName("sourcesPanel")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 16, 16, 16)
        box.setSpacing(8)
        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Sources and how sure they are"), "section"), 1)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setObjectName("sourcesHide")
        self.hide_button.setAccessibleName(self.tr("Hide the sources"))
        self.hide_button.setAccessibleDescription(self.tr("Press %1 to show them again.").replace("%1", SOURCES_KEY))
        heading.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(heading)
        box.addWidget(label(self.tr("For staff: what each page and guide rests on, the least sure and oldest first. "
                                    "The same text as vssid-helper --content-report."), "muted"))
        self.report = QPlainTextEdit()
        self.report.setObjectName("contentReport")
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Sources of every page and guide"))
        box.addWidget(self.report, 1)

    def refresh(self) -> None:
        self.report.setPlainText(content_report(self.lang))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide_button.click()  # Escape here closes the panel, it does not go Back
        else:
            super().keyPressEvent(event)
