"""The commands that open no window: ``--export-log`` and ``--hash-pin``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from app.core.attempts import LOG_FILE_NAME, AttemptLog, CsvLabels, LogNotice, default_log_folder


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
    read (it was damaged and moved aside, or written by a newer version). Does not create a
    log where there is none: that exports the header only.
    """
    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    folder = default_log_folder() if data_dir is None else data_dir
    log = AttemptLog.open(folder if (folder / LOG_FILE_NAME).exists() else None)
    with log:
        if log.notice is LogNotice.MOVED_ASIDE_CORRUPT:
            print(f"The attempt log was damaged; it was moved aside to {log.moved_aside}.", file=stderr)
            return 2
        if log.notice is LogNotice.NEWER_VERSION:
            print("The attempt log was written by a newer version of the program.", file=stderr)
            return 2
        try:
            rows = log.export_csv(out, labels=labels)
        except OSError as exc:
            print(f"Cannot write {out}: {exc.strerror or exc}", file=stderr)
            return 1
    print(f"{rows} attempts written to {out}", file=stdout)
    return 0


def print_pin_hash() -> int:
    """``--hash-pin``: read the PIN (typed twice on a terminal, else one line of stdin), print its hash."""
    from getpass import getpass

    from app.core.settings import hash_pin, pin_is_acceptable

    if sys.stdin.isatty():
        pin = getpass("Staff PIN (4 to 12 digits): ")
        if getpass("The same PIN again: ") != pin:
            print("The two PINs differ; nothing was printed.", file=sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()
    if not pin_is_acceptable(pin):
        print("A staff PIN is 4 to 12 digits (0-9); nothing was printed.", file=sys.stderr)
        return 1
    print(hash_pin(pin))
    print("Put it in the settings file as: staff_pin_hash = \"<the line above>\"", file=sys.stderr)
    return 0
