"""Step-by-step guides for the person's own phone or mail provider, read from guides/*.toml.

Each file is one guide, with its Vietnamese and English text side by side, the causes it
helps with (which decide the cause pages that offer it), its sources and facts, and
optionally a picture for some steps. Office staff correct a step by editing the file;
every file is read with the strict content reader, so a mistake is reported with the
file, the key and the line, never shown as a blank or half-translated page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from app.core.content.text import check_text
from app.core.content.toml import (
    LANGUAGES,
    SOURCING_KEYS,
    SOURCING_OPTIONAL,
    ContentError,
    Sourced,
    Sourcing,
    TomlTable,
    read_sourcing,
)
from app.core.flow import CAUSES, CauseResult, StepId

# The cause ids the flow uses (CONTENT.md §3); a guide names the ones it helps with.
CAUSE_IDS: frozenset[str] = frozenset(cause.value for cause in CAUSES)

GuideError = ContentError  # the name the guide loader's error had before the content reader was shared

_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PICTURE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.(?:svg|png)")
NAME_MAX, INTRO_MAX, STEP_MAX = 60, 400, 400


class GuideKind(StrEnum):
    """What a guide is about, which decides the picker it appears in."""

    SMS = "sms"
    EMAIL = "email"
    ANY_PHONE = "any-phone"
    WHICH_PHONE = "which-phone"


# Which "show me the steps" answer leads to a guide of each kind (the which-phone guide is a helper of the phone list).
_ANSWER_OF_KIND = {GuideKind.SMS: CauseResult.PHONE_GUIDE, GuideKind.ANY_PHONE: CauseResult.PHONE_GUIDE,
                   GuideKind.EMAIL: CauseResult.EMAIL_GUIDE}


@dataclass(frozen=True)
class GuideText:
    """A guide in one language: its name in the picker, a short intro, the numbered steps."""

    name: str
    intro: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class Guide(Sourced):
    """One guide, for one phone family, one mail provider, or the checks every phone needs.

    ``applies_to`` says in each language which phones or services it is for (shown on
    its tile); ``pictures`` maps a step number (from 1) to its picture files.
    """

    id: str
    kind: GuideKind
    applies_to: Mapping[str, str]
    causes: tuple[str, ...]
    order: int
    sourcing: Sourcing
    domains: tuple[str, ...]
    generic: bool
    vi: GuideText
    en: GuideText
    pictures: Mapping[int, tuple[Path, ...]] = field(default_factory=dict)
    file: Path | None = None

    def text(self, lang: str) -> GuideText:
        """The guide's text in ``lang`` ("vi" or "en"); both are always present once loaded."""
        if lang == "vi":
            return self.vi
        if lang == "en":
            return self.en
        raise ValueError(f"no guide text in language {lang!r}; choose one of {LANGUAGES}")


def default_folder() -> Path:
    """The folder the program ships its guides in: ``resources/guides``."""
    from app.core.paths import resources_dir

    return resources_dir() / "guides"


def default_picture_folder() -> Path:
    """The folder of the guides' pictures: ``resources/pictures``."""
    from app.core.paths import resources_dir

    return resources_dir() / "pictures"


def load_guides(folder: Path | None = None, picture_folders: Sequence[Path] | None = None) -> list[Guide]:
    """Read and check every ``*.toml`` guide in ``folder``, sorted by their picker order.

    Raises ContentError naming the file, the key and the line at the first problem: a file
    that is not valid TOML, a missing, unknown or mistyped key, a language without text, a
    different number of steps in Vietnamese and English, an unknown cause, a picture file
    that is not there, two guides claiming one mail domain.
    """
    folder = default_folder() if folder is None else folder
    guides = [load_guide(path, picture_folders) for path in sorted(folder.glob("*.toml"))]
    check_together(guides)
    return sort_guides(guides)


def sort_guides(guides: Iterable[Guide]) -> list[Guide]:
    return sorted(guides, key=lambda g: (g.order, g.id))


def guides_for(guides: Iterable[Guide], kind: GuideKind | str, cause: StepId | str | None = None) -> list[Guide]:
    """The guides of one kind (every SMS guide for the phone picker), in order.

    With ``cause``, only those that help with it (that name it in their ``causes``).
    """
    wanted = GuideKind(kind)
    return [g for g in guides if g.kind is wanted and (cause is None or str(cause) in g.causes)]


def guide_offers(guides: Iterable[Guide]) -> dict[StepId, tuple[CauseResult, ...]]:
    """Per cause page, the "show me the steps" answers it offers: a phone guide, a mail guide, or both.

    Decided by the guides' own ``causes``: a page offers the phone guides when a phone
    guide (or the checks for every phone) names it, the mail guides when a mail guide does.
    """
    offers: dict[StepId, tuple[CauseResult, ...]] = {}
    guides = list(guides)
    for cause in CAUSES:
        kinds = {_ANSWER_OF_KIND[g.kind] for g in guides if g.kind in _ANSWER_OF_KIND and cause.value in g.causes}
        answers = tuple(a for a in (CauseResult.PHONE_GUIDE, CauseResult.EMAIL_GUIDE) if a in kinds)
        if answers:
            offers[cause] = answers
    return offers


def guide_by_id(guides: Iterable[Guide], guide_id: str) -> Guide:
    """The guide with this id; KeyError if there is none."""
    for guide in guides:
        if guide.id == guide_id:
            return guide
    raise KeyError(guide_id)


def guess_provider(guides: Iterable[Guide], email: str) -> Guide | None:
    """The mail guide that fits the address the person gave, guessed from its domain.

    An address at a domain no guide lists gets the generic mail guide. Without a domain
    (nothing after "@") there is nothing to guess from, and the answer is None.
    """
    _, at, domain = email.strip().rpartition("@")
    domain = domain.strip().rstrip(".").lower()
    if not at or not domain:
        return None
    mail_guides = guides_for(guides, GuideKind.EMAIL)
    for guide in mail_guides:
        if domain in guide.domains:
            return guide
    return next((g for g in mail_guides if g.generic), None)


# --- reading one file -------------------------------------------------------------------

_REQUIRED = ("id", "kind", "applies_to", "causes", "order", *SOURCING_KEYS, *LANGUAGES)
_OPTIONAL = ("domains", "generic", "pictures", *SOURCING_OPTIONAL)


def load_guide(path: Path, picture_folders: Sequence[Path] | None = None) -> Guide:
    """Read and check one guide file (see ``load_guides``)."""
    t = TomlTable.load(path)
    t.only(_REQUIRED, _OPTIONAL)
    guide_id = t.text("id")
    if not _ID_PATTERN.fullmatch(guide_id):
        t.fail("id", f"{guide_id!r} may use only a-z, 0-9 and single dashes")
    if guide_id != path.stem:
        t.fail("id", f"is {guide_id!r} but must equal the file name {path.stem!r}")
    kind = t.choice("kind", GuideKind)
    applies_to = t.languages("applies_to")
    for lang, value in applies_to.items():
        check_text(t, f"applies_to.{lang}", value, 120)
    causes = t.texts("causes", at_least=0)
    for n, cause in enumerate(causes, 1):
        if cause not in CAUSE_IDS:
            t.fail(f"causes[{n}]", f"unknown cause {cause!r}; known: {', '.join(sorted(CAUSE_IDS))}")
    if not causes and kind is not GuideKind.WHICH_PHONE:
        t.fail("causes", "must name at least one cause this guide helps with")
    if causes and kind is GuideKind.WHICH_PHONE:
        t.fail("causes", "the which-phone guide is offered from the phone list, not from a cause page: leave it []")
    order = t.integer("order")
    sourcing = read_sourcing(t)
    domains = _domains(t, kind)
    generic = t.boolean("generic", False)
    texts = {lang: _text(t.table(lang)) for lang in LANGUAGES}
    if len(texts["vi"].steps) != len(texts["en"].steps):
        t.fail("en.steps", f"vi has {len(texts['vi'].steps)} steps but en has {len(texts['en'].steps)};"
               " both languages need the same steps in the same order")
    pictures = _pictures(t, len(texts["vi"].steps), picture_folders)
    return Guide(id=guide_id, kind=kind, applies_to=applies_to, causes=causes, order=order, sourcing=sourcing,
                 domains=domains, generic=generic, vi=texts["vi"], en=texts["en"], pictures=pictures, file=path)


def _domains(t: TomlTable, kind: GuideKind) -> tuple[str, ...]:
    if not t.has("domains"):
        return ()
    domains = t.texts("domains")
    if domains and kind is not GuideKind.EMAIL:
        t.fail("domains", "only a mail guide (kind = \"email\") can list mail domains")
    for n, domain in enumerate(domains, 1):
        if domain != domain.lower() or "@" in domain or "." not in domain or " " in domain:
            t.fail(f"domains[{n}]", f"{domain!r} must be a lower-case domain like gmail.com")
    return domains


def _text(t: TomlTable) -> GuideText:
    t.only(("name", "intro", "steps"))
    name, intro = t.text("name"), t.text("intro")
    check_text(t, "name", name, NAME_MAX)
    check_text(t, "intro", intro, INTRO_MAX)
    steps = t.texts("steps")
    for n, step in enumerate(steps, 1):
        check_text(t, f"steps[{n}]", step, STEP_MAX)
    return GuideText(name=name, intro=intro, steps=steps)


def _pictures(t: TomlTable, steps: int, folders: Sequence[Path] | None) -> dict[int, tuple[Path, ...]]:
    """``[pictures]``: step number (from 1, written "2") -> a file name under resources/pictures/, or a list
    of them (a step done on a phone or on a computer shows both)."""
    if not t.has("pictures"):
        return {}
    pt = t.table("pictures")
    folders = list(folders) if folders is not None else [default_picture_folder()]
    found: dict[int, tuple[Path, ...]] = {}
    for key in pt.data:
        if not key.isdigit() or not 1 <= int(key) <= steps:
            pt.fail(key, f"should be a step number from 1 to {steps}, written in quotes like \"2\"")
            continue
        names = pt.texts(key) if isinstance(pt.data[key], list) else (pt.text(key),)
        places = []
        for name in names:
            if not isinstance(name, str):
                continue
            if not _PICTURE.fullmatch(name):
                pt.fail(key, f"{name!r} should be a file name ending in .svg or .png, without a folder")
                continue
            where = next((folder / name for folder in folders if (folder / name).is_file()), None)
            if where is None:
                pt.fail(key, f"{name!r} is not in {' or '.join(str(f) for f in folders)}")
                continue
            places.append(where)
        if places:
            found[int(key)] = tuple(places)
    return found


# --- checks across files ------------------------------------------------------------------


def check_together(guides: Sequence[Guide]) -> None:
    """Refuse two guides with one id or one mail domain, or two generic guides of one kind."""
    by_id: dict[str, Guide] = {}
    owner: dict[str, Guide] = {}
    generic_of: dict[GuideKind, Guide] = {}
    for guide in guides:
        path = guide.file or Path(f"{guide.id}.toml")
        if guide.id in by_id:
            raise ContentError(path, "id", f"{guide.id!r} is already the id of {by_id[guide.id].file}")
        by_id[guide.id] = guide
        for domain in guide.domains:
            if domain in owner:
                raise ContentError(path, "domains", f"{domain!r} is already listed by {owner[domain].id}.toml")
            owner[domain] = guide
        if guide.generic:
            if guide.kind in generic_of:
                first = generic_of[guide.kind].id
                problem = f"only one {guide.kind.value} guide can be generic; {first}.toml already is"
                raise ContentError(path, "generic", problem)
            generic_of[guide.kind] = guide
