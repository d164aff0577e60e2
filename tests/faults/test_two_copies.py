"""Two copies of the program on the same data folder at the same time (two staff on one shared PC).

Two processes record as fast as they can, with a history read between writes; neither may
crash, see "database is locked", fall back to memory, or lose an attempt. Two windows on one
folder each list the requests the other recorded.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.core.attempts import LOG_FILE_NAME, Action, AttemptLog, Channel
from app.core.contact import ContactRef
from app.main import build_window
from tests.ui.driver import choose, page_id, press, to_contact, type_into

who = ContactRef.parse
REPO = Path(__file__).resolve().parents[2]
EACH = 150

RECORDER = r"""
import json, sys
from pathlib import Path
from app.core.attempts import Action, AttemptLog, Channel
from app.core.contact import ContactRef
who = ContactRef.parse
name, count = sys.argv[2], int(sys.argv[3])
told = []
sys.stdin.readline()  # both copies start recording at the same moment
log = AttemptLog.open(Path(sys.argv[1]), on_notice=lambda n: told.append(n.value))
ids = []
for i in range(count):
    contact = f"09{i % 20:08d}" if name == "one" else f"{name}{i % 20}@gmail.com"
    channel = Channel.SMS if name == "one" else Channel.EMAIL
    ids.append(log.record(who(contact), channel, Action.FORGOT_PASSWORD).id)
    if i % 10 == 0:
        log.page_after(None, 20)  # the history page reading while the other copy writes
print(json.dumps({"ids": ids, "told": told, "in_memory": log.in_memory}))
log.close()
"""


def run_two_copies(folder: Path) -> list[int]:
    """Start two copies at the same moment; check what each reported; return every id they were given."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    copies = {
        name: subprocess.Popen(
            [sys.executable, "-c", RECORDER, str(folder), name, str(EACH)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for name in ("one", "two")
    }
    results: dict[str, tuple[int, str, str]] = {}
    try:
        for process in copies.values():
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        for name, process in copies.items():
            out, err = process.communicate(timeout=120)
            results[name] = (process.returncode, out, err)
    finally:
        for process in copies.values():
            if process.poll() is None:
                process.kill()
                process.communicate()

    ids: list[int] = []
    for name, (code, out, err) in results.items():
        assert "locked" not in err.lower(), f"copy {name} said the database is locked:\n{err}"
        assert code == 0, f"copy {name} stopped with exit code {code}:\n{err}"
        report = json.loads(out)
        assert report["told"] == [] and not report["in_memory"], (
            f"copy {name} told the person {report['told']} and kept its attempts in memory only"
        )
        assert len(report["ids"]) == EACH
        ids += report["ids"]
    assert len(set(ids)) == 2 * EACH, "the two copies gave the same number to different attempts"
    return ids


def stored_ids(folder: Path) -> set[int]:
    with closing(sqlite3.connect(folder / LOG_FILE_NAME)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in conn.execute("SELECT id FROM attempt")}


@pytest.mark.slow
def test_two_copies_recording_at_once_lose_nothing_and_never_say_locked(tmp_path):
    folder = tmp_path / "data"
    with AttemptLog.open(folder) as log:  # the program has been used on this PC before
        earlier = log.record(who("0912345678"), Channel.SMS, Action.REGISTRATION)
        assert log.notice is None
    ids = run_two_copies(folder)
    stored = stored_ids(folder)
    assert stored == {earlier.id, *ids}, (
        f"{2 * EACH + 1} attempts were reported saved, {len(stored)} are in the file"
    )


def test_two_windows_on_one_data_folder_each_see_the_others_requests(qtbot, make_window, tmp_path):
    def activate(window) -> None:
        with qtbot.waitActive(window):  # leaving a field (editingFinished) needs the active window
            window.show()
            window.activateWindow()

    def to_waiting(window) -> None:
        activate(window)
        to_contact(qtbot, window, "not_sure", "sms")
        type_into(qtbot, window, "phoneInput", "0912 345 678")
        press(qtbot, window, "nextButton")
        while page_id(window) != "waiting":
            choose(qtbot, window, "not_this")

    one = make_window("--lang", "en")
    two = build_window(["--data-dir", str(tmp_path / "data"), "--lang", "en"])  # the second copy
    qtbot.addWidget(two)
    for window in (one, two):
        to_waiting(window)
        notice = window.findChild(QLabel, "logNoticeText")
        assert notice is None or not notice.isVisible(), f"a copy was told: {notice.text()}"
    press(qtbot, one, "logAttemptButton")
    press(qtbot, two, "logAttemptButton")
    assert len(two.session.attempts()) == 2, "the second copy did not list the first copy's request"
    assert len(one.session.attempts()) == 2, "the first copy did not list the second copy's request"
    assert not one.session.log.in_memory and not two.session.log.in_memory
    assert stored_ids(tmp_path / "data") == {a.id for a in one.session.attempts()}
