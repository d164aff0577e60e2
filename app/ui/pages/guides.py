"""The phone and mail pickers and the guide page: steps from resources/guides/, ticked off one by one."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
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
from app.ui.pages.base import ChoiceButton, LayoutSizedButton, Page, TileGrid, label


def guide_notice(content: ContentSet) -> QLabel | None:
    """A one-line notice for staff when the program's own guides are broken (None when they are not)."""
    if content.guide_problem is None:
        return None
    text = QCoreApplication.translate(
        "Guides", "The phone and email guides could not be loaded, so they are not offered (for staff: %1)."
    )
    return label(text.replace("%1", str(content.guide_problem)), "guideProblem")


def folder_notice(content: ContentSet) -> QLabel | None:
    """A one-line notice for staff when files of the content folder were left out (None when none was)."""
    if not content.problems:
        return None
    text = QCoreApplication.translate(
        "Guides",
        "Some files of the content folder could not be used, so the program's own are shown (for staff: %1).",
    )
    return label(text.replace("%1", " | ".join(content.problems)), "contentProblem")


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
        self.sections: list[tuple[QLabel | None, TileGrid, int, list[tuple[str, ChoiceButton]]]] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 8, 0, 0)
        self.box.setSpacing(12)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def add_tiles(self, guides: Sequence[Guide], columns: int, hints: dict[str, str] | None = None,
                  caption: str | None = None) -> None:
        """A grid of tiles named by the guides, under ``caption``; ``hints`` (translated) replace applies_to."""
        heading = label(caption, "section") if caption else None
        if heading is not None:
            self.box.addWidget(heading)
        grid = TileGrid(columns)  # more to a row when the page is short of room
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
    reading_chars = 120  # tiles in three columns: wider tiles wrap less, so the whole choice stays in view

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
        self.answers.addWidget(self.picker)
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
        self.answers.addWidget(self.picker)
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



class StepPicture(QWidget):
    """A line drawing of where the step's control is on the screen (resources/pictures/), under the step.

    Drawn by QSvgRenderer at a size that follows the text: about 30 letters wide, never wider than
    the page allows. The drawing has no words; the step above it is its caption.
    """

    LETTERS = 30

    def __init__(self, file: Path) -> None:
        super().__init__()
        from PySide6.QtSvg import QSvgRenderer  # only a guide page with a picture needs QtSvg

        self.file = file
        self.renderer: QSvgRenderer | None = None
        self.image = QImage()
        if file.suffix.lower() == ".svg":
            self.renderer = QSvgRenderer(str(file), self)
            box = self.renderer.viewBoxF() if self.renderer.isValid() else QRectF()
        else:  # a PNG an office put in its content folder
            self.image = QImage(str(file))
            box = QRectF(self.image.rect())
        self.setObjectName("stepPicture")
        self.setAccessibleName(self.tr("Picture: where this is on the screen"))
        self._ratio = box.height() / box.width() if box.width() > 0 else 0.75
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _wanted(self) -> int:
        return max(200, self.LETTERS * self.fontMetrics().averageCharWidth())

    def sizeHint(self) -> QSize:
        width = self._wanted()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.heightForWidth(160))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(min(width, self._wanted()) * self._ratio)

    def paintEvent(self, event) -> None:
        width = min(self.width(), self._wanted())
        target = QRectF(0, 0, width, width * self._ratio)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.renderer is not None and self.renderer.isValid():
            self.renderer.render(painter, target)
        elif not self.image.isNull():
            painter.drawImage(target, self.image)
        painter.end()


def step_pictures(files: Sequence[Path]) -> QWidget:
    """The pictures of one step side by side, indented under the step's words; they wrap on a narrow page."""
    row = QWidget()
    row.setObjectName("stepPictures")
    layout = QGridLayout(row)
    layout.setContentsMargins(STEP_INDENT, 0, 0, 6)
    layout.setHorizontalSpacing(16)
    for n, file in enumerate(files):
        layout.addWidget(StepPicture(file), 0, n, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.setColumnStretch(len(files), 1)
    return row


# How far the words of a step sit from the row's left edge: margin, tick box, spacing, number, spacing.
STEP_INDENT = 14 + 44 + 14 + 30 + 14


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
        self.pictures: list[QWidget] = []
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
        for old in (*self.rows, *self.pictures):
            # Out of the page at once, so that no stale step_N is found by name; freed later.
            self.step_box.removeWidget(old)
            old.setParent(None)
            old.deleteLater()
        self.rows = [StepRow(n, step) for n, step in enumerate(text.steps, 1)]
        self.pictures = []
        for n, row in enumerate(self.rows, 1):
            row.toggled.connect(self.changed)
            self.step_box.addWidget(row)
            if guide.pictures.get(n):
                self.pictures.append(step_pictures(guide.pictures[n]))
                self.step_box.addWidget(self.pictures[-1])

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
