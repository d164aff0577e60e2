"""Step-by-step guides for the person's own phone or mail provider, read from TOML files.

Each file in ``resources/guides/`` is one guide, with its Vietnamese and English text side
by side. Office staff correct a step by editing the file; this module checks every file
strictly so that a mistake is reported with the file and the field, never shown as a
blank or half-translated page.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from app.core.flow import CAUSES

LANGUAGES: tuple[str, ...] = ("vi", "en")

# The cause ids the flow uses (CONTENT.md §3); a guide names the ones it helps with.
CAUSE_IDS: frozenset[str] = frozenset(cause.value for cause in CAUSES)

_E = TypeVar("_E", bound=StrEnum)

_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

_OPENING_QUOTE = "\u201c"
_CLOSING_QUOTE = "\u201d"


class GuideKind(StrEnum):
    """What a guide is about, which decides the picker it appears in."""

    SMS = "sms"
    EMAIL = "email"
    ANY_PHONE = "any-phone"
    WHICH_PHONE = "which-phone"


class Sureness(StrEnum):
    """How well the menu names in a guide are backed (CONTENT.md's scale)."""

    VENDOR = "vendor"
    SECONDARY = "secondary"
    UNCONFIRMED = "unconfirmed"
    GENERAL = "general"


class GuideError(ValueError):
    """A guide file that cannot be shown; the message names the file and the field."""

    def __init__(self, path: Path, field: str, problem: str) -> None:
        self.path = path
        self.field = field
        self.problem = problem
        super().__init__(f"{path.name}: {field}: {problem}")


@dataclass(frozen=True)
class Source:
    """Where a guide's menu path comes from: a vendor page, a manual, a copy of one."""

    title: str
    url: str


@dataclass(frozen=True)
class GuideText:
    """A guide in one language: its name in the picker, a short intro, the numbered steps.

    ``labels`` are the menu and button names the steps quote between “ and ”, in the
    order they first appear, so a page can show them as they look on the screen.
    """

    name: str
    intro: str
    steps: tuple[str, ...]
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Guide:
    """One guide, for one phone family, one mail provider, or the checks every phone needs."""

    id: str
    kind: GuideKind
    family: str
    applies_to: str
    causes: tuple[str, ...]
    order: int
    reviewed: _dt.date
    sure: Sureness
    sources: tuple[Source, ...]
    domains: tuple[str, ...]
    generic: bool
    vi: GuideText
    en: GuideText

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


def load_guides(folder: Path | None = None) -> list[Guide]:
    """Read and check every ``*.toml`` guide in ``folder``, sorted by their picker order.

    Raises GuideError naming the file and the field at the first problem found: a file
    that is not valid TOML, a missing or mistyped field, a language without text, a
    different number of steps in Vietnamese and English, an unknown cause.
    """
    folder = default_folder() if folder is None else folder
    guides = [_read_file(path) for path in sorted(folder.glob("*.toml"))]
    _check_together(guides, folder)
    return sorted(guides, key=lambda g: (g.order, g.id))


def guides_for(guides: Iterable[Guide], kind: GuideKind | str) -> list[Guide]:
    """The guides of one kind (for example every SMS guide for the phone picker), in order."""
    wanted = GuideKind(kind)
    return [g for g in guides if g.kind is wanted]


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

_TOP_KEYS = {
    "id": True,
    "kind": True,
    "family": True,
    "applies_to": True,
    "causes": True,
    "order": True,
    "reviewed": True,
    "sure": True,
    "sources": True,
    "domains": False,
    "generic": False,
    "vi": True,
    "en": True,
}
_TEXT_KEYS = {"name": True, "intro": True, "steps": True}
_SOURCE_KEYS = {"title", "url"}


def _read_file(path: Path) -> Guide:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise GuideError(path, "(file)", f"not valid TOML: {e}") from e
    except UnicodeDecodeError as e:
        raise GuideError(path, "(file)", f"not UTF-8 text: {e}") from e

    _check_keys(path, data, _TOP_KEYS, prefix="")
    guide_id = _string(path, data, "id")
    if not _ID_PATTERN.fullmatch(guide_id):
        raise GuideError(path, "id", f"{guide_id!r} may use only a-z, 0-9 and single dashes")
    if guide_id != path.stem:
        raise GuideError(path, "id", f"is {guide_id!r} but must equal the file name {path.stem!r}")
    kind = _choice(path, data, "kind", GuideKind)
    family = _string(path, data, "family")
    applies_to = _string(path, data, "applies_to")
    causes = _string_list(path, data, "causes")
    for cause in causes:
        if cause not in CAUSE_IDS:
            raise GuideError(path, "causes", f"unknown cause {cause!r}; known: {sorted(CAUSE_IDS)}")
    if not causes and kind is not GuideKind.WHICH_PHONE:
        raise GuideError(path, "causes", "must name at least one cause this guide helps with")
    order = data["order"]
    if type(order) is not int:
        raise GuideError(path, "order", f"must be a whole number, not {_type_name(order)}")
    reviewed = data["reviewed"]
    if type(reviewed) is not _dt.date:
        raise GuideError(path, "reviewed", f"must be a date like 2026-11-25, not {_type_name(reviewed)}")
    sure = _choice(path, data, "sure", Sureness)
    sources = _sources(path, data)
    domains = _domains(path, data, kind)
    generic = data.get("generic", False)
    if type(generic) is not bool:
        raise GuideError(path, "generic", f"must be true or false, not {_type_name(generic)}")
    texts = {lang: _text(path, data, lang) for lang in LANGUAGES}
    if len(texts["vi"].steps) != len(texts["en"].steps):
        raise GuideError(
            path,
            "steps",
            f"vi has {len(texts['vi'].steps)} steps but en has {len(texts['en'].steps)};"
            " both languages need the same steps in the same order",
        )
    return Guide(
        id=guide_id,
        kind=kind,
        family=family,
        applies_to=applies_to,
        causes=tuple(causes),
        order=order,
        reviewed=reviewed,
        sure=sure,
        sources=sources,
        domains=domains,
        generic=generic,
        vi=texts["vi"],
        en=texts["en"],
    )


def _check_keys(path: Path, table: Mapping[str, Any], keys: Mapping[str, bool], prefix: str) -> None:
    # Unknown keys first: a misspelt field is reported by the name that was typed.
    for key in table:
        if key not in keys:
            raise GuideError(path, prefix + key, f"is not a known field; known: {sorted(keys)}")
    for key, required in keys.items():
        if required and key not in table:
            raise GuideError(path, prefix + key, "is missing")


def _type_name(value: object) -> str:
    names = {str: "text", int: "a number", float: "a number", bool: "true/false", list: "a list"}
    names[dict] = "a table"
    return names.get(type(value), type(value).__name__)


def _string(path: Path, table: Mapping[str, Any], key: str, prefix: str = "") -> str:
    value = table[key]
    if not isinstance(value, str):
        raise GuideError(path, prefix + key, f"must be text, not {_type_name(value)}")
    if not value.strip():
        raise GuideError(path, prefix + key, "is empty")
    return value.strip()


def _string_list(path: Path, table: Mapping[str, Any], key: str, prefix: str = "") -> list[str]:
    value = table[key]
    if not isinstance(value, list):
        raise GuideError(path, prefix + key, f"must be a list, not {_type_name(value)}")
    items: list[str] = []
    for n, item in enumerate(value, start=1):
        if not isinstance(item, str):
            raise GuideError(path, f"{prefix}{key}[{n}]", f"must be text, not {_type_name(item)}")
        if not item.strip():
            raise GuideError(path, f"{prefix}{key}[{n}]", "is empty")
        items.append(item.strip())
    return items


def _choice(path: Path, table: Mapping[str, Any], key: str, enum: type[_E]) -> _E:
    value = _string(path, table, key)
    try:
        return enum(value)
    except ValueError:
        raise GuideError(path, key, f"is {value!r}; must be one of {[e.value for e in enum]}") from None


def _sources(path: Path, data: Mapping[str, Any]) -> tuple[Source, ...]:
    value = data["sources"]
    if not isinstance(value, list) or not value:
        raise GuideError(path, "sources", "must list at least one [[sources]] with a title or a url")
    sources: list[Source] = []
    for n, entry in enumerate(value, start=1):
        field = f"sources[{n}]"
        if not isinstance(entry, dict):
            raise GuideError(path, field, f"must be a table with title and url, not {_type_name(entry)}")
        for key in entry:
            if key not in _SOURCE_KEYS:
                raise GuideError(path, f"{field}.{key}", f"is not a known field; use {sorted(_SOURCE_KEYS)}")
        title = entry.get("title", "")
        url = entry.get("url", "")
        for key, text in (("title", title), ("url", url)):
            if not isinstance(text, str):
                raise GuideError(path, f"{field}.{key}", f"must be text, not {_type_name(text)}")
        title, url = title.strip(), url.strip()
        if not title and not url:
            raise GuideError(path, field, "needs a title or a url")
        if url and not url.startswith(("https://", "http://")):
            raise GuideError(path, f"{field}.url", f"must start with https:// or http://, not {url!r}")
        sources.append(Source(title=title, url=url))
    return tuple(sources)


def _domains(path: Path, data: Mapping[str, Any], kind: GuideKind) -> tuple[str, ...]:
    if "domains" not in data:
        return ()
    domains = _string_list(path, data, "domains")
    if domains and kind is not GuideKind.EMAIL:
        raise GuideError(path, "domains", "only a mail guide (kind = \"email\") can list mail domains")
    for n, domain in enumerate(domains, start=1):
        if domain != domain.lower() or "@" in domain or "." not in domain or " " in domain:
            raise GuideError(path, f"domains[{n}]", f"{domain!r} must be a lower-case domain like gmail.com")
    return tuple(domains)


def _text(path: Path, data: Mapping[str, Any], lang: str) -> GuideText:
    table = data[lang]
    if not isinstance(table, dict):
        raise GuideError(path, lang, f"must be a table [{lang}] with name, intro and steps")
    prefix = f"{lang}."
    _check_keys(path, table, _TEXT_KEYS, prefix=prefix)
    name = _string(path, table, "name", prefix)
    intro = _string(path, table, "intro", prefix)
    steps = _string_list(path, table, "steps", prefix)
    if not steps:
        raise GuideError(path, f"{prefix}steps", "has no steps")
    labels: list[str] = []
    fields = [(f"{prefix}intro", intro)] + [(f"{prefix}steps[{n}]", s) for n, s in enumerate(steps, 1)]
    for field, text in fields:
        for label in _quoted_labels(path, field, text):
            if label not in labels:
                labels.append(label)
    return GuideText(name=name, intro=intro, steps=tuple(steps), labels=tuple(labels))


def _quoted_labels(path: Path, field: str, text: str) -> list[str]:
    """The on-screen names written between “ and ”; the quotes must pair up."""
    labels: list[str] = []
    rest = text
    while True:
        opening = rest.find(_OPENING_QUOTE)
        closing = rest.find(_CLOSING_QUOTE)
        if opening == -1 and closing == -1:
            return labels
        if opening == -1 or (closing != -1 and closing < opening):
            raise GuideError(path, field, f"a closing quote {_CLOSING_QUOTE} comes before its opening quote")
        end = rest.find(_CLOSING_QUOTE, opening + 1)
        nested = rest.find(_OPENING_QUOTE, opening + 1)
        if end == -1 or (nested != -1 and nested < end):
            raise GuideError(path, field, f"an opening quote {_OPENING_QUOTE} is not closed")
        label = rest[opening + 1 : end].strip()
        if not label:
            raise GuideError(path, field, f"has empty quotes {_OPENING_QUOTE}{_CLOSING_QUOTE}")
        labels.append(label)
        rest = rest[end + 1 :]


# --- checks across files ------------------------------------------------------------------


def _check_together(guides: list[Guide], folder: Path) -> None:
    owner: dict[str, Guide] = {}
    generic_of: dict[GuideKind, Guide] = {}
    for guide in guides:
        path = folder / f"{guide.id}.toml"
        for domain in guide.domains:
            if domain in owner:
                raise GuideError(path, "domains", f"{domain!r} is already listed by {owner[domain].id}.toml")
            owner[domain] = guide
        if guide.generic:
            if guide.kind in generic_of:
                first = generic_of[guide.kind].id
                problem = f"only one {guide.kind.value} guide can be generic; {first}.toml already is"
                raise GuideError(path, "generic", problem)
            generic_of[guide.kind] = guide
