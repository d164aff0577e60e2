"""The plain-text summary a person reads to the hotline operator or shows at the counter.

It says only what the person said or did: who and which contact, how they registered, what
they did with its local time (in the words of resources/vocabulary.toml), each cause already
checked with its result, and how long ago the last request for the password was. The facts
are gathered once (``SummaryFacts``) and written out in Vietnamese (always: the operator works
in Vietnamese), in English beside it, and as a shorter main part for the QR code. The words
come from resources/summary.toml, so an office can correct them.
"""

from __future__ import annotations

import datetime as dt
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from app import __version__
from app.core.attempts import Attempt
from app.core.clock import SHOWN
from app.core.contact.bhxh_code import BhxhCodeCheck, CodeKind
from app.core.contact.identity import ContactRef
from app.core.content import LANGUAGES, ContentError, TomlTable, WayText, ways_in
from app.core.content.guides import Guide, GuideError, default_folder, guess_provider, load_guides
from app.core.flow import (
    CAUSES,
    Arrived,
    CauseResult,
    ChannelChoice,
    Flow,
    GuideTicks,
    Registration,
    StepId,
    WaysInResult,
)
from app.core.paths import resources_dir

# Fixed words, and the {fields} each one must hold (empty: none).
_KEYS: dict[str, frozenset[str]] = {
    key: frozenset(fields.split())
    for key, fields in {
        "heading": "", "phone": "", "network": "name", "email": "", "provider": "name",
        "bhxh_code": "", "personal_id": "", "code_as_typed": "", "not_given": "", "registration": "", "channel": "",
        "in_app": "", "office_or_employer": "", "not_sure": "",
        "sms": "", "by_email": "", "attempts": "", "no_attempts": "", "no_causes": "",
        "not_this": "", "fixed": "", "arrived_no": "", "ways_seen": "", "since_last": "",
        "since_unknown": "", "under_a_minute": "", "day": "n", "days": "n", "hour": "n", "hours": "n",
        "minute": "n", "minutes": "n", "made_by": "time version", "short_heading": "", "short_phone": "",
        "last_request": "", "ruled_out": "", "fixed_short": "", "content": "which", "guide_followed": "name done total",
        "guide_which": "steps",
    }.items()
}

# A QR code of up to this many UTF-8 bytes stays at version 19 or below with error correction M,
# which a phone camera still reads from a screen; a longer summary goes in as its main part only.
QR_MAX_BYTES = 600
QR_ERROR = "m"
# Each field a person typed is cut to this length in the QR code's shorter text, so that it always fits.
_SHORT_FIELD = 100
# The ways in that need no SMS, listed on the hotline page before the number.
TRY_FIRST = ("hotline_key8", "email_recovery", "vneid")


# The printed page's own words (summary.toml [<lang>.print]): headings and the lines around the summary.
_PRINT_KEYS = ("hotline", "cost", "who", "say_first_title", "qr", "try_first", "next_steps", "scam")


@dataclass(frozen=True)
class SummaryWords:
    """The summary's words in one language, and those of its printed page."""

    text: dict[str, str]
    cause: dict[StepId, str]
    cause_short: dict[StepId, str]
    printed: dict[str, str]
    say_first: tuple[str, ...]  # what to tell the operator first, in order


@dataclass(frozen=True)
class SummarySection:
    """One part of the summary: a title (empty when the lines speak for themselves) and its lines.

    ``key`` says which part it is (contact, attempts, not_this, fixed, notes, since, made_by),
    so that a printed page can set each part apart; ``bullets`` marks a list.
    """

    key: str
    title: str
    lines: tuple[str, ...]
    bullets: bool = False


# The summary's parts in the operator's order; a blank line separates the groups in the text.
SummaryGroups = tuple[tuple[SummarySection, ...], ...]


@dataclass(frozen=True)
class SummaryQr:
    """What the summary's QR code holds, and its modules (True is dark), without the quiet zone.

    ``complete`` is False when the whole summary was too long for a code a phone reads
    from a screen, and the code holds only its main part.
    """

    text: str
    complete: bool
    modules: tuple[tuple[bool, ...], ...]
    version: int

    QUIET_ZONE = 4  # light modules on every side, as the QR standard asks


@dataclass(frozen=True)
class HotlineSummary:
    """Everything the hotline page shows: the Vietnamese summary, its English version, its QR code."""

    vietnamese: str
    english: str
    essential: str  # what the QR code holds when the whole summary is too long for one
    groups: dict[str, SummaryGroups] = field(default_factory=dict, compare=False)  # the same, in parts, by language

    @cached_property
    def qr(self) -> SummaryQr:
        """The QR code, made on first use: choosing its mask takes tens of milliseconds."""
        return summary_qr(self.vietnamese, self.essential)

    @classmethod
    def build(
        cls,
        flow: Flow,
        now: dt.datetime | None = None,
        attempts: Sequence[Attempt] = (),
        *,
        network: str | None = None,
        provider: str | None = None,
    ) -> HotlineSummary:
        """Make both texts and the QR code's main part for this session from one gathering of its facts."""
        facts = SummaryFacts.gather(flow, now, attempts, network=network, provider=provider)
        groups = {lang: summary_groups(facts, lang) for lang in LANGUAGES}
        return cls(summary_text(groups["vi"], "vi"), summary_text(groups["en"], "en"), essential_summary(facts, "vi"),
                   groups)


def _load_words(t: TomlTable) -> SummaryWords:
    t.only([*_KEYS, "cause", "cause_short", "print"])  # a mistyped key is refused, like in every content file
    text = {}
    for key, fields in _KEYS.items():
        value = t.text(key)
        try:
            found = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            raise ContentError(t.file, t._name(key), f"a brace is not closed ({exc})") from None
        if found != fields:
            want = ", ".join(f"{{{f}}}" for f in sorted(fields)) or "no {field}"
            raise ContentError(t.file, t._name(key), f"should hold {want}")
        text[key] = value
    causes = {}
    for table in ("cause", "cause_short"):
        ct = t.table(table)
        ct.only([cause.value for cause in CAUSES])
        causes[table] = {cause: ct.text(cause.value) for cause in CAUSES}
    printed = t.table("print")
    printed.only([*_PRINT_KEYS, "say_first"])
    return SummaryWords(text, causes["cause"], causes["cause_short"], {key: printed.text(key) for key in _PRINT_KEYS},
                        printed.texts("say_first"))


@cache
def summary_words(file: Path | None = None) -> dict[str, SummaryWords]:
    """The summary's words per language, from resources/summary.toml; a broken file raises ContentError."""
    t = TomlTable.load(file or resources_dir() / "summary.toml")
    t.only(["reviewed", *LANGUAGES])
    t.date("reviewed")
    return {lang: _load_words(t.table(lang)) for lang in LANGUAGES}


def ways_to_try_first(lang: str) -> tuple[WayText, ...]:
    """The ways in that need no SMS to try before calling (key 8, email recovery, VNeID), in ``lang``."""
    by_id = {way.id: way for way in ways_in()}
    return tuple(by_id[way_id].text[lang] for way_id in TRY_FIRST)


# -- the facts, gathered once -----------------------------------------------------------------


def _as_text(value: str | None) -> str:
    """Typed text on one line: no line breaks or control characters that could forge a line of the summary."""
    if not value:
        return ""
    kept = (" " if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} else ch for ch in value)
    return " ".join("".join(kept).split())


def _cut(value: str, limit: int = _SHORT_FIELD) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _content_in_use(lang: str) -> str:
    from app.core.content import content_in_use

    return content_in_use(lang)


def _code_label(code: BhxhCodeCheck | None) -> str:
    if code is None or not code.acceptable or code.kind is None:
        return "code_as_typed" if code is not None else "bhxh_code"
    return "personal_id" if code.kind is CodeKind.PERSONAL_ID else "bhxh_code"


def _aware_now(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now().astimezone()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware: the summary shows local times")
    return now


@dataclass(frozen=True)
class SummaryFacts:
    """What the summary tells, gathered once from the flow and the log at the moment ``now``."""

    now: dt.datetime
    phone: str
    email: str
    bhxh_code: str
    code_label: str  # which number the code is: "bhxh_code", "personal_id", or "code_as_typed" when unsure
    network: str
    provider: str
    registration: Registration | None
    channel: ChannelChoice | None
    attempts: tuple[Attempt, ...]  # oldest first
    causes: tuple[tuple[StepId, CauseResult], ...]
    guides: tuple[GuideTicks, ...]
    arrived_no: bool
    ways_seen: bool

    @classmethod
    def gather(
        cls, flow: Flow, now: dt.datetime | None = None, attempts: Sequence[Attempt] = (), *,
        network: str | None = None, provider: str | None = None,
    ) -> SummaryFacts:
        """The facts of ``flow`` and its ``attempts``; the phone's network and the mail provider from the contact."""
        now = _aware_now(now)
        for attempt in attempts:
            if attempt.at.tzinfo is None:
                raise ValueError(f"attempt time {attempt.at} is not timezone-aware")
        latest: dict[StepId, CauseResult] = {}
        for step, result in flow.cause_results():
            latest.pop(step, None)  # a page answered twice counts once, where it was last answered
            latest[step] = result
        contact = flow.contact
        if network is None and contact.phone:
            network = contact.phone_check.network
        phone_ref = ContactRef.phone(contact.phone) if contact.phone else None
        code = contact.bhxh_code_check if contact.bhxh_code else None
        if provider is None:
            provider = _provider_name(contact.email)
        return cls(
            now=now,
            # As the contact page showed it (0912 345 678), or as typed when the checks did not take it.
            phone=phone_ref.display if phone_ref is not None else _as_text(contact.phone),
            email=_as_text(contact.email),
            bhxh_code=_as_text(contact.bhxh_code),
            code_label=_code_label(code),
            network=_as_text(network),
            provider=_as_text(provider),
            registration=flow.registration,
            channel=flow.channel,
            attempts=tuple(sorted(attempts, key=lambda a: (a.at, a.id))),
            causes=tuple(latest.items()),
            guides=tuple(t for t in flow.guide_ticks() if not t.finds_device),
            arrived_no=any(e.step is StepId.ARRIVED and e.answer is Arrived.NO for e in flow.path),
            ways_seen=any(e.step is StepId.WAYS_IN and e.answer is WaysInResult.NEED_HELP for e in flow.path),
        )

    def code_line(self, w: dict[str, str]) -> str:
        """The code field's line: the mã số BHXH or the số định danh cá nhân, as typed and named."""
        return f"{w[self.code_label]}: {self.bhxh_code or w['not_given']}"

    @property
    def last_request(self) -> dt.datetime | None:
        """When the person last asked for the password (pressed "Quên mật khẩu" or called key 8), local time."""
        asked = [a.at for a in self.attempts if a.action.sends]
        return asked[-1].astimezone(self.now.tzinfo) if asked else None

    def local(self, moment: dt.datetime) -> str:
        """A time as the summary shows it, in the time zone of ``now``."""
        return moment.astimezone(self.now.tzinfo).strftime(SHOWN)


# -- the texts --------------------------------------------------------------------------------


def _words(lang: str) -> SummaryWords:
    if lang not in LANGUAGES:
        raise ContentError(Path("summary.toml"), lang, "no such language")
    return summary_words()[lang]


def _with_note(value: str, template: str, note: str) -> str:
    return f"{value} ({template.format(name=note)})" if note else value


def _duration(span: dt.timedelta, w: dict[str, str]) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 1:
        return w["under_a_minute"]
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [(days, "day"), (hours, "hour")] if days else [(hours, "hour"), (minutes, "minute")]
    return " ".join(w[unit if n == 1 else unit + "s"].format(n=n) for n, unit in parts if n)


def _attempt_line(attempt: Attempt, facts: SummaryFacts, lang: str) -> str:
    from app.core.vocabulary import attempt_words

    words = attempt_words(lang)
    return f"{facts.local(attempt.at)}: {words.action[attempt.action]}: {words.outcome[attempt.outcome]}"


def _since_last(facts: SummaryFacts, w: dict[str, str]) -> str | None:
    last = facts.last_request
    if last is None:
        return None
    span = facts.now - last
    return w["since_unknown"] if span < dt.timedelta(0) else _duration(span, w)


def summary_groups(facts: SummaryFacts, lang: str = "vi") -> SummaryGroups:
    """The summary of this person's session in parts, in the operator's order, in ``lang``.

    The contact (with the phone's network and the email's provider when known) and how they
    registered; then what they did with its local time (the time zone of ``facts.now``) and the
    time since the last request; then each cause page with its result and the guides followed;
    then the program's version. Text the person typed is kept as typed, on one line.
    """
    words = _words(lang)
    w = words.text
    contact = [
        f"{w['phone']}: {_with_note(facts.phone, w['network'], facts.network) if facts.phone else w['not_given']}",
        f"{w['email']}: {_with_note(facts.email, w['provider'], facts.provider) if facts.email else w['not_given']}",
        facts.code_line(w),
    ]
    registration = {
        Registration.IN_APP: w["in_app"],
        Registration.OFFICE_OR_EMPLOYER: w["office_or_employer"],
        Registration.NOT_SURE: w["not_sure"],
    }.get(facts.registration) if facts.registration else None
    if registration:
        contact.append(f"{w['registration']}: {registration}")
    channel = {
        ChannelChoice.SMS: w["sms"],
        ChannelChoice.EMAIL: w["by_email"],
        ChannelChoice.NOT_SURE: w["not_sure"],
    }.get(facts.channel) if facts.channel else None
    if channel:
        contact.append(f"{w['channel']}: {channel}")
    done = tuple(_attempt_line(a, facts, lang) for a in facts.attempts)
    attempts = SummarySection("attempts", w["attempts"], done, bullets=True) if done else SummarySection(
        "attempts", w["attempts"], (w["no_attempts"],))

    causes = []
    for key, result in (("not_this", CauseResult.NOT_THIS), ("fixed", CauseResult.FIXED)):
        found = tuple(words.cause[step] for step, r in facts.causes if r is result)
        if found:
            causes.append(SummarySection(key, w[key], found, bullets=True))
    notes = guide_lines(facts, lang)
    if not facts.causes and not notes:
        notes.append(w["no_causes"])
    if facts.arrived_no:
        notes.append(w["arrived_no"])
    if facts.ways_seen:
        notes.append(w["ways_seen"])
    if notes:
        causes.append(SummarySection("notes", "", tuple(notes)))

    done_group = [attempts]
    since = _since_last(facts, w)
    if since:  # with what was done: read first on a short screen
        done_group.append(SummarySection("since", "", (f"{w['since_last']}: {since}",)))
    made_by = SummarySection("made_by", "", (w["made_by"].format(time=facts.local(facts.now), version=__version__),
                                             w["content"].format(which=_content_in_use(lang))))
    groups = [(SummarySection("contact", "", tuple(contact)),), tuple(done_group), tuple(causes), (made_by,)]
    return tuple(group for group in groups if group)


def summary_text(groups: SummaryGroups, lang: str = "vi") -> str:
    """The summary as plain text: its heading, then each part, a blank line between the groups."""
    lines = [_words(lang).text["heading"]]
    for n, group in enumerate(groups):
        if n:
            lines.append("")
        for section in group:
            if section.title:
                lines.append(f"{section.title}:")
            lines += [f"- {line}" if section.bullets else line for line in section.lines]
    return "\n".join(lines)


def hotline_summary(facts: SummaryFacts, lang: str = "vi") -> str:
    """The summary of this person's session as plain text, in ``lang`` (see ``summary_groups``).

    Nothing a person typed is read as markup.
    """
    return summary_text(summary_groups(facts, lang), lang)


def essential_summary(facts: SummaryFacts, lang: str = "vi") -> str:
    """The main part of the summary, for a QR code that cannot hold all of it.

    The contact, the mã số BHXH, the last request's local time and the causes already
    checked in a few words each; the first line says that this is only the main part.
    """
    words = _words(lang)
    w = words.text
    lines = [w["short_heading"]]
    if facts.phone:
        lines.append(f"{w['short_phone']}: {_with_note(_cut(facts.phone), '{name}', facts.network)}")
    if facts.email:
        lines.append(f"{w['email']}: {_with_note(_cut(facts.email), '{name}', facts.provider)}")
    lines.append(f"{w[facts.code_label]}: {_cut(facts.bhxh_code) or w['not_given']}")
    if facts.last_request:
        since = _since_last(facts, w)
        lines.append(f"{w['last_request']}: {facts.local(facts.last_request)} ({since})")
    ruled_out = [words.cause_short[s] for s, r in facts.causes if r is CauseResult.NOT_THIS]
    fixed = [words.cause_short[s] for s, r in facts.causes if r is CauseResult.FIXED]
    if ruled_out:
        lines.append(f"{w['ruled_out']}: {', '.join(ruled_out)}")
    if fixed:
        lines.append(f"{w['fixed_short']}: {', '.join(fixed)}")
    return "\n".join(lines)


def summary_qr(full: str, essential: str) -> SummaryQr:
    """The QR code of ``full`` if it is short enough to read from a screen, else of ``essential``."""
    complete = len(full.encode("utf-8")) <= QR_MAX_BYTES
    text = full if complete else essential
    # Byte mode in UTF-8 always (phones read it); never a Micro QR, which phones do not read.
    import segno  # only the hotline page needs it: kept out of start-up

    code = segno.make(text, error=QR_ERROR, micro=False, encoding="utf-8")
    modules = tuple(tuple(bool(m) for m in row) for row in code.matrix)
    return SummaryQr(text, complete, modules, int(code.version))


@cache
def _guides_in(folder: Path) -> list[Guide]:
    # Read once per folder: the summary is rebuilt at every visit of the hotline page.
    return load_guides(folder)


def _provider_name(email: str) -> str | None:
    """The mail provider's name for the operator, from the address's domain (None when unknown)."""
    if not email:
        return None
    try:
        guide = guess_provider(_guides_in(default_folder()), email)
    except (GuideError, OSError):
        return None
    return guide.text("vi").name if guide and not guide.generic else None


def guide_lines(facts: SummaryFacts, lang: str = "vi") -> list[str]:
    """One line per phone or mail guide followed: its name, how many of its steps were ticked, and which.

    The guide that only helps find out which phone one has is left out: it fixes nothing.
    """
    if not facts.guides:
        return []
    w = _words(lang).text
    try:
        names = {g.id: g.text(lang).name for g in _guides_in(default_folder())}
    except (GuideError, OSError):
        names = {}  # the file id still tells the operator which guide it was
    lines = []
    for ticks in facts.guides:
        line = w["guide_followed"].format(
            name=names.get(ticks.guide_id, ticks.guide_id), done=len(ticks.ticked), total=ticks.total)
        if ticks.ticked and len(ticks.ticked) < ticks.total:
            line += " " + w["guide_which"].format(steps=", ".join(str(n + 1) for n in ticks.ticked))
        lines.append(line)
    return lines
