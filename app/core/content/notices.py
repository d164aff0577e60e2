"""The texts outside the cause pages that an office may want to correct, read from notices.toml.

The scam warning (welcome page, hotline page, printout), "you may not need the VssID
password" (before the hotline), the next steps once the password has come, and the
words of the content report, each in Vietnamese and English.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

from app.core.content.text import check_text
from app.core.content.toml import LANGUAGES, SOURCING_KEYS, SOURCING_OPTIONAL, Sourcing, TomlTable, read_sourcing

NOTICES_FILE = "notices.toml"

# The content report's words, and the {fields} each must hold.
REPORT_KEYS: dict[str, frozenset[str]] = {
    key: frozenset(fields.split())
    for key, fields in {
        "heading": "", "intro": "", "in_use": "origin", "builtin": "version", "folder": "folder date",
        "problems": "", "cause_page": "title", "ways_page": "", "guide": "title", "notices": "",
        "file": "file", "reviewed": "date", "confirmed": "date", "undated": "", "sources": "", "note": "",
        "official": "", "vendor": "", "press": "", "secondary": "", "unconfirmed": "",
    }.items()
}


@dataclass(frozen=True)
class NoticeText:
    """The notices in one language."""

    scam_warning: str
    no_password_title: str
    no_password: tuple[str, ...]
    next_steps: tuple[str, ...]
    report: dict[str, str]


@dataclass(frozen=True)
class Notices:
    text: dict[str, NoticeText]
    sourcing: Sourcing
    file: Path

    def scam_warning(self, lang: str) -> str:
        """"BHXH không thu phí…": for the welcome page, the hotline page and the printout."""
        return self.text[lang].scam_warning


def _report_words(t: TomlTable) -> dict[str, str]:
    t.only(REPORT_KEYS)
    words = {}
    for key, fields in REPORT_KEYS.items():
        value = t.text(key)
        if not isinstance(value, str):
            continue
        try:
            found = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            t.fail(key, f"a brace is not closed ({exc})")
            continue
        if found != fields:
            want = ", ".join(f"{{{f}}}" for f in sorted(fields)) or "no {field}"
            t.fail(key, f"should hold {want}")
        words[key] = value
    return words


def _text(t: TomlTable) -> NoticeText:
    t.only(("scam_warning", "no_password_title", "no_password", "next_steps", "report"))
    scam = t.text("scam_warning")
    check_text(t, "scam_warning", scam, 220)
    title = t.text("no_password_title")
    check_text(t, "no_password_title", title, 60)
    no_password = t.texts("no_password", at_most=3)
    next_steps = t.texts("next_steps", at_most=4)
    for key, items in (("no_password", no_password), ("next_steps", next_steps)):
        for n, item in enumerate(items, 1):
            check_text(t, f"{key}[{n}]", item, 200)
    return NoticeText(scam, title, no_password, next_steps, _report_words(t.table("report")))


def load_notices(file: Path) -> Notices:
    """Read and check notices.toml; ContentError names the file, the key and the line."""
    t = TomlTable.load(file)
    t.only((*SOURCING_KEYS, *LANGUAGES), SOURCING_OPTIONAL)
    sourcing = read_sourcing(t)
    text = {lang: _text(t.table(lang)) for lang in LANGUAGES}
    for key in ("no_password", "next_steps"):
        t.same_length(key, {lang: getattr(text[lang], key) for lang in LANGUAGES})
    return Notices(text, sourcing, file)
