"""scripts/bench works: one quick run prints the budget table and writes it with the raw numbers.
No timing is judged here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

EXPECTED_ROWS = (
    "start to first page painted, median",
    "start to first page painted, p90",
    "page change, worst",
    "keystroke in a contact field, worst",
)


@pytest.mark.slow
def test_one_quick_run_prints_and_writes_the_budget_table(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--runs", "1", "--quick", "--out", str(tmp_path),
         "--dist", str(tmp_path / "no-dist")],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=600,
    )
    assert done.returncode == 0, f"scripts/bench stopped with exit {done.returncode}:\n{done.stderr[-3000:]}"
    table = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    measures = [line.split(" | ")[0].removeprefix("| ") for line in table]
    for row in EXPECTED_ROWS:
        assert any(m.startswith(row) for m in measures), f"the printed table has no row {row!r}:\n{done.stdout}"
    if sys.platform != "win32":
        assert any(m.startswith("peak memory") for m in measures), f"no peak memory row:\n{done.stdout}"
    assert "frozen bundles: not built" in done.stdout, "a missing bundle should be noted, not be an error"

    assert (tmp_path / "latest.md").read_text(encoding="utf-8") == done.stdout.rstrip("\n") + "\n"
    raw = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    budgeted = [row for row in raw["table"] if row["budget"] != "—"]
    assert budgeted, "no row of the table is checked against a budget"
    for row in budgeted:
        assert row["within_budget"] in ("yes", "**no**"), f"{row['measure']}: verdict {row['within_budget']!r}"
    assert len(raw["start"]["bare"]) == len(raw["start"]["program"]) == 1
    assert raw["machine"]["pyside6"] and raw["machine"]["cpu"]
