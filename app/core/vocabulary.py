"""The words for what a person did, read from resources/vocabulary.toml: one vocabulary for every screen.

The waiting page, the staff history, the CSV export and the hotline summary all name an
action, a channel and an outcome with these words, so the person, the counter staff and the
hotline operator read the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TypeVar

from app.core.attempts.model import Action, Channel, Outcome
from app.core.content import TomlTable
from app.core.paths import LANGUAGES, resources_dir

_E = TypeVar("_E", bound=StrEnum)
CSV_COLUMNS = ("local_time", "utc_time", "channel", "contact", "action", "outcome")


@dataclass(frozen=True)
class AttemptWords:
    """The vocabulary in one language."""

    action: dict[Action, str]
    channel: dict[Channel, str]
    outcome: dict[Outcome, str]
    csv_headers: tuple[str, ...]
    after_registration: str


def _exactly(t: TomlTable, keys: tuple[str, ...]) -> dict[str, str]:
    t.only(keys)
    return {key: t.text(key) for key in keys}


def _words_for(t: TomlTable, enum: type[_E]) -> dict[_E, str]:
    found = _exactly(t, tuple(member.value for member in enum))
    return {member: found[member.value] for member in enum}


def _read(t: TomlTable) -> AttemptWords:
    t.only(("action", "channel", "outcome", "csv", "after"))
    csv = _exactly(t.table("csv"), CSV_COLUMNS)
    return AttemptWords(
        action=_words_for(t.table("action"), Action),
        channel=_words_for(t.table("channel"), Channel),
        outcome=_words_for(t.table("outcome"), Outcome),
        csv_headers=tuple(csv[c] for c in CSV_COLUMNS),
        after_registration=_exactly(t.table("after"), ("registration",))["registration"],
    )


@cache
def vocabulary(file: Path | None = None) -> dict[str, AttemptWords]:
    """The vocabulary per language; a broken file raises ContentError naming the file and the key."""
    t = TomlTable.load(file or resources_dir() / "vocabulary.toml")
    t.only(("reviewed", *LANGUAGES))
    t.date("reviewed")
    return {lang: _read(t.table(lang)) for lang in LANGUAGES}


def attempt_words(lang: str) -> AttemptWords:
    """The vocabulary in ``lang`` ("vi" or "en")."""
    return vocabulary()[lang]
