"""Two copies of the program on the same data folder at the same time (two staff on one shared PC).

Both record as fast as they can, with a history read between writes; neither may crash, see
"database is locked", fall back to memory, or lose an attempt.
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

from app.core.attempts import LOG_FILE_NAME, Action, AttemptLog, Channel

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
EACH = 150

RECORDER = r"""
import json, sys
from pathlib import Path
from app.core.attempts import Action, AttemptLog, Channel
name, count = sys.argv[2], int(sys.argv[3])
told = []
sys.stdin.readline()  # both copies start recording at the same moment
log = AttemptLog.open(Path(sys.argv[1]), on_notice=lambda n: told.append(n.value))
ids = []
for i in range(count):
    contact = f"09{i % 20:08d}" if name == "one" else f"{name}{i % 20}@gmail.com"
    channel = Channel.SMS if name == "one" else Channel.EMAIL
    ids.append(log.record(contact, channel, Action.RESEND).id)
    if i % 10 == 0:
        log.page(0, 20)  # the history page reading while the other copy writes
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


def test_two_copies_recording_at_once_lose_nothing_and_never_say_locked(tmp_path):
    folder = tmp_path / "data"
    with AttemptLog.open(folder) as log:  # the program has been used on this PC before
        earlier = log.record("0912345678", Channel.SMS, Action.REGISTRATION)
        assert log.notice is None
    ids = run_two_copies(folder)
    stored = stored_ids(folder)
    assert stored == {earlier.id, *ids}, (
        f"{2 * EACH + 1} attempts were reported saved, {len(stored)} are in the file"
    )
