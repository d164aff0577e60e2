"""Size and start time of the frozen program next to the bare PySide6 program built the same way.

    scripts/build && .venv/bin/pyinstaller --noconfirm bench/bare.spec
    .venv/bin/python bench/bundle_size_start.py [--runs 15] [extra bundle folders...]

Start time: process launched (offscreen) until its window has painted a first frame, as
packaging/smoke_test.py measures it; runs alternate between the bundles after a warm-up, and the
median is reported. Writes a Markdown table on stdout and bench/results/bundles.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from smoke_test import executable, first_frame_seconds  # noqa: E402

WARM_UP = 2


def size_bytes(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files under ``folder``, symlinks counted as links."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or path.is_file():
            total += path.lstat().st_size
            count += 1
    return total, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("bundles", nargs="*", type=Path,
                        default=[ROOT / "dist" / "bare", ROOT / "dist" / "vssid-helper"])
    args = parser.parse_args(argv)
    times: dict[Path, list[float]] = {b: [] for b in args.bundles}
    with tempfile.TemporaryDirectory(prefix="vssid-bench-", ignore_cleanup_errors=True) as data:
        argv_of = {b: (["--data-dir", data] if b.name == "vssid-helper" else []) for b in args.bundles}
        for run in range(WARM_UP + args.runs):
            for bundle in args.bundles:
                seconds = first_frame_seconds(executable(bundle), argv_of[bundle])
                if run >= WARM_UP:
                    times[bundle].append(seconds)

    base = args.bundles[0]
    base_size = size_bytes(base)[0]
    base_time = statistics.median(times[base])
    rows = []
    print(f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{args.runs} runs after {WARM_UP} warm-up runs\n")
    print("| bundle | size | files | first frame, median | min | max | size vs first | start vs first |")
    print("|---|---|---|---|---|---|---|---|")
    for bundle in args.bundles:
        size, files = size_bytes(bundle)
        median = statistics.median(times[bundle])
        rows.append({"bundle": bundle.name, "bytes": size, "files": files, "seconds": times[bundle]})
        print(f"| {bundle.name} | {size / 2**20:.1f} MiB | {files} | {median * 1000:.0f} ms | "
              f"{min(times[bundle]) * 1000:.0f} ms | {max(times[bundle]) * 1000:.0f} ms | "
              f"{size / base_size:.2f}x | {median / base_time:.2f}x |")
    out = ROOT / "bench" / "results" / "bundles.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"platform": platform.platform(), "runs": rows}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
