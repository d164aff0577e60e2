"""The line above every page: the program's name and where the person is, the way out to the hotline,
and the reading aids."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from app.core.flow import Progress
from app.ui.frame import NavLayout
from app.ui.pages.base import push_button
from app.ui.style import Look


class JourneyHeader(QFrame):
    """"Bước 5 / khoảng 14", "Gọi tổng đài ngay" and the text size and contrast buttons, on every page.

    The buttons only report presses; the window moves to the hotline page and changes the look.
    """

    hotline = Signal()
    bigger_text = Signal()
    contrast = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("journeyHeader")
        self.row = NavLayout(self, spacing=10)
        self.row.setContentsMargins(32, 6, 32, 6)
        self.where = QLabel()
        self.where.setObjectName("progressLine")
        self.row.add(self.where)
        self.hotline_button = push_button(
            "hotlineNowButton", self.tr("Call the hotline now"), self.hotline,
            self.tr("Shows the hotline number and a summary of what you have told the program so far."))
        self.font_scale_button = QPushButton()
        self.font_scale_button.setObjectName("fontScaleButton")
        self.font_scale_button.setAccessibleDescription(
            self.tr("Makes all text larger: 100%, 125%, 150%, then back to 100%."))
        self.font_scale_button.clicked.connect(self.bigger_text)
        self.high_contrast_button = QPushButton()
        self.high_contrast_button.setObjectName("highContrastButton")
        self.high_contrast_button.setCheckable(True)
        self.high_contrast_button.setAccessibleDescription(
            self.tr("Switches between white text on black and the usual colours."))
        self.high_contrast_button.clicked.connect(self.contrast)
        for button in (self.hotline_button, self.font_scale_button, self.high_contrast_button):
            button.setProperty("slim", True)
            self.row.add(button, end=True)
        self._progress: Progress | None = None

    def show_progress(self, progress: Progress, *, final: bool) -> None:
        """Say which page this is of about how many; the hotline offer is for the pages before an ending."""
        self._progress = progress
        self.hotline_button.setVisible(not final)
        self._say_where()

    def _say_where(self) -> None:
        if self._progress is None:
            return
        last_step = self._progress.step >= self._progress.about
        step = self.tr("Step %1 of %2") if last_step else self.tr("Step %1 of about %2")
        step = step.replace("%1", str(self._progress.step)).replace("%2", str(self._progress.about))
        named = self.tr("VssID password helper") + " \u00b7 " + step
        # The name goes first where there is room for it beside the buttons; the step always shows.
        buttons = sum(b.sizeHint().width() + self.row.spacing() for b in self.buttons() if b.isVisibleTo(self))
        margins = self.row.contentsMargins()
        room = self.width() - buttons - margins.left() - margins.right()
        self.where.setText(named if self.where.fontMetrics().horizontalAdvance(named) + 8 <= room else step)
        self.where.setAccessibleName(self.where.text())

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.hotline_button, self.font_scale_button, self.high_contrast_button

    def show_look(self, look: Look) -> None:
        """Show the text size and contrast now in use on the two buttons."""
        self.font_scale_button.setText(self.tr("Text size: %1%").replace("%1", str(look.font_scale)))
        self.font_scale_button.setAccessibleName(self.font_scale_button.text())
        self.high_contrast_button.setChecked(look.high_contrast)
        self.high_contrast_button.setText(
            self.tr("High contrast: on") if look.high_contrast else self.tr("High contrast: off"))
        self.high_contrast_button.setAccessibleName(self.high_contrast_button.text())
        self._say_where()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._say_where()
