"""What a screen reader or a keyboard needs beyond the widgets: spoken announcements and the Tab order."""

from __future__ import annotations

from PySide6 import QtCore  # Qt's namespace through QtCore: see app/ui/qtprops.py
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str) -> None:
    """Have a screen reader say ``message`` now, without moving the focus (a page change, "Recorded")."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # not needed for the first frame

    if message.strip():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


def tab_stops(root: QWidget | None) -> list[QWidget]:
    """The widgets under ``root`` that Tab stops at, in reading order: top to bottom, then left to right."""
    if root is None:
        return []
    stops = [w for w in root.findChildren(QWidget)
             if w.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus and w.focusProxy() is None]

    def place(widget: QWidget) -> tuple[int, int]:
        at = widget.mapTo(root, QPoint(0, 0))
        return at.y(), at.x()

    return sorted(stops, key=place)
