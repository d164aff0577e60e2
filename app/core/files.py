"""Files the program writes: private whatever the umask, complete or not at all, and nothing half-written left.

Every file is first written under a temporary name beside its place, created 0600 (folders
0700), then renamed over the real name in one step. A program killed meanwhile leaves the
temporary file; a note of it in the data folder's ``unfinished/`` lets the next start remove it,
wherever it was (an export goes to a folder the person chose).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

UNFINISHED = "unfinished"  # in the data folder: one note per temporary file being written
_TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{8}\.partial$")
# What versions that wrote settings files left when killed: a copy of the file with its contact key.
_OLD_SETTINGS_TEMPORARY = re.compile(r"^\.settings\.toml\.[0-9a-f]{8}\.tmp$")


def private_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents) if needed; a folder made here, or our own, becomes 0700.

    A shared sticky folder such as /tmp is never narrowed.
    """
    created = not folder.exists()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "posix":
        return
    info = folder.stat()
    if created or (info.st_uid == os.geteuid() and not info.st_mode & stat.S_ISVTX):
        if stat.S_IMODE(info.st_mode) != 0o700:
            os.chmod(folder, 0o700)


def _private_file(path: Path) -> None:
    """Create ``path`` empty, readable and writable by this account only, whatever the umask."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # the umask can only take bits away; this says exactly what is meant
    finally:
        os.close(fd)


def _note(journal: Path | None, temporary: Path) -> Path | None:
    """Write down ``temporary`` in ``journal``/unfinished so that the next start can remove it; best effort."""
    if journal is None:
        return None
    try:
        folder = journal / UNFINISHED
        private_folder(folder)
        note = folder / f"{os.urandom(8).hex()}.note"
        _private_file(note)
        note.write_text(str(temporary.resolve()), encoding="utf-8")
    except OSError:
        return None  # a read-only data folder: the file is still written, only not noted
    return note


@contextmanager
def replacing_file(path: Path, *, journal: Path | None = None) -> Iterator[Path]:
    """A private empty temporary file beside ``path``, for a writer that wants a name (Qt's printer).

    When the block ends normally the temporary file (still 0600: writing into an existing file
    keeps its mode) replaces ``path`` in one step; when it raises, the temporary file goes.
    Raises OSError when the folder cannot be written.
    """
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.partial")
    _private_file(temporary)
    note = _note(journal, temporary)
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        if note is not None:
            note.unlink(missing_ok=True)


@contextmanager
def writing(path: Path, mode: str = "w", *, journal: Path | None = None, **options: Any) -> Iterator[IO[Any]]:
    """Open ``path`` for writing as ``open`` would, but private and all at once (see ``replacing_file``)."""
    with replacing_file(path, journal=journal) as temporary, open(temporary, mode, **options) as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def remove_leftovers(data_folder: Path, *folders: Path) -> list[Path]:
    """Remove what a killed copy left: the temporary files noted in ``data_folder``, old settings copies.

    ``folders`` are also searched for the temporary settings files older versions left (they
    held the contact key). Returns what was removed; never raises.
    """
    removed: list[Path] = []
    notes = data_folder / UNFINISHED
    try:
        entries = sorted(notes.iterdir()) if notes.is_dir() else []
    except OSError:
        entries = []
    for note in entries:
        try:
            temporary = Path(note.read_text(encoding="utf-8").strip())
            if _TEMPORARY.match(temporary.name) and temporary.is_file():
                temporary.unlink()
                removed.append(temporary)
            note.unlink()
        except (OSError, UnicodeDecodeError):
            continue
    for folder in (data_folder, *folders):
        try:
            found = [p for p in folder.iterdir() if _OLD_SETTINGS_TEMPORARY.match(p.name)]
        except OSError:
            continue
        for leftover in found:
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                continue
    return removed
