"""What every page shares: a title, a lead sentence, a scrolling body, and big choice buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.flow import Answer, StepId


def label(text: str, name: str = "", *, content: bool = False) -> QLabel:
    """A word-wrapped plain-text label; ``content`` marks text that comes from resources/, not from Linguist."""
    w = QLabel(text)
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        w.setObjectName(name)
    if content:
        w.setProperty("content", True)
    return w


def push_button(name: str, text: str, slot, description: str) -> QPushButton:
    """A button with a stable objectName, its text as accessible name, and what it does as description."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setAccessibleDescription(description)
    button.clicked.connect(slot)
    return button


class Page(QWidget):
    """A wizard page. Subclasses fill ``body`` and override ``answer``/``show_answer``."""

    changed = Signal()  # the answer may have changed: the window re-asks the flow whether Next is allowed
    submitted = Signal()  # the person asked to go on (Enter in the last field, a double tap)

    def __init__(self, step: StepId, title: str, lead: str = "", *, content: bool = False) -> None:
        super().__init__()
        self.step = step
        self.setObjectName(f"page_{step.value}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(48, 24, 48, 16)
        self.body.setSpacing(10)
        self.title = label(title, "title", content=content)
        self.title.setAccessibleName(title)
        self.body.addWidget(self.title)
        self.lead = label(lead, "lead", content=content) if lead else None
        if self.lead is not None:
            self.body.addWidget(self.lead)
        scroll.setWidget(inner)
        outer.addWidget(scroll)

    def add_under_lead(self, widget: QWidget) -> None:
        """Put ``widget`` right under the title and lead, above what the page shows next."""
        anchor = self.lead if self.lead is not None else self.title
        self.body.insertWidget(self.body.indexOf(anchor) + 1, widget)

    def keypad_fields(self) -> list[tuple[QLineEdit, str]]:
        """The fields a kiosk's on-screen keys type into, with the kind of keys: "digits", "phone" or "email"."""
        return []

    def add_below(self, field: QLineEdit, widget: QWidget) -> None:
        """Show ``widget`` (a kiosk's on-screen keys) right under ``field``."""
        self.body.insertWidget(self.body.count() - 1, widget)

    def finish_body(self) -> None:
        """Push the content to the top; call once the subclass has added its widgets."""
        self.body.addStretch(1)

    def answer(self) -> Answer | None:
        """The answer as the page stands now, or None when nothing is chosen."""
        return None

    def show_answer(self, answer: Answer | None) -> None:
        """Show an earlier answer again (after Back, or a second visit)."""

    def next_label(self) -> str | None:
        """A text for the Next button on this page, when "Next" is not the right word."""
        return None


class LayoutSizedButton(QPushButton):
    """A button whose face is a layout of wrapping labels, sized by that layout.

    A QPushButton sizes itself by its own text, which ours leaves empty.
    """

    def sizeHint(self):  # noqa: N802 (Qt's name)
        return self.layout().totalSizeHint()

    def minimumSizeHint(self):  # noqa: N802
        return self.layout().totalMinimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(self.minimumHeight(), self.layout().totalHeightForWidth(width))


class ChoiceButton(LayoutSizedButton):
    """A large answer: a bold line and an optional plain explanation below it."""

    def __init__(self, title: str, hint: str = "", *, content: bool = False) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setProperty("choice", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        if hint:
            self.setAccessibleDescription(hint)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 12)
        box.setSpacing(2)
        self.title = label(title, "choiceTitle", content=content)
        box.addWidget(self.title)
        if hint:
            box.addWidget(label(hint, "muted", content=content))
        for child in self.findChildren(QLabel):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)



class Choices(QWidget):
    """An exclusive set of ChoiceButtons standing for enum values."""

    changed = Signal()
    activated = Signal()  # a choice was double-clicked: choose and go on

    def __init__(self, options: Sequence[tuple[object, str, str]], *, content: bool = False) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.values: list[object] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(12)
        for value, title, hint in options:
            button = ChoiceButton(title, hint, content=content)
            button.setObjectName(f"choice_{value}")
            self.group.addButton(button, len(self.values))
            self.values.append(value)
            box.addWidget(button)
        self.group.idToggled.connect(lambda _id, on: on and self.changed.emit())

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
        self.body.addWidget(self.choices)
        self.finish_body()
