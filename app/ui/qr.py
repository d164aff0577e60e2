"""The summary's QR code, drawn module by module so that a phone camera reads it from the screen."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel

from app.core.summary import SummaryQr

# A phone held at arm's length reads a code of this many screen pixels or more.
MIN_SIDE = 240
# Below this many pixels a module blurs on a phone camera's picture of a screen.
MIN_MODULE = 3


def module_size(modules: int, quiet_zone: int, min_side: int = MIN_SIDE) -> int:
    """Pixels per module so that the code with its quiet zone is at least ``min_side`` wide."""
    return max(MIN_MODULE, math.ceil(min_side / (modules + 2 * quiet_zone)))


def qr_image(qr: SummaryQr, module: int) -> QImage:
    """The code as a black-on-white image, ``module`` pixels per module, with its quiet zone."""
    count = len(qr.modules)
    side = (count + 2 * qr.QUIET_ZONE) * module
    image = QImage(side, side, QImage.Format.Format_RGB32)
    # Black on white whatever the palette: cameras cannot read a code in high-contrast colours.
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(qr.modules):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRect((x + qr.QUIET_ZONE) * module, (y + qr.QUIET_ZONE) * module, module, module),
                    QColor("black"),
                )
    painter.end()
    return image


class QrCodeView(QLabel):
    """Shows a SummaryQr crisply: whole pixels per module on the physical screen, never scaled."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("summaryQr")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr: SummaryQr | None = None
        self._image = QImage()

    def show_code(self, qr: SummaryQr | None) -> None:
        self.qr = qr
        if qr is None:
            self._image = QImage()
            self.clear()
            return
        ratio = self.devicePixelRatioF()
        logical = module_size(len(qr.modules), qr.QUIET_ZONE)
        self._image = qr_image(qr, max(1, round(logical * ratio)))
        pixmap = QPixmap.fromImage(self._image)
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)
        side = math.ceil(self._image.width() / ratio)
        self.setFixedSize(side, side)

    def image(self) -> QImage:
        """The image on screen, in physical pixels (empty when no code is shown)."""
        return self._image
