"""The commands that open no window: ``--export-log``, ``--hash-pin`` and ``--make-contact-key``.

``say`` is also the window's: the log and its CSV are imported by the commands that use them.

Every message goes through ``say``, which any console can print: a path with Vietnamese letters
on a console that is not UTF-8 is written with escapes rather than stopping the program.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.core.attempts import CsvLabels


def say(text: str, stream: TextIO | None = None) -> None:
    """Print ``text`` and a newline on ``stream`` (stdout by default) in whatever encoding it has."""
    stream = sys.stdout if stream is None else stream
    if stream is None:  # a windowed program started without a console
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = text.encode(encoding, "backslashreplace").decode(encoding)
    except LookupError:
        text = text.encode("ascii", "backslashreplace").decode("ascii")
    print(text, file=stream, flush=True)


def export_log(
    data_dir: Path | None,
    out: Path,
    *,
    labels: CsvLabels | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """``vssid-helper --export-log FILE.csv [--data-dir DIR]``: export without a window.

    Returns the exit code: 0 done, 1 the CSV could not be written, 2 the log could not be
    read (damaged, or written by a newer version), each with one line on stderr. Does not create
    a log where there is none: that exports the header only.
    """
    import sqlite3

    from app.core.attempts import LOG_FILE_NAME, AttemptLog, LogNotice, default_log_folder

    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    folder = default_log_folder() if data_dir is None else data_dir
    log = AttemptLog.open(folder if (folder / LOG_FILE_NAME).exists() else None)
    with log:
        if log.notice is LogNotice.MOVED_ASIDE_CORRUPT:
            say(f"The attempt log was damaged; it was moved aside to {log.moved_aside}. Nothing was exported.", stderr)
            return 2
        if log.notice is LogNotice.NEWER_VERSION:
            say("The attempt log was written by a newer version of the program. Nothing was exported.", stderr)
            return 2
        try:
            rows = log.export_csv(out, labels=labels)
        except OSError as exc:
            say(f"Cannot write {out}: {exc.strerror or exc}", stderr)
            return 1
        except sqlite3.Error:
            where = f" It was moved aside to {log.moved_aside}." if log.set_aside_if_damaged() else ""
            say(f"The attempt log in {folder} is damaged and could not be read to the end; nothing was exported."
                f"{where}", stderr)
            return 2
    say(f"{rows} attempts written to {out}", stdout)
    return 0


def print_pin_hash() -> int:
    """``--hash-pin``: read the PIN (typed twice on a terminal, else one line of stdin), print its hash."""
    from getpass import getpass

    from app.core.settings import PIN_DIGITS, hash_pin, pin_is_acceptable

    digits = f"{PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits"
    if sys.stdin.isatty():
        pin = getpass(f"Staff PIN ({digits}): ")
        if getpass("The same PIN again: ") != pin:
            say("The two PINs differ; nothing was printed.", sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()
    if not pin_is_acceptable(pin):
        say(f"A staff PIN is {digits} (0-9); nothing was printed.", sys.stderr)
        return 1
    say(hash_pin(pin))
    say("Put it in the deployment settings file as: staff_pin_hash = \"<the line above>\"", sys.stderr)
    return 0


def print_contact_key(site_file: Path | None = None) -> int:
    """``--make-contact-key``: print a new key for a kiosk's ``contact.key``; IT writes the file, not the program."""
    from app.core.settings import contact_key_file, new_contact_key_text, site_settings_file

    say(new_contact_key_text())
    where = contact_key_file(site_file or site_settings_file())
    say(f"Save the line above as {where}, readable by the kiosk account only and writable by administrators "
        "only (0640, owner root; see docs/kiosk.md). Never put it in the data folder.", sys.stderr)
    return 0
