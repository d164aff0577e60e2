"""The attempt log's file: its schema and migrations, the folder and file it lives in, and what a failure means.

Times are stored in UTC as fixed-width ISO text (``2024-05-01T07:05:09.000000Z``) so text order is
time order and the file stays readable with any SQLite tool. The schema version is SQLite's
``user_version``; ``MIGRATIONS[n - 1]`` turns a version-n file into version n + 1, each in one
transaction that looks again once it holds the write lock (a second copy may have done it).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from app.core.attempts.model import Action
from app.core.contact.identity import ContactRef
from app.core.files import private_folder

LOG_FILE_NAME = "attempts.sqlite3"
SCHEMA_VERSION = 3
# Two copies of the program on one folder wait for each other this long instead of failing.
BUSY_TIMEOUT_SECONDS = 5.0

_T = TypeVar("_T")


# ---------------------------------------------------------------------------------------------
# Storage format


def utc_text(moment: datetime) -> str:
    """``moment`` as the log stores it: fixed-width ISO text in UTC, so text order is time order."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("attempt times must be timezone-aware")
    # isoformat pads the year to four digits, which strftime("%Y") does not do on every platform.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def from_utc_text(text: str) -> datetime:
    """A stored time back as an aware UTC datetime."""
    return datetime.fromisoformat(text).astimezone(UTC)


# Version 1 (the first release): table ``attempts``, contact in clear, ``at`` as
# "YYYY-MM-DD HH:MM:SS" UTC, no outcome. Kept here because the migration test writes it.
SCHEMA_V1 = """
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    channel TEXT NOT NULL,
    contact TEXT NOT NULL,
    action TEXT NOT NULL
);
CREATE INDEX attempts_by_contact ON attempts(contact);
PRAGMA user_version = 1;
"""

def _attempt_table(name: str, action_check: str) -> str:
    # AUTOINCREMENT: an id the history page still holds never comes back as someone else's attempt.
    return f"""
CREATE TABLE {name} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    contact_ref TEXT NOT NULL,
    contact TEXT,
    action TEXT NOT NULL {action_check},
    outcome TEXT NOT NULL DEFAULT 'unknown' CHECK (outcome IN ('arrived', 'not_arrived', 'unknown'))
)"""


# The (at) index carries the rowid, so it serves "newest first" paging; (contact_ref, at) serves
# one person's attempts and the countdown.
_INDEXES = """
CREATE INDEX attempt_by_time ON attempt(at);
CREATE INDEX attempt_by_contact ON attempt(contact_ref, at)
"""
_STATE_TABLE = "CREATE TABLE log_state (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
_ACTIONS = ", ".join(f"'{action.value}'" for action in Action)
# The number of rows, kept as rows come and go: the history says how many there are without
# counting a million rows (12 ms, most of a frame) each time it opens.
_ROW_COUNTERS = (
    "CREATE TRIGGER attempt_counted_in AFTER INSERT ON attempt BEGIN "
    "UPDATE log_state SET value = CAST(value AS INTEGER) + 1 WHERE name = 'rows'; END",
    "CREATE TRIGGER attempt_counted_out AFTER DELETE ON attempt BEGIN "
    "UPDATE log_state SET value = CAST(value AS INTEGER) - 1 WHERE name = 'rows'; END",
)


def _execute_each(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and each migration must be one transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _create_latest(conn: sqlite3.Connection) -> None:
    conn.execute(_attempt_table("attempt", f"CHECK (action IN ({_ACTIONS}))"))
    _execute_each(conn, _INDEXES)
    conn.execute(_STATE_TABLE)
    conn.execute("INSERT INTO log_state(name, value) VALUES ('clear_rows', '0'), ('rows', '0')")
    for trigger in _ROW_COUNTERS:
        conn.execute(trigger)


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    # Version 2 as this program makes it on the way to version 3: the actions are checked there.
    conn.execute(_attempt_table("attempt", ""))
    _execute_each(conn, _INDEXES)
    conn.execute(_STATE_TABLE)
    conn.execute(
        "INSERT INTO attempt(id, at, channel, contact_ref, contact, action, outcome) "
        "SELECT id, replace(at, ' ', 'T') || '.000000Z', channel, "
        "vssid_canonical(contact), vssid_canonical(contact), action, 'unknown' FROM attempts"
    )
    conn.execute(
        "UPDATE sqlite_sequence SET seq = (SELECT coalesce(max(id), 0) FROM attempt) WHERE name = 'attempt'"
    )
    conn.execute("DROP TABLE attempts")
    # Version 1 kept every contact in clear: the next keyed open hashes them.
    conn.execute("INSERT INTO log_state(name, value) VALUES ('clear_rows', '1')")


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    # Versions 1 and 2 guessed what a request was and named an action VssID does not have
    # (CONTENT.md §8): their rows keep time, contact and outcome, and say an older version wrote them.
    sequence = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'attempt'").fetchone()
    conn.execute(_attempt_table("attempt_v3", f"CHECK (action IN ({_ACTIONS}))"))
    conn.execute(
        "INSERT INTO attempt_v3(id, at, channel, contact_ref, contact, action, outcome) "
        f"SELECT id, at, channel, contact_ref, contact, '{Action.OLDER_VERSION.value}', outcome FROM attempt"
    )
    conn.execute("DROP TABLE attempt")
    conn.execute("ALTER TABLE attempt_v3 RENAME TO attempt")
    _execute_each(conn, _INDEXES)
    # Ids never come back: the counter goes on from where version 2 had it, deleted rows included.
    conn.execute("DELETE FROM sqlite_sequence WHERE name IN ('attempt', 'attempt_v3')")
    conn.execute(
        "INSERT INTO sqlite_sequence(name, seq) VALUES ('attempt', max(?, (SELECT coalesce(max(id), 0) FROM attempt)))",
        (sequence[0] if sequence else 0,),
    )
    conn.execute("INSERT INTO log_state(name, value) SELECT 'rows', count(*) FROM attempt")
    for trigger in _ROW_COUNTERS:
        conn.execute(trigger)


# MIGRATIONS[n - 1] turns a version-n file into version n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_1_to_2, _migrate_2_to_3]
assert len(MIGRATIONS) == SCHEMA_VERSION - 1


# ---------------------------------------------------------------------------------------------
# Errors: which failures mean "damaged file" and which mean "cannot write here"

_DAMAGED_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_UNWRITABLE_CODES = {
    sqlite3.SQLITE_PERM, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_CANTOPEN,
}


class Damaged(Exception):
    """The file is not a usable attempt log (damaged, or a foreign database)."""


class NewerVersion(Exception):
    """The file was written by a newer version of the program."""


def is_damaged(exc: BaseException) -> bool:
    if isinstance(exc, Damaged):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGED_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def is_unwritable(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _UNWRITABLE_CODES


# ---------------------------------------------------------------------------------------------
# Files and folders


def prepare_folder(folder: Path) -> None:
    private_folder(folder)


def prepare_file(path: Path) -> None:
    if os.name != "posix":
        return
    try:
        # Created 0600 before SQLite sees it; SQLite gives its -wal and -shm files the same mode.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        info = path.stat()
        if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) != 0o600:
            os.chmod(path, 0o600)
    else:
        os.close(fd)


_SIDECARS = ("-wal", "-shm", "-journal")


def move_aside(path: Path, moment: datetime) -> Path:
    stamp = moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    target, n = base, 1
    while target.exists() or any(Path(f"{target}{s}").exists() for s in _SIDECARS):
        n += 1
        target = base.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
    os.replace(path, target)
    for suffix in _SIDECARS:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


def register_functions(conn: sqlite3.Connection, key: bytes | None) -> None:
    conn.create_function("vssid_canonical", 1, _key_of_typed, deterministic=True)
    if key is not None:
        conn.create_function("vssid_digest", 1, lambda c: None if c is None else _digest_of_key(key, c),
                             deterministic=True)


def _key_of_typed(contact: str | None) -> str | None:
    # Version 1 stored contacts as typed: the contact checks give the key, else it stays as typed.
    if contact is None:
        return None
    ref = ContactRef.parse(contact)
    return ref.key if ref is not None else contact


def _digest_of_key(secret: bytes, stored: str) -> str:
    # A key already in the log, hashed as ContactRef.digest hashes it (no display needed).
    return ContactRef("email" if "@" in stored else "phone", stored, stored).digest(secret)


def run_in_transaction(conn: sqlite3.Connection, work: Callable[[], _T]) -> _T:
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = work()
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back (a full disk does): the first error is the one to tell.
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        raise
    return result


def switch_to_wal(conn: sqlite3.Connection) -> None:
    # Switching a new file to WAL needs a moment alone with it, and SQLite answers "locked" at
    # once rather than waiting while a second copy of the program does the same: try again.
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL").fetchone()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def bring_up_to_date(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise NewerVersion(version)
    if version == SCHEMA_VERSION:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"attempt", "log_state"} <= names:
            raise Damaged("an attempt log without its tables")
        return
    # Each step looks again once it holds the write lock: a second copy of the program started
    # at the same moment may have made or migrated the file while this one waited for the lock.
    if version == 0:

        def create() -> None:
            if conn.execute("PRAGMA user_version").fetchone()[0] != 0:
                return  # the other copy made it
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise Damaged("a database that is not an attempt log")
            _create_latest(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

        run_in_transaction(conn, create)
        return
    for step in range(version, SCHEMA_VERSION):

        def migrate(step: int = step) -> None:
            if conn.execute("PRAGMA user_version").fetchone()[0] != step:
                return  # the other copy did this step
            MIGRATIONS[step - 1](conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")

        run_in_transaction(conn, migrate)
