"""`vssid-helper --export-log FILE.csv --data-dir DIR`: IT staff export the log without a window."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.attempts import Action, AttemptLog, Channel
from app.core.contact import ContactRef

who = ContactRef.parse

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_export_log_writes_the_csv_and_opens_no_window(tmp_path):
    data = tmp_path / "data"
    at = datetime.now(UTC) - timedelta(hours=1)  # inside the retention period
    with AttemptLog.open(data) as log:
        log.record(who("0912345678"), Channel.SMS, Action.FORGOT_PASSWORD, at=at)
        log.record(who("lan@gmail.com"), Channel.EMAIL, Action.FORGOT_PASSWORD, at=at + timedelta(minutes=1))
    out = tmp_path / "out.csv"
    done = run("--export-log", str(out), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "2 attempts written" in done.stdout
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no BOM: Excel would garble the Vietnamese"
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][2:] == ["Kênh", "Số điện thoại / email", "Việc đã làm", "Kết quả"]
    assert [r[3] for r in rows[1:]] == ["lan@gmail.com", "0912 345 678"], "not newest first, or a contact was lost"
    assert rows[1][4] == "Bấm “Quên mật khẩu”"


def test_export_log_where_it_cannot_write_fails_with_a_message(tmp_path):
    data = tmp_path / "data"
    with AttemptLog.open(data) as log:
        log.record(who("0912345678"), Channel.SMS, Action.FORGOT_PASSWORD)
    done = run("--export-log", str(tmp_path / "no-such-folder" / "out.csv"), "--data-dir", str(data))
    assert done.returncode == 1
    assert "Cannot write" in done.stderr


def test_export_log_starts_no_qt(tmp_path):
    # A server without a screen or Qt libraries must still be able to export.
    script = (
        "import sys; from app.main import main; "
        f"code = main(['--export-log', {str(tmp_path / 'out.csv')!r}, '--data-dir', {str(tmp_path)!r}]); "
        "sys.exit(3 if 'PySide6' in sys.modules else code)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, f"exit {done.returncode} (3: Qt was loaded): {done.stderr}"
