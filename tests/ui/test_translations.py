"""No string left in English in --lang vi, no English sentence of the content on a Vietnamese screen, and the
shipped .qm is the compiled .ts."""

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from app.core.content import active_content
from app.core.content.guides import GuideKind
from app.core.flow import CauseResult, ChannelChoice, Contact, Flow, GuideChoice, Registration, Start, StepId
from app.core.paths import translations_dir
from app.core.summary import summary_words
from app.core.vocabulary import attempt_words
from tests.deployment import kiosk_site

TS = translations_dir() / "vssid_vi.ts"
OPEN, CLOSE = "\u27ea", "\u27eb"

# English words that have no business on a Vietnamese screen (names like Gmail, iPhone, VNeID, or
# Gmail's own Vietnamese folder name "Spam", are not in the list).
ENGLISH_WORDS = frozenset("""
    the and of your you tap open press click choose then settings messages message blocked unblock junk
    filter filters not for with this that from see look turn off on inbox folder sender senders source sources
    help support guide page step steps check checks screen button name english
""".split())


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


def content_texts(lang: str) -> set[str]:
    """Every sentence of the content in use that a person may see, in ``lang``."""
    content = active_content()
    texts = set()
    for page in content.causes.values():
        t = page.text[lang]
        texts |= {t.title, t.lead, *t.check, *t.act}
    for way in content.ways.ways:
        t = way.text[lang]
        texts |= {t.title, *t.needs, *t.how}
    for guide in content.guides:
        t = guide.text(lang)
        texts |= {t.name, t.intro, *t.steps, guide.applies_to[lang]}
    n = content.notices.text[lang]
    texts |= {n.scam_warning, n.no_password_title, *n.no_password, *n.next_steps}
    words = attempt_words(lang)
    texts |= {*words.action.values(), *words.outcome.values(), words.after_registration}
    printed = summary_words()["vi"]  # the hotline page's "what to say first", from summary.toml
    texts |= {printed.printed["say_first_title"], *printed.say_first}
    return texts


def vietnamese_content() -> set[str]:
    return content_texts("vi")


def english_sentences() -> list[str]:
    """The English content that must never reach a Vietnamese screen: every sentence of three words or more."""
    vietnamese = vietnamese_content()
    return sorted(t for t in content_texts("en") if len(t.split()) >= 3 and t not in vietnamese)


def shown_text(widget) -> str:
    text = widget.text() if not isinstance(widget, QLineEdit) else widget.placeholderText()
    return html.unescape(re.sub(r"<[^>]+>", "", text))


@pytest.fixture(params=["counter", "kiosk"])
def marked_window(request, qtbot, tmp_path, monkeypatch):
    import app.ui.i18n as i18n
    from app.main import build_window

    real_install = i18n.install_language
    monkeypatch.setattr(i18n, "install_language", lambda lang: real_install(lang, MarkingTranslator()))
    site = kiosk_site(tmp_path / "site")
    mode = ["--kiosk"] if request.param == "kiosk" else []
    window = build_window(["--lang", "vi", "--data-dir", str(tmp_path), "--site-settings", str(site), *mode])
    qtbot.addWidget(window)
    yield window
    if getattr(window, "kiosk", None) is not None:
        window.kiosk.unlocked = True
    real_install("en")


def on_a_keyboard(widget) -> bool:
    from app.ui.kiosk import OnScreenKeys

    while widget is not None:
        if isinstance(widget, OnScreenKeys):
            return True  # a kiosk key shows the letter it types
        widget = widget.parentWidget()
    return False


def untranslated(window, page, content: set[str]) -> list[str]:
    """Every visible text on ``page`` (and the navigation bar) that a Vietnamese user would see in English."""
    bare = []
    english = english_sentences()
    widgets = [w for kind in (QLabel, QAbstractButton, QLineEdit) for w in page.findChildren(kind)]
    for widget in [*widgets, *window.findChild(QWidget, "navBar").findChildren(QAbstractButton)]:
        if not widget.isVisibleTo(window) or on_a_keyboard(widget):
            continue
        text = shown_text(widget).strip()
        if not re.search(r"[^\W\d_]", text):
            continue  # no letters: a number, an empty label, a layout-only button
        where = f"{page.objectName()}: {type(widget).__name__} {widget.objectName()!r}"
        if widget.property("content"):
            plain = re.sub(r"^(\u2022|\d+\.)\s+", "", text)
            if plain not in content:
                bare.append(f"{page.objectName()}: content not in Vietnamese: {text!r}")
        elif OPEN not in text:
            bare.append(f"{where}: {text!r}")
        bare += [f"{where}: an English sentence of the content: {s!r}" for s in english if s in text]
        words = {w.casefold() for w in re.findall(r"[A-Za-z]+", text.replace(OPEN, " ").replace(CLOSE, " "))}
        if words & ENGLISH_WORDS:
            bare.append(f"{where}: English words {sorted(words & ENGLISH_WORDS)} in {text!r}")
    return bare


def test_the_walk_fails_on_english_content_on_a_vietnamese_screen(marked_window):
    # What the walks below must catch: an English step shown as content, an English sentence pasted into a
    # translated line (the old source footer), an English menu name in a Vietnamese sentence.
    from app.ui.pages.base import label

    window = marked_window
    gmail = next(g for g in active_content().guides if g.id == "gmail")
    page = window.page_for(StepId.WELCOME)
    for widget in (label(gmail.en.steps[1], content=True), label(f"{OPEN}Nguồn: {gmail.applies_to['en']}{CLOSE}"),
                   label(f"{OPEN}Chạm vào Settings rồi Blocked{CLOSE}")):
        page.body.addWidget(widget)
    window.show()
    found = "\n".join(untranslated(window, page, vietnamese_content()))
    assert "content not in Vietnamese" in found and gmail.en.steps[1] in found
    assert f"an English sentence of the content: {gmail.applies_to['en']!r}" in found
    assert "English words ['blocked', 'settings']" in found


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
    bare = []
    for guide in active_content().guides:
        cause = StepId(guide.causes[0]) if guide.causes else StepId.BLOCKED
        flow = Flow(guide_offers=window.session.guide_offers)
        for answer in (Start(), Registration.NOT_SURE, ChannelChoice.NOT_SURE, Contact("0912345678", "lan@gmail.com")):
            flow.answer(answer)
        flow.jump_to(cause)
        window.session.flow = flow
        window.show_current()
        bare += untranslated(window, window.page, content)
        email = guide.kind is GuideKind.EMAIL
        window.page.show_answer(CauseResult.EMAIL_GUIDE if email else CauseResult.PHONE_GUIDE)
        window.go_next()
        bare += untranslated(window, window.page, content)  # the picker
        window.page.show_answer(GuideChoice(guide.id))
        window.go_next()
        assert window.flow.current is StepId.GUIDE, f"{guide.id} could not be opened from the {cause} page"
        bare += untranslated(window, window.page, content)
    assert bare == [], "left untranslated:\n" + "\n".join(sorted(set(bare)))
