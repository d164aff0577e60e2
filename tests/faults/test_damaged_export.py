"""Exporting a log damaged inside, and every message on a console that is not UTF-8 (issue 14, finding 15).

The log opens (its header and newest page are sound) but pages in its middle are garbage, as a
failing disk leaves them: only reading every row finds it. The dock must say so, and
``--export-log`` must end with one line and a non-zero code, whatever the console's encoding.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel

from app.core.attempts import LOG_FILE_NAME, Action, AttemptLog, Channel
from app.core.contact.identity import ContactRef

REPO = Path(__file__).resolve().parents[2]


def damaged_inside(folder: Path) -> None:
    """A log of 20,000 requests whose middle pages were overwritten; it still opens."""
    with AttemptLog.open(folder) as log:
        log.record(ContactRef.phone("0912345678"), Channel.SMS, Action.FORGOT_PASSWORD,
                   at=datetime.now(UTC) - timedelta(hours=1))
    with closing(sqlite3.connect(folder / LOG_FILE_NAME)) as conn, conn:
        while conn.execute("SELECT count(*) FROM attempt").fetchone()[0] < 20_000:
            conn.execute("INSERT INTO attempt(at, channel, contact_ref, contact, action) "
                         "SELECT at, channel, contact_ref, contact, action FROM attempt")
    with closing(sqlite3.connect(folder / LOG_FILE_NAME)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    with open(folder / LOG_FILE_NAME, "r+b") as f:
        for n in range(pages // 3, pages // 3 + 8):
            f.seek(n * page)
            f.write(bytes(range(256)) * (page // 256))
    with AttemptLog.open(folder) as log:
        assert log.notice is None, "the test's damage is found at open: it must only be found by a full read"


def run(*args: str, encoding: str = "utf-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, env=env, cwd=REPO, timeout=120)


def test_the_dock_says_a_damaged_log_could_not_be_exported(qtbot, make_window, monkeypatch, tmp_path):
    damaged_inside(tmp_path / "data")
    window = make_window("--lang", "en")
    window.side_panels["history"].open()
    out = tmp_path / "everyone.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV file (*.csv)"))
    panel = window.side_panels["history"].built()
    status = window.findChild(QLabel, "historyStatus")
    panel.export_button.click()
    qtbot.waitUntil(lambda: panel.job is None, timeout=15_000)  # "Exporting…" for ever is the failure
    assert "damaged" in status.text(), f"the dock said {status.text()!r}"
    assert panel.export_button.isEnabled()
    told = lambda: window.findChild(QLabel, "logNoticeText")  # noqa: E731  (made when first told)
    qtbot.waitUntil(lambda: told() is not None and told().isVisible(), timeout=2000)
    assert list((tmp_path / "data").glob("attempts.damaged-*.sqlite3")), "the damaged log was not put aside"
    assert not window.session.log.in_memory, "after putting it aside, requests are no longer saved"
    assert not out.exists() and not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob(".*.partial"))


def test_export_log_of_a_damaged_log_is_one_line_and_a_non_zero_exit(tmp_path):
    out = tmp_path / "báo cáo.csv"
    for encoding in ("utf-8", "ascii"):
        data = tmp_path / encoding / "dữ liệu"  # Vietnamese letters in the path
        damaged_inside(data)
        done = run("--export-log", str(out), "--data-dir", str(data), encoding=encoding)
        err = done.stderr.decode("utf-8", errors="replace")
        assert done.returncode == 2, err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, f"with {encoding}: {err}"
        assert "damaged" in err
        assert not out.exists()
        assert len(list(data.glob("attempts.damaged-*.sqlite3"))) == 1, "the damaged log was not put aside"


def test_every_message_of_export_log_prints_on_an_ascii_console(tmp_path):
    data = tmp_path / "dữ liệu"
    with AttemptLog.open(data) as log:
        log.record(ContactRef.phone("0912345678"), Channel.SMS, Action.FORGOT_PASSWORD)
    out = tmp_path / "Báo cáo tháng 12" / "yêu cầu.csv"
    out.parent.mkdir()
    done = run("--export-log", str(out), "--data-dir", str(data), encoding="ascii")
    assert done.returncode == 0, done.stderr.decode("utf-8", errors="replace")
    said = done.stdout.decode("ascii")
    assert said.startswith("1 attempts written to") and "y\\xea" in said, said
    assert out.is_file()
    done = run("--export-log", str(tmp_path / "không có" / "x.csv"), "--data-dir", str(data), encoding="ascii")
    assert done.returncode == 1 and b"Traceback" not in done.stderr and b"Cannot write" in done.stderr


def test_settings_problems_print_on_an_ascii_console(tmp_path):
    site = tmp_path / "cài đặt" / "settings.toml"
    site.parent.mkdir()
    site.write_text('language = "fr"\n', encoding="utf-8")
    done = run("--site-settings", str(site), "--screenshot", str(tmp_path / "shot.png"), "--data-dir",
               str(tmp_path / "data"), encoding="ascii")
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    assert b"language" in done.stderr
