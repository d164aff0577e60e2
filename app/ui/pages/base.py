"""What every page shares: the question, its answers always in view, a scrolling explanation, big choice buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore  # Qt's namespace through QtCore: see app/ui/qtprops.py
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)
from shiboken6 import isValid

from app.core.flow import Answer, StepId
from app.ui.qtprops import set_properties

# Labels made before the first frame, made selectable right after it (``selectable_from_now``):
# the first selectable label costs Qt about 5 ms, a twentieth of the start, and nobody selects
# text in the first frame. None once the first frame is up.
_not_yet_selectable: list[QLabel] | None = []


def label(text: str, name: str = "", *, content: bool = False) -> QLabel:
    """A word-wrapped plain-text label; ``content`` marks text that comes from resources/, not from Linguist."""
    w = QLabel(text)
    w.setWordWrap(True)
    set_properties(w, textFormat="PlainText")
    if _not_yet_selectable is None:
        set_properties(w, textInteractionFlags="TextSelectableByMouse")
    else:
        _not_yet_selectable.append(w)
    if name:
        w.setObjectName(name)
    if content:
        w.setProperty("content", True)
    return w


def selectable_from_now() -> None:
    """Let the mouse select the text of every label made so far, and of every label made from now on."""
    global _not_yet_selectable
    waiting, _not_yet_selectable = _not_yet_selectable or [], None
    for w in waiting:
        if isValid(w):  # a page closed before the first frame
            set_properties(w, textInteractionFlags="TextSelectableByMouse")


def restyle(widget: QWidget) -> None:
    """Apply the stylesheet again after a property it selects on changed.

    A widget not yet shown is styled when it is shown; asking Qt's style for it before the first
    frame would cost that frame a fifth of its time (PySide6 builds all of QStyle's enums then).
    """
    if widget.testAttribute(QtCore.Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().polish(widget)


def push_button(name: str, text: str, slot, description: str) -> QPushButton:
    """A button with a stable objectName, its text as accessible name, and what it does as description."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setAccessibleDescription(description)
    button.clicked.connect(slot)
    return button


READING_CHARS = 80  # characters a line: longer lines are hard to follow back to their start
SIDE_MARGIN = 48


class Scrolling(QScrollArea):
    """A frameless scroll area for part of a page; it takes the focus only while it has something to scroll."""

    def __init__(self, name: str, inner: QWidget) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # No empty stop as the first Tab's invisible target.
        set_properties(self, horizontalScrollBarPolicy="ScrollBarAlwaysOff", focusPolicy="NoFocus")
        self.setWidget(inner)
        inner.installEventFilter(self)
        self.verticalScrollBar().rangeChanged.connect(self._focusable_when_it_scrolls)
        QApplication.instance().focusChanged.connect(self._focus_moved)  # a Tab from outside the area too

    def content_height(self, width: int) -> int:
        """How tall the content is at ``width``: the height this part takes when there is room."""
        inner = self.widget()
        return inner.heightForWidth(width) if inner.hasHeightForWidth() else inner.sizeHint().height()

    def hold(self, height: int) -> None:
        """Keep the content at its own ``height``: the area scrolls over it when it is shorter."""
        if self.widget().minimumHeight() != height or self.widget().maximumHeight() != height:
            self.widget().setFixedHeight(height)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            if obj.layout() is not None:
                obj.layout().activate()  # its nested layouts forget the heights they measured before
            self.updateGeometry()  # its content changed: the page measures it again, now, before it is drawn
            page = self.parentWidget()
            if page is not None and page.layout() is not None:
                page.layout().activate()
        return super().eventFilter(obj, event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        moved = super().focusNextPrevChild(forward)
        self.show_start(QApplication.focusWidget())
        return moved

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isVisible():
            self.show_start(new)

    def show_start(self, widget: QWidget | None) -> None:
        """A focused widget taller than the area is shown from its first line, as it is read (Qt shows its end)."""
        inner = self.widget()
        if widget is None or inner is None or not inner.isAncestorOf(widget):
            return
        if widget.height() + 16 > self.viewport().height():
            top = widget.mapTo(inner, QPoint(0, 0)).y()
            self.verticalScrollBar().setValue(max(0, top - 8))

    def at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def _focusable_when_it_scrolls(self, low: int, high: int) -> None:
        set_properties(self, focusPolicy="StrongFocus" if high > low else "NoFocus")


class ItemListLayout(QLayout):
    """A layout that keeps its items in a list, in the order added; subclasses place them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None


class PageLayout(ItemListLayout):
    """The question on top, then the answers and the explanation (in that order with large text).

    The question and the answers get their whole height first; the explanation the rest, and
    when that is not enough it scrolls, with a "more below" button under it. Only when even the
    answers do not fit do they scroll too: text is never squeezed on top of other text.
    """

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page = page
        self.setContentsMargins(0, 0, 0, 0)
        self.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # never taller than the screen

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))

    def sizeHint(self) -> QSize:
        return QSize(self.page.reading_width(), 400)

    def minimumSize(self) -> QSize:
        return QSize(0, 0)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        page = self.page
        page.fit_margins(rect.width())
        width, room = rect.width(), rect.height()
        head = page.head.heightForWidth(width)
        has_answers = page.answers.count() > 0
        answers = page.answer_scroll.content_height(width) if has_answers else 0
        text = page.explanation_scroll.content_height(width)
        more = page.more_button.sizeHint().height()
        # A short question leaves room beside it for the button that opens a folded explanation.
        beside = (page.title.fontMetrics().horizontalAdvance(page.title.text()) + page.more_button.sizeHint().width()
                  + page.side_margin + page._head_box.contentsMargins().right() + 24 <= width)
        least = min(text, 2 * page.fontMetrics().lineSpacing())  # a glimpse of the explanation at least
        # Where even that glimpse would push answers off the screen, the explanation folds away
        # behind its button; the person opens it when they want to read it.
        page.folded = text > 0 and head + answers + least + more > room
        if page.folded:
            least = 0
            if beside:
                more = 0  # it sits on the question's line
            if head + answers + more > room and not page.compact:
                page.set_compact(True)  # still too tall: the answers lose their second lines, then fit
                self.setGeometry(rect)  # measured again, before anything is drawn
                return
        answers_shown = max(0, min(answers, room - head - least - (more if text > least else 0)))
        if page.folded and page.reading:  # the explanation opened: it takes the answers' room until closed
            answers_shown = 0
        if answers_shown < answers:  # the answers scroll, beside their scroll bar
            bar_width = page.answer_scroll.verticalScrollBar().sizeHint().width()
            answers = page.answer_scroll.content_height(width - bar_width)
        left = room - head - answers_shown
        overflow = text > left or page.folded
        if overflow:  # the explanation scrolls: its text is as wide as the room beside the scroll bar
            bar_width = page.explanation_scroll.verticalScrollBar().sizeHint().width()
            text = page.explanation_scroll.content_height(width - bar_width)
        page.answer_scroll.hold(answers)
        page.explanation_scroll.hold(text)
        text_shown = max(0, left - more) if overflow else text
        if page.folded and not page.reading:
            text_shown = 0
        page.more_button.setVisible(overflow)
        # Large text asks for the answers first; so does a window where the explanation between the
        # question and the answers would be a glimpse only.
        first = page.answers_first or page.folded or (overflow and text_shown < 4 * page.fontMetrics().lineSpacing())
        page.shows_answers_first = first
        parts = [(page.head, head)]
        middle = [(page.answer_scroll, answers_shown), (page.explanation_scroll, text_shown)]
        if first:
            parts += [*middle, (page.more_button, more if overflow else 0)]
        else:
            parts += [middle[1], (page.more_button, more if overflow else 0), middle[0]]
        y = rect.top()
        for widget, height in parts:
            if widget is page.more_button:
                hint = widget.sizeHint()
                if page.folded and beside:
                    top = rect.top() + (head - hint.height()) // 2
                    right = page._head_box.contentsMargins().right()
                    widget.setGeometry(QRect(rect.right() - right - hint.width(), top, hint.width(),
                                             hint.height()))
                    continue
                widget.setGeometry(QRect(rect.left() + page.side_margin, y, hint.width(), height))
            else:
                widget.setGeometry(QRect(rect.left(), y, width, height))
            y += height


class Page(QWidget):
    """A wizard page: the question (``title``), its ``answers`` always in view, and the explanation.

    Subclasses put what a person chooses or presses into ``answers`` and what they read into
    ``body`` (it scrolls when the window is short), and override ``answer``/``show_answer``. With
    large text (``set_answers_first``) the answers come right under the question and the
    explanation follows them. Lines keep to a reading width of about 80 characters.
    """

    changed = Signal()  # the answer may have changed: the window re-asks the flow whether Next is allowed
    submitted = Signal()  # the person asked to go on (Enter in the last field, a double tap)
    reading_chars = READING_CHARS  # a page laid out in two columns is wider
    answers_always_first = False  # a page whose answers are what it is for (the hotline's number and print)
    keeps_the_edge = True  # its left edge where the other pages have theirs, even when that leaves it narrower

    def __init__(self, step: StepId, title: str, lead: str = "", *, content: bool = False) -> None:
        super().__init__()
        self.step = step
        self.setObjectName(f"page_{step.value}")
        self.answers_first = self.answers_always_first  # asked for by the look (large text)
        self.shows_answers_first = False  # as laid out now: also when the window is too short otherwise
        self.folded = False  # the explanation is behind its button: there is room for the answers only
        self.compact = False  # even so the answers did not fit: they show their titles only
        self.reading = False  # the person opened the folded explanation
        self.side_margin = SIDE_MARGIN
        self.title = label(title, "title", content=content)
        self.head = QWidget()
        self.head.setObjectName("pageHead")
        self._head_box = QVBoxLayout(self.head)
        self._head_box.addWidget(self.title)
        self.answer_area = QWidget()
        self.answer_area.setObjectName("answers")
        self.answers = QVBoxLayout(self.answer_area)
        self.answers.setSpacing(12)
        self.answer_scroll = Scrolling("answerScroll", self.answer_area)
        inner = QWidget()
        inner.setObjectName("explanationText")
        self.body = QVBoxLayout(inner)
        self.body.setSpacing(10)
        self.lead = label(lead, "lead", content=content) if lead else None
        if self.lead is not None:
            self.body.addWidget(self.lead)
        self.explanation_scroll = Scrolling("explanation", inner)
        self.more_button = push_button("moreBelowButton", "", self._read_on, self.tr(
            "Scrolls the explanation above or below the answers by one screen."))
        self.more_button.setProperty("slim", True)
        self.explanation_scroll.verticalScrollBar().valueChanged.connect(self.say_more)
        self.explanation_scroll.verticalScrollBar().rangeChanged.connect(self.say_more)
        self.say_more()
        layout = PageLayout(self)
        for widget in (self.head, self.answer_scroll, self.explanation_scroll, self.more_button):
            layout.add(widget)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def set_answers_first(self, first: bool) -> None:
        """With large text, show the answers right under the question and the explanation below them."""
        first = first or self.answers_always_first
        self.set_compact(False)  # measured again at the new text size
        if first != self.answers_first:
            self.answers_first = first
            self.layout().invalidate()

    def set_compact(self, compact: bool) -> None:
        """Show the answers by their titles only, a size smaller, more tiles to a row, without headings
        between them (the explanation under each stays their accessible description)."""
        if compact != self.compact:
            self.compact = compact
            for choice in self.answer_area.findChildren(ChoiceButton):
                if choice.hint is not None:
                    choice.hint.setVisible(not compact)
                choice.title.setProperty("compact", compact)  # a size smaller, as the header's words
                restyle(choice.title)
            for grid in self.answer_area.findChildren(TileGrid):
                grid.dense = compact
                grid.invalidate()
            for heading in self.answer_area.findChildren(QLabel, "section"):
                heading.setVisible(not compact)  # "Not in the list?": the tiles under it say it themselves
            for layout in [self.answer_area.layout(), *self.answer_area.findChildren(QLayout)]:
                layout.invalidate()  # every nested layout measures its smaller tiles afresh
            self.layout().invalidate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self.set_compact(False)  # another screen: measured again

    def _read_on(self) -> None:
        if self.folded:
            self.reading = not self.reading  # open the folded explanation, or go back to the answers
            self.layout().invalidate()
            return
        bar = self.explanation_scroll.verticalScrollBar()
        bar.setValue(0 if self.explanation_scroll.at_end() else bar.value() + bar.pageStep())

    def say_more(self, *_args) -> None:
        """Name the button under the explanation for what it does now."""
        if self.folded:
            text = self.tr("Back to the answers ↑") if self.reading else self.tr("Show the explanation ↓")
        else:
            text = self.tr("Back to the top ↑") if self.explanation_scroll.at_end() else self.tr("Read on ↓")
        if text != self.more_button.text():
            self.more_button.setText(text)
            self.more_button.setAccessibleName(text)

    # -- the reading column -------------------------------------------------------------------

    def reading_width(self) -> int:
        """About 80 characters of body text at the current text size (more on a wider page)."""
        return self.reading_chars * self.fontMetrics().averageCharWidth()

    def fit_margins(self, width: int) -> None:
        """The reading column: every page's left edge where an 80-character column centred in ``width``
        starts, so that titles line up from page to page; a wider page (pickers, the hotline) goes
        further right, as far as the usual margin."""
        letter = self.fontMetrics().averageCharWidth()
        left = max(SIDE_MARGIN, (width - READING_CHARS * letter) // 2)
        if left + self.reading_chars * letter + SIDE_MARGIN > width and (self.compact or not self.keeps_the_edge):
            left = max(SIDE_MARGIN, (width - self.reading_chars * letter) // 2)  # the room matters more
        right = max(SIDE_MARGIN, width - left - self.reading_chars * letter)
        if (left, right) == (self.side_margin, self._head_box.contentsMargins().right()):
            return
        self.side_margin = left
        self._head_box.setContentsMargins(left, 14, right, 4)
        self.answers.setContentsMargins(left, 8, right, 12)
        self.body.setContentsMargins(left, 8, right, 12)

    # -- what the window asks ------------------------------------------------------------------

    def add_under_lead(self, widget: QWidget) -> None:
        """Put ``widget`` right under the title and lead, above what the page shows next."""
        if self.lead is None:
            self.body.insertWidget(0, widget)
        else:
            self.body.insertWidget(self.body.indexOf(self.lead) + 1, widget)

    def keypad_fields(self) -> list[tuple[QLineEdit, str]]:
        """The fields a kiosk's on-screen keys type into, with the kind of keys: "digits", "phone" or "email"."""
        return []

    def add_below(self, field: QLineEdit, widget: QWidget) -> None:
        """Show ``widget`` (a kiosk's on-screen keys) right under ``field``."""
        self.body.insertWidget(self.body.count() - 1, widget)

    def reveal(self, field: QWidget) -> None:
        """Scroll so that ``field`` and the on-screen keys under it are in view (the keys open with the focus)."""
        areas = (self.explanation_scroll, self.answer_scroll)
        area = next((a for a in areas if a.widget().isAncestorOf(field)), None)
        if area is None:
            return
        area.widget().layout().activate()
        keys = [w for w in self.findChildren(QFrame) if getattr(w, "target", None) is field and w.isVisible()]
        block = field.parentWidget()
        if block is None or block is area.widget() or block.height() > area.viewport().height():
            block = field
        for widget in (*keys, block):
            area.ensureWidgetVisible(widget, 0, 8)

    def scroll_to_top(self) -> None:
        """Show the page from its question, as on a first visit (a folded explanation folded again)."""
        if self.reading:
            self.reading = False
            self.layout().invalidate()
        for area in (self.explanation_scroll, self.answer_scroll):
            area.verticalScrollBar().setValue(0)

    def finish_body(self) -> None:
        """Push the content to the top; call once the subclass has added its widgets."""
        self.body.addStretch(1)

    def answer_widgets(self) -> list[QWidget]:
        """What a person answers with on this page (it must be in view without scrolling)."""
        kinds = (QAbstractButton, QLineEdit)
        return [w for w in self.answer_area.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(self)]

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts: the chosen answer, else the first one; None leaves it to the window."""
        answers = sorted((w for w in self.answer_widgets()
                          if w.isEnabled() and w.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus),
                         key=lambda w: (w.mapTo(self, QPoint(0, 0)).y(), w.mapTo(self, QPoint(0, 0)).x()))
        checked = [w for w in answers if isinstance(w, QAbstractButton) and w.isCheckable() and w.isChecked()]
        return (checked or answers or [None])[0]

    def main_action(self) -> QAbstractButton | None:
        """A button of the page that is the thing to do now, instead of Next (the hotline offer at the mark)."""
        return None

    def why_not_ready(self) -> str:
        """What is missing, said next to Next while it cannot be pressed."""
        if self.findChildren(QLineEdit):
            return self.tr("Fill in what is asked above to go on. The line under each box says what is missing.")
        return self.tr("Choose one of the answers above to go on.")

    def answer(self) -> Answer | None:
        """The answer as the page stands now, or None when nothing is chosen."""
        return None

    def show_answer(self, answer: Answer | None) -> None:
        """Show an earlier answer again (after Back, or a second visit)."""

    def next_label(self) -> str | None:
        """A text for the Next button on this page, when "Next" is not the right word."""
        return None


class TileGrid(ItemListLayout):
    """Tiles in rows of ``columns``, in the order added; when their page is short of room (``dense``),
    up to five to a row (at least ten letters wide each), in as few rows as that gives.

    It takes ``addWidget(widget, row, column)`` like a QGridLayout, and ignores the place.
    """

    def __init__(self, columns: int = 3, spacing: int = 12) -> None:
        super().__init__()
        self.columns = columns
        self.dense = False
        self.setSpacing(spacing)

    def addWidget(self, widget: QWidget, *_place) -> None:  # noqa: N802 (Qt's name)
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self.invalidate()

    def setColumnStretch(self, *_args) -> None:  # noqa: N802
        """Every column has the same width already."""

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def minimumSize(self) -> QSize:
        return QSize(0, 0)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _columns(self, width: int) -> int:
        shown = [item for item in self._items if not item.isEmpty()]
        if not self.dense or not shown:
            return self.columns
        letter = shown[0].widget().fontMetrics().averageCharWidth()
        most = max(self.columns, min(len(shown), 5, width // max(1, 10 * letter)))
        rows = -(-len(shown) // most)
        return -(-len(shown) // rows)  # as few rows as the most columns give, filled evenly

    def _place(self, rect: QRect, *, move: bool) -> int:
        shown = [item for item in self._items if not item.isEmpty()]
        if not shown:
            return 0
        columns = self._columns(rect.width())
        gap = self.spacing()
        tile = (rect.width() - gap * (columns - 1)) // columns
        y = rect.top()
        for start in range(0, len(shown), columns):
            row = shown[start:start + columns]
            height = max(item.heightForWidth(tile) if item.hasHeightForWidth() else item.sizeHint().height()
                         for item in row)
            if move:
                for n, item in enumerate(row):
                    item.setGeometry(QRect(rect.left() + n * (tile + gap), y, tile, height))
            y += height + gap
        return y - gap - rect.top()


class LayoutSizedButton(QPushButton):
    """A button whose face is a layout of wrapping labels, sized by that layout.

    A QPushButton sizes itself by its own text, which ours leaves empty.
    """

    def sizeHint(self):
        return self.layout().totalSizeHint()

    def minimumSizeHint(self):
        return self.layout().totalMinimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self.layout().totalHeightForWidth(width))


class ChoiceButton(LayoutSizedButton):
    """A large answer: a bold line and an optional plain explanation below it."""

    def __init__(self, title: str, hint: str = "", *, content: bool = False) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setProperty("choice", True)
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        if hint:
            self.setAccessibleDescription(hint)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 12)
        box.setSpacing(2)
        self.title = label(title, "choiceTitle", content=content)
        box.addWidget(self.title)
        self.hint = label(hint, "muted", content=content) if hint else None
        if self.hint is not None:
            box.addWidget(self.hint)
        for child in self.findChildren(QLabel):
            child.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.NoTextInteraction)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)



class Choices(QWidget):
    """An exclusive set of ChoiceButtons standing for enum values."""

    changed = Signal()
    activated = Signal()  # a choice was double-clicked: choose and go on

    def __init__(self, options: Sequence[tuple[object, str, str]], *, content: bool = False,
                 columns: int = 1) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.values: list[object] = []
        box = QGridLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        for column in range(columns):
            box.setColumnStretch(column, 1)
        for n, (value, title, hint) in enumerate(options):
            button = ChoiceButton(title, hint, content=content)
            button.setObjectName(f"choice_{value}")
            if columns > 1:  # side by side, equal halves: a long title must not squeeze its neighbour to a word a line
                policy = button.sizePolicy()
                policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
                button.setSizePolicy(policy)
            self.group.addButton(button, len(self.values))
            self.values.append(value)
            box.addWidget(button, n // columns, n % columns)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def value(self) -> object | None:
        return self.values[self.group.checkedId()] if self.group.checkedId() >= 0 else None

    def set_value(self, value: object | None) -> None:
        if value in self.values:
            self.group.button(self.values.index(value)).setChecked(True)
        else:
            # An exclusive group cannot be emptied by unchecking one button.
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)


class AnsweredByChoices(Page):
    """A page whose answer is the one of its ``choices`` (a Choices) that is pressed."""

    choices: Choices

    def answer(self) -> Answer | None:
        return self.choices.value()  # type: ignore[return-value]

    def show_answer(self, answer: Answer | None) -> None:
        self.choices.set_value(answer)


class ChoicePage(AnsweredByChoices):
    """A page that asks one question with a few large answers."""

    def __init__(self, step: StepId, title: str, lead: str, options: Sequence[tuple[object, str, str]]) -> None:
        super().__init__(step, title, lead)
        self.choices = Choices(options)
        self.choices.changed.connect(self.changed)
        self.answers.addWidget(self.choices)
        self.finish_body()
