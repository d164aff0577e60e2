"""A cause page and the "ways in without SMS" page, both worded by the files in resources/causes/."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout

from app.core.content import CausePage as CauseContent
from app.core.content import WayIn
from app.core.content.notices import NoticeText
from app.core.flow import CauseResult, Flow, StepId, WaysInResult
from app.ui.pages.base import AnsweredByChoices, ChoiceButton, Choices, label


def listed(box: QVBoxLayout, items: Sequence[str], *, numbers: bool) -> None:
    """One label per item, numbered 1. 2. 3. or with bullets; a screen reader hears what is shown."""
    for i, item in enumerate(items, 1):
        shown = f"{i}. {item}" if numbers else f"\u2022 {item}"
        row = label(shown, content=True)
        row.setAccessibleName(shown)
        box.addWidget(row)


class CausePage(AnsweredByChoices):
    """A cause page; ``guide_choices`` are the "show me the steps" answers it may offer, shown as the flow says."""

    def __init__(self, content: CauseContent, lang: str, guide_choices: Sequence[CauseResult] = ()) -> None:
        text = content.text[lang]
        super().__init__(content.id, text.title, text.lead, content=True)
        self.body.addWidget(label(self.tr("Check"), "section"))
        listed(self.body, text.check, numbers=False)
        self.body.addWidget(label(self.tr("What to do"), "section"))
        listed(self.body, text.act, numbers=True)
        guide_options = {
            CauseResult.PHONE_GUIDE: (self.tr("Show me the steps for my phone"),
                                      self.tr("Choose your make of phone and follow its steps.")),
            CauseResult.EMAIL_GUIDE: (self.tr("Show me the steps for my email"),
                                      self.tr("Choose your email service and follow its steps.")),
        }
        self.choices = Choices(
            [
                (CauseResult.FIXED, self.tr("That was the problem: I have done what the page says"),
                 self.tr("We will then ask whether the password has arrived.")),
                (CauseResult.NOT_THIS, self.tr("I checked: this is not the problem"),
                 self.tr("Go on to the next possible reason.")),
            ],
            columns=2,  # a pair, side by side: yes it was this, or no
        )
        # The guide answers share the choices' group but sit side by side, so the page stays short.
        guide_row = QHBoxLayout()
        guide_row.setContentsMargins(0, 0, 0, 0)
        guide_row.setSpacing(12)
        self.guide_buttons: dict[CauseResult, ChoiceButton] = {}
        for value in guide_choices:
            button = ChoiceButton(*guide_options[value])
            button.setObjectName(f"choice_{value}")
            self.choices.group.addButton(button, len(self.choices.values))
            self.choices.values.append(value)
            button.hide()  # until prepare() knows what this person waits for
            policy = button.sizePolicy()  # equal halves, like the pair below, however long each title is
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            button.setSizePolicy(policy)
            guide_row.addWidget(button, 1)
            self.guide_buttons[value] = button
        self.choices.changed.connect(self.changed)
        self.answers.addLayout(guide_row)
        self.answers.addWidget(self.choices)
        self.finish_body()

    def prepare(self, flow: Flow) -> None:
        """Show the guide answers the flow offers this person here; forget a hidden one that was chosen."""
        offered = flow.guide_choices(self.step)
        for value, button in self.guide_buttons.items():
            button.setVisible(value in offered)
        if self.choices.value() in self.guide_buttons and self.choices.value() not in offered:
            self.choices.set_value(None)


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(18, 12, 18, 14)
    box.addWidget(label(title, "section", content=True))
    return frame, box


class WaysInPage(AnsweredByChoices):
    """The ways in that need no SMS, after "you may not need the VssID password" (notices.toml)."""

    def __init__(self, ways: Sequence[WayIn], lang: str, notices: NoticeText | None = None) -> None:
        super().__init__(
            StepId.WAYS_IN,
            self.tr("Ways into your account that need no SMS"),
            self.tr("Each works only if what is listed under \u201cYou need\u201d is true for you."),
        )
        if notices is not None:
            frame, box = card(notices.no_password_title)
            for line in notices.no_password:
                box.addWidget(label(line, content=True))
            self.body.addWidget(frame)
        for way in ways:
            text = way.text[lang]
            frame, box = card(text.title)
            box.addWidget(label(self.tr("You need"), "muted"))
            listed(box, text.needs, numbers=False)
            box.addWidget(label(self.tr("How"), "muted"))
            listed(box, text.how, numbers=True)
            self.body.addWidget(frame)
        self.choices = Choices(
            [
                (WaysInResult.WORKED, self.tr("I got in with one of these"), ""),
                (WaysInResult.NEED_HELP, self.tr("None of these works for me"),
                 self.tr("We will prepare what to tell the hotline.")),
            ]
        )
        self.choices.changed.connect(self.changed)
        self.answers.addWidget(self.choices)
        self.finish_body()
