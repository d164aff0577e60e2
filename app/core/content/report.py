"""The content report: every page and guide with the facts it rests on, how sure and since when, oldest first.

For an office to know what to check again (on real phones, on BHXH's pages) before
anything else. ``vssid-helper --content-report`` writes it; the counter's staff panel
shows the same text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from app.core.content.store import ContentSet, active_content
from app.core.content.toml import Fact, Sureness


@dataclass(frozen=True)
class ReportItem:
    """One page or guide of the report."""

    heading: str
    file: Path
    reviewed: dt.date
    facts: tuple[Fact, ...]

    @property
    def age(self) -> tuple[int, dt.date]:
        return min((fact_age(f) for f in self.facts), default=(3, dt.date.max))


def fact_age(fact: Fact) -> tuple[int, dt.date]:
    """What to check first: unconfirmed facts, then facts no dated source states, then the oldest."""
    if fact.sure is Sureness.UNCONFIRMED:
        return (0, dt.date.min)
    if fact.confirmed is None:
        return (1, dt.date.min)
    return (2, fact.confirmed)


def report_items(lang: str, content: ContentSet | None = None) -> list[ReportItem]:
    """Every cause page, the ways-in page, every guide and the notices, the one with the oldest fact first."""
    content = content or active_content()
    words = content.notices.text[lang].report
    items = [ReportItem(words["cause_page"].format(title=page.text[lang].title), page.file, page.reviewed,
                        page.facts) for page in content.causes.values()]
    items.append(ReportItem(words["ways_page"], content.ways.file, content.ways.sourcing.reviewed,
                            content.ways.sourcing.facts))
    items += [ReportItem(words["guide"].format(title=guide.text(lang).name), guide.file or Path(guide.id),
                         guide.reviewed, guide.facts) for guide in content.guides]
    notices = content.notices
    items.append(ReportItem(words["notices"], notices.file, notices.sourcing.reviewed, notices.sourcing.facts))
    return sorted(items, key=lambda item: (item.age, item.heading))


def _date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _shown_file(file: Path) -> str:
    from app.core.paths import data_root

    try:
        return str(file.relative_to(data_root()))
    except ValueError:
        return str(file)


def content_report(lang: str = "vi", content: ContentSet | None = None) -> str:
    """The whole report as plain text in ``lang`` ("vi" or "en")."""
    content = content or active_content()
    words = content.notices.text[lang].report
    lines = [words["heading"], words["in_use"].format(origin=content.origin.describe(words)), words["intro"]]
    problems = list(content.problems)
    if content.guide_problem is not None:
        problems.append(str(content.guide_problem))
    if problems:
        lines += ["", words["problems"], *(f"- {p}" for p in problems)]
    for item in report_items(lang, content):
        where = words["file"].format(file=_shown_file(item.file))
        lines += ["", f"== {item.heading} ==", f"{where} · {words['reviewed'].format(date=_date(item.reviewed))}"]
        for fact in sorted(item.facts, key=fact_age):
            when = words["confirmed"].format(date=_date(fact.confirmed)) if fact.confirmed else (
                "" if fact.sure is Sureness.UNCONFIRMED else words["undated"])
            lines.append(f"- [{words[fact.sure.value]}]{' ' + when if when else ''}: {fact.says[lang]}")
            if fact.note:
                lines.append(f"  {words['note']}: {fact.note[lang]}")
            for source in fact.sources:
                dated = f", {_date(source.date)}" if source.date else ""
                lines.append(f"  {words['sources']}: {source.title} ({words[source.sure.value]}{dated}) {source.url}")
    return "\n".join(lines) + "\n"


def _plain_letters(text: str) -> str:
    """The text without diacritics (đ as d), for a console that cannot show Vietnamese letters."""
    import unicodedata

    text = text.replace("đ", "d").replace("Đ", "D").replace("\u201c", '"').replace("\u201d", '"')
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def write_report(lang: str, target: str, content: ContentSet | None = None, stdout: TextIO | None = None) -> int:
    """``--content-report [FILE]``: the report in ``lang`` to FILE (UTF-8), or to standard output for "-".

    A console that cannot show Vietnamese letters gets them without diacritics, after a line
    that says so; no console at all is an error (exit code 2), with a message if one can be shown.
    """
    import sys

    text = content_report(lang, content)
    if target != "-":
        try:
            Path(target).write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"content report: cannot write {target}: {exc.strerror}", file=sys.stderr)
            return 1
        return 0
    out = stdout if stdout is not None else sys.stdout
    if out is None:  # a windowed program started without a console
        return 2
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        note = "(This console cannot show Vietnamese letters: they are written without diacritics. "
        note += "Use --content-report FILE for the full text.)\n"
        text = (note + _plain_letters(text)).encode(encoding, errors="replace").decode(encoding, errors="replace")
    out.write(text)
    out.flush()
    return 0


def report_cli(lang: str | None, target: str, site_settings: Path | None = None, data_dir: Path | None = None) -> int:
    """Write the report of the content these settings use (their ``content_dir``), without a window."""
    from app.core.content.store import load_content
    from app.core.settings import load_settings, site_settings_file, user_settings_file

    site = site_settings if site_settings is not None else site_settings_file()
    settings, _ = load_settings(site, user_settings_file(data_dir), {})
    content = load_content(settings.content_dir, kiosk=settings.kiosk)
    return write_report(lang or "vi", target, content)
