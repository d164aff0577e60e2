"""The parts of the window around the pages: the navigation bar that wraps, the notices, the staff side panels.

Kept apart from the pages so that the first frame needs none of their modules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore  # Qt's namespace through QtCore: see app/ui/qtprops.py
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from app.ui.qtprops import set_properties

if TYPE_CHECKING:
    from app.core.attempts import LogNotice

N = TypeVar("N", bound=QWidget)


def _label(name: str) -> QLabel:
    text = QLabel()
    text.setObjectName(name)
    text.setWordWrap(True)
    set_properties(text, textFormat="PlainText")
    return text


class NavLayout(QLayout):
    """Buttons in one row, the ``end`` ones pushed to the right; when they do not fit, they wrap.

    At 150 % text, or with a staff panel open, the row is narrower than its buttons: every
    button keeps its whole label and the row becomes two, instead of clipping ("ếp tụ").
    """

    def __init__(self, parent: QWidget, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[tuple[QLayoutItem, bool]] = []
        self.setSpacing(spacing)

    def add(self, widget: QWidget, *, end: bool = False) -> None:
        """Add ``widget`` to the left group, or to the right one with ``end``."""
        self.addChildWidget(widget)
        self._items.append((self._item_for(widget), end))
        self.invalidate()

    def insert_after(self, anchor: QWidget, widget: QWidget) -> None:
        """Add ``widget`` right after ``anchor``, in its group."""
        self.addChildWidget(widget)
        at = next(i for i, (item, _) in enumerate(self._items) if item.widget() is anchor)
        self._items.insert(at + 1, (self._item_for(widget), self._items[at][1]))
        self.invalidate()

    @staticmethod
    def _item_for(widget: QWidget) -> QLayoutItem:
        return QWidgetItem(widget)

    # -- QLayout ---------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append((item, False))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index][0] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index)[0] if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item, _ in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item, _ in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        sides = margins.left() + margins.right()
        widest = max((self._least(item) for item, _ in self._shown()), default=0) + sides
        # At its present width it needs the rows it has there, not one row per button.
        width = max(widest, self.geometry().width())
        return QSize(widest, self.heightForWidth(width))

    def _shown(self) -> list[tuple[QLayoutItem, bool]]:
        parent = self.parentWidget()
        assert parent is not None  # it is made on its widget (__init__ takes the parent)
        return [(item, end) for item, end in self._items
                if item.widget() is None or item.widget().isVisibleTo(parent)]

    @staticmethod
    def _wraps(item: QLayoutItem) -> bool:
        widget = item.widget()
        return isinstance(widget, QLabel) and widget.wordWrap()

    def _least(self, item: QLayoutItem) -> int:
        # A sentence that wraps (why Next cannot be pressed) may be as narrow as 16 of its letters.
        if self._wraps(item):
            return min(item.sizeHint().width(), 16 * item.widget().fontMetrics().averageCharWidth())
        return item.sizeHint().width()

    def _size(self, item: QLayoutItem, room: int) -> QSize:
        """An item's size in a row ``room`` wide: a button its own, a sentence wrapped to fit."""
        hint = item.sizeHint()
        if self._wraps(item) and hint.width() > room:
            width = max(self._least(item), room)
            return QSize(width, item.heightForWidth(width))
        return hint

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the buttons out in ``rect``; returns the height the rows take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self.spacing()
        rows: list[list[tuple[QLayoutItem, bool, QSize]]] = [[]]
        used = 0
        shown = self._shown()
        for n, (item, end) in enumerate(shown):
            # A sentence leaves room for the buttons after it on its row (Next after "why not").
            after = sum(i.sizeHint().width() + gap for i, _ in shown[n + 1:]) if self._wraps(item) else 0
            room = area.width() - (used + gap if rows[-1] else 0) - after
            size = self._size(item, room)
            if rows[-1] and used + gap + size.width() > area.width() - after:
                rows.append([])
                used = 0
                size = self._size(item, area.width() - after)
            used += (gap if rows[-1] else 0) + size.width()
            rows[-1].append((item, end, size))
        y = area.top()
        for row in rows:
            height = max((size.height() for _, _, size in row), default=0)
            if move:
                left = [(item, size) for item, end, size in row if not end]
                right = [(item, size) for item, end, size in row if end]
                x = area.left()
                for item, size in left:
                    item.setGeometry(QRect(QPoint(x, y), QSize(size.width(), height)))
                    x += size.width() + gap
                x = area.right() + 1
                for item, size in reversed(right):
                    x -= size.width()
                    item.setGeometry(QRect(QPoint(x, y), QSize(size.width(), height)))
                    x -= gap
            y += height + gap
        return y - gap - area.top() + margins.top() + margins.bottom() if rows[0] else 0


class SidePanel:
    """A staff panel beside the wizard: a nav-bar button, a shortcut, and a dock built on first open.

    ``build`` makes the panel's widget; it must have a ``hide_button`` (a QPushButton) that closes it.
    """

    def __init__(self, window: QMainWindow, nav: NavLayout, anchor: QWidget, *, name: str, button: QPushButton,
                 key: str, build: Callable[[], QWidget], min_width: int, max_width: int | None = None,
                 on_open: Callable[[QWidget], None] | None = None,
                 on_close: Callable[[], None] | None = None) -> None:
        self.window = window
        self.name = name
        self.button = button
        self._build = build
        self._sizes = (min_width, max_width)
        self._on_open = on_open
        self._on_close = on_close
        self.dock: QDockWidget | None = None
        self.content: QWidget | None = None
        nav.insert_after(anchor, button)
        if window.isVisible():
            button.show()  # added after the first frame: shown now, not one turn of the event loop later
        button.clicked.connect(self.open)
        self.shortcut = QShortcut(QKeySequence(key), window)
        self.shortcut.activated.connect(self.toggle)

    def built(self) -> QWidget:
        """The panel's widget, built now if it was not yet."""
        if self.content is None:
            self.content = self._build()
            self.dock = QDockWidget(self.window)
            self.dock.setObjectName(f"{self.name}Dock")
            self.dock.setTitleBarWidget(QWidget())  # Qt's own title buttons have no Vietnamese names
            self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
            self.dock.setWidget(self.content)
            self.dock.setMinimumWidth(self._sizes[0])
            if self._sizes[1] is not None:
                self.dock.setMaximumWidth(self._sizes[1])
            self.window.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.hide()
            self.content.hide_button.clicked.connect(self.close)  # type: ignore[attr-defined]
        return self.content

    @property
    def is_open(self) -> bool:
        return self.dock is not None and self.dock.isVisible()

    def open(self) -> None:
        content = self.built()
        assert self.dock is not None
        self.dock.show()
        self.button.hide()  # the panel has its own Hide button; the nav bar needs the room
        if self._on_open is not None:
            self._on_open(content)

    def close(self) -> None:
        if self.dock is not None and self.dock.isVisible():
            self.dock.hide()
            if self._on_close is not None:
                self._on_close()
        self.button.show()

    def reset(self) -> None:
        """Close the panel and let its content drop what it showed (its ``clear_view()``, when it has one)."""
        self.close()
        clear_view = getattr(self.content, "clear_view", None)
        if callable(clear_view):
            clear_view()

    def toggle(self) -> None:
        if self.is_open:
            self.close()
        else:
            self.open()


class NoticeArea(QFrame):
    """The notices at the top of the window (the log, the settings): each hides itself with its own button."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("noticeArea")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(0)

    def add(self, notice: N, rank: int = 3) -> N:
        """Put ``notice`` after those of its ``rank`` or lower, before those of a higher one."""
        notice.setProperty("noticeRank", rank)
        ranks = [self.box.itemAt(i).widget().property("noticeRank") for i in range(self.box.count())]
        self.box.insertWidget(sum(1 for r in ranks if r <= rank), notice)
        return notice


class LogNoticeBar(QFrame):
    """One sentence at the top of the window when the attempt log could not be used as usual."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setProperty("logNotice", True)
        box = QHBoxLayout(self)
        box.setContentsMargins(16, 10, 16, 10)
        self.text = _label("logNoticeText")
        box.addWidget(self.text, 1)
        close = QPushButton(self.tr("Hide"))
        close.setObjectName("logNoticeClose")
        close.setAccessibleName(self.tr("Hide this notice"))
        close.setAccessibleDescription(self.tr("The program keeps working; only the record of requests is affected."))
        close.clicked.connect(self.hide)
        box.addWidget(close, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(self, notice: LogNotice) -> None:
        from app.core.attempts import LogNotice

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
