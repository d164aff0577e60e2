"""Which printer the hotline summary goes to: the one named in the settings, and on a kiosk only a paper one.

A kiosk never asks a stranger to choose and never prints to a file: a "printer" that makes a
PDF, an XPS or a OneNote page opens a Save As window over the kiosk (Windows) or leaves the
person's details in a file (CUPS-PDF). A counter PC offers the named printer in the print
dialog, and the default one, with a word to staff, when it is not there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

# Names and driver models of the printers that write a file instead of paper (Windows, CUPS, macOS add-ons).
_FILE_PRINTER = re.compile(r"pdf|xps|onenote|\bfax\b|print to file|document writer|image writer", re.IGNORECASE)


class PrinterProblem(StrEnum):
    NOT_SET = "not_set"  # no printer in the settings
    NOT_FOUND = "not_found"  # the named printer is not installed
    FILE_PRINTER = "file_printer"  # the named printer writes a file (kiosk only)


@dataclass(frozen=True)
class PrinterChoice:
    """The printer to use (``name`` None: the system's default), what is wrong, and whether nothing may print."""

    name: str | None
    problem: PrinterProblem | None = None
    refused: bool = False  # a kiosk without a paper printer of its own prints nothing


def is_file_printer(name: str, model: str = "") -> bool:
    """Whether a printer of this name and driver model writes a file rather than paper."""
    return _FILE_PRINTER.search(name) is not None or _FILE_PRINTER.search(model) is not None


def choose_printer(wanted: str | None, installed: Sequence[tuple[str, str]], *, kiosk: bool) -> PrinterChoice:
    """The printer for the summary, from the ``printer`` setting and the installed ``(name, model)`` pairs.

    A kiosk prints only on the named printer, and only when it is installed and prints on paper.
    A counter PC uses the named printer when it is installed, else the default with NOT_FOUND.
    """
    models = dict(installed)
    if wanted is None:
        return PrinterChoice(None, PrinterProblem.NOT_SET, refused=True) if kiosk else PrinterChoice(None)
    if wanted not in models:
        return PrinterChoice(None, PrinterProblem.NOT_FOUND, refused=kiosk)
    if kiosk and is_file_printer(wanted, models[wanted]):
        return PrinterChoice(None, PrinterProblem.FILE_PRINTER, refused=True)
    return PrinterChoice(wanted)
