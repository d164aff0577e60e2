"""The plain-text summary a person reads to the hotline operator or shows at the counter."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from app import __version__
from app.core.content import LANGUAGES, ContentError, TomlTable, cause_pages
from app.core.flow import Arrived, CauseResult, ChannelChoice, Flow, Registration, StepId
from app.core.paths import resources_dir

_KEYS = (
    "heading phone email bhxh_code not_given registration channel checked result still_missing made_by "
    "in_app office_or_employer not_sure sms by_email not_this fixed arrived_no"
).split()


@cache
def summary_words(file: Path | None = None) -> dict[str, dict[str, str]]:
    """The summary's fixed words per language, from resources/summary.toml."""
    t = TomlTable.load(file or resources_dir() / "summary.toml")
    words = {}
    for lang in LANGUAGES:
        lt = t.table(lang)
        words[lang] = {key: lt.text(key) for key in _KEYS}
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
            found = w["fixed"] if result is CauseResult.FIXED else w["not_this"]
            lines.append(f"- {pages[step].text[lang].title}: {found}")
    if any(e.step is StepId.ARRIVED and e.answer is Arrived.NO for e in flow.path):
        lines.append(w["arrived_no"])
    lines.append(f"{w['result']}: {w['still_missing']}")
    made = (now or dt.datetime.now().astimezone()).strftime("%d/%m/%Y %H:%M")
    lines.append(f"{w['made_by']} {__version__}, {made}")
    return "\n".join(lines)
