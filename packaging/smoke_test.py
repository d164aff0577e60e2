"""Start the frozen program the way a person's computer would, with no screen, and fail loudly.

    python packaging/smoke_test.py [--bundle dist/vssid-helper] [--screenshot FILE]

1. ``vssid-helper --self-test`` must exit 0 with nothing unexpected on stderr.
2. The program starts normally and its window paints a first frame (Qt's own
   ``qt.widgets.painting`` log says so); then it is closed.
3. ``vssid-helper --screenshot FILE`` writes a PNG of the first page.

Every run uses Qt's offscreen platform and a fresh ``--data-dir``, so a developer's own attempt
log is never touched. Works the same on Windows, macOS and Linux (CI runs it on all three).
"""

from __future__ import annotations

import argparse
import atexit
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "vssid-helper"
MAC_APP = "VssID password helper.app"
TIMEOUT = 60.0
# stderr lines that are Qt talking about its environment, not about us.
ALLOWED_STDERR = (
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),  # the offscreen platform, every window
)
PAINTING = re.compile(r"^qt\.widgets\.painting: ")
FIRST_FRAME = re.compile(r"^qt\.widgets\.painting: Flushing .* to QWidgetWindow")


class SmokeFailure(Exception):
    """The frozen program did something a person would notice."""


def executable(bundle: Path) -> Path:
    """The program inside a onedir bundle, named like its folder (on macOS, the one in the .app, if built)."""
    app = bundle.parent / MAC_APP / "Contents" / "MacOS" / NAME
    if sys.platform == "darwin" and bundle.name == NAME and app.is_file():
        return app
    return bundle / (bundle.name + (".exe" if sys.platform == "win32" else ""))


@cache
def _runtime_dir() -> str:
    folder = tempfile.mkdtemp(prefix="vssid-runtime-")  # mode 0700, as Qt wants
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def offscreen_env(**extra: str) -> dict[str, str]:
    """The environment of a headless run: offscreen platform, Qt logging on stderr on every system."""
    env = dict(os.environ)
    env.pop("QT_LOGGING_RULES", None)  # a developer's own rules would add stderr lines
    if sys.platform.startswith("linux"):
        # Without it Qt warns that XDG_RUNTIME_DIR is not set (containers, CI).
        env.setdefault("XDG_RUNTIME_DIR", _runtime_dir())
    env.update(QT_QPA_PLATFORM="offscreen", QT_FORCE_STDERR_LOGGING="1", **extra)
    return env


def unexpected(lines: list[str]) -> list[str]:
    """The stderr lines no rule allows."""
    return [
        line for line in lines
        if line.strip() and not PAINTING.match(line) and not any(rule.search(line) for rule in ALLOWED_STDERR)
    ]


def run(exe: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the program to the end, headless, with a time limit."""
    try:
        return subprocess.run(
            [str(exe), *args], env=offscreen_env(), capture_output=True, text=True,
            encoding="utf-8", errors="replace", timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as e:
        raise SmokeFailure(f"{exe.name} {' '.join(args)} did not finish in {TIMEOUT:.0f} s") from e


def check_clean(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        raise SmokeFailure(f"{what} exited with code {result.returncode}\nstderr:\n{result.stderr}")
    noise = unexpected(result.stderr.splitlines())
    if noise:
        raise SmokeFailure(f"{what} wrote unexpected lines on stderr:\n" + "\n".join(noise))


def first_frame_seconds(exe: Path, args: list[str]) -> float:
    """Start the program and return the seconds until its window painted a first frame; then close it.

    Fails if it exits first, takes longer than the time limit, or writes an unexpected stderr line.
    """
    env = offscreen_env(QT_LOGGING_RULES="qt.widgets.painting=true")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), *args], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in proc.stderr:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    try:
        while True:
            try:
                line = lines.get(timeout=max(0.0, start + TIMEOUT - time.perf_counter()))
            except queue.Empty:
                raise SmokeFailure(f"{exe.name} showed no window within {TIMEOUT:.0f} s") from None
            if line is None:
                code = proc.wait()
                raise SmokeFailure(f"{exe.name} exited (code {code}) before its window painted\n" + "\n".join(seen))
            if FIRST_FRAME.match(line):
                elapsed = time.perf_counter() - start
                break
            seen.append(line)
    finally:
        proc.kill()
        proc.wait()
    noise = unexpected(seen)
    if noise:
        raise SmokeFailure(f"{exe.name} wrote unexpected lines on stderr while starting:\n" + "\n".join(noise))
    return elapsed


def is_png(path: Path) -> bool:
    return path.is_file() and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the frozen program.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / NAME, help="the onedir bundle folder")
    parser.add_argument("--screenshot", type=Path, default=ROOT / "screenshots" / "frozen-first-page.png")
    args = parser.parse_args(argv)
    exe = executable(args.bundle)
    if not exe.is_file():
        print(f"no frozen program at {exe}: build it first (scripts/build)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="vssid-data-", ignore_cleanup_errors=True) as data:
        try:
            return _check(exe, Path(data), args.screenshot)
        except SmokeFailure as failure:
            print(f"FAIL {failure}", file=sys.stderr)
            return 1


def _check(exe: Path, data: Path, screenshot: Path) -> int:
    result = run(exe, ["--version"])
    check_clean(result, "--version")
    if not result.stdout.startswith(NAME + " "):
        raise SmokeFailure(f"--version printed {result.stdout!r}")
    result = run(exe, ["--self-test", "--data-dir", str(data)])
    check_clean(result, "--self-test")
    print(f"ok  {exe.name} --self-test: exit 0, stderr clean")

    seconds = first_frame_seconds(exe, ["--data-dir", str(data)])
    print(f"ok  window painted its first frame after {seconds:.2f} s")

    screenshot.parent.mkdir(parents=True, exist_ok=True)
    screenshot.unlink(missing_ok=True)
    result = run(exe, ["--screenshot", str(screenshot), "--data-dir", str(data)])
    check_clean(result, "--screenshot")
    if not is_png(screenshot):
        raise SmokeFailure(f"--screenshot exited 0 but {screenshot} is not a PNG")
    print(f"ok  screenshot of the first page: {screenshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
