"""The two ends of a session: solved, or the hotline with a summary to read out."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from app.core.flow import StepId
from app.ui.pages.base import Page, label


class TelLabel(QLabel):
    """The hotline number, large; a click hands a tel: link to the system where it can place calls."""

    def __init__(self, number: str, url: str) -> None:
        super().__init__(number)
        self.setObjectName("bigNumber")
        self.url = QUrl(url)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(url)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        QDesktopServices.openUrl(self.url)


class SolvedPage(Page):
    def __init__(self) -> None:
        super().__init__(
            StepId.SOLVED,
            self.tr("Good: you have your password"),
            self.tr("You can now log in to the VssID app."),
        )
        self.body.addWidget(label(self.tr("Keep your password to yourself and do not share it."), "muted"))
        self.finish_body()


class HotlinePage(Page):
    def __init__(self) -> None:
        super().__init__(
            StepId.HOTLINE,
            self.tr("Call the BHXH hotline"),
            self.tr("Read them the summary below: it answers the questions they will ask."),
        )
        number = TelLabel("1900 9068", "tel:19009068")
        number.setAccessibleName(self.tr("Hotline 1900 9068"))
        self.body.addWidget(number)
        self.body.addWidget(
            label(self.tr("Press 8 to have the password read to you: call from the number registered "
                          "with BHXH and have your mã số BHXH ready. The call costs 1,000 đồng a minute."))
        )
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summaryText")
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Summary for the hotline"))
        self.summary.setMinimumHeight(220)
        self.body.addWidget(self.summary, 1)

    def show_summary(self, text: str) -> None:
        self.summary.setPlainText(text)
