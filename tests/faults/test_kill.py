"""The program killed (SIGKILL) while it records attempts, fifty times in a row on one data folder.

Each round is a fresh copy of the program that opens the same log and records attempts in a
loop, printing each id once ``record`` has returned (the moment the page would say "saved").
It is killed at a random point; afterwards SQLite's integrity check must pass and every id
ever printed must still be in the file. The next copy is started while the current one runs,
waiting for a line on stdin, so its interpreter start-up does not add to the test's time.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.core.attempts import LOG_FILE_NAME, AttemptLog

pytestmark = [
    pytest.mark.skipif(os.name != "posix" or sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.slow,
]

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 50
WATCHDOG_S = 60  # a copy that hangs is killed, and the test fails instead of hanging

RECORDER = r"""
import sys
from pathlib import Path
from app.core.attempts import Action, AttemptLog, Channel
from app.core.contact import ContactRef
who = ContactRef.parse
actions = list(Action)
sys.stdin.readline()  # started early; opens the log only when told to
log = AttemptLog.open(Path(sys.argv[1]))
print("notice", log.notice.value if log.notice else "none", "memory" if log.in_memory else "disk", flush=True)
i = 0
while True:
    channel = Channel.EMAIL if i % 5 == 0 else Channel.SMS
    contact = f"an{i % 7}@gmail.com" if channel is Channel.EMAIL else f"09{i % 50:08d}"
    made = log.record(who(contact), channel, actions[i % len(actions)])
    print(made.id, flush=True)
    i += 1
"""


class Recorder:
    """One copy of the program, started and waiting for ``go``."""

    def __init__(self, folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", RECORDER, str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        self.watchdog = threading.Timer(WATCHDOG_S, self.process.kill)
        self.watchdog.start()

    def go(self) -> str:
        """Let it open the log; returns its first line (what it was told about the log)."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(b"go\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().decode()

    def next_id(self) -> int:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, f"the program stopped recording by itself:\n{self.stderr()}"
        return int(line)

    def stderr(self) -> str:
        self.process.kill()
        self.process.wait()
        assert self.process.stderr is not None
        return self.process.stderr.read().decode(errors="replace")

    def kill_and_collect(self) -> list[int]:
        """SIGKILL it; the ids it printed before dying (whole lines only: the last may be cut)."""
        self.process.send_signal(signal.SIGKILL)
        assert self.process.stdout is not None
        rest = self.process.stdout.read().decode()
        self.process.wait()
        return [int(x) for x in rest.split("\n")[:-1]]

    def close(self) -> None:
        self.watchdog.cancel()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def check_file(path: Path) -> tuple[str, set[int]]:
    """What a fresh connection finds: the integrity check's verdict and every stored id.

    Read-only, so it leaves the killed copy's WAL file for the next copy to recover, as after a
    real crash.
    """
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        verdict = "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        stored = {row[0] for row in conn.execute("SELECT id FROM attempt")}
    return verdict, stored


def test_fifty_kills_in_a_row_lose_no_saved_attempt_and_never_damage_the_file(tmp_path):
    folder = tmp_path / "data"
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    saved: set[int] = set()
    current = Recorder(folder)
    waiting: Recorder | None = None
    try:
        for round_ in range(1, ROUNDS + 1):
            where = f"round {round_} of {ROUNDS} (seed {seed})"
            told = current.go()
            assert told.split() == ["notice", "none", "disk"], (
                f"{where}: after the previous kill the program said {told.strip()!r} about its log:\n"
                f"{current.stderr() if not told else ''}"
            )
            if round_ < ROUNDS:
                waiting = Recorder(folder)  # its start-up overlaps this round
            printed = [current.next_id() for _ in range(rng.randint(1, 12))]
            # Not waiting for anything: only moves the kill to a random point of a record call.
            time.sleep(rng.uniform(0, 0.02))
            printed += current.kill_and_collect()
            assert current.process.returncode == -signal.SIGKILL, f"{where}: the program was not killed"
            current.close()
            saved.update(printed)

            verdict, stored = check_file(folder / LOG_FILE_NAME)
            assert verdict == "ok", f"{where}: SQLite's integrity check failed after the kill:\n{verdict}"
            lost = sorted(saved - stored)
            assert not lost, f"{where}: attempts the program reported as saved are gone: {lost}"
            if waiting is not None:
                current, waiting = waiting, None
    finally:
        current.close()
        if waiting is not None:
            waiting.close()

    assert len(saved) >= ROUNDS
    with AttemptLog.open(folder) as log:
        assert log.notice is None and not log.in_memory, f"after {ROUNDS} kills the log opened with {log.notice}"
        assert {a.id for a in log.page_after(None, log.count())} >= saved
    assert not [p for p in folder.iterdir() if ".damaged-" in p.name], "a log file was moved aside as damaged"
