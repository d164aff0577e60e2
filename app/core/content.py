"""The words of the cause pages and of the "ways in without SMS" page, read from resources/causes/.

They are data so that office staff can correct a sentence without touching code;
each file carries Vietnamese and English side by side and its sources.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.core.flow import CAUSES, StepId
from app.core.paths import resources_dir

LANGUAGES = ("vi", "en")
SURENESS = ("official", "vendor", "press", "secondary", "article", "general")
WAY_IDS = ("email_recovery", "hotline_key8", "vneid", "office")


class ContentError(ValueError):
    """A content file that cannot be shown; the message names the file and the field."""

    def __init__(self, file: Path, field: str, problem: str) -> None:
        super().__init__(f"{file.name}: {field}: {problem}")
        self.file = file
        self.field = field


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    sure: str


@dataclass(frozen=True)
class CauseText:
    """One cause page in one language."""

    title: str
    lead: str
    check: tuple[str, ...]
    act: tuple[str, ...]


@dataclass(frozen=True)
class CausePage:
    id: StepId
    reviewed: dt.date
    sources: tuple[Source, ...]
    text: dict[str, CauseText]


@dataclass(frozen=True)
class WayText:
    title: str
    needs: tuple[str, ...]
    how: tuple[str, ...]


@dataclass(frozen=True)
class WayIn:
    """One way into the account that needs no SMS, with its conditions."""

    id: str
    sources: tuple[Source, ...]
    text: dict[str, WayText]


class TomlTable:
    """Typed reads from one TOML table, with errors that name the file and the field."""

    def __init__(self, file: Path, data: dict[str, Any], prefix: str = "") -> None:
        self.file, self.data, self.prefix = file, data, prefix

    @classmethod
    def load(cls, file: Path) -> TomlTable:
        try:
            with file.open("rb") as f:
                return cls(file, tomllib.load(f))
        except tomllib.TOMLDecodeError as exc:
            raise ContentError(file, "(file)", f"not valid TOML: {exc}") from None
        except OSError as exc:
            raise ContentError(file, "(file)", f"cannot be read: {exc.strerror}") from None

    def _name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def _get(self, key: str, kind: type | tuple[type, ...], what: str) -> Any:
        if key not in self.data:
            raise ContentError(self.file, self._name(key), "missing")
        value = self.data[key]
        if not isinstance(value, kind):
            raise ContentError(self.file, self._name(key), f"should be {what}")
        return value

    def text(self, key: str) -> str:
        value = self._get(key, str, "text")
        if not value.strip():
            raise ContentError(self.file, self._name(key), "is empty")
        return value.strip()

    def texts(self, key: str) -> tuple[str, ...]:
        values = self._get(key, list, "a list of texts")
        if not values:
            raise ContentError(self.file, self._name(key), "is an empty list")
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise ContentError(self.file, f"{self._name(key)}[{i}]", "should be non-empty text")
        return tuple(v.strip() for v in values)

    def date(self, key: str) -> dt.date:
        value = self._get(key, dt.date, "a date like 2026-11-25")
        if isinstance(value, dt.datetime):
            raise ContentError(self.file, self._name(key), "should be a date without a time")
        return value

    def table(self, key: str) -> TomlTable:
        return TomlTable(self.file, self._get(key, dict, "a table"), f"{self._name(key)}.")

    def tables(self, key: str) -> list[TomlTable]:
        values = self._get(key, list, "a list of tables")
        if not values:
            raise ContentError(self.file, self._name(key), "is an empty list")
        out = []
        for i, value in enumerate(values):
            if not isinstance(value, dict):
                raise ContentError(self.file, f"{self._name(key)}[{i}]", "should be a table")
            out.append(TomlTable(self.file, value, f"{self._name(key)}[{i}]."))
        return out

    def sources(self) -> tuple[Source, ...]:
        out = []
        for t in self.tables("sources"):
            sure = t.text("sure")
            if sure not in SURENESS:
                raise ContentError(self.file, t._name("sure"), f"should be one of {', '.join(SURENESS)}")
            url = t.data.get("url", "")
            if not isinstance(url, str):
                raise ContentError(self.file, t._name("url"), "should be text")
            out.append(Source(t.text("title"), url, sure))
        return tuple(out)

    def same_length(self, key: str, by_lang: dict[str, tuple[str, ...]]) -> None:
        if len({len(v) for v in by_lang.values()}) > 1:
            counts = ", ".join(f"{lang} has {len(v)}" for lang, v in by_lang.items())
            raise ContentError(self.file, key, f"the languages differ in length ({counts})")


def load_cause_page(file: Path) -> CausePage:
    """Read and check one cause page file."""
    t = TomlTable.load(file)
    page_id = t.text("id")
    if page_id != file.stem:
        raise ContentError(file, "id", f"is {page_id!r} but the file is named {file.stem!r}")
    if page_id not in {c.value for c in CAUSES}:
        raise ContentError(file, "id", f"{page_id!r} is not a cause page")
    text = {}
    for lang in LANGUAGES:
        lt = t.table(lang)
        text[lang] = CauseText(lt.text("title"), lt.text("lead"), lt.texts("check"), lt.texts("act"))
    for key in ("check", "act"):
        t.same_length(key, {lang: getattr(text[lang], key) for lang in LANGUAGES})
    return CausePage(StepId(page_id), t.date("reviewed"), t.sources(), text)


def load_ways_in(file: Path) -> tuple[WayIn, ...]:
    """Read and check the ways-in file; the ways come in the order of WAY_IDS."""
    t = TomlTable.load(file)
    t.date("reviewed")
    ways = []
    for wt in t.tables("way"):
        text = {}
        for lang in LANGUAGES:
            lt = wt.table(lang)
            text[lang] = WayText(lt.text("title"), lt.texts("needs"), lt.texts("how"))
        for key in ("needs", "how"):
            wt.same_length(f"{wt.prefix}{key}", {lang: getattr(text[lang], key) for lang in LANGUAGES})
        ways.append(WayIn(wt.text("id"), wt.sources(), text))
    if tuple(w.id for w in ways) != WAY_IDS:
        raise ContentError(file, "way", f"should list {', '.join(WAY_IDS)} in that order")
    return tuple(ways)


@cache
def cause_pages(folder: Path | None = None) -> dict[StepId, CausePage]:
    """Every cause page, read once; a missing or broken file raises ContentError."""
    folder = folder or resources_dir() / "causes"
    pages = {}
    for cause in CAUSES:
        file = folder / f"{cause.value}.toml"
        if not file.is_file():
            raise ContentError(file, "(file)", "missing")
        pages[cause] = load_cause_page(file)
    return pages


@cache
def ways_in(folder: Path | None = None) -> tuple[WayIn, ...]:
    """The ways in without SMS, read once."""
    return load_ways_in((folder or resources_dir() / "causes") / "ways_in.toml")
