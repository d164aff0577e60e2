"""The content in use: the program's own files, and an office's content folder on top of them.

A deployment may name a folder (setting ``content_dir``) laid out like resources/:
``causes/``, ``guides/`` and ``notices.toml``. Each file there replaces the built-in file
of the same name, or adds a guide. It is read with the same strict checks; a broken file
is left out with one line for staff naming file and line, and the built-in one is used.
On a kiosk, a folder the running account could change is refused as a whole: the
program only reads its content, and a stranger at the kiosk must not be able to edit it.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app import __version__
from app.core.content.notices import NOTICES_FILE, Notices, load_notices
from app.core.content.toml import ContentError
from app.core.flow import CAUSES, CauseResult, StepId

if TYPE_CHECKING:
    # The cause pages and the guides are read after the first frame, and their modules imported then.
    from app.core.content.causes import CausePage, WayIn, WaysIn
    from app.core.content.guides import Guide

    _Guides = tuple[tuple[Guide, ...], ContentError | None]


@dataclass(frozen=True)
class ContentOrigin:
    """Where the content in use comes from: the program itself (its version), or an office's folder.

    ``newest_reviewed`` is the newest ``reviewed`` date among the folder's files in use.
    """

    version: str
    folder: Path | None = None
    newest_reviewed: dt.date | None = None

    def describe(self, words: dict[str, str]) -> str:
        """One line in the words of the content report (notices.toml ``report``)."""
        if self.folder is None:
            return words["builtin"].format(version=self.version)
        date = self.newest_reviewed.strftime("%d/%m/%Y") if self.newest_reviewed else "?"
        return words["folder"].format(folder=self.folder, date=date)


@dataclass(frozen=True)
class ContentSet:
    """Every page's words, guide and notice in use, where they come from, and what could not be used.

    ``problems`` are lines for staff (file:line: key: problem); ``guide_problem`` is set
    when the program's own guides could not be read, so none is offered.
    """

    notices: Notices
    origin: ContentOrigin
    problems: tuple[str, ...] = ()
    from_folder: frozenset[Path] = field(default_factory=frozenset)
    # The office's own pages; the program's own are read when a cause page is first needed.
    office_causes: Mapping[StepId, CausePage] = field(default_factory=dict)
    office_ways: WaysIn | None = None
    causes_folder: Path | None = None
    # The guides in use and the problem that kept the program's own from being read: read when
    # first asked for (after the first frame), as the 16 files take about 25 ms.
    read_guides: Callable[[], _Guides] = field(default=lambda: ((), None), compare=False, repr=False)

    @cached_property
    def _guides(self) -> _Guides:
        return self.read_guides()

    @property
    def guides(self) -> tuple[Guide, ...]:
        return self._guides[0]

    @property
    def guide_problem(self) -> ContentError | None:
        """Set when the program's own guides could not be read, so none is offered."""
        return self._guides[1]

    @property
    def lazy_guide_offers(self) -> Mapping[StepId, tuple[CauseResult, ...]]:
        """``guide_offers`` that reads the guides only when a cause page first asks."""
        return _LazyOffers(self)

    @cached_property
    def causes(self) -> dict[StepId, CausePage]:
        """Every cause page in use, in triage order."""
        built_in = _built_in_causes(self.causes_folder)[0] if self.causes_folder else {}
        return {cause: self.office_causes.get(cause) or built_in[cause] for cause in CAUSES}

    @cached_property
    def ways(self) -> WaysIn:
        """The "ways in without SMS" page in use."""
        if self.office_ways is not None or self.causes_folder is None:
            assert self.office_ways is not None, "content without a folder has its own ways in"
            return self.office_ways
        return _built_in_causes(self.causes_folder)[1]

    @cached_property
    def guide_offers(self) -> dict[StepId, tuple[CauseResult, ...]]:
        """Per cause page, the guide answers it offers (from the guides' ``causes``)."""
        from app.core.content.guides import guide_offers

        return guide_offers(self.guides)


class _LazyOffers(Mapping[StepId, tuple[CauseResult, ...]]):
    def __init__(self, content: ContentSet) -> None:
        self._content = content

    def __getitem__(self, step: StepId) -> tuple[CauseResult, ...]:
        return self._content.guide_offers[step]

    def __iter__(self) -> Iterator[StepId]:
        return iter(self._content.guide_offers)

    def __len__(self) -> int:
        return len(self._content.guide_offers)


_Signature = tuple[tuple[str, int | None, int | None], ...]


def _signature(*paths: Path) -> _Signature:
    # Re-read files only when one of them changed (tests edit copies; offices edit in place).
    found: list[tuple[str, int | None, int | None]] = []
    for path in paths:
        try:
            files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
            found += sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
        except OSError:
            found.append((str(path), None, None))
    return tuple(found)


_T = TypeVar("_T")
_CACHE: dict[str, tuple[object, Any]] = {}


def _cached(name: str, key: object, load: Callable[[], _T]) -> _T:
    if _CACHE.get(name, (None,))[0] != key:
        _CACHE[name] = (key, load())
    found: _T = _CACHE[name][1]
    return found


def _built_in_causes(folder: Path) -> tuple[dict[StepId, CausePage], WaysIn]:
    from app.core.content.causes import load_cause_folder

    return _cached("causes", (folder, _signature(folder)), lambda: load_cause_folder(folder))


def _built_in_guides() -> _Guides:
    # Looked up when read, so that tests may point the module at a copy of the folder.
    from app.core.content.guides import default_folder, load_guides

    folder = default_folder()

    def load() -> _Guides:
        try:
            return tuple(load_guides(folder)), None
        except ContentError as error:
            return (), error

    return _cached("guides", (folder, _signature(folder)), load)


def _built_in_notices(file: Path) -> Notices:
    return _cached("notices", (file, _signature(file)), lambda: load_notices(file))


def _can_change(path: Path) -> bool:
    if os.name != "nt":
        return os.access(path, os.W_OK)
    # Windows: os.access sees only the read-only attribute, not the folder's permissions. So
    # try: a file made and removed at once in a folder; an existing file opened for writing, unchanged.
    import tempfile

    try:
        if path.is_dir():
            handle, name = tempfile.mkstemp(dir=path, prefix=".vssid-helper-check-")
            os.close(handle)
            os.unlink(name)
        else:
            os.close(os.open(path, os.O_WRONLY | os.O_APPEND))
    except OSError:
        return False
    return True


def _writable(folder: Path) -> Path | None:
    """The first of ``folder``, its sub-folders and files that this account may change, or None."""
    for path in (folder, *sorted(folder.rglob("*"))):
        if _can_change(path):
            return path
    return None


def _problem(error: ContentError, built_in: bool) -> str:
    line = f":{error.line}" if error.line else ""
    then = "the program's own version is used" if built_in else "it is left out"
    return f"{error.file}{line}: {error.field}: {error.problem}; {then}"


def load_content(content_dir: Path | str | None = None, *, kiosk: bool = False) -> ContentSet:
    """The content in use for these settings: built-in, with ``content_dir``'s files on top.

    Never raises for the office's folder: what cannot be used is in ``problems``. A broken
    built-in cause page or notices file raises ContentError (a release that fails its tests).
    """
    from app.core.paths import resources_dir

    base = ContentSet(_built_in_notices(resources_dir() / NOTICES_FILE), ContentOrigin(__version__),
                      causes_folder=resources_dir() / "causes", read_guides=_built_in_guides)
    if not content_dir:
        return base
    folder = Path(content_dir).expanduser()
    if not folder.is_dir():
        return _with(base, problems=(f"{folder}: content_dir is not a folder; the program's own content is used",))
    if kiosk:
        writable = _writable(folder)
        if writable is not None:
            return _with(base, problems=(
                f"{writable}: content_dir refused: on a kiosk the account running the program must not be able "
                "to change it (make the folder read-only for that account); the program's own content is used",))
    return _overlay(base, folder)


def _with(base: ContentSet, **changes: Any) -> ContentSet:
    from dataclasses import replace

    return replace(base, **changes)


def _overlay(base: ContentSet, folder: Path) -> ContentSet:
    from app.core.content.causes import WAYS_IN_FILE, load_cause_page, load_ways_in
    from app.core.content.guides import check_together, default_picture_folder, load_guide, sort_guides

    problems: list[str] = []
    used: set[Path] = set()
    reviewed: list[dt.date] = []
    causes: dict[StepId, CausePage] = {}
    ways = None
    cause_ids = {c.value for c in CAUSES}
    for file in sorted((folder / "causes").glob("*.toml")):
        try:
            if file.name == WAYS_IN_FILE:
                ways = load_ways_in(file)
                reviewed.append(ways.sourcing.reviewed)
            elif file.stem in cause_ids:
                page = load_cause_page(file)
                causes[page.id] = page
                reviewed.append(page.reviewed)
            else:
                problems.append(f"{file}: not a page of the program (its pages: {', '.join(sorted(cause_ids))}, "
                                f"{WAYS_IN_FILE}); it is left out")
                continue
            used.add(file)
        except ContentError as error:
            problems.append(_problem(error, built_in=True))
    guides = {g.id: g for g in base.guides}
    pictures = [folder / "pictures", default_picture_folder()]
    for file in sorted((folder / "guides").glob("*.toml")):
        try:
            guide = load_guide(file, pictures)
            check_together([g for g in guides.values() if g.id != guide.id] + [guide])
        except ContentError as error:
            problems.append(_problem(error, built_in=file.stem in guides))
            continue
        guides[guide.id] = guide
        used.add(file)
        reviewed.append(guide.reviewed)
    notices = base.notices
    if (folder / NOTICES_FILE).is_file():
        try:
            notices = load_notices(folder / NOTICES_FILE)
            used.add(folder / NOTICES_FILE)
            reviewed.append(notices.sourcing.reviewed)
        except ContentError as error:
            problems.append(_problem(error, built_in=True))
    # A folder none of whose files is in use leaves the program's own content in use.
    origin = ContentOrigin(__version__, folder, max(reviewed)) if used else base.origin
    in_use: _Guides = (tuple(sort_guides(guides.values())), base.guide_problem)
    return ContentSet(notices, origin, tuple(problems), frozenset(used), causes, ways, base.causes_folder,
                      read_guides=lambda: in_use)


# -- the content this program run uses ----------------------------------------------------------

_active: ContentSet | None = None


def use_content(content_dir: Path | str | None = None, *, kiosk: bool = False) -> ContentSet:
    """Load the content for these settings and make it the one every page uses; problems go to stderr too."""
    global _active
    _active = load_content(content_dir, kiosk=kiosk)
    for problem in _active.problems:
        print(f"content: {problem}", file=sys.stderr)
    return _active


def replace_in_use(content: ContentSet) -> None:
    """Make ``content`` the one every page uses (the window's, once it gave a broken file's page built-in words)."""
    global _active
    _active = content


def active_content() -> ContentSet:
    """The content in use (the built-in content until ``use_content`` names a folder)."""
    global _active
    if _active is None:
        _active = load_content()
    return _active


def content_origin() -> ContentOrigin:
    """Where the content in use comes from, for the summary and the content report."""
    return active_content().origin


def content_in_use(lang: str = "vi") -> str:
    """The content in use in a few words of ``lang``, for the hotline summary and the report.

    "nội dung có sẵn của chương trình, phiên bản 0.1.0", or the folder and its newest ``reviewed`` date.
    """
    content = active_content()
    return content.origin.describe(content.notices.text[lang].report)


def notices() -> Notices:
    """The notices in use (scam warning, "you may not need the password", next steps)."""
    return active_content().notices


def scam_warning(lang: str = "vi") -> str:
    """The scam warning in ``lang``, as the welcome and hotline pages show it and the printout should."""
    return notices().scam_warning(lang)


def cause_pages(folder: Path | None = None) -> dict[StepId, CausePage]:
    """Every cause page in use; with ``folder``, every page of that folder (a broken file raises ContentError)."""
    from app.core.content.causes import load_cause_folder

    if folder is None:
        return active_content().causes
    return load_cause_folder(folder)[0]


def ways_in(folder: Path | None = None) -> tuple[WayIn, ...]:
    """The ways in without SMS in use, in the order of WAY_IDS (see ``cause_pages`` for ``folder``)."""
    from app.core.content.causes import load_cause_folder

    if folder is None:
        return active_content().ways.ways
    return load_cause_folder(folder)[1].ways
