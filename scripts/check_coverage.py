"""Fail when a file that must stay fully tested is not: every line and every branch.

    python scripts/check_coverage.py [.coverage]

Run after ``coverage run --branch -m pytest`` (scripts/test does both). The files below decide
what a person is told and what happens next; after qutebrowser's scripts/dev/check_coverage.py,
they are held at 100 % branch coverage so that no decision goes untested.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import coverage

ROOT = Path(__file__).resolve().parents[1]
PERFECT = (
    "app/core/flow.py",
    "app/core/waiting.py",
    "app/core/session.py",
    "app/core/contact/*.py",
)


def perfect_files() -> list[Path]:
    files: list[Path] = []
    for pattern in PERFECT:
        found = sorted(ROOT.glob(pattern))
        files += found or [ROOT / pattern]  # a pattern that matches nothing is a mistake in this list
    return files


def main(argv: list[str]) -> int:
    data_file = argv[1] if len(argv) > 1 else str(ROOT / ".coverage")
    cov = coverage.Coverage(data_file=data_file)
    cov.load()
    files = perfect_files()
    there = [str(p) for p in files if p.is_file()]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "coverage.json"
        cov.json_report(morfs=there, outfile=str(report), show_contexts=False)
        measured = json.loads(report.read_text(encoding="utf-8"))["files"]
    by_path = {str((ROOT / name).resolve()): data for name, data in measured.items()}
    problems = []
    for path in files:
        data = by_path.get(str(path.resolve()))
        if not path.is_file() or data is None:
            problems.append(f"{path.relative_to(ROOT)}: listed as fully tested but not there, or never run")
            continue
        missing = [str(n) for n in data["missing_lines"]] + [f"{a}->{b}" for a, b in data.get("missing_branches", [])]
        if missing:
            problems.append(f"{path.relative_to(ROOT)}: not covered: {', '.join(missing)}")
    if problems:
        print("These files must stay at 100 % line and branch coverage:", file=sys.stderr)
        print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
        return 1
    print(f"coverage: {len(files)} files fully covered")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
