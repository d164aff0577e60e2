"""The one strict reader of the program's content files (cause pages, ways in, guides, notices).

Office staff edit these files by hand, so every read is checked: a missing or mistyped
value and an unknown key (``link =`` typed for ``url =``) are refused with the file, the
line and the key. The same reader can collect the problems instead of raising at the
first one, for files where one bad value should not stop the others (settings).

It also reads the part every content file shares: when a person last checked the file
(``reviewed``), the sources (``[[sources]]``) and the facts the file rests on
(``[[facts]]``), each with how sure it is on CONTENT.md's scale.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

LANGUAGES: tuple[str, ...] = ("vi", "en")

_E = TypeVar("_E", bound=StrEnum)
_MISSING: Any = object()
_ID = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


class ContentError(ValueError):
    """A content file that cannot be used; the message names the file, the key and the line.

    ``field`` is the key's path inside the file, e.g. ``vi.steps[3]`` or ``sources[2].url``
    (list items count from 1, as a person counts them).
    """

    def __init__(self, file: Path, field: str, problem: str, line: int | None = None) -> None:
        self.file = self.path = Path(file)
        self.field = field
        self.problem = problem
        self.line = line if line is not None else find_line(self.file, field)
        where = f" (line {self.line})" if self.line is not None else ""
        super().__init__(f"{self.file.name}: {field}: {problem}{where}")


class Sureness(StrEnum):
    """How sure a fact is (CONTENT.md): an official page, the maker's page, the press, another page.

    ``unconfirmed`` is for a fact no source could confirm: it then cites no source at all.
    """

    OFFICIAL = "official"
    VENDOR = "vendor"
    PRESS = "press"
    SECONDARY = "secondary"
    UNCONFIRMED = "unconfirmed"

    @property
    def rank(self) -> int:
        """Higher is surer; a fact may not be surer than its strongest source."""
        return {"official": 4, "vendor": 3, "press": 2, "secondary": 1, "unconfirmed": 0}[self.value]


SOURCE_KINDS: tuple[Sureness, ...] = (Sureness.OFFICIAL, Sureness.VENDOR, Sureness.PRESS, Sureness.SECONDARY)


@dataclass(frozen=True)
class Source:
    """A page a fact rests on: its title, its https address, what kind of page it is, its own date.

    ``date`` is the date printed on the page; None for a page that shows no date (most
    vendor help pages).
    """

    id: str
    title: str
    url: str
    sure: Sureness
    date: dt.date | None


@dataclass(frozen=True)
class Fact:
    """One statement a file rests on, for office staff: what it says, how sure, since when.

    ``confirmed`` is the date of the newest dated source that states it (None when none of
    its sources is dated, and for an unconfirmed fact). ``note`` is a remark for staff,
    required when the fact is unconfirmed.
    """

    id: str
    says: Mapping[str, str]
    sure: Sureness
    confirmed: dt.date | None
    sources: tuple[Source, ...]
    note: Mapping[str, str] | None = None


@dataclass(frozen=True)
class Sourcing:
    """What a file rests on: when a person last checked it, its sources and its facts."""

    reviewed: dt.date
    sources: tuple[Source, ...]
    facts: tuple[Fact, ...]


class Sourced:
    """A content item (a cause page, a guide) read with its ``sourcing``: its check date, sources and facts."""

    sourcing: Sourcing

    @property
    def reviewed(self) -> dt.date:
        return self.sourcing.reviewed

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.sourcing.sources

    @property
    def facts(self) -> tuple[Fact, ...]:
        return self.sourcing.facts


# -- where a key is written: the line for the error message ----------------------------------


def key_lines(text: str) -> dict[str, int]:
    """Every key path in a TOML text with the line its value starts on (``vi.steps[2]``, ``way[1].id``).

    A small scanner, not a parser: it runs on text tomllib has already accepted.
    """
    found: dict[str, int] = {}
    counts: dict[str, int] = {}  # array-of-tables path -> tables seen so far
    scanner = _Scanner(text)
    table = ""
    while True:
        scanner.skip(newlines=True)
        if scanner.done():
            return found
        line = scanner.line
        if scanner.peek() == "[":
            array = scanner.text.startswith("[[", scanner.pos)
            scanner.pos += 2 if array else 1
            parts = scanner.key()
            scanner.pos = scanner.text.find("\n", scanner.pos) if "\n" in scanner.text[scanner.pos:] else len(text)
            plain = ".".join(parts)
            if array:
                counts[plain] = counts.get(plain, 0) + 1
            table = _indexed(parts, counts)
            found.setdefault(table, line)
            continue
        parts = scanner.key()
        scanner.skip()
        if scanner.peek() == "=":
            scanner.pos += 1
        path = ".".join(p for p in (table, ".".join(parts)) if p)
        scanner.value(path, found)


def _indexed(parts: list[str], counts: Mapping[str, int]) -> str:
    out: list[str] = []
    for n in range(1, len(parts) + 1):
        plain = ".".join(parts[:n])
        out.append(parts[n - 1] + (f"[{counts[plain]}]" if plain in counts else ""))
    return ".".join(out)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    @property
    def line(self) -> int:
        return self.text.count("\n", 0, self.pos) + 1

    def done(self) -> bool:
        return self.pos >= len(self.text)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip(self, newlines: bool = False) -> None:
        while not self.done():
            ch = self.peek()
            if ch in " \t\r" or (newlines and ch == "\n"):
                self.pos += 1
            elif ch == "#":
                end = self.text.find("\n", self.pos)
                self.pos = len(self.text) if end == -1 else end
            else:
                return

    def key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip()
            ch = self.peek()
            if ch in "\"'":
                start = self.pos
                self.string()
                parts.append(self.text[start + 1 : self.pos - 1])
            else:
                match = re.compile(r"[A-Za-z0-9_-]+").match(self.text, self.pos)
                if match is None:
                    return parts
                parts.append(match.group())
                self.pos = match.end()
            self.skip()
            if self.peek() != ".":
                return parts
            self.pos += 1

    def string(self) -> None:
        quote = self.peek()
        if self.text.startswith(quote * 3, self.pos):
            end = self.pos + 3
            while True:
                end = self.text.find(quote * 3, end)
                if end == -1 or quote == "'" or self.text[end - 1] != "\\" or self.text[end - 2] == "\\":
                    break
                end += 1
            end = len(self.text) if end == -1 else end + 3
            while self.text.startswith(quote, end):  # up to two quotes may close the content
                end += 1
            self.pos = end
            return
        end = self.pos + 1
        while end < len(self.text) and self.text[end] != quote:
            end += 2 if quote == '"' and self.text[end] == "\\" else 1
        self.pos = end + 1

    def value(self, path: str, found: dict[str, int]) -> None:
        self.skip(newlines=True)
        found.setdefault(path, self.line)
        ch = self.peek()
        if ch in "\"'":
            self.string()
        elif ch == "[":
            self.pos += 1
            n = 0
            while True:
                self.skip(newlines=True)
                if self.peek() in ("]", ""):
                    self.pos += 1
                    return
                if self.peek() == ",":
                    self.pos += 1
                    continue
                n += 1
                self.value(f"{path}[{n}]", found)
        elif ch == "{":
            self.pos += 1
            while True:
                self.skip(newlines=True)
                if self.peek() in ("}", ""):
                    self.pos += 1
                    return
                if self.peek() == ",":
                    self.pos += 1
                    continue
                parts = self.key()
                self.skip()
                if self.peek() == "=":
                    self.pos += 1
                self.value(f"{path}.{'.'.join(parts)}", found)
        else:
            match = re.compile(r"[^,\]}\s#]+(?:[ T][0-9:.+Z-]+)?").match(self.text, self.pos)
            self.pos = match.end() if match else self.pos + 1


def find_line(file: Path, field: str) -> int | None:
    """The line of ``field`` in ``file``, or of the nearest enclosing key or table; None if unknown."""
    try:
        text = file.read_text(encoding="utf-8")
        lines = key_lines(text)
    except (OSError, UnicodeDecodeError, ValueError, IndexError):
        return None
    path = field
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def _decode_line(exc: tomllib.TOMLDecodeError) -> int | None:
    lineno = getattr(exc, "lineno", None)  # Python 3.14 and later
    if isinstance(lineno, int):
        return lineno
    found = re.search(r"at line (\d+)", str(exc))
    return int(found.group(1)) if found else None


# -- typed, strict reads from one table ---------------------------------------------------------


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return "a date or time"
    return type(value).__name__


class TomlTable:
    """Typed reads from one TOML table, with errors that name the file, the key and the line.

    Strict by default: the first problem raises ContentError. With ``problems`` (a list,
    see ``load(collect=True)``) each problem is appended instead and the read returns its
    ``default`` (None when there is none), so that one bad value does not hide the others.
    """

    def __init__(self, file: Path, data: dict[str, Any], prefix: str = "", *,
                 problems: list[ContentError] | None = None) -> None:
        self.file, self.data, self.prefix = file, data, prefix
        self.problems = problems

    @classmethod
    def load(cls, file: Path, *, collect: bool = False) -> TomlTable:
        """The file's top table; a file that cannot be read or is not TOML raises (or is one problem)."""
        problems: list[ContentError] | None = [] if collect else None
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            return cls._unreadable(file, "not UTF-8 text (save it as UTF-8)", None, problems)
        except OSError as exc:
            return cls._unreadable(file, f"cannot be read: {exc.strerror}", None, problems)
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            return cls._unreadable(file, f"not valid TOML: {exc}", _decode_line(exc) or 0, problems)
        return cls(file, data, problems=problems)

    @classmethod
    def _unreadable(cls, file: Path, problem: str, line: int | None,
                    problems: list[ContentError] | None) -> TomlTable:
        error = ContentError(file, "(file)", problem, line or None)
        if problems is None:
            raise error from None
        problems.append(error)
        return cls(file, {}, problems=problems)

    def _name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def fail(self, key: str, problem: str, default: Any = None) -> Any:
        """Report a problem with ``key`` (raise, or collect it and return ``default``)."""
        error = ContentError(self.file, self._name(key) if key else self.prefix.rstrip("."), problem)
        if self.problems is None:
            raise error
        self.problems.append(error)
        return default

    def has(self, key: str) -> bool:
        return key in self.data

    def only(self, required: Iterable[str], optional: Iterable[str] = ()) -> None:
        """Refuse any key not listed (a typo is reported by the name typed), then any required key missing."""
        required, optional = list(required), list(optional)
        known = required + optional
        for key in self.data:
            if key not in known:
                self.fail(key, f"is not a known key (known here: {', '.join(known)})")
        for key in required:
            if key not in self.data:
                self.fail(key, "missing")

    def _get(self, key: str, kind: type, what: str, default: Any) -> Any:
        if key not in self.data:
            return default if default is not _MISSING else self.fail(key, "missing")
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            return self.fail(key, f"should be {what}, not {_kind(value)}", None if default is _MISSING else default)
        return value

    def text(self, key: str, default: Any = _MISSING) -> str:
        value = self._get(key, str, "text in quotes", default)
        if not isinstance(value, str):
            return value
        if not value.strip():
            return self.fail(key, "is empty", None if default is _MISSING else default)
        return value.strip()

    def texts(self, key: str, *, at_least: int = 1, at_most: int | None = None) -> tuple[str, ...]:
        values = self._get(key, list, "a list of texts", _MISSING)
        if values is None:
            return ()
        if len(values) < at_least:
            return self.fail(key, "is an empty list" if not values else f"needs at least {at_least} items", ())
        if at_most is not None and len(values) > at_most:
            return self.fail(key, f"has {len(values)} items; at most {at_most}", ())
        out = []
        for n, value in enumerate(values, 1):
            if not isinstance(value, str):
                self.fail(f"{key}[{n}]", f"should be text in quotes, not {_kind(value)}")
            elif not value.strip():
                self.fail(f"{key}[{n}]", "is empty")
            else:
                out.append(value.strip())
        return tuple(out)

    def integer(self, key: str, default: Any = _MISSING, *, low: int | None = None, high: int | None = None) -> int:
        value = self._get(key, int, "a whole number", default)
        if isinstance(value, int) and not isinstance(value, bool):
            if (low is not None and value < low) or (high is not None and value > high):
                return self.fail(key, f"should be a whole number from {low} to {high}", default)
        return value

    def boolean(self, key: str, default: Any = _MISSING) -> bool:
        return self._get(key, bool, "true or false", default)

    def date(self, key: str, default: Any = _MISSING) -> dt.date:
        value = self._get(key, dt.date, "a date like 2026-12-02 (no quotes)", default)
        if isinstance(value, dt.datetime):
            return self.fail(key, "should be a date without a time", None)
        return value

    def choice(self, key: str, enum: type[_E], allowed: Iterable[_E] | None = None, default: Any = _MISSING) -> _E:
        value = self.text(key, default)
        if not isinstance(value, str):
            return value
        options = [e.value for e in (allowed if allowed is not None else enum)]
        if value not in options:
            return self.fail(key, f"is {value!r}; should be one of {', '.join(options)}", None)
        return enum(value)

    def url(self, key: str) -> str:
        """An https address of a named host: no plain http, no raw IP address."""
        value = self.text(key)
        if not isinstance(value, str):
            return value
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.hostname or " " in value:
            return self.fail(key, f"should be a web address starting with https://, not {value!r}", "")
        try:
            ipaddress.ip_address(parts.hostname)
        except ValueError:
            return value
        return self.fail(key, f"{value!r} is a raw IP address, not a site a reader can trust", "")

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if isinstance(value, str) and not _ID.fullmatch(value):
            return self.fail(key, f"{value!r} may use only a-z, 0-9 and single - or _", value)
        return value

    def table(self, key: str, default: Any = _MISSING) -> TomlTable:
        value = self._get(key, dict, "a table", default)
        return TomlTable(self.file, value if isinstance(value, dict) else {}, f"{self._name(key)}.",
                         problems=self.problems)

    def tables(self, key: str, *, at_least: int = 1) -> list[TomlTable]:
        values = self._get(key, list, "a list of tables ([[...]])", [] if at_least == 0 else _MISSING) or []
        if len(values) < at_least:
            self.fail(key, "is an empty list")
        out = []
        for n, value in enumerate(values, 1):
            if not isinstance(value, dict):
                self.fail(f"{key}[{n}]", f"should be a table, not {_kind(value)}")
                continue
            out.append(TomlTable(self.file, value, f"{self._name(key)}[{n}].", problems=self.problems))
        return out

    def languages(self, key: str, read: Callable[[TomlTable], Any] | None = None) -> dict[str, Any]:
        """``key = { vi = "…", en = "…" }`` (or a table per language read by ``read``): both languages."""
        t = self.table(key)
        t.only(LANGUAGES)
        if read is None:
            return {lang: t.text(lang) for lang in LANGUAGES if t.has(lang)}
        return {lang: read(t.table(lang)) for lang in LANGUAGES if t.has(lang)}

    def same_length(self, key: str, by_lang: Mapping[str, Iterable[Any]]) -> None:
        counts = {lang: len(tuple(v)) for lang, v in by_lang.items()}
        if len(set(counts.values())) > 1:
            shown = ", ".join(f"{lang} has {n}" for lang, n in counts.items())
            self.fail(key, f"the languages differ in length ({shown}); both need the same items in the same order")


# -- what every content file rests on -------------------------------------------------------------

SOURCE_KEYS = ("id", "title", "url", "sure")
FACT_KEYS = ("id", "says", "sure")
SOURCING_KEYS = ("reviewed", "facts")  # and, optionally, "sources" (a file whose facts are all unconfirmed has none)
SOURCING_OPTIONAL = ("sources",)


def read_sourcing(t: TomlTable, today: dt.date | None = None) -> Sourcing:
    """The file's ``reviewed`` date, ``[[sources]]`` and ``[[facts]]``, checked against each other.

    A fact cites at least one source unless it is ``unconfirmed`` (then it cites none, has
    no ``confirmed`` date and carries a ``note`` for staff); it is no surer than its
    strongest source; its ``confirmed`` date is that of its newest dated source, not after
    ``reviewed``. Every source is cited by a fact; ``reviewed`` is not in the future.
    """
    today = today or dt.date.today()
    reviewed = t.date("reviewed")
    if isinstance(reviewed, dt.date) and reviewed > today:
        t.fail("reviewed", f"is {reviewed}, after today ({today}): a file cannot be checked in the future")
    sources: dict[str, Source] = {}
    for st in t.tables("sources", at_least=0):
        st.only(SOURCE_KEYS, ("date",))
        source = Source(st.identifier("id"), st.text("title"), st.url("url"),
                        st.choice("sure", Sureness, SOURCE_KINDS), st.date("date", None))
        if source.id in sources:
            st.fail("id", f"{source.id!r} is used by another source in this file")
        if source.date is not None and isinstance(reviewed, dt.date) and source.date > reviewed:
            st.fail("date", f"is {source.date}, after the file was reviewed ({reviewed})")
        sources[source.id] = source
    facts: list[Fact] = []
    cited: set[str] = set()
    for ft in t.tables("facts"):
        fact = _read_fact(ft, sources, reviewed)
        if fact is not None:
            if any(f.id == fact.id for f in facts):
                ft.fail("id", f"{fact.id!r} is used by another fact in this file")
            facts.append(fact)
            cited |= {s.id for s in fact.sources}
    for n, source in enumerate(sources.values(), 1):
        if source.id not in cited:
            t.fail(f"sources[{n}]", f"{source.id!r} is cited by no fact; cite it or take it out")
    return Sourcing(reviewed, tuple(sources.values()), tuple(facts))


def _read_fact(ft: TomlTable, sources: Mapping[str, Source], reviewed: dt.date | None) -> Fact | None:
    ft.only(FACT_KEYS, ("confirmed", "sources", "note"))
    fact_id = ft.identifier("id")
    says = ft.languages("says")
    note = ft.languages("note") if ft.has("note") else None
    sure = ft.choice("sure", Sureness)
    ids = ft.texts("sources", at_least=0) if ft.has("sources") else ()
    cited = []
    for n, source_id in enumerate(ids, 1):
        if source_id not in sources:
            ft.fail(f"sources[{n}]", f"{source_id!r} is not the id of a [[sources]] entry in this file")
        else:
            cited.append(sources[source_id])
    confirmed = ft.date("confirmed", None)
    if sure is Sureness.UNCONFIRMED:
        if ids:
            ft.fail("sources", "an unconfirmed fact cites no source: take the sources out, "
                    "or say how sure they make it")
        if confirmed is not None:
            ft.fail("confirmed", "an unconfirmed fact has no confirmed date")
        if note is None:
            ft.fail("note", "missing: say for staff why no source confirms it")
        return Fact(fact_id, says, sure, None, (), note)
    if sure is None:
        return None
    if not ids:
        return ft.fail("sources", "missing: cite the [[sources]] that state this, or make it sure = \"unconfirmed\"")
    strongest = max(cited, key=lambda s: s.sure.rank) if cited else None
    if strongest is not None and sure.rank > strongest.sure.rank:
        ft.fail("sure", f"is {sure.value}, surer than its strongest source ({strongest.sure.value}, {strongest.id!r})")
    dated = [s.date for s in cited if s.date is not None]
    newest = max(dated) if dated else None
    if newest is None and confirmed is not None:
        ft.fail("confirmed", "none of its sources is dated, so it has no confirmed date: take it out")
    elif newest is not None and confirmed != newest:
        shown = "missing" if confirmed is None else f"is {confirmed}"
        ft.fail("confirmed", f"{shown}; it should be {newest}, the date of its newest source")
    if isinstance(confirmed, dt.date) and isinstance(reviewed, dt.date) and confirmed > reviewed:
        ft.fail("confirmed", f"is {confirmed}, after the file was reviewed ({reviewed})")
    return Fact(fact_id, says, sure, confirmed, tuple(cited), note)
