"""The cause pages and the "ways in without SMS" page, read from causes/*.toml.

They are data so that office staff can correct a sentence without touching code; each
file carries Vietnamese and English side by side, its sources and the facts it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from app.core.flow import CAUSES, StepId

WAY_IDS = ("email_recovery", "hotline_key8", "vneid", "office")
WAYS_IN_FILE = "ways_in.toml"

# What fits a page at 1366x768 and 150 % text (characters; items per list).
TITLE_MAX, LEAD_MAX, ITEM_MAX = 60, 220, 160
CHECK_ITEMS = ACT_ITEMS = (1, 4)
NEEDS_ITEMS, HOW_ITEMS = (1, 3), (1, 5)


@dataclass(frozen=True)
class CauseText:
    """One cause page in one language."""

    title: str
    lead: str
    check: tuple[str, ...]
    act: tuple[str, ...]


@dataclass(frozen=True)
class CausePage(Sourced):
    """One cause page in both languages, with what it rests on."""

    id: StepId
    text: dict[str, CauseText]
    sourcing: Sourcing
    file: Path


@dataclass(frozen=True)
class WayText:
    title: str
    needs: tuple[str, ...]
    how: tuple[str, ...]


@dataclass(frozen=True)
class WayIn:
    """One way into the account that needs no SMS, with its conditions."""

    id: str
    text: dict[str, WayText]


@dataclass(frozen=True)
class WaysIn:
    """The "ways in without SMS" page: the ways in the order of WAY_IDS, and what the page rests on."""

    ways: tuple[WayIn, ...]
    sourcing: Sourcing
    file: Path


def _texts(t: TomlTable, key: str, limits: tuple[int, int]) -> tuple[str, ...]:
    items = t.texts(key, at_least=limits[0], at_most=limits[1])
    for n, item in enumerate(items, 1):
        check_text(t, f"{key}[{n}]", item, ITEM_MAX)
    return items


def _one_text(t: TomlTable, key: str, limit: int) -> str:
    value = t.text(key)
    check_text(t, key, value, limit)
    return value


def load_cause_page(file: Path) -> CausePage:
    """Read and check one cause page file; ContentError names the file, the key and the line."""
    t = TomlTable.load(file)
    t.only(("id", *SOURCING_KEYS, *LANGUAGES), SOURCING_OPTIONAL)
    page_id = t.text("id")
    if page_id != file.stem:
        t.fail("id", f"is {page_id!r} but the file is named {file.stem!r}")
    if page_id not in {c.value for c in CAUSES}:
        t.fail("id", f"{page_id!r} is not a cause page (known: {', '.join(c.value for c in CAUSES)})")
    sourcing = read_sourcing(t)
    text = {}
    for lang in LANGUAGES:
        lt = t.table(lang)
        lt.only(("title", "lead", "check", "act"))
        text[lang] = CauseText(_one_text(lt, "title", TITLE_MAX), _one_text(lt, "lead", LEAD_MAX),
                               _texts(lt, "check", CHECK_ITEMS), _texts(lt, "act", ACT_ITEMS))
    for key in ("check", "act"):
        t.same_length(key, {lang: getattr(text[lang], key) for lang in LANGUAGES})
    return CausePage(StepId(page_id), text, sourcing, file)


def load_ways_in(file: Path) -> WaysIn:
    """Read and check the ways-in file; the ways come in the order of WAY_IDS."""
    t = TomlTable.load(file)
    t.only((*SOURCING_KEYS, "way"), SOURCING_OPTIONAL)
    sourcing = read_sourcing(t)
    ways = []
    for wt in t.tables("way"):
        wt.only(("id", *LANGUAGES))
        text = {}
        for lang in LANGUAGES:
            lt = wt.table(lang)
            lt.only(("title", "needs", "how"))
            text[lang] = WayText(_one_text(lt, "title", TITLE_MAX), _texts(lt, "needs", NEEDS_ITEMS),
                                 _texts(lt, "how", HOW_ITEMS))
        for key in ("needs", "how"):
            wt.same_length(key, {lang: getattr(text[lang], key) for lang in LANGUAGES})
        ways.append(WayIn(wt.text("id"), text))
    if tuple(w.id for w in ways) != WAY_IDS:
        raise ContentError(file, "way", f"should list {', '.join(WAY_IDS)} in that order")
    return WaysIn(tuple(ways), sourcing, file)


def load_cause_folder(folder: Path) -> tuple[dict[StepId, CausePage], WaysIn]:
    """Every cause page and the ways-in page of ``folder``; a missing or broken file raises ContentError."""
    pages = {}
    for cause in CAUSES:
        file = folder / f"{cause.value}.toml"
        if not file.is_file():
            raise ContentError(file, "(file)", "missing")
        pages[cause] = load_cause_page(file)
    return pages, load_ways_in(folder / WAYS_IN_FILE)
