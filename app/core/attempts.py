"""The attempt log: every password request a person made, with its time, kept across restarts.

One SQLite file (standard library ``sqlite3``) in the user data folder. Times are stored in
UTC as fixed-width ISO text (``2024-05-01T07:05:09.000000Z``) so text order is time order and
the file stays readable with any SQLite tool. Each person is found by a *contact reference*:
the contact in clear on a counter PC, or an HMAC of it on a kiosk, so a kiosk's file holds no
phone number or email yet still finds a person's earlier attempts from what they type.

The log never stops the program: a damaged file is moved aside and a new one started; a
folder or disk that cannot be written leaves the log in memory for the session. ``notice``
tells the page which of these happened.
"""

from __future__ import annotations

import csv
import enum
import hashlib
import hmac
import os
import secrets
import sqlite3
import stat
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TextIO, TypeVar

LOG_FILE_NAME = "attempts.sqlite3"
SCHEMA_VERSION = 2
DEFAULT_RETENTION_DAYS = 30
APP_FOLDER_NAME = "vssid-helper"
# Two copies of the program on one folder wait for each other this long instead of failing.
BUSY_TIMEOUT_SECONDS = 5.0

_T = TypeVar("_T")


class Channel(enum.StrEnum):
    """How the password was to be sent."""

    SMS = "sms"
    EMAIL = "email"


class Action(enum.StrEnum):
    """What the person did to ask for the password."""

    REGISTRATION = "registration"
    RESEND = "resend"
    FORGOT_PASSWORD = "forgot_password"


class Outcome(enum.StrEnum):
    """Whether the password arrived after that attempt."""

    ARRIVED = "arrived"
    NOT_ARRIVED = "not_arrived"
    UNKNOWN = "unknown"


class LogNotice(enum.Enum):
    """Something the person should be told once about the log (one short sentence)."""

    MOVED_ASIDE_CORRUPT = "moved_aside_corrupt"  # the old file was damaged; kept as moved_aside, a new log started
    NOT_SAVED = "not_saved"  # folder or disk cannot be written: attempts are kept in memory only
    NEWER_VERSION = "newer_version"  # the file was written by a newer version: left untouched, memory only


@dataclass(frozen=True)
class Attempt:
    """One request for the password.

    ``at`` is aware UTC. ``contact`` is the contact in clear, or None when the log keeps
    only its keyed hash; then ``contact_hash`` is a short pseudonym (12 hex digits) that is
    the same for every attempt of that person, for the history table.
    """

    id: int
    at: datetime
    channel: Channel
    contact: str | None
    action: Action
    outcome: Outcome = Outcome.UNKNOWN
    contact_hash: str | None = None

    @property
    def who(self) -> str:
        """The contact as the history table shows it: as people write it, or ``#`` and the pseudonym."""
        return readable_contact(self.contact) if self.contact is not None else f"#{self.contact_hash}"

    def local_time(self, tz: tzinfo | None = None) -> datetime:
        """The time of the attempt in ``tz``, or in the computer's local zone."""
        return self.at.astimezone(tz)


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def new_contact_key() -> bytes:
    """A fresh random key for hashing contacts on a kiosk (kept in the deployment settings)."""
    return secrets.token_bytes(32)


def default_log_folder() -> Path:
    """The per-user data folder where the log lives when no ``--data-dir`` is given."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_FOLDER_NAME, appauthor=False))


def canonical_contact(contact: str) -> str:
    """The form of a contact used to find a person again, whatever way it was typed.

    An email is lower-cased. A phone number keeps its digits and a leading ``+``, and a
    Vietnamese national number (``0912345678``) becomes ``+84912345678``, so the national and
    international forms find the same person. Raises ValueError for an empty contact.
    """
    text = unicodedata.normalize("NFKC", contact).strip()
    if "@" in text:
        text = "".join(text.split()).casefold()
    else:
        plus = text.startswith("+")
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits:
            if plus:
                text = "+" + digits
            elif digits.startswith("0") and len(digits) == 10:
                text = "+84" + digits[1:]
            elif digits.startswith("84") and len(digits) == 11:
                text = "+" + digits
            else:
                text = digits
    if not text:
        raise ValueError("an attempt needs a phone number or an email")
    return text


def contact_digest(key: bytes, contact: str) -> str:
    """The keyed hash stored instead of a contact on a kiosk: HMAC-SHA256 cut to 128 bits, in hex."""
    message = b"vssid-helper contact\x00" + canonical_contact(contact).encode("utf-8")
    # 128 bits is far beyond any collision among a kiosk's visitors and halves the index.
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:32]


# ---------------------------------------------------------------------------------------------
# Storage format


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("attempt times must be timezone-aware")
    u = moment.astimezone(UTC)
    # Fixed width by hand: strftime("%Y") does not pad years below 1000 on every platform.
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}Z"
    )


def _from_utc_text(text: str) -> datetime:
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

# AUTOINCREMENT: an id the history page still holds never comes back as someone else's attempt.
# The (at) index carries the rowid, so it serves "newest first" paging; (contact_ref, at) serves
# one person's attempts and the countdown.
_SCHEMA_V2_TABLES = """
CREATE TABLE attempt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    contact_ref TEXT NOT NULL,
    contact TEXT,
    action TEXT NOT NULL CHECK (action IN ('registration', 'resend', 'forgot_password')),
    outcome TEXT NOT NULL DEFAULT 'unknown' CHECK (outcome IN ('arrived', 'not_arrived', 'unknown'))
);
CREATE INDEX attempt_by_time ON attempt(at);
CREATE INDEX attempt_by_contact ON attempt(contact_ref, at);
CREATE TABLE log_state (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""


def _execute_each(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and each migration must be one transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _create_latest(conn: sqlite3.Connection) -> None:
    _execute_each(conn, _SCHEMA_V2_TABLES)
    conn.execute("INSERT INTO log_state(name, value) VALUES ('clear_rows', '0')")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    _execute_each(conn, _SCHEMA_V2_TABLES)
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


# MIGRATIONS[n - 1] turns a version-n file into version n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_1_to_2]
assert len(MIGRATIONS) == SCHEMA_VERSION - 1


# ---------------------------------------------------------------------------------------------
# Errors: which failures mean "damaged file" and which mean "cannot write here"

_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26
_DAMAGED_CODES = {_SQLITE_CORRUPT, _SQLITE_NOTADB}
_UNWRITABLE_CODES = {
    _SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN,
}


class _Damaged(Exception):
    """The file is not a usable attempt log (damaged, or a foreign database)."""


class _NewerVersion(Exception):
    """The file was written by a newer version of the program."""


def _is_damaged(exc: BaseException) -> bool:
    if isinstance(exc, _Damaged):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGED_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _is_unwritable(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _UNWRITABLE_CODES


# ---------------------------------------------------------------------------------------------
# Files and folders


def _prepare_folder(folder: Path) -> None:
    created = not folder.exists()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "posix":
        return
    info = folder.stat()
    # Never narrow a shared sticky folder such as /tmp; a folder of our own becomes private.
    if created or (info.st_uid == os.geteuid() and not info.st_mode & stat.S_ISVTX):
        if stat.S_IMODE(info.st_mode) != 0o700:
            os.chmod(folder, 0o700)


def _prepare_file(path: Path) -> None:
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


def _move_aside(path: Path, moment: datetime) -> Path:
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


def _register_functions(conn: sqlite3.Connection, key: bytes | None) -> None:
    conn.create_function("vssid_canonical", 1, _canonical_or_null, deterministic=True)
    if key is not None:
        conn.create_function(
            "vssid_digest", 1, lambda c: None if c is None else contact_digest(key, c), deterministic=True
        )


def _canonical_or_null(contact: str | None) -> str | None:
    if contact is None:
        return None
    try:
        return canonical_contact(contact)
    except ValueError:
        return contact


def _run_in_transaction(conn: sqlite3.Connection, work: Callable[[], _T]) -> _T:
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


def _switch_to_wal(conn: sqlite3.Connection) -> None:
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


def _bring_up_to_date(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise _NewerVersion(version)
    if version == SCHEMA_VERSION:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"attempt", "log_state"} <= names:
            raise _Damaged("an attempt log without its tables")
        return
    # Each step looks again once it holds the write lock: a second copy of the program started
    # at the same moment may have made or migrated the file while this one waited for the lock.
    if version == 0:

        def create() -> None:
            if conn.execute("PRAGMA user_version").fetchone()[0] != 0:
                return  # the other copy made it
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise _Damaged("a database that is not an attempt log")
            _create_latest(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

        _run_in_transaction(conn, create)
        return
    for step in range(version, SCHEMA_VERSION):

        def migrate(step: int = step) -> None:
            if conn.execute("PRAGMA user_version").fetchone()[0] != step:
                return  # the other copy did this step
            MIGRATIONS[step - 1](conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")

        _run_in_transaction(conn, migrate)


# ---------------------------------------------------------------------------------------------
# The log


@dataclass(frozen=True)
class CsvLabels:
    """Column headers and value names for an export; the UI may pass translated ones."""

    headers: tuple[str, str, str, str, str, str]
    channels: dict[Channel, str]
    actions: dict[Action, str]
    outcomes: dict[Outcome, str]


CSV_LABELS_VI = CsvLabels(
    headers=(
        "Thời gian (giờ trên máy)",
        "Thời gian (UTC)",
        "Kênh",
        "Số điện thoại / email",
        "Việc đã làm",
        "Kết quả",
    ),
    channels={Channel.SMS: "SMS", Channel.EMAIL: "Email"},
    actions={
        Action.REGISTRATION: "Đăng ký tài khoản",
        Action.RESEND: "Yêu cầu gửi lại mật khẩu",
        Action.FORGOT_PASSWORD: "Quên mật khẩu",
    },
    outcomes={
        Outcome.ARRIVED: "Đã nhận được",
        Outcome.NOT_ARRIVED: "Chưa nhận được",
        Outcome.UNKNOWN: "Chưa rõ",
    },
)

CSV_LABELS_EN = CsvLabels(
    headers=("Local time", "UTC time", "Channel", "Phone / email", "Action", "Outcome"),
    channels={Channel.SMS: "SMS", Channel.EMAIL: "Email"},
    actions={
        Action.REGISTRATION: "Registration",
        Action.RESEND: "Resend",
        Action.FORGOT_PASSWORD: "Forgot password",
    },
    outcomes={Outcome.ARRIVED: "Arrived", Outcome.NOT_ARRIVED: "Not arrived", Outcome.UNKNOWN: "Unknown"},
)

_COLUMNS = (
    "id, at, channel, contact, action, outcome, "
    "CASE WHEN contact IS NULL THEN substr(contact_ref, 1, 12) END"
)
_NEWEST_FIRST = "ORDER BY at DESC, id DESC"


def _attempt_from_row(row: tuple) -> Attempt:
    return Attempt(
        id=row[0],
        at=_from_utc_text(row[1]),
        channel=Channel(row[2]),
        contact=row[3],
        action=Action(row[4]),
        outcome=Outcome(row[5]),
        contact_hash=row[6],
    )


@dataclass
class _State:
    conn: sqlite3.Connection
    in_memory: bool
    clear_rows: bool = False


class AttemptLog:
    """Every password request, per contact, newest first; open it with ``AttemptLog.open``.

    Safe to call from more than one thread (one lock); a large export reads through its
    own connection so recording is not held up.
    """

    def __init__(
        self,
        folder: Path | None,
        contact_key: bytes | None,
        clock: Callable[[], datetime],
        on_notice: Callable[[LogNotice], None] | None,
    ) -> None:
        """Use ``AttemptLog.open``: this only holds the arguments."""
        self.folder = folder
        self._key = contact_key  # a deployment secret: not a public attribute
        self.clock = clock
        self.on_notice = on_notice
        self.notice: LogNotice | None = None
        self.moved_aside: Path | None = None
        self._state: _State | None = None
        self._lock = threading.RLock()

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        folder: Path | None,
        *,
        contact_key: bytes | None = None,
        clock: Callable[[], datetime] = utc_now,
        on_notice: Callable[[LogNotice], None] | None = None,
    ) -> AttemptLog:
        """Open (or create) the log in ``folder``; never raises for a bad file, folder or disk.

        ``contact_key`` given: contacts are stored only as HMAC-SHA256 with that key, and
        contacts an older file kept in clear are hashed now. None: contacts are stored in
        clear (counter PCs). ``folder`` None keeps the log in memory without a notice (tests,
        a "save nothing" setting). Check ``notice`` afterwards; ``on_notice`` is also called
        when something happens later in the session (a disk that fills up).
        """
        log = cls(folder, contact_key, clock, on_notice)
        with log._lock:
            if folder is None:
                log._state = log._memory_state(None)
            else:
                log._state = log._start_on_disk()
        return log

    @property
    def path(self) -> Path | None:
        """The log file, or None when the folder was not given."""
        return None if self.folder is None else self.folder / LOG_FILE_NAME

    @property
    def in_memory(self) -> bool:
        """True when attempts of this session will be lost at exit (see ``notice``)."""
        return self._live().in_memory

    @property
    def stores_clear_contacts(self) -> bool:
        """True when new attempts keep the contact in clear (no contact key)."""
        return self._key is None

    def _tell(self, notice: LogNotice) -> None:
        self.notice = notice
        if self.on_notice is not None:
            self.on_notice(notice)

    def _connect_file(self, path: Path) -> _State:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
        )
        try:
            _register_functions(conn, self._key)
            # Reading the header first: a file that is not a database fails here, before any write,
            # and a newer version's file is left exactly as it is.
            if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
                raise _NewerVersion()
            # Durability: WAL with synchronous=FULL fsyncs the WAL at every commit, so a committed
            # attempt survives a killed process and a power cut, and readers (the history page, a
            # second copy) never block the writer. fullfsync makes macOS really flush to the disk.
            _switch_to_wal(conn)
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA fullfsync=ON")
            # Deleted rows ("forget this person", the purge) are overwritten, not just unlinked.
            conn.execute("PRAGMA secure_delete=ON")
            _bring_up_to_date(conn)
            # Touch the table's root and newest leaf: a damaged file is noticed at open.
            conn.execute("SELECT id FROM attempt ORDER BY id DESC LIMIT 1").fetchall()
            state = _State(conn=conn, in_memory=False, clear_rows=self._read_clear_rows(conn))
            self._hide_clear_contacts(state)
            return state
        except BaseException:
            conn.close()
            raise

    def _start_on_disk(self) -> _State:
        assert self.folder is not None
        path = self.folder / LOG_FILE_NAME
        try:
            _prepare_folder(self.folder)
            _prepare_file(path)
            return self._connect_file(path)
        except _NewerVersion:
            self._tell(LogNotice.NEWER_VERSION)
            return self._memory_state(None)
        except (sqlite3.Error, _Damaged, OSError) as exc:
            if _is_unwritable(exc) and not _is_damaged(exc):
                self._tell(LogNotice.NOT_SAVED)
                return self._memory_state(path if path.exists() else None)
            if _is_damaged(exc):
                return self._restart_after_damage(path)
            # Anything else: leave the file exactly as it is and keep this session in memory.
            self._tell(LogNotice.NOT_SAVED)
            return self._memory_state(None)

    def _restart_after_damage(self, path: Path) -> _State:
        try:
            self.moved_aside = _move_aside(path, self.clock())
            _prepare_file(path)
            state = self._connect_file(path)
        except (sqlite3.Error, _Damaged, _NewerVersion, OSError):
            self._tell(LogNotice.NOT_SAVED)
            return self._memory_state(None)
        self._tell(LogNotice.MOVED_ASIDE_CORRUPT)
        return state

    def _memory_state(self, copy_from: Path | sqlite3.Connection | None) -> _State:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        _register_functions(conn, self._key)
        if copy_from is not None:
            try:
                self._copy_into(copy_from, conn)
                _bring_up_to_date(conn)
            except (sqlite3.Error, _Damaged, _NewerVersion, OSError):
                conn.close()
                conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                _register_functions(conn, self._key)
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            _bring_up_to_date(conn)
        state = _State(conn=conn, in_memory=True, clear_rows=self._read_clear_rows(conn))
        self._hide_clear_contacts(state)
        return state

    @staticmethod
    def _copy_into(source: Path | sqlite3.Connection, target: sqlite3.Connection) -> None:
        if isinstance(source, sqlite3.Connection):
            source.backup(target)
            return
        uri = source.resolve().as_uri()
        # Read-only; immutable when even the -shm file cannot be made (a read-only folder).
        for query in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                with closing(sqlite3.connect(f"{uri}{query}", uri=True, timeout=BUSY_TIMEOUT_SECONDS)) as src:
                    src.backup(target)
                return
            except sqlite3.Error as exc:
                if _is_damaged(exc):
                    raise
        raise OSError(f"cannot read {source}")

    @staticmethod
    def _read_clear_rows(conn: sqlite3.Connection) -> bool:
        row = conn.execute("SELECT value FROM log_state WHERE name = 'clear_rows'").fetchone()
        return row is None or row[0] != "0"

    def _hide_clear_contacts(self, state: _State) -> None:
        """On a kiosk, replace contacts an older file or a counter-PC session kept in clear."""
        if self._key is None or not state.clear_rows:
            return
        conn = state.conn

        def sweep() -> None:
            conn.execute(
                "UPDATE attempt SET contact_ref = vssid_digest(contact), contact = NULL WHERE contact IS NOT NULL"
            )
            conn.execute("UPDATE log_state SET value = '0' WHERE name = 'clear_rows'")

        _run_in_transaction(conn, sweep)
        state.clear_rows = False
        if not state.in_memory:
            # The clear text must not linger in the WAL file either.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # -- running queries, with recovery ----------------------------------------------------------

    def _live(self) -> _State:
        if self._state is None:
            raise ValueError("the attempt log is closed")
        return self._state

    def _run(self, work: Callable[[_State], _T]) -> _T:
        with self._lock:
            state = self._live()
            try:
                return work(state)
            except sqlite3.Error as exc:
                if state.in_memory or not (_is_damaged(exc) or _is_unwritable(exc)):
                    raise
                self._recover(state, damaged=_is_damaged(exc))
            return work(self._live())

    def _recover(self, state: _State, *, damaged: bool) -> None:
        path = self.path
        assert path is not None
        if damaged:
            state.conn.close()
            self._state = self._restart_after_damage(path)
            return
        self._tell(LogNotice.NOT_SAVED)
        try:
            self._state = self._memory_state(state.conn)
        finally:
            state.conn.close()

    def _ref(self, contact: str) -> str:
        if self._key is None:
            return canonical_contact(contact)
        return contact_digest(self._key, contact)

    # -- recording ------------------------------------------------------------------------------

    def record(
        self, contact: str, channel: Channel, action: Action, at: datetime | None = None
    ) -> Attempt:
        """Record one request for the password and return it once it is committed to disk.

        ``at`` is when the request was made (aware; for "I requested at 14:05"), or now.
        The time is stored as given: a wrong clock is never corrected afterwards.
        """
        canonical = canonical_contact(contact)
        when = _utc_text(self.clock() if at is None else at)
        ref = self._ref(canonical)
        clear = canonical if self._key is None else None
        channel, action = Channel(channel), Action(action)

        def insert(state: _State) -> int:
            def write() -> int:
                if clear is not None and not state.clear_rows:
                    state.conn.execute("UPDATE log_state SET value = '1' WHERE name = 'clear_rows'")
                cursor = state.conn.execute(
                    "INSERT INTO attempt(at, channel, contact_ref, contact, action) VALUES (?, ?, ?, ?, ?)",
                    (when, channel.value, ref, clear, action.value),
                )
                return cursor.lastrowid or 0

            new_id = _run_in_transaction(state.conn, write)
            if clear is not None:
                state.clear_rows = True
            return new_id

        new_id = self._run(insert)
        return Attempt(
            id=new_id,
            at=_from_utc_text(when),
            channel=channel,
            contact=clear,
            action=action,
            outcome=Outcome.UNKNOWN,
            contact_hash=None if clear is not None else ref[:12],
        )

    def set_outcome(self, attempt_id: int, outcome: Outcome) -> bool:
        """Record whether the password arrived after attempt ``attempt_id``; False if no such attempt."""
        value = Outcome(outcome).value
        return self._run(
            lambda s: s.conn.execute("UPDATE attempt SET outcome = ? WHERE id = ?", (value, attempt_id)).rowcount
            == 1
        )

    # -- reading --------------------------------------------------------------------------------

    def attempts_for(self, contact: str, limit: int = 50) -> list[Attempt]:
        """This person's attempts, newest first (at most ``limit``)."""
        ref = self._ref(contact)
        return self._run(
            lambda s: [
                _attempt_from_row(r)
                for r in s.conn.execute(
                    f"SELECT {_COLUMNS} FROM attempt WHERE contact_ref = ? {_NEWEST_FIRST} LIMIT ?", (ref, limit)
                )
            ]
        )

    def last_attempt(self, contact: str) -> Attempt | None:
        """This person's latest request (by its recorded time): where the countdown starts."""
        found = self.attempts_for(contact, limit=1)
        return found[0] if found else None

    def count(self, contact_filter: str | None = None) -> int:
        """How many attempts there are, for everyone or for one contact."""
        if contact_filter is None:
            sql, args = "SELECT count(*) FROM attempt", ()
        else:
            sql, args = "SELECT count(*) FROM attempt WHERE contact_ref = ?", (self._ref(contact_filter),)
        return self._run(lambda s: s.conn.execute(sql, args).fetchone()[0])

    def page(self, offset: int, limit: int, contact_filter: str | None = None) -> list[Attempt]:
        """Rows ``offset`` to ``offset + limit`` of the history, newest first.

        Skipping walks the index only (never the rows), so it stays quick on a large log; for
        scrolling on and on, ``page_after`` is O(log n) at any depth.
        """
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must not be negative")
        where, args = self._filter(contact_filter)

        def read(state: _State) -> list[Attempt]:
            ids = [
                r[0]
                for r in state.conn.execute(
                    f"SELECT id FROM attempt {where} {_NEWEST_FIRST} LIMIT ? OFFSET ?", (*args, limit, offset)
                )
            ]
            return self._by_ids(state, ids)

        return self._run(read)

    def page_after(self, last: Attempt | None, limit: int, contact_filter: str | None = None) -> list[Attempt]:
        """The ``limit`` attempts that come after ``last`` in the newest-first history (from the top if None)."""
        where, args = self._filter(contact_filter)
        if last is not None:
            where = f"{where} AND" if where else "WHERE"
            where += " (at, id) < (?, ?)"
            args = (*args, _utc_text(last.at), last.id)
        return self._run(
            lambda s: [
                _attempt_from_row(r)
                for r in s.conn.execute(
                    f"SELECT {_COLUMNS} FROM attempt {where} {_NEWEST_FIRST} LIMIT ?", (*args, limit)
                )
            ]
        )

    def _filter(self, contact_filter: str | None) -> tuple[str, tuple[str, ...]]:
        if contact_filter is None:
            return "", ()
        return "WHERE contact_ref = ?", (self._ref(contact_filter),)

    @staticmethod
    def _by_ids(state: _State, ids: list[int]) -> list[Attempt]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r[0]: r for r in state.conn.execute(f"SELECT {_COLUMNS} FROM attempt WHERE id IN ({marks})", ids)}
        return [_attempt_from_row(rows[i]) for i in ids if i in rows]

    # -- removing -------------------------------------------------------------------------------

    def forget(self, contact: str) -> int:
        """Delete every attempt of this person ("forget this person"); returns how many."""
        ref = self._ref(contact)
        return self._delete("DELETE FROM attempt WHERE contact_ref = ?", (ref,))

    def purge_older_than(self, days: int = DEFAULT_RETENTION_DAYS) -> int:
        """Delete attempts older than ``days`` days (the retention setting); returns how many."""
        if days < 1:
            raise ValueError("the retention must be at least one day")
        cutoff = _utc_text(self.clock() - timedelta(days=days))
        return self._delete("DELETE FROM attempt WHERE at < ?", (cutoff,))

    def _delete(self, sql: str, args: tuple[str, ...]) -> int:
        def delete(state: _State) -> int:
            removed = state.conn.execute(sql, args).rowcount
            if removed and not state.in_memory:
                # Also drop the deleted rows' old page images from the WAL file.
                state.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            return removed

        return self._run(delete)

    # -- export ---------------------------------------------------------------------------------

    def export_csv(
        self,
        path: Path,
        contact_filter: str | None = None,
        *,
        labels: CsvLabels = CSV_LABELS_VI,
        tz: tzinfo | None = None,
    ) -> int:
        """Write the history (or one contact's) to ``path`` as CSV, newest first; returns the row count.

        UTF-8 with a BOM so Excel shows Vietnamese; local time (``tz`` or the computer's zone)
        and UTC columns. Streams row by row and replaces ``path`` only when complete.
        Raises OSError when ``path`` cannot be written.
        """
        where, args = self._filter(contact_filter)
        sql = f"SELECT {_COLUMNS} FROM attempt {where} {_NEWEST_FIRST}"
        partial = path.with_name(path.name + ".partial")
        written = 0
        try:
            with open(partial, "w", encoding="utf-8-sig", newline="") as out, self._reading() as conn:
                writer = csv.writer(out)
                writer.writerow(labels.headers)
                cursor = conn.execute(sql, args)
                while rows := cursor.fetchmany(1000):
                    writer.writerows(_csv_rows(rows, labels, tz))
                    written += len(rows)
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return written

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        state = self._live()
        path = self.path
        if not state.in_memory and path is not None:
            try:
                own = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
            except sqlite3.Error:
                own = None
            if own is not None:
                with closing(own):
                    yield own
                return
        with self._lock:
            yield self._live().conn

    # -- closing --------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the file; attempts kept in memory are dropped."""
        with self._lock:
            if self._state is not None:
                self._state.conn.close()
                self._state = None

    def __enter__(self) -> AttemptLog:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def readable_contact(contact: str) -> str:
    """A stored contact as people write it: +84912345678 becomes 0912 345 678; anything else is unchanged."""
    if contact.startswith("+84") and len(contact) == 12 and contact[1:].isdigit():
        national = "0" + contact[3:]
        return f"{national[:4]} {national[4:7]} {national[7:]}"
    return contact


def _csv_contact(who: str) -> str:
    # The spaced national form also keeps Excel from dropping the leading 0.
    who = readable_contact(who)
    # A cell starting like a formula is shown as text, never run by the spreadsheet.
    return "'" + who if who.startswith(_FORMULA_STARTS) else who


def _csv_rows(rows: list[tuple], labels: CsvLabels, tz: tzinfo | None) -> Iterator[list[str]]:
    # Straight from the stored rows: an export of a million rows should not build a million Attempts.
    names = {str(k): v for k, v in (*labels.channels.items(), *labels.actions.items(), *labels.outcomes.items())}
    for row in rows:
        at_text = row[1]
        local = datetime.fromisoformat(at_text).astimezone(tz)
        yield [
            f"{local.year:04d}-{local.month:02d}-{local.day:02d} "
            f"{local.hour:02d}:{local.minute:02d}:{local.second:02d}",
            at_text[:19] + "Z",
            names[row[2]],
            _csv_contact(row[3] if row[3] is not None else f"#{row[6]}"),
            names[row[4]],
            names[row[5]],
        ]


def export_log_cli(
    data_dir: Path | None,
    out: Path,
    *,
    labels: CsvLabels = CSV_LABELS_VI,
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
    if not (folder / LOG_FILE_NAME).exists():
        log = AttemptLog.open(None)
    else:
        log = AttemptLog.open(folder)
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
