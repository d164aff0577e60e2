from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.cli import export_log
from app.core.attempts import (
    DEFAULT_RETENTION_DAYS,
    LOG_FILE_NAME,
    SCHEMA_V1,
    SCHEMA_VERSION,
    Action,
    Attempt,
    AttemptLog,
    Channel,
    LogNotice,
    Outcome,
    csv_labels,
    new_contact_key,
)
from app.core.contact import ContactRef
from app.core.waiting import DEFAULT_WAIT, wait_status

REPO = Path(__file__).resolve().parents[2]
VIETNAM = timezone(timedelta(hours=7))
START = datetime(2024, 5, 1, 7, 0, tzinfo=UTC)
who = ContactRef.parse  # the one way a typed contact becomes the log's key
PHONE = who("0912 345 678")
EMAIL = who("Nguyen.An@Gmail.com")
POSIX = os.name == "posix"


class FakeClock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def file_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.name.startswith(LOG_FILE_NAME))


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


# -- record and read back --------------------------------------------------------------------------


def test_a_recorded_attempt_is_read_back_after_the_program_restarts(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        made = log.record(PHONE, Channel.SMS, Action.REGISTRATION)
        assert log.notice is None
    with AttemptLog.open(folder, clock=clock) as log:
        found = log.attempts_for(PHONE)
    assert found == [made], "after a restart the earlier attempt was not shown"
    assert found[0].at == START and found[0].at.tzinfo == UTC
    assert found[0].contact == "+84912345678"
    assert found[0].outcome is Outcome.UNKNOWN


def test_the_outcome_is_kept(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        made = log.record(EMAIL, Channel.EMAIL, Action.FORGOT_PASSWORD)
        assert log.set_outcome(made.id, Outcome.NOT_ARRIVED)
        assert not log.set_outcome(made.id + 99, Outcome.ARRIVED), "an unknown attempt was said to be updated"
    with AttemptLog.open(folder) as log:
        assert log.last_attempt(EMAIL).outcome is Outcome.NOT_ARRIVED


def test_a_request_made_before_the_program_was_opened_keeps_its_time(folder, clock):
    earlier = datetime(2024, 5, 1, 13, 50, tzinfo=VIETNAM)
    with AttemptLog.open(folder, clock=clock) as log:
        log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD, at=earlier)
        assert log.last_attempt(PHONE).at == earlier
        assert log.last_attempt(PHONE).local_time(VIETNAM).strftime("%H:%M") == "13:50"


def test_a_time_without_a_zone_is_refused(folder):
    with AttemptLog.open(folder) as log, pytest.raises(ValueError):
        log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD, at=datetime(2024, 5, 1, 14, 5))


def test_an_empty_contact_is_no_contact_at_all():
    assert who("   ") is None and who("") is None


def test_the_countdown_continues_from_the_last_request_after_a_restart(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        log.record(PHONE, Channel.SMS, Action.REGISTRATION)
        clock.advance(minutes=4)
        log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
    clock.advance(minutes=6)
    with AttemptLog.open(folder, clock=clock) as log:
        last = log.last_attempt(who("+84 912 345 678"))
    status = wait_status(last.at, clock())
    assert status.remaining == timedelta(minutes=9), f"the countdown restarted at {status.remaining} left"


# -- per contact -----------------------------------------------------------------------------------


def test_each_person_sees_only_their_own_attempts(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        mine = log.record(PHONE, Channel.SMS, Action.REGISTRATION)
        theirs = log.record(who("0987 654 321"), Channel.SMS, Action.REGISTRATION)
        by_mail = log.record(EMAIL, Channel.EMAIL, Action.FORGOT_PASSWORD)
        assert log.attempts_for(PHONE) == [mine], "another person's attempt was shown"
        assert log.attempts_for(who("0987654321")) == [theirs]
        assert log.attempts_for(who("nguyen.an@gmail.com")) == [by_mail], "the same email in lower case was not found"
        assert log.last_attempt(who("0900 000 000")) is None
        assert log.count(PHONE) == 1 and log.count() == 3


@pytest.mark.parametrize("typed", ["0912345678", "0912.345.678", "+84 912 345 678", "84912345678", "+84912345678"])
def test_the_same_number_written_differently_is_the_same_person(typed):
    assert who(typed) == PHONE


def test_attempts_are_listed_newest_first(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        first = log.record(PHONE, Channel.SMS, Action.REGISTRATION)
        clock.advance(minutes=20)
        second = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        typed_earlier = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD, at=START - timedelta(minutes=5))
        assert log.attempts_for(PHONE) == [second, first, typed_earlier]
        assert log.last_attempt(PHONE) == second


def test_the_person_query_uses_the_contact_index(folder):
    # Behaviour, not timing: the per-person lookup must not read the whole table.
    with AttemptLog.open(folder) as log:
        log.record(PHONE, Channel.SMS, Action.REGISTRATION)
        statements: list[str] = []
        log._state.conn.set_trace_callback(statements.append)  # the statement actually run
        log.attempts_for(PHONE)
        log._state.conn.set_trace_callback(None)
        [query] = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        plan = " ".join(row[3] for row in log._state.conn.execute("EXPLAIN QUERY PLAN " + query))
    assert "SEARCH" in plan and "attempt_by_contact" in plan, f"per-person lookup plan: {plan}"
    assert "TEMP B-TREE" not in plan, f"per-person lookup sorts every time: {plan}"


# -- history pages ---------------------------------------------------------------------------------


def test_history_pages_cover_every_attempt_once_newest_first(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        made = []
        for i in range(23):
            made.append(log.record(PHONE if i % 3 else EMAIL, Channel.SMS, Action.FORGOT_PASSWORD))
            if i % 4 == 0:  # some attempts share the same second
                clock.advance(seconds=1)
        expected = sorted(made, key=lambda a: (a.at, a.id), reverse=True)
        by_keyset: list[Attempt] = []
        for _ in range(len(made)):  # bounded: a keyset bug must fail, not loop forever
            batch = log.page_after(by_keyset[-1] if by_keyset else None, 4)
            if not batch:
                break
            by_keyset.extend(batch)
        assert by_keyset == expected, "scrolling the history skipped or repeated rows"
        only_mail = [a for a in expected if a.contact == "nguyen.an@gmail.com"]
        assert log.page_after(None, 100, contact_filter=EMAIL) == only_mail
        assert log.page_after(only_mail[2], 100, contact_filter=EMAIL) == only_mail[3:]
        assert log.count(EMAIL) == len(only_mail)
        assert log.count() == len(made)


def test_the_row_count_follows_records_forgets_and_purges_and_survives_a_restart(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        for _ in range(3):
            log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        log.record(EMAIL, Channel.EMAIL, Action.HOTLINE_KEY8, at=START - timedelta(days=40))
        assert log.count() == 4
        assert log.forget(PHONE) == 3 and log.count() == 1
        log.record(EMAIL, Channel.EMAIL, Action.REGISTRATION)
        assert log.purge_older_than(30) == 1 and log.count() == 1
    with AttemptLog.open(folder, clock=clock) as log:
        assert log.count() == 1


def test_a_cancelled_export_leaves_no_file_and_progress_reaches_the_total(folder, clock, tmp_path):
    from app.core.attempts import ExportCancelled

    with AttemptLog.open(folder, clock=clock) as log:
        for i in range(12):
            log.record(PHONE if i % 2 else EMAIL, Channel.SMS, Action.FORGOT_PASSWORD)
        seen: list[tuple[int, int]] = []
        out = tmp_path / "all.csv"
        assert log.export_csv(out, progress=lambda done, total: seen.append((done, total)) or True) == 12
        assert seen == [(12, 12)]
        with pytest.raises(ExportCancelled):
            log.export_csv(tmp_path / "stopped.csv", progress=lambda done, total: False)
    assert not (tmp_path / "stopped.csv").exists() and not list(tmp_path.glob("*.partial"))


# -- forget and purge ------------------------------------------------------------------------------


def test_forget_this_person_deletes_only_their_rows(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        log.record(PHONE, Channel.SMS, Action.REGISTRATION)
        log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        kept = log.record(EMAIL, Channel.EMAIL, Action.FORGOT_PASSWORD)
        assert log.forget(who("0912345678")) == 2
        assert log.attempts_for(PHONE) == []
        assert log.page_after(None, 10) == [kept], "another person's attempt was deleted too"
    assert b"912345678" not in file_bytes(folder), "the forgotten number is still readable in the file"


def test_old_attempts_are_purged_after_the_retention_period(folder, clock):
    assert DEFAULT_RETENTION_DAYS == 30
    with AttemptLog.open(folder, clock=clock) as log:
        old = log.record(PHONE, Channel.SMS, Action.REGISTRATION, at=START - timedelta(days=31))
        edge = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD, at=START - timedelta(days=29, hours=23))
        recent = log.record(EMAIL, Channel.EMAIL, Action.FORGOT_PASSWORD)
        assert log.purge_older_than(DEFAULT_RETENTION_DAYS) == 1
        remaining = log.page_after(None, 10)
    assert old not in remaining, "an attempt older than 30 days was kept"
    assert remaining == [recent, edge], "a recent attempt was purged"


def test_a_retention_below_one_day_is_refused(folder):
    with AttemptLog.open(folder) as log, pytest.raises(ValueError):
        log.purge_older_than(0)


# -- kiosk: contacts only as a keyed hash ----------------------------------------------------------


def test_a_kiosk_file_holds_no_contact_in_clear_yet_finds_the_person(folder, clock):
    key = new_contact_key()
    with AttemptLog.open(folder, contact_key=key, clock=clock) as log:
        made = log.record(PHONE, Channel.SMS, Action.REGISTRATION)
        log.record(EMAIL, Channel.EMAIL, Action.FORGOT_PASSWORD)
        assert made.contact is None and made.contact_hash
    raw = file_bytes(folder)
    for clear in (b"912345678", b"nguyen.an", b"gmail"):
        assert clear not in raw, f"the kiosk file holds {clear!r} in clear"
    with AttemptLog.open(folder, contact_key=key, clock=clock) as log:
        assert log.attempts_for(who("0912345678")) == [made], "the kiosk did not find the person's earlier attempt"
        assert log.page_after(None, 10, contact_filter=PHONE) == [made]
        assert log.forget(PHONE) == 1
    with AttemptLog.open(folder, contact_key=new_contact_key()) as log:
        assert log.attempts_for(EMAIL) == [], "a different key found the person"


def test_turning_a_counter_pc_into_a_kiosk_hashes_the_contacts_kept_before(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        log.record(PHONE, Channel.SMS, Action.REGISTRATION)
    key = new_contact_key()
    with AttemptLog.open(folder, contact_key=key, clock=clock) as log:
        assert len(log.attempts_for(PHONE)) == 1
    assert b"912345678" not in file_bytes(folder), "the number typed on the counter PC stayed in clear"


# -- migration -------------------------------------------------------------------------------------


def write_version_1(folder: Path) -> None:
    folder.mkdir(parents=True)
    with sqlite3.connect(folder / LOG_FILE_NAME) as conn:
        conn.executescript(SCHEMA_V1)
        conn.executemany(
            "INSERT INTO attempts(at, channel, contact, action) VALUES (?, ?, ?, ?)",
            [
                ("2024-04-30 02:00:00", "sms", "0912345678", "registration"),
                ("2024-04-30 02:20:00", "sms", "0912345678", "resend"),
                ("2024-04-30 03:00:00", "email", "an@gmail.com", "forgot_password"),
            ],
        )
    conn.close()


def test_a_version_1_file_is_migrated_and_its_attempts_kept(folder, clock):
    write_version_1(folder)
    with AttemptLog.open(folder, clock=clock) as log:
        assert log.notice is None
        found = log.attempts_for(PHONE)
        added = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
    assert [a.at for a in found] == [
        datetime(2024, 4, 30, 2, 20, tzinfo=UTC),
        datetime(2024, 4, 30, 2, 0, tzinfo=UTC),
    ], "the attempts of the old version were not shown at their times"
    assert [a.action for a in found] == [Action.OLDER_VERSION] * 2, (
        "an older version's guess at what was done was shown as if the person had said it")
    assert all(a.outcome is Outcome.UNKNOWN for a in found)
    assert added.id == 4, "a new attempt reused an old attempt's number"
    with sqlite3.connect(folder / LOG_FILE_NAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


# What version 2 of the program wrote: the actions it guessed, one of them an action VssID does not have.
SCHEMA_V2 = """
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
INSERT INTO log_state(name, value) VALUES ('clear_rows', '1');
PRAGMA user_version = 2;
"""


def test_a_version_2_file_keeps_every_row_and_says_an_older_version_recorded_them(folder, clock):
    folder.mkdir(parents=True)
    with sqlite3.connect(folder / LOG_FILE_NAME) as conn:
        conn.executescript(SCHEMA_V2)
        conn.executemany(
            "INSERT INTO attempt(id, at, channel, contact_ref, contact, action, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (1, "2026-11-20T02:00:00.000000Z", "sms", "+84912345678", "+84912345678", "registration", "unknown"),
                (2, "2026-11-20T02:20:00.000000Z", "sms", "+84912345678", "+84912345678", "resend", "not_arrived"),
                (7, "2026-11-21T03:00:00.000000Z", "email", "an@gmail.com", "an@gmail.com", "forgot_password",
                 "arrived"),
            ],
        )
        conn.execute("DELETE FROM attempt WHERE id = 7")  # a forgotten person: id 7 must never come back
    conn.close()
    clock.now = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    with AttemptLog.open(folder, clock=clock) as log:
        assert log.notice is None
        mine = log.attempts_for(PHONE)
        added = log.record(PHONE, Channel.SMS, Action.HOTLINE_KEY8)
        export = folder.parent / "out.csv"
        log.export_csv(export, tz=UTC)
    assert [(a.id, a.action, a.outcome) for a in mine] == [
        (2, Action.OLDER_VERSION, Outcome.NOT_ARRIVED),
        (1, Action.OLDER_VERSION, Outcome.UNKNOWN),
    ], "the old rows lost their time order or outcome, or kept a guessed action"
    assert added.id == 8, "a new attempt reused the number of a deleted one"
    words = [row[4] for row in read_csv(export)[1][1:]]
    assert words[0] == "Gọi 1900 9068, bấm phím 8"
    assert words[1:] == ["Một lần yêu cầu do phiên bản cũ của chương trình ghi lại (không rõ là việc gì)"] * 2
    with sqlite3.connect(folder / LOG_FILE_NAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO attempt(at, channel, contact_ref, action) VALUES ('x', 'sms', 'r', 'resend')")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_only_forgot_password_and_the_key_8_call_start_the_wait():
    assert {action for action in Action if action.sends} == {Action.FORGOT_PASSWORD, Action.HOTLINE_KEY8}


def test_a_version_1_file_opened_on_a_kiosk_loses_its_clear_contacts(folder):
    write_version_1(folder)
    key = new_contact_key()
    with AttemptLog.open(folder, contact_key=key) as log:
        assert len(log.attempts_for(who("an@gmail.com"))) == 1
    assert b"an@gmail.com" not in file_bytes(folder)


def test_a_file_from_a_newer_version_is_left_untouched(folder, clock):
    folder.mkdir()
    with sqlite3.connect(folder / LOG_FILE_NAME) as conn:
        conn.executescript("CREATE TABLE future(x); PRAGMA user_version = 99;")
    conn.close()
    before = (folder / LOG_FILE_NAME).read_bytes()
    with AttemptLog.open(folder, clock=clock) as log:
        assert log.notice is LogNotice.NEWER_VERSION
        assert log.in_memory
        log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        assert len(log.attempts_for(PHONE)) == 1, "the wizard could not keep the attempt for the session"
    assert (folder / LOG_FILE_NAME).read_bytes() == before, "the newer version's file was changed"


# -- damaged file ----------------------------------------------------------------------------------


def double_nine_times(path: Path) -> None:
    """Copy the log's rows onto themselves nine times: 512 rows over many pages, in one go."""
    with sqlite3.connect(path) as conn:
        for _ in range(9):
            conn.execute(
                "INSERT INTO attempt(at, channel, contact_ref, contact, action) "
                "SELECT at, channel, contact_ref, contact, action FROM attempt"
            )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def moved_aside_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".damaged-" in p.name and p.suffix == ".sqlite3")


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_new_log_started(folder, clock):
    folder.mkdir()
    garbage = b"This is not a database, it was overwritten by something else.\n" * 200
    (folder / LOG_FILE_NAME).write_bytes(garbage)
    with AttemptLog.open(folder, clock=clock) as log:
        assert log.notice is LogNotice.MOVED_ASIDE_CORRUPT, "the person was not told the log was damaged"
        assert not log.in_memory
        made = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        aside = log.moved_aside
    [found] = moved_aside_files(folder)
    assert found == aside and "20240501-070000" in aside.name, "the moved-aside file has no timestamp"
    assert aside.read_bytes() == garbage, "the damaged file was not kept as it was"
    with AttemptLog.open(folder, clock=clock) as log:
        assert log.notice is None
        assert log.attempts_for(PHONE) == [made]


def test_a_log_with_damaged_pages_is_moved_aside(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
    path = folder / LOG_FILE_NAME
    double_nine_times(path)
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * 4096
    page = 4096
    data[page:] = b"\xa5" * (len(data) - page)  # everything after the header page
    path.write_bytes(bytes(data))
    with AttemptLog.open(folder, clock=clock) as log:
        assert log.notice is LogNotice.MOVED_ASIDE_CORRUPT
        assert log.attempts_for(PHONE) == []
        log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
    assert len(moved_aside_files(folder)) == 1


def test_two_damaged_files_in_the_same_second_are_both_kept(folder, clock):
    folder.mkdir()
    for content in (b"first damaged file" * 100, b"second damaged file" * 100):
        (folder / LOG_FILE_NAME).unlink(missing_ok=True)
        for side in folder.glob(LOG_FILE_NAME + "-*"):
            side.unlink()
        (folder / LOG_FILE_NAME).write_bytes(content)
        AttemptLog.open(folder, clock=clock).close()
    kept = {p.read_bytes()[:6] for p in moved_aside_files(folder)}
    assert kept == {b"first ", b"second"}, "a damaged file was overwritten by the next one"


# -- read-only folder, full disk -------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_a_read_only_folder_keeps_the_wizard_working_in_memory(folder, clock, read_only):
    with AttemptLog.open(folder, clock=clock) as log:
        earlier = log.record(PHONE, Channel.SMS, Action.REGISTRATION)
    before = file_bytes(folder)
    read_only(folder)
    with AttemptLog.open(folder, clock=clock) as log:
        assert log.notice is LogNotice.NOT_SAVED, "the person was not told the log cannot be saved"
        assert log.in_memory
        assert log.attempts_for(PHONE) == [earlier], "the earlier attempts were not shown"
        clock.advance(minutes=3)
        now = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        assert log.last_attempt(PHONE) == now, "the countdown did not use the attempt just made"
    assert file_bytes(folder) == before


def test_a_folder_that_cannot_be_made_keeps_the_wizard_working(tmp_path, clock):
    (tmp_path / "a-file").write_text("in the way")
    with AttemptLog.open(tmp_path / "a-file" / "data", clock=clock) as log:
        assert log.notice is LogNotice.NOT_SAVED
        made = log.record(EMAIL, Channel.EMAIL, Action.FORGOT_PASSWORD)
        assert log.attempts_for(EMAIL) == [made]


@pytest.mark.skipif(not POSIX, reason="file size limit is POSIX")
def test_a_disk_that_fills_up_during_the_session_keeps_every_attempt_in_memory(folder):
    code = """
import json, resource, signal, sys
from pathlib import Path
from app.core.attempts import Action, AttemptLog, Channel
from app.core.contact import ContactRef
who = ContactRef.parse
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
folder = Path(sys.argv[1])
told = []
log = AttemptLog.open(folder, on_notice=lambda n: told.append(n.value))
for _ in range(3):
    log.record(who("0912345678"), Channel.SMS, Action.FORGOT_PASSWORD)
limit = max(p.stat().st_size for p in folder.iterdir())
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
for _ in range(2):
    log.record(who("0912345678"), Channel.SMS, Action.FORGOT_PASSWORD)
print(json.dumps({"told": told, "in_memory": log.in_memory, "shown": len(log.attempts_for(who("0912345678")))}))
"""
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, env=child_env(), timeout=60
    )
    assert done.returncode == 0, f"the program stopped when the disk was full:\n{done.stderr}"
    result = json.loads(done.stdout)
    assert result == {"told": ["not_saved"], "in_memory": True, "shown": 5}
    with AttemptLog.open(folder) as log:
        assert log.count() == 3, "the attempts saved before the disk filled up were lost"


# -- durability ------------------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="SIGKILL is POSIX")
def test_killing_the_program_mid_burst_loses_no_committed_attempt(folder):
    code = """
import sys
from pathlib import Path
from app.core.attempts import Action, AttemptLog, Channel
from app.core.contact import ContactRef
who = ContactRef.parse
log = AttemptLog.open(Path(sys.argv[1]))
i = 0
while True:
    made = log.record(who(f"09{i % 50:08d}"), Channel.SMS, Action.FORGOT_PASSWORD)
    print(made.id, flush=True)
    i += 1
"""
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env()
    )
    watchdog = threading.Timer(60, child.kill)
    watchdog.start()
    try:
        seen = 0
        while seen < 40:
            line = child.stdout.readline()
            assert line, f"the writer stopped early: {child.stderr.read().decode()}"
            seen += 1
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait()
    finally:
        watchdog.cancel()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    # Lines printed before the kill (only whole lines: the last one may be cut).
    text = rest.decode()
    printed = list(range(1, seen + 1)) + [int(x) for x in text.split("\n")[:-1]]
    with sqlite3.connect(folder / LOG_FILE_NAME) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM attempt")}
    conn.close()
    lost = sorted(set(printed) - stored)
    assert not lost, f"attempts reported as saved were lost by the kill: {lost}"


def test_two_copies_of_the_program_on_one_folder_both_record(folder, clock):
    with AttemptLog.open(folder, clock=clock) as one, AttemptLog.open(folder, clock=clock) as two:
        a = one.record(PHONE, Channel.SMS, Action.REGISTRATION)
        b = two.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        assert {x.id for x in one.attempts_for(PHONE)} == {a.id, b.id}
        assert one.notice is None and two.notice is None


# -- privacy of the file ---------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_the_log_and_its_folder_are_readable_only_by_the_user(folder):
    os.umask(old := os.umask(0o022))
    try:
        with AttemptLog.open(folder) as log:
            log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, "other users can open the log folder"
        assert modes[LOG_FILE_NAME] == 0o600
        assert modes.get(LOG_FILE_NAME + "-wal", 0o600) == 0o600, f"the -wal file is readable by others: {modes}"
    finally:
        os.umask(old)


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_an_existing_log_readable_by_others_is_made_private(folder):
    AttemptLog.open(folder).close()
    (folder / LOG_FILE_NAME).chmod(0o644)
    folder.chmod(0o755)
    AttemptLog.open(folder).close()
    assert stat.S_IMODE((folder / LOG_FILE_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


# -- clock going backwards -------------------------------------------------------------------------


def test_a_clock_moved_back_neither_rewrites_times_nor_shows_a_negative_countdown(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        first = log.record(PHONE, Channel.SMS, Action.REGISTRATION)
        clock.advance(hours=-2)
        status = wait_status(log.last_attempt(PHONE).at, clock())
        assert status.elapsed == timedelta(0) and status.remaining == DEFAULT_WAIT, (
            f"after the clock went back the page showed {status.elapsed} elapsed, {status.remaining} left"
        )
        assert status.clock_suspect
        second = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
    with AttemptLog.open(folder, clock=clock) as log:
        stored = {a.id: a.at for a in log.attempts_for(PHONE)}
    assert stored == {first.id: START, second.id: START - timedelta(hours=2)}, "stored times were rewritten"


# -- export ----------------------------------------------------------------------------------------


def read_csv(path: Path) -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    return raw[:3], list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_the_csv_export_opens_in_excel_with_vietnamese_and_both_times(folder, clock, tmp_path):
    with AttemptLog.open(folder, clock=clock) as log:
        log.record(PHONE, Channel.SMS, Action.REGISTRATION)
        clock.advance(minutes=16)
        resent = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        log.set_outcome(resent.id, Outcome.NOT_ARRIVED)
        log.record(who("=cmd@evil.vn"), Channel.EMAIL, Action.FORGOT_PASSWORD, at=START - timedelta(days=1))
        out = tmp_path / "lịch sử.csv"
        assert log.export_csv(out, tz=VIETNAM) == 3
    bom, rows = read_csv(out)
    assert bom == b"\xef\xbb\xbf", "without a BOM Excel shows the Vietnamese as mojibake"
    assert rows[0] == [
        "Thời gian (giờ trên máy tính)", "Thời gian (UTC)", "Kênh", "Số điện thoại / email", "Việc đã làm", "Kết quả"
    ]
    assert rows[1] == [
        "14:16 01/05/2024", "2024-05-01T07:16:00Z", "SMS", "0912 345 678", "Bấm “Quên mật khẩu”", "chưa nhận được"
    ], "the staff would read a wrong time, contact or action in Excel"
    assert rows[2][3:] == ["0912 345 678", "Gửi đăng ký tài khoản", "chưa rõ"]
    assert rows[3][3] == "'=cmd@evil.vn", "a contact starting with = would run as a formula in Excel"
    assert not list(tmp_path.glob("*.partial"))


def test_the_csv_export_of_one_person_in_english(folder, clock, tmp_path):
    key = new_contact_key()
    with AttemptLog.open(folder, contact_key=key, clock=clock) as log:
        mine = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        log.record(EMAIL, Channel.EMAIL, Action.FORGOT_PASSWORD)
        out = tmp_path / "one.csv"
        assert log.export_csv(out, contact_filter=PHONE, labels=csv_labels("en"), tz=UTC) == 1
    _, rows = read_csv(out)
    assert rows == [
        ["Local time", "UTC time", "Channel", "Phone / email", "Action", "Outcome"],
        ["07:00 01/05/2024", "2024-05-01T07:00:00Z", "SMS", f"#{mine.contact_hash}",
         "Pressed “Quên mật khẩu” (Forgot password)", "not known yet"],
    ]


def test_export_log_from_the_command_line(folder, clock, tmp_path):
    with AttemptLog.open(folder, clock=clock) as log:
        log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    assert export_log(folder, tmp_path / "log.csv", stdout=out, stderr=err) == 0
    assert len(read_csv(tmp_path / "log.csv")[1]) == 2
    assert "1" in out.getvalue()
    assert export_log(folder, tmp_path / "missing" / "log.csv", stdout=out, stderr=err) == 1
    assert "Cannot write" in err.getvalue()


def test_export_from_an_empty_data_folder_writes_the_header_and_creates_no_log(tmp_path):
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    out = tmp_path / "log.csv"
    assert export_log(empty, out, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert len(read_csv(out)[1]) == 1
    assert list(empty.iterdir()) == []


def test_export_from_a_damaged_log_fails_with_a_message(folder, tmp_path):
    folder.mkdir()
    (folder / LOG_FILE_NAME).write_bytes(b"garbage" * 500)
    err = io.StringIO()
    assert export_log(folder, tmp_path / "log.csv", stdout=io.StringIO(), stderr=err) == 2
    assert "damaged" in err.getvalue()


def test_a_log_damaged_during_the_session_is_moved_aside_without_stopping_the_program(folder, clock):
    with AttemptLog.open(folder, clock=clock) as log:
        log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
    path = folder / LOG_FILE_NAME
    double_nine_times(path)
    told: list[LogNotice] = []
    with AttemptLog.open(folder, clock=clock, on_notice=told.append) as log:
        assert log.notice is None
        size = path.stat().st_size
        with open(path, "r+b") as damaged:  # pages the log has not read yet, overwritten behind its back
            damaged.seek(4096)
            damaged.write(b"\x5a" * (size - 4096))
        shown = log.page_after(None, 10)
        made = log.record(PHONE, Channel.SMS, Action.FORGOT_PASSWORD)
        assert told == [LogNotice.MOVED_ASIDE_CORRUPT], "the person was not told the log was damaged"
        assert shown == [] and log.attempts_for(PHONE) == [made]
    assert len(moved_aside_files(folder)) == 1
