"""No string left in English in --lang vi, and the shipped .qm is the compiled .ts."""

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from app.core.vocabulary import attempt_words
from app.core.content import cause_pages, ways_in
from app.core.flow import CauseResult, ChannelChoice, Contact, Flow, GuideChoice, Registration, Start, StepId
from app.core.guides import GuideKind, load_guides
from app.core.paths import translations_dir

TS = translations_dir() / "vssid_vi.ts"
OPEN, CLOSE = "\u27ea", "\u27eb"


def test_every_ts_entry_is_translated():
    unfinished = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") in {"unfinished", "obsolete", "vanished"} or not (translation.text or "").strip():
            unfinished.append(message.findtext("source"))
    assert unfinished == [], f"shown in English to a Vietnamese user: {unfinished}"


def test_shipped_qm_is_the_compiled_ts(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (translations_dir() / "vssid_vi.qm").read_bytes(), (
        "translations/vssid_vi.qm is stale: run scripts/update-translations"
    )


class MarkingTranslator(QTranslator):
    """Wraps every string the real .qm translates in markers, so an untranslated one shows bare."""

    def translate(self, context, source, disambiguation=None, n=-1):
        real = super().translate(context, source, disambiguation, n)
        return f"{OPEN}{real}{CLOSE}" if real else None  # None: "not here", Qt shows the source text


def vietnamese_content() -> set[str]:
    texts = set()
    for page in cause_pages().values():
        t = page.text["vi"]
        texts |= {t.title, t.lead, *t.check, *t.act}
    for way in ways_in():
        t = way.text["vi"]
        texts |= {t.title, *t.needs, *t.how}
    for guide in load_guides():
        t = guide.text("vi")
        texts |= {t.name, t.intro, *t.steps}
    words = attempt_words("vi")
    texts |= {*words.action.values(), *words.outcome.values(), words.after_registration}
    return texts


def shown_text(widget) -> str:
    text = widget.text() if not isinstance(widget, QLineEdit) else widget.placeholderText()
    return html.unescape(re.sub(r"<[^>]+>", "", text))


@pytest.fixture
def marked_window(qtbot, tmp_path, monkeypatch):
    import app.ui.i18n as i18n
    from app.main import build_window

    real_install = i18n.install_language
    monkeypatch.setattr(i18n, "install_language", lambda lang: real_install(lang, MarkingTranslator()))
    window = build_window(["--lang", "vi", "--data-dir", str(tmp_path)])
    qtbot.addWidget(window)
    yield window
    real_install("en")


def untranslated(window, page, content: set[str]) -> list[str]:
    """Every visible text on ``page`` (and the navigation bar) that a Vietnamese user would see in English."""
    bare = []
    widgets = [w for kind in (QLabel, QAbstractButton, QLineEdit) for w in page.findChildren(kind)]
    for widget in [*widgets, *window.findChild(QWidget, "navBar").findChildren(QAbstractButton)]:
        if not widget.isVisibleTo(window):
            continue
        text = shown_text(widget).strip()
        if not re.search(r"[^\W\d_]", text):
            continue  # no letters: a number, an empty label, a layout-only button
        if widget.property("content"):
            plain = re.sub(r"^(\u2022|\d+\.)\s+", "", text)
            if plain not in content:
                bare.append(f"{page.objectName()}: content not in Vietnamese: {text!r}")
        elif OPEN not in text:
            bare.append(f"{page.objectName()}: {type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return bare


def test_no_visible_text_is_left_untranslated(marked_window):
    window = marked_window
    window.show()
    window.build_all_pages()
    content = vietnamese_content()
    stack = window.stack
    bare = []
    for index in range(stack.count()):
        page = stack.widget(index)
        stack.setCurrentWidget(page)
        bare += untranslated(window, page, content)
    assert bare == [], "left untranslated:\n" + "\n".join(bare)


def test_guide_choices_pickers_and_every_guide_are_in_vietnamese(marked_window):
    window = marked_window
    window.show()
    content = vietnamese_content()
    flow = Flow()
    for answer in (Start(), Registration.NOT_SURE, ChannelChoice.NOT_SURE, Contact("0912345678", "lan@gmail.com")):
        flow.answer(answer)
    flow.jump_to(StepId.BLOCKED)
    window.session.flow = flow
    window.show_current()
    bare = untranslated(window, window.page, content)
    guides = load_guides()
    for guide in guides:
        email = guide.kind is GuideKind.EMAIL
        window.page.show_answer(CauseResult.EMAIL_GUIDE if email else CauseResult.PHONE_GUIDE)
        window.go_next()
        bare += untranslated(window, window.page, content)  # the picker
        window.page.show_answer(GuideChoice(guide.id))
        window.go_next()
        assert window.flow.current is StepId.GUIDE
        bare += untranslated(window, window.page, content)
        window.go_back()
        window.go_back()
    assert bare == [], "left untranslated:\n" + "\n".join(sorted(set(bare)))
