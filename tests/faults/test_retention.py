"""The retention on a clock that can lie and a kiosk that never stops (issue 14, findings 10 and 12).

The log is real SQLite in a real folder; the program is the real window (or a real subprocess,
for a disk that is nearly full). Attempts are dated as the clock of the time would have dated them.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFrame, QLabel

from app.core.attempts import LOG_FILE_NAME, Action, AttemptLog, Channel
from app.core.attempts.storage import utc_text
from app.core.contact.identity import ContactRef

REPO = Path(__file__).resolve().parents[2]
PHONE = "0912345678"
NEIGHBOUR = "0987654321"


def now() -> datetime:
    return datetime.now(UTC)


def record(folder: Path, contact: str, at: datetime) -> int:
    with AttemptLog.open(folder) as log:
        return log.record(ContactRef.phone(contact), Channel.SMS, Action.FORGOT_PASSWORD, at=at).id


def stored(folder: Path) -> list[int]:
    with closing(sqlite3.connect(folder / LOG_FILE_NAME)) as db:
        return sorted(r[0] for r in db.execute("SELECT id FROM attempt"))


def retention_notice(window) -> str:
    notice = window.findChild(QFrame, "retentionNotice")
    return "\n".join(lab.text() for lab in notice.findChildren(QLabel)) if notice.isVisible() else ""


def test_a_kiosk_running_for_weeks_purges_every_hour(make_window, tmp_path):
    data = tmp_path / "data"
    today = record(data, PHONE, now() - timedelta(minutes=5))
    nearly = record(data, NEIGHBOUR, now() - timedelta(days=29, hours=23, minutes=30))
    window = make_window("--lang", "en")
    assert stored(data) == [today, nearly]
    timer = window.retention_timer
    assert timer.isActive() and timer.interval() <= 60 * 60 * 1000, "the retention runs only at start"
    log = window.session.log
    log.clock = lambda: now() + timedelta(hours=1)  # an hour later, the program still running
    timer.timeout.emit()
    assert stored(data) == [today], "a kiosk running 24/7 kept an attempt past retention_days"


def moved_aside(data: Path, when: datetime, n: str = "") -> list[Path]:
    base = data / f"attempts.damaged-{when.strftime('%Y%m%d-%H%M%S')}{n}.sqlite3"
    files = [base, Path(f"{base}-wal")]
    for f in files:
        f.write_bytes(b"what a damaged log still holds: 0912345678")
    return files


def test_logs_moved_aside_as_damaged_go_by_the_same_rule(make_window, tmp_path):
    data = tmp_path / "data"
    record(data, PHONE, now() - timedelta(hours=1))
    old = moved_aside(data, now() - timedelta(days=31))
    recent = moved_aside(data, now() - timedelta(days=3), "-2")
    make_window("--lang", "en")
    assert not any(f.exists() for f in old), "a damaged log with phone numbers was kept forever"
    assert all(f.exists() for f in recent), "a damaged log within the retention was deleted"


def test_a_clock_400_days_ahead_deletes_nothing_and_tells_staff(make_window, tmp_path):
    data = tmp_path / "data"
    then = now() - timedelta(days=400)  # the rows as the clock was; now the clock says 400 days later
    ids = [record(data, PHONE, then - timedelta(days=d)) for d in (20, 5, 0)]
    window = make_window("--lang", "en")
    assert stored(data) == ids, "one start with a clock far ahead deleted every recent attempt"
    told = retention_notice(window)
    assert "clock" in told and "400 days" in told, f"staff were not told about the clock: {told!r}"


def test_a_clock_reset_to_the_past_deletes_nothing_and_tells_staff(make_window, tmp_path):
    data = tmp_path / "data"
    ids = [record(data, PHONE, now() + timedelta(days=9000 + d)) for d in (0, 1)]  # a clock reset to ~2002
    window = make_window("--lang", "en")
    assert stored(data) == ids
    assert "clock" in retention_notice(window)


def test_attempts_stamped_by_a_clock_that_was_ahead_are_purged_in_time(make_window, tmp_path):
    data = tmp_path / "data"
    ahead = record(data, PHONE, now() + timedelta(days=400))  # recorded while the clock was a year ahead
    fixed = record(data, PHONE, now() - timedelta(days=31))  # the clock was put right minutes later
    absurd = record(data, NEIGHBOUR, now() + timedelta(days=4000))
    soon = record(data, NEIGHBOUR, now() + timedelta(days=2))  # a clock two days ahead an hour ago
    today = record(data, NEIGHBOUR, now() - timedelta(hours=1))
    window = make_window("--lang", "en")
    left = stored(data)
    assert ahead not in left, "an attempt stamped in the future was kept past the retention"
    assert fixed not in left and absurd not in left, "an attempt absurdly far ahead was kept"
    assert left == [soon, today], "a recent attempt was purged"
    assert retention_notice(window) == ""


# -- finding 12: a large purge on a nearly full disk -------------------------------------------------


PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from app.main import build_window
window = build_window(sys.argv[1:])
window.finish_start()  # what the first turn of the event loop does: the log is opened and purged
log = window.session.log
print(json.dumps({"in_memory": log.in_memory, "count": log.count()}))
"""


def nearly_full(limit: int):
    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_large_purge_on_a_nearly_full_disk_keeps_the_log_on_disk(tmp_path):
    data = tmp_path / "data"
    record(data, PHONE, now() - timedelta(days=40))
    with closing(sqlite3.connect(data / LOG_FILE_NAME)) as conn, conn:
        while conn.execute("SELECT count(*) FROM attempt").fetchone()[0] < 150_000:
            conn.execute("INSERT INTO attempt(at, channel, contact_ref, contact, action) "
                         "SELECT at, channel, contact_ref, contact, action FROM attempt")
    today = record(data, NEIGHBOUR, now() - timedelta(minutes=1))
    with closing(sqlite3.connect(data / LOG_FILE_NAME)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = (data / LOG_FILE_NAME).stat().st_size
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    # No file may grow past the log's own size: the disk has room for a little more, not for a copy.
    for start in ("first", "second"):
        done = subprocess.run([sys.executable, "-c", PROBE, "--data-dir", str(data), "--lang", "en"], env=env,
                              cwd=REPO, capture_output=True, text=True, timeout=300,
                              preexec_fn=nearly_full(size + 64 * 1024))
        assert done.returncode == 0, done.stderr
        found = json.loads(done.stdout.strip().splitlines()[-1])
        assert not found["in_memory"], f"the {start} start kept the log in memory: requests would be lost"
    assert stored(data) == [today], "the old attempts were not purged"
    assert (data / LOG_FILE_NAME).stat().st_size <= size + 64 * 1024
    assert utc_text(now())  # the log's own time format still reads
