"""The attempt log: every password request a person made, with its time, kept across restarts.

One SQLite file (standard library ``sqlite3``) in the user data folder; the format is in
``storage``. Each person is found by a *contact reference*: the contact in clear on a counter
PC, or an HMAC of it on a kiosk, so a kiosk's file holds no phone number or email yet still
finds a person's earlier attempts from what they type.

The log never stops the program: a damaged file is moved aside and a new one started; a
folder or disk that cannot be written leaves the log in memory for the session. ``notice``
tells the page which of these happened.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.core.attempts.model import Action, Attempt, Channel, LogNotice, Outcome
from app.core.attempts.retention import BATCH, SKEW, Purge, moved_aside_to_delete, plan
from app.core.attempts.storage import (
    BUSY_TIMEOUT_SECONDS,
    LOG_FILE_NAME,
    SCHEMA_VERSION,
    Damaged,
    NewerVersion,
    bring_up_to_date,
    from_utc_text,
    is_damaged,
    is_unwritable,
    move_aside,
    prepare_file,
    prepare_folder,
    register_functions,
    run_in_transaction,
    switch_to_wal,
    utc_text,
)
from app.core.clock import utc_now
from app.core.contact.identity import ContactRef

if TYPE_CHECKING:
    from app.core.attempts.export import CsvLabels

DEFAULT_RETENTION_DAYS = 30

_T = TypeVar("_T")

_COLUMNS = (
    "id, at, channel, contact, action, outcome, "
    "CASE WHEN contact IS NULL THEN substr(contact_ref, 1, 12) END"
)
_NEWEST_FIRST = "ORDER BY at DESC, id DESC"


def _attempt_from_row(row: tuple[Any, ...]) -> Attempt:
    return Attempt(
        id=row[0],
        at=from_utc_text(row[1]),
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

    def _tell(self, notice: LogNotice) -> None:
        self.notice = notice
        if self.on_notice is not None:
            self.on_notice(notice)

    def _connect_file(self, path: Path) -> _State:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
        )
        try:
            register_functions(conn, self._key)
            # Reading the header first: a file that is not a database fails here, before any write,
            # and a newer version's file is left exactly as it is.
            if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
                raise NewerVersion()
            # Durability: WAL with synchronous=FULL fsyncs the WAL at every commit, so a committed
            # attempt survives a killed process and a power cut, and readers (the history page, a
            # second copy) never block the writer. fullfsync makes macOS really flush to the disk.
            switch_to_wal(conn)
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA fullfsync=ON")
            # Deleted rows ("forget this person", the purge) are overwritten, not just unlinked.
            conn.execute("PRAGMA secure_delete=ON")
            bring_up_to_date(conn)
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
            prepare_folder(self.folder)
            prepare_file(path)
            return self._connect_file(path)
        except NewerVersion:
            self._tell(LogNotice.NEWER_VERSION)
            return self._memory_state(None)
        except (sqlite3.Error, Damaged, OSError) as exc:
            if is_unwritable(exc) and not is_damaged(exc):
                self._tell(LogNotice.NOT_SAVED)
                return self._memory_state(path if path.exists() else None)
            if is_damaged(exc):
                return self._restart_after_damage(path)
            # Anything else: leave the file exactly as it is and keep this session in memory.
            self._tell(LogNotice.NOT_SAVED)
            return self._memory_state(None)

    def _restart_after_damage(self, path: Path) -> _State:
        try:
            self.moved_aside = move_aside(path, self.clock())
            prepare_file(path)
            state = self._connect_file(path)
        except (sqlite3.Error, Damaged, NewerVersion, OSError):
            self._tell(LogNotice.NOT_SAVED)
            return self._memory_state(None)
        self._tell(LogNotice.MOVED_ASIDE_CORRUPT)
        return state

    def _memory_state(self, copy_from: Path | sqlite3.Connection | None) -> _State:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        register_functions(conn, self._key)
        if copy_from is not None:
            try:
                self._copy_into(copy_from, conn)
                bring_up_to_date(conn)
            except (sqlite3.Error, Damaged, NewerVersion, OSError):
                conn.close()
                conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                register_functions(conn, self._key)
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            bring_up_to_date(conn)
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
                if is_damaged(exc):
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

        run_in_transaction(conn, sweep)
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
                if state.in_memory or not (is_damaged(exc) or is_unwritable(exc)):
                    raise
                self._recover(state, damaged=is_damaged(exc))
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

    def _ref(self, who: ContactRef) -> str:
        return who.key if self._key is None else who.digest(self._key)

    # -- recording ------------------------------------------------------------------------------

    def record(
        self, who: ContactRef, channel: Channel, action: Action, at: datetime | None = None
    ) -> Attempt:
        """Record one request for the password and return it once it is committed to disk.

        ``at`` is when the request was made (aware; for "I requested at 14:05"), or now.
        The time is stored as given: a wrong clock is never corrected afterwards.
        """
        when = utc_text(self.clock() if at is None else at)
        ref = self._ref(who)
        clear = who.key if self._key is None else None
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

            new_id = run_in_transaction(state.conn, write)
            if clear is not None:
                state.clear_rows = True
            return new_id

        new_id = self._run(insert)
        return Attempt(
            id=new_id,
            at=from_utc_text(when),
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

    def attempts_for(self, who: ContactRef, limit: int = 50) -> list[Attempt]:
        """This person's attempts, newest first (at most ``limit``)."""
        ref = self._ref(who)
        return self._run(
            lambda s: [
                _attempt_from_row(r)
                for r in s.conn.execute(
                    f"SELECT {_COLUMNS} FROM attempt WHERE contact_ref = ? {_NEWEST_FIRST} LIMIT ?", (ref, limit)
                )
            ]
        )

    def last_attempt(self, who: ContactRef) -> Attempt | None:
        """This person's latest request (by its recorded time): where the countdown starts."""
        found = self.attempts_for(who, limit=1)
        return found[0] if found else None

    def count(self, contact_filter: ContactRef | None = None) -> int:
        """How many attempts there are, for everyone (kept as rows come and go) or for one contact."""
        sql: str = "SELECT CAST(value AS INTEGER) FROM log_state WHERE name = 'rows'"
        args: tuple[str, ...] = ()
        if contact_filter is not None:
            sql, args = "SELECT count(*) FROM attempt WHERE contact_ref = ?", (self._ref(contact_filter),)
        return self._run(lambda s: int(s.conn.execute(sql, args).fetchone()[0]))

    def page_after(self, last: Attempt | None, limit: int, contact_filter: ContactRef | None = None) -> list[Attempt]:
        """The ``limit`` attempts that come after ``last`` in the newest-first history (from the top if None)."""
        where, args = self._filter(contact_filter)
        if last is not None:
            where = f"{where} AND" if where else "WHERE"
            where += " (at, id) < (?, ?)"
            args = (*args, utc_text(last.at), last.id)
        return self._run(
            lambda s: [
                _attempt_from_row(r)
                for r in s.conn.execute(
                    f"SELECT {_COLUMNS} FROM attempt {where} {_NEWEST_FIRST} LIMIT ?", (*args, limit)
                )
            ]
        )

    def _filter(self, contact_filter: ContactRef | None) -> tuple[str, tuple[str | int, ...]]:
        if contact_filter is None:
            return "", ()
        return "WHERE contact_ref = ?", (self._ref(contact_filter),)

    # -- removing -------------------------------------------------------------------------------

    def forget(self, who: ContactRef) -> int:
        """Delete every attempt of this person ("forget this person"); returns how many."""
        ref = self._ref(who)
        return self._delete("DELETE FROM attempt WHERE contact_ref = ?", (ref,))

    def purge_older_than(self, days: int = DEFAULT_RETENTION_DAYS) -> int:
        """Delete attempts older than ``days`` days (the retention setting); returns how many (see ``purge``)."""
        return self.purge(days).removed

    def purge(self, days: int = DEFAULT_RETENTION_DAYS) -> Purge:
        """Apply the retention of ``days`` days on a clock that can lie (app.core.attempts.retention).

        Deletes in small transactions: on a nearly full disk it stops (``incomplete``) and the
        log stays on disk, instead of falling back to memory on every start. Also deletes the
        logs moved aside as damaged longer ago than the retention.
        """
        if days < 1:
            raise ValueError("the retention must be at least one day")
        now = self.clock()
        with self._lock:
            state = self._live()
            conn = state.conn
            try:
                newest = conn.execute("SELECT max(at) FROM attempt WHERE at <= ?",
                                      (utc_text(now + SKEW),)).fetchone()[0]
                any_rows = conn.execute("SELECT 1 FROM attempt LIMIT 1").fetchone() is not None
                # By the time index: left to itself SQLite walks every id downwards looking for an old one.
                last_old = conn.execute("SELECT max(id) FROM attempt INDEXED BY attempt_by_time WHERE at < ?",
                                        (utc_text(now - timedelta(days=days)),)).fetchone()[0]
            except sqlite3.Error:
                return Purge(incomplete=True)  # a damaged file is noticed, and set aside, by the next use
            rows = plan(now, days, from_utc_text(newest) if newest else None, any_rows, last_old)
            if rows.hold is not None:
                return rows.hold
            removed, incomplete = 0, False
            sql = ("DELETE FROM attempt WHERE id IN (SELECT id FROM attempt WHERE at < ? UNION ALL "
                   "SELECT id FROM attempt WHERE at > ? AND (id < ? OR at > ?) LIMIT ?)")
            args = (utc_text(rows.cutoff), utc_text(rows.future_after), rows.before_id, utc_text(rows.absurd_after),
                    BATCH)
            while True:
                try:
                    batch = run_in_transaction(conn, lambda: conn.execute(sql, args).rowcount)
                    if batch and not state.in_memory:
                        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # the WAL stays small
                except sqlite3.Error:
                    incomplete = True  # the disk would not take it: the rest goes next time
                    break
                removed += batch
                if batch < BATCH:
                    break
        files = []
        for path in moved_aside_to_delete(self.folder, LOG_FILE_NAME, now, days):
            try:
                path.unlink()
                files.append(path)
            except OSError:
                incomplete = True
        return Purge(removed, tuple(files), incomplete=incomplete)

    def _delete(self, sql: str, args: tuple[str, ...]) -> int:
        def delete(state: _State) -> int:
            removed = state.conn.execute(sql, args).rowcount
            if removed and not state.in_memory:
                # Also drop the deleted rows' old page images from the WAL file.
                state.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            return removed

        return self._run(delete)

    def set_aside_if_damaged(self) -> bool:
        """After a full read failed (an export): check the whole file; a damaged one is moved aside.

        Then a new log is started and ``notice`` (and ``on_notice``) say so, as when the damage
        is found at open. Returns True when the file was moved aside.
        """
        with self._lock:
            state = self._live()
            if state.in_memory or self.path is None:
                return False
            try:
                sound = state.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            except sqlite3.Error as exc:
                sound = not is_damaged(exc)
            if sound:
                return False
            self._recover(state, damaged=True)
            return True

    # -- export ---------------------------------------------------------------------------------

    def export_csv(
        self,
        path: Path,
        contact_filter: ContactRef | None = None,
        *,
        labels: CsvLabels | None = None,
        tz: tzinfo | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> int:
        """Write the history (or one contact's) to ``path`` as CSV, newest first; returns the row count.

        UTF-8 with a BOM so Excel shows Vietnamese; local time (``tz`` or the computer's zone)
        and UTC columns; ``labels`` default to the Vietnamese ones. Streams row by row and
        replaces ``path`` only when complete. ``progress(done, total)`` is called every few
        thousand rows; when it returns False the export stops, leaves no file and raises
        ``ExportCancelled``. Raises OSError when ``path`` cannot be written.
        """
        from app.core.attempts.export import csv_labels, write_csv  # the csv module: only when exporting

        where, args = self._filter(contact_filter)
        total = self.count(contact_filter) if progress is not None else 0
        with self._reading() as conn:
            cursor = conn.execute(f"SELECT {_COLUMNS} FROM attempt {where} {_NEWEST_FIRST}", args)
            return write_csv(path, cursor, labels or csv_labels("vi"), tz,
                             progress=None if progress is None else lambda done: progress(done, total),
                             journal=self.folder)

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
