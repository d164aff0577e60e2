"""The plain-text summary a person reads to the hotline operator or shows at the counter."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from app import __version__
from app.core.content import LANGUAGES, ContentError, TomlTable, cause_pages
from app.core.flow import Arrived, ChannelChoice, Flow, Registration, StepId
from app.core.guides import GuideError, load_guides
from app.core.paths import resources_dir

_KEYS = (
    "heading phone email bhxh_code not_given registration channel checked result still_missing made_by "
    "in_app office_or_employer not_sure sms by_email not_this fixed arrived_no"
).split()
_GUIDE_KEYS = "phone_guide email_guide guide_followed guide_steps".split()


@cache
def summary_words(file: Path | None = None) -> dict[str, dict[str, str]]:
    """The summary's fixed words per language, from resources/summary.toml."""
    t = TomlTable.load(file or resources_dir() / "summary.toml")
    words = {}
    for lang in LANGUAGES:
        lt = t.table(lang)
        words[lang] = {key: lt.text(key) for key in (*_KEYS, *_GUIDE_KEYS)}
    return words


def hotline_summary(flow: Flow, lang: str = "vi", now: dt.datetime | None = None) -> str:
    """The summary of this person's session as plain text, in ``lang``.

    Leads with the contact, then how they registered, each cause page with what
    they found, and the program's version with the local time it was made.
    """
    if lang not in LANGUAGES:
        raise ContentError(Path("summary.toml"), lang, "no such language")
    w = summary_words()[lang]
    contact = flow.contact
    lines = [
        w["heading"],
        f"{w['phone']}: {contact.phone or w['not_given']}",
        f"{w['email']}: {contact.email or w['not_given']}",
        f"{w['bhxh_code']}: {contact.bhxh_code or w['not_given']}",
    ]
    registration = {
        Registration.IN_APP: w["in_app"],
        Registration.OFFICE_OR_EMPLOYER: w["office_or_employer"],
        Registration.NOT_SURE: w["not_sure"],
    }.get(flow.registration)
    if registration:
        lines.append(f"{w['registration']}: {registration}")
    channel = {
        ChannelChoice.SMS: w["sms"],
        ChannelChoice.EMAIL: w["by_email"],
        ChannelChoice.NOT_SURE: w["not_sure"],
    }.get(flow.channel)
    if channel:
        lines.append(f"{w['channel']}: {channel}")
    results = flow.cause_results()
    if results:
        pages = cause_pages()
        lines.append(f"{w['checked']}:")
        for step, result in results:
            found = w[result.value]  # the keys are named after the answers
            lines.append(f"- {pages[step].text[lang].title}: {found}")
    lines += guide_lines(flow, lang)
    if any(e.step is StepId.ARRIVED and e.answer is Arrived.NO for e in flow.path):
        lines.append(w["arrived_no"])
    lines.append(f"{w['result']}: {w['still_missing']}")
    made = (now or dt.datetime.now().astimezone()).strftime("%d/%m/%Y %H:%M")
    lines.append(f"{w['made_by']} {__version__}, {made}")
    return "\n".join(lines)


def guide_lines(flow: Flow, lang: str = "vi") -> list[str]:
    """One line per phone or mail guide followed: its name and how many steps were ticked, which ones.

    The guide that only helps find out which phone one has is left out: it fixes nothing.
    """
    followed = [t for t in flow.guide_ticks() if not t.finds_device]
    if not followed:
        return []
    w = summary_words()[lang]
    try:
        names = {g.id: g.text(lang).name for g in load_guides()}
    except (GuideError, OSError):
        names = {}  # the file id still tells the operator which guide it was
    lines = []
    for ticks in followed:
        done = f"{len(ticks.ticked)}/{ticks.total} {w['guide_steps']}"
        if ticks.ticked:
            done += f" ({', '.join(str(n + 1) for n in ticks.ticked)})"
        lines.append(f"{w['guide_followed']} {names.get(ticks.guide_id, ticks.guide_id)}: {done}")
    return lines
