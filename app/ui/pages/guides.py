"""The phone and mail pickers and the guide page: steps from resources/guides/, ticked off one by one."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.content.guides import Guide, GuideKind, guess_provider, guide_by_id, guides_for
from app.core.content.store import ContentSet
from app.core.flow import Answer, Flow, GuideChoice, GuideTicks, StepId
from app.ui.pages.base import ChoiceButton, LayoutSizedButton, Page, label


def content_notices(content: ContentSet) -> list[QLabel]:
    """One-line notices for staff: the program's own guides are broken, or files of the content folder were left out."""
    notices = []
    if content.guide_problem is not None:
        text = QCoreApplication.translate(
            "Guides", "The phone and email guides could not be loaded, so they are not offered (for staff: %1)."
        )
        notices.append(label(text.replace("%1", str(content.guide_problem)), "guideProblem"))
    if content.problems:
        text = QCoreApplication.translate(
            "Guides",
            "Some files of the content folder could not be used, so the program's own are shown (for staff: %1).",
        )
        notices.append(label(text.replace("%1", " | ".join(content.problems)), "contentProblem"))
    return notices


def _sized(text: str, size: str, weight: int = 400) -> str:
    # A relative size in rich text grows with the stylesheet's font scale; a stylesheet size would not.
    return f'<span style="font-size:{size}; font-weight:{weight}">{html.escape(text)}</span>'


def _rich(text: str) -> QLabel:
    w = QLabel(text)
    w.setTextFormat(Qt.TextFormat.RichText)
    return w


class GuidePicker(QWidget):
    """Large tiles, one per guide, in grids; one can be chosen. The value is the guide's id.

    ``show_only`` lists the tiles of some guides only (those for the cause the person
    came from), closing the gaps the others leave.
    """

    changed = Signal()

    def __init__(self, name: str, lang: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.lang = lang
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.ids: list[str] = []
        self.sections: list[tuple[QLabel | None, QGridLayout, int, list[tuple[str, ChoiceButton]]]] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 8, 0, 0)
        self.box.setSpacing(12)
        self.group.idToggled.connect(lambda _id, on: on and self.changed.emit())

    def add_tiles(self, guides: Sequence[Guide], columns: int, hints: dict[str, str] | None = None,
                  caption: str | None = None) -> None:
        """A grid of tiles named by the guides, under ``caption``; ``hints`` (translated) replace applies_to."""
        heading = label(caption, "section") if caption else None
        if heading is not None:
            self.box.addWidget(heading)
        grid = QGridLayout()
        grid.setSpacing(12)
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        tiles = []
        for guide in guides:
            hint = (hints or {}).get(guide.id)
            tile = ChoiceButton(guide.text(self.lang).name, hint or guide.applies_to.get(self.lang, ""))
            tile.setObjectName(f"choice_{guide.id}")
            tile.layout().addStretch(1)  # a tile stretched to its row's height keeps its words at the top
            for part in tile.findChildren(QLabel):
                part.setProperty("content", part is tile.title or not hint)
            tile.setMinimumHeight(64)
            self.group.addButton(tile, len(self.ids))
            self.ids.append(guide.id)
            tiles.append((guide.id, tile))
        self.sections.append((heading, grid, columns, tiles))
        self.box.addLayout(grid)
        self.show_only(None)

    def show_only(self, guide_ids: set[str] | None) -> None:
        """Show the tiles of these guides (every tile for None), in order and without gaps."""
        for heading, grid, columns, tiles in self.sections:
            shown = [tile for guide_id, tile in tiles if guide_ids is None or guide_id in guide_ids]
            for _, tile in tiles:
                grid.removeWidget(tile)
                tile.setVisible(False)
            for n, tile in enumerate(shown):
                grid.addWidget(tile, n // columns, n % columns)
                tile.setVisible(True)
            if heading is not None:
                heading.setVisible(bool(shown))
        if guide_ids is not None and self.value() not in guide_ids:
            self.set_value(None)

    def value(self) -> str | None:
        return self.ids[self.group.checkedId()] if self.group.checkedId() >= 0 else None

    def set_value(self, guide_id: str | None) -> None:
        if guide_id in self.ids:
            self.group.button(self.ids.index(guide_id)).setChecked(True)
            return
        self.group.setExclusive(False)  # an exclusive group cannot be emptied otherwise
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)


class _PickerPage(Page):
    def __init__(self, step: StepId, title: str, lead: str, picker: GuidePicker) -> None:
        super().__init__(step, title, lead)
        self.picker = picker
        self.picker.changed.connect(self.changed)

    def answer(self) -> Answer | None:
        guide_id = self.picker.value()
        return GuideChoice(guide_id) if guide_id else None

    def show_answer(self, answer: Answer | None) -> None:
        self.picker.set_value(answer.guide_id if isinstance(answer, GuideChoice) else None)


class DevicePage(_PickerPage):
    """The phone picker: the makes with a guide for the cause the person came from, the checks, "I don't know"."""

    def __init__(self, guides: Sequence[Guide], lang: str) -> None:
        super().__init__(
            StepId.DEVICE,
            self.tr("Which phone do you have?"),
            self.tr("Choose the make of your phone. The steps are different on each make."),
            GuidePicker("devicePicker", lang),
        )
        self.guides = list(guides)
        self.picker.add_tiles(guides_for(guides, GuideKind.SMS), columns=3)
        others = guides_for(guides, GuideKind.ANY_PHONE) + guides_for(guides, GuideKind.WHICH_PHONE)
        if others:
            hints = {
                **{g.id: self.tr("Signal, SIM card, full memory: worth checking on every phone.")
                   for g in guides_for(guides, GuideKind.ANY_PHONE)},
                **{g.id: self.tr("A short way to find out which phone you have, then you come back to this list.")
                   for g in guides_for(guides, GuideKind.WHICH_PHONE)},
            }
            self.picker.add_tiles(others, columns=2, hints=hints, caption=self.tr("Not in the list, or not sure?"))
        self.body.addWidget(self.picker)
        self.finish_body()

    def prepare(self, flow: Flow) -> None:
        """List the phone guides that help with the cause the person came from (and "I don't know" with them)."""
        cause = flow.guide_cause()
        shown = {g.id for kind in (GuideKind.SMS, GuideKind.ANY_PHONE) for g in guides_for(self.guides, kind, cause)}
        if guides_for(self.guides, GuideKind.SMS, cause):
            shown |= {g.id for g in guides_for(self.guides, GuideKind.WHICH_PHONE)}
        self.picker.show_only(shown)


class ProviderPage(_PickerPage):
    """The mail picker; the provider of the address the person gave is chosen for them, and can be changed."""

    def __init__(self, guides: Sequence[Guide], lang: str) -> None:
        super().__init__(
            StepId.PROVIDER,
            self.tr("Which email service do you use?"),
            self.tr("Each service has its own spam folder, and its name differs from one service to another."),
            GuidePicker("providerPicker", lang),
        )
        self.guides = list(guides)
        self.guess_note = label("", "muted")
        self.guess_note.hide()
        self.body.addWidget(self.guess_note)
        self.picker.add_tiles(guides_for(guides, GuideKind.EMAIL), columns=3)
        self.body.addWidget(self.picker)
        self.finish_body()

    def show_answer(self, answer: Answer | None) -> None:
        super().show_answer(answer)
        if answer is None:
            self.guess_note.clear()  # hidden, it would still hold the last person's address

    def prepare(self, flow: Flow) -> None:
        """List the mail guides for the cause the person came from; choose the one guessed from their email."""
        offered = guides_for(self.guides, GuideKind.EMAIL, flow.guide_cause())
        self.picker.show_only({g.id for g in offered})
        email = flow.contact.email
        guess = guess_provider(offered, email)
        self.guess_note.setVisible(guess is not None)
        if guess is None:
            self.guess_note.clear()
            return
        note = self.tr("Chosen from your email address %1. If it is not right, choose another.")
        self.guess_note.setText(note.replace("%1", email))
        if self.picker.value() is None:
            self.picker.set_value(guess.id)


class StepRow(LayoutSizedButton):
    """One numbered step; the whole row is the tick box, with a large ✓ once done."""

    def __init__(self, number: int, text: str) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setProperty("choice", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName(f"step_{number}")
        self.setAccessibleName(f"{number}. {text}")
        self.setMinimumHeight(56)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 18, 10)
        row.setSpacing(14)
        self.box = QFrame()
        self.box.setObjectName("card")
        self.box.setFixedSize(44, 44)
        inside = QVBoxLayout(self.box)
        inside.setContentsMargins(0, 0, 0, 0)
        self.mark = _rich("")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inside.addWidget(self.mark)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        number_label = _rich(_sized(str(number), "x-large", 700))
        number_label.setMinimumWidth(30)
        row.addWidget(number_label, 0, Qt.AlignmentFlag.AlignTop)
        self.words = _rich(_sized(text, "large"))
        self.words.setObjectName("stepText")
        self.words.setWordWrap(True)
        self.words.setProperty("content", True)
        row.addWidget(self.words, 1)
        for child in self.findChildren(QLabel):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            child.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._show_mark)

    def _show_mark(self, on: bool) -> None:
        self.mark.setText(_sized("\u2713", "x-large", 700) if on else "")



class GuidePage(Page):
    """The chosen guide: its name, intro and numbered steps to tick (its sources are in the staff panel)."""

    def __init__(self, guides: Sequence[Guide], lang: str) -> None:
        super().__init__(StepId.GUIDE, "", content=True)
        self.guides = list(guides)
        self.lang = lang
        self.guide: Guide | None = None
        self.shown: GuideTicks | None = None
        self.intro = label("", "lead", content=True)
        self.body.addWidget(self.intro)
        self.body.addWidget(label(self.tr("Tap or click each step when you have done it."), "muted"))
        self.steps = QWidget()
        self.steps.setObjectName("guideSteps")
        self.step_box = QVBoxLayout(self.steps)
        self.step_box.setContentsMargins(0, 4, 0, 4)
        self.step_box.setSpacing(10)
        self.rows: list[StepRow] = []
        self.body.addWidget(self.steps)
        self.finish_body()

    def prepare(self, flow: Flow) -> None:
        """Show the guide the person picked last; keep the ticks if it is the one shown before."""
        guide_id = flow.chosen_guide()
        if guide_id is None:
            return
        if self.guide is None or self.guide.id != guide_id:
            self._show_guide(guide_by_id(self.guides, guide_id))
        self._apply_ticks()

    def _show_guide(self, guide: Guide) -> None:
        self.guide = guide
        text = guide.text(self.lang)
        self.title.setText(text.name)
        self.title.setAccessibleName(text.name)
        self.intro.setText(text.intro)
        for row in self.rows:
            # Out of the page at once, so that no stale step_N is found by name; freed later.
            self.step_box.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.rows = [StepRow(n, step) for n, step in enumerate(text.steps, 1)]
        for row in self.rows:
            row.toggled.connect(self.changed)
            self.step_box.addWidget(row)

    def _apply_ticks(self) -> None:
        shown = self.shown if self.guide and self.shown and self.shown.guide_id == self.guide.id else None
        for n, row in enumerate(self.rows):
            row.setChecked(shown is not None and n in shown.ticked)

    def answer(self) -> Answer | None:
        if self.guide is None:
            return None
        ticked = tuple(n for n, row in enumerate(self.rows) if row.isChecked())
        finds_device = self.guide.kind is GuideKind.WHICH_PHONE
        return GuideTicks(self.guide.id, ticked, len(self.rows), finds_device=finds_device)

    def show_answer(self, answer: Answer | None) -> None:
        self.shown = answer if isinstance(answer, GuideTicks) else None
        self._apply_ticks()

    def next_label(self) -> str | None:
        if self.guide is not None and self.guide.kind is GuideKind.WHICH_PHONE:
            return self.tr("Back to the list of phones")
        return self.tr("I have done these steps")
