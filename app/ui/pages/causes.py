"""A cause page and the "ways in without SMS" page, both worded by the files in resources/causes/."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QVBoxLayout

from app.core.content import CausePage as CauseContent
from app.core.content import WayIn
from app.core.flow import Answer, CauseResult, StepId, WaysInResult
from app.ui.pages.base import Choices, Page, label


def numbered(box: QVBoxLayout, items: Sequence[str]) -> None:
    for i, item in enumerate(items, 1):
        row = label(item, content=True)
        row.setAccessibleName(f"{i}. {item}")
        box.addWidget(row)


class CausePage(Page):
    def __init__(self, content: CauseContent, lang: str) -> None:
        text = content.text[lang]
        super().__init__(content.id, text.title, text.lead, content=True)
        self.body.addWidget(label(self.tr("Check"), "section"))
        numbered(self.body, [f"\u2022 {item}" for item in text.check])
        self.body.addWidget(label(self.tr("What to do"), "section"))
        numbered(self.body, [f"{i}. {item}" for i, item in enumerate(text.act, 1)])
        self.choices = Choices(
            [
                (CauseResult.FIXED, self.tr("This was it: I did what it says"),
                 self.tr("Then we ask whether the password arrived.")),
                (CauseResult.NOT_THIS, self.tr("I checked: this is not the problem"),
                 self.tr("Go on to the next possible reason.")),
            ]
        )
        self.choices.changed.connect(self.changed)
        self.body.addWidget(self.choices)
        self.finish_body()

    def answer(self) -> Answer | None:
        return self.choices.value()  # type: ignore[return-value]

    def show_answer(self, answer: Answer | None) -> None:
        self.choices.set_value(answer)


class WaysInPage(Page):
    def __init__(self, ways: Sequence[WayIn], lang: str) -> None:
        super().__init__(
            StepId.WAYS_IN,
            self.tr("Ways into your account that need no SMS"),
            self.tr("Each works only if what is listed under \u201cYou need\u201d is true for you."),
        )
        for way in ways:
            text = way.text[lang]
            card = QFrame()
            card.setObjectName("card")
            box = QVBoxLayout(card)
            box.setContentsMargins(18, 12, 18, 14)
            box.addWidget(label(text.title, "section", content=True))
            box.addWidget(label(self.tr("You need"), "muted"))
            numbered(box, [f"\u2022 {item}" for item in text.needs])
            box.addWidget(label(self.tr("How"), "muted"))
            numbered(box, [f"{i}. {item}" for i, item in enumerate(text.how, 1)])
            self.body.addWidget(card)
        self.choices = Choices(
            [
                (WaysInResult.WORKED, self.tr("One of these worked"), ""),
                (WaysInResult.NEED_HELP, self.tr("None of these works for me"),
                 self.tr("We prepare what to tell the hotline.")),
            ]
        )
        self.choices.changed.connect(self.changed)
        self.body.addWidget(self.choices)
        self.finish_body()

    def answer(self) -> Answer | None:
        return self.choices.value()  # type: ignore[return-value]

    def show_answer(self, answer: Answer | None) -> None:
        self.choices.set_value(answer)
