"""The attempt log as a CSV file for IT staff and spreadsheets: UTF-8 with a BOM, newest first."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from app.core.attempts.model import Action, Channel, Outcome
from app.core.clock import SHOWN
from app.core.contact.identity import ContactRef
from app.core.files import writing

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvLabels:
    """Column headers and value names for an export; the UI may pass translated ones."""

    headers: tuple[str, str, str, str, str, str]
    channels: dict[Channel, str]
    actions: dict[Action, str]
    outcomes: dict[Outcome, str]


def csv_labels(lang: str = "vi") -> CsvLabels:
    """The headers and words of an export in ``lang``, from the one vocabulary (resources/vocabulary.toml)."""
    from app.core.vocabulary import attempt_words  # reads a file: only when an export is made

    words = attempt_words(lang)
    headers = words.csv_headers
    return CsvLabels((headers[0], headers[1], headers[2], headers[3], headers[4], headers[5]),
                     words.channel, words.action, words.outcome)


def _csv_contact(who: str) -> str:
    # The spaced national form also keeps Excel from dropping the leading 0.
    who = ContactRef.from_key(who).display if not who.startswith("#") else who
    # A cell starting like a formula is shown as text, never run by the spreadsheet.
    return "'" + who if who.startswith(_FORMULA_STARTS) else who


def csv_rows(rows: list[tuple[Any, ...]], labels: CsvLabels, tz: tzinfo | None) -> Iterator[list[str]]:
    """CSV rows straight from stored rows (id, at, channel, contact, action, outcome, pseudonym).

    An export of a million rows should not build a million Attempts.
    """
    names = {str(k): v for k, v in (*labels.channels.items(), *labels.actions.items(), *labels.outcomes.items())}
    for row in rows:
        at_text = row[1]
        yield [
            datetime.fromisoformat(at_text).astimezone(tz).strftime(SHOWN),
            at_text[:19] + "Z",
            names[row[2]],
            _csv_contact(row[3] if row[3] is not None else f"#{row[6]}"),
            names[row[4]],
            names[row[5]],
        ]


class ExportCancelled(Exception):
    """The person stopped the export; no file was left behind."""


def write_csv(path: Path, cursor: sqlite3.Cursor, labels: CsvLabels, tz: tzinfo | None,
              progress: Callable[[int], bool] | None = None, *, journal: Path | None = None) -> int:
    """Stream ``cursor``'s rows to ``path`` as CSV, replacing ``path`` only when complete; returns the count.

    ``progress(rows written so far)`` runs every 5,000 rows; False stops the export (``ExportCancelled``).
    The file is 0600 whatever the umask (app.core.files); a kill leaves a temporary file that the
    next start removes (noted in ``journal``, the data folder). Raises OSError when ``path`` cannot
    be written; a partial file never stays behind.
    """
    written = 0
    with writing(path, "w", journal=journal, encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(labels.headers)
        while rows := cursor.fetchmany(5000):
            writer.writerows(csv_rows(rows, labels, tz))
            written += len(rows)
            if progress is not None and not progress(written):
                raise ExportCancelled(path)
    return written
