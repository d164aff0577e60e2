"""The program's speed and memory next to a bare PySide6 window, against the budgets in DESIGN.md.

    scripts/bench [--runs 15] [--rounds 5] [--quick] [--out DIR] [--dist DIR] [--publish]

Start and memory: bench/probe.py runs each program as a whole process until its first frame is
painted, the two alternating, after warm-up runs; start is timed from the moment this process
spawns the child. Page changes and keystrokes: in this process, on the real window, walking
every page as scripts/screenshots.py does. Prints a Markdown table and writes it, with the raw
numbers, to bench/results/latest.md and latest.json (--publish also to bench/RESULTS.md).
A budget missed is reported, never an error: the exit code is 0 unless a measurement broke.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PROBE = ROOT / "bench" / "probe.py"
TIMEOUT_S = 120
FRAME_MS = 16.0
# Qt's own log line once a frame has reached the window: the only sign a frozen program gives.
FLUSHED = re.compile(r"qt\.widgets\.painting: Flushing .* to QWidgetWindow")


# -- numbers ------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile (0..1) of ``values``, interpolated between the nearest ranks."""
    ordered = sorted(values)
    spot = share * (len(ordered) - 1)
    low = int(spot)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (spot - low)


@dataclass
class Budget:
    """One line of DESIGN.md's budget table: a limit on a ratio to bare, or on milliseconds."""

    text: str
    max_ratio: float | None = None
    max_ms: float | None = None

    def verdict(self, ratio: float | None, ms: float | None) -> str:
        if self.max_ratio is not None and ratio is not None:
            return "yes" if ratio <= self.max_ratio else "**no**"
        if self.max_ms is not None and ms is not None:
            return "yes" if ms < self.max_ms else "**no**"
        return "—"


START = Budget("≤ 1.5x bare", max_ratio=1.5)
MEMORY = Budget("≤ 1.3x bare", max_ratio=1.3)
FRAME = Budget(f"< {FRAME_MS:.0f} ms", max_ms=FRAME_MS)
BUNDLE = Budget("≤ 1.15x bare bundle", max_ratio=1.15)
NONE = Budget("—")


@dataclass
class Row:
    """One row of the results table."""

    measure: str
    bare: str
    program: str
    ratio: float | None
    budget: Budget
    ms: float | None = None

    def cells(self) -> list[str]:
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}x"
        return [self.measure, self.bare, self.program, ratio, self.budget.text,
                self.budget.verdict(self.ratio, self.ms)]


def fmt_ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def fmt_mib(kib: float | None) -> str:
    return "—" if kib is None else f"{kib / 1024:.1f} MiB"


# -- whole processes ----------------------------------------------------------------------


@dataclass
class Spawned:
    """One child process, timed from this side."""

    start_ms: float  # spawn until first frame
    wall_ms: float  # spawn until the child had exited
    maxrss_kb: float | None
    inside: dict = field(default_factory=dict)  # the probe's own JSON (unfrozen runs)


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed program runs from cached bytecode; the warm-up runs write the cache.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if sys.platform.startswith("linux") and "XDG_RUNTIME_DIR" not in env:
        env["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="bench-runtime-")  # else Qt warns on stderr
    env.update(extra)
    return env


def reap(proc: subprocess.Popen) -> float | None:
    """Wait for ``proc`` and return its own peak resident set in KiB (wait4 gives it per child)."""
    if not hasattr(os, "wait4"):
        proc.wait()
        return None
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024 if sys.platform == "darwin" else float(usage.ru_maxrss)


def spawn_probe(mode: str) -> Spawned:
    """Run bench/probe.py once in ``mode`` (bare or app), on a fresh data folder."""
    with tempfile.TemporaryDirectory(prefix="bench-data-") as data:
        args = [sys.executable, str(PROBE), mode] + (["--data-dir", data] if mode == "app" else [])
        began = time.perf_counter_ns()
        proc = subprocess.Popen(args, env=child_env(), stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        killer = threading.Timer(TIMEOUT_S, proc.kill)
        killer.start()
        try:
            # The probe writes little; reading stdout then stderr cannot fill a pipe first.
            out = proc.stdout.read().decode("utf-8", "replace")
            err = proc.stderr.read().decode("utf-8", "replace")
            maxrss = reap(proc)
        finally:
            killer.cancel()
        ended = time.perf_counter_ns()
    if proc.returncode != 0 or not out.strip():
        raise RuntimeError(f"probe {mode} failed (exit {proc.returncode}):\n{err}")
    inside = json.loads(out.strip().splitlines()[-1])
    start_ms = (inside["paint_clock_ns"] - began) / 1e6
    if not 0 < start_ms < (ended - began) / 1e6:  # the clock is not shared across processes here
        start_ms = (ended - began) / 1e6
        inside["note"] = "start timed to exit: child clock not comparable"
    return Spawned(start_ms, (ended - began) / 1e6, maxrss if maxrss is not None else inside.get("maxrss_kb"), inside)


def spawn_frozen(exe: Path, args: list[str]) -> Spawned:
    """Start a frozen program, wait for Qt to log its first flushed frame, then kill it."""
    env = child_env(QT_LOGGING_RULES="qt.widgets.painting=true", QT_FORCE_STDERR_LOGGING="1")
    began = time.perf_counter_ns()
    proc = subprocess.Popen([str(exe), *args], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killer = threading.Timer(TIMEOUT_S, proc.kill)
    killer.start()
    painted = None
    try:
        for raw in proc.stderr:
            if FLUSHED.search(raw.decode("utf-8", "replace")):
                painted = time.perf_counter_ns()
                break
        proc.kill()
        proc.stderr.close()
        maxrss = reap(proc)
    finally:
        killer.cancel()
    if painted is None:
        raise RuntimeError(f"{exe} never logged a painted frame (exit {proc.returncode})")
    return Spawned((painted - began) / 1e6, (time.perf_counter_ns() - began) / 1e6, maxrss)


def alternate(runs: int, warmup: int, starters: dict[str, callable]) -> dict[str, list[Spawned]]:
    """Run every starter ``warmup + runs`` times, taking turns so noise falls on all alike."""
    kept: dict[str, list[Spawned]] = {name: [] for name in starters}
    for turn in range(warmup + runs):
        order = list(starters) if turn % 2 == 0 else list(reversed(starters))
        for name in order:
            result = starters[name]()
            if turn >= warmup:
                kept[name].append(result)
    return kept


def startup_rows(kept: dict[str, list[Spawned]], label: str, start_budget: Budget, memory_budget: Budget) -> list[Row]:
    bare, prog = kept["bare"], kept["program"]
    b_start = statistics.median(s.start_ms for s in bare)
    p_start = statistics.median(s.start_ms for s in prog)
    b_p90 = percentile([s.start_ms for s in bare], 0.9)
    p_p90 = percentile([s.start_ms for s in prog], 0.9)
    rows = [
        Row(f"{label}start to first page painted, median", fmt_ms(b_start), fmt_ms(p_start), p_start / b_start,
            start_budget),
        Row(f"{label}start to first page painted, p90", fmt_ms(b_p90), fmt_ms(p_p90), p_p90 / b_p90, NONE),
    ]
    rss = [[s.maxrss_kb for s in side if s.maxrss_kb] for side in (bare, prog)]
    if all(rss):
        b_mem, p_mem = statistics.median(rss[0]), statistics.median(rss[1])
        rows.append(Row(f"{label}peak memory (resident set), median", fmt_mib(b_mem), fmt_mib(p_mem), p_mem / b_mem,
                        memory_budget))
    return rows


PHASES = ("import_ms", "qapplication_ms", "build_window_ms", "show_ms", "show_to_paint_ms", "first_paint_ms")


def phase_medians(kept: dict[str, list[Spawned]]) -> dict[str, dict[str, float]]:
    """Median of each in-process phase of the probe, per program."""
    return {name: {p: statistics.median(s.inside[p] for s in runs) for p in PHASES} for name, runs in kept.items()}


# -- in process: every page, every keystroke ----------------------------------------------


@dataclass
class Timed:
    what: str  # "next", "back" or "key"
    where: str  # the page (and the key typed)
    round: int
    ms: float
    none_lost: int = 0  # references to None that went missing during the move
    painted: bool = True


def walk_pages(rounds: int) -> list[Timed]:
    """Walk every page forward to the hotline page, back to the start, then to the other ending,
    typing the contact one key at a time; time each move until its frame is painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    from app.core.flow import CAUSES, Arrived, CauseResult, ChannelChoice, Registration, StepId, WaysInResult
    from app.main import build_window

    # What a person answers on each page, as in scripts/screenshots.py; a cause page is "not this".
    walk = {
        StepId.REGISTRATION: Registration.NOT_SURE,
        StepId.CHANNEL: ChannelChoice.NOT_SURE,
        StepId.ARRIVED: Arrived.NO,
        StepId.WAYS_IN: WaysInResult.NEED_HELP,
        **{cause: CauseResult.NOT_THIS for cause in CAUSES},
    }
    other_ending = {
        StepId.REGISTRATION: Registration.IN_APP,
        StepId.CHANNEL: ChannelChoice.SMS,
        StepId.ARRIVED: Arrived.YES,
        **{cause: CauseResult.FIXED for cause in CAUSES},
    }
    typed = {"phoneInput": "0912 345 678", "emailInput": "nguyenvanlan@gmail.com"}

    app = QApplication.instance() or QApplication(sys.argv[:1])

    class Frames(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
                self.count += 1
            return False

    def until_painted(before: int, began: int) -> tuple[float, bool, int]:
        app.processEvents()
        calls = 1
        while frames.count == before and calls < 200:  # a frame normally comes within the first call
            time.sleep(0.001)
            app.processEvents()
            calls += 1
        return (time.perf_counter_ns() - began) / 1e6, frames.count != before, calls

    def timed(what: str, where: str, round_: int, action) -> None:
        refs, before, began = sys.getrefcount(None), frames.count, time.perf_counter_ns()
        action()
        ms, painted, calls = until_painted(before, began)
        # Each processEvents() of ours costs one reference too; count only the program's.
        times.append(Timed(what, where, round_, ms, refs - sys.getrefcount(None) - calls, painted))

    def key(box: QLineEdit, ch: str) -> None:
        # As the keyboard sends it; QApplication.sendEvent returns a bool, so it loses no reference.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))

    times: list[Timed] = []
    with tempfile.TemporaryDirectory(prefix="bench-data-") as data:
        window = build_window(["--lang", "vi", "--data-dir", data])
        window.show()
        frames = Frames()
        window.installEventFilter(frames)
        until_painted(frames.count, time.perf_counter_ns())

        def move(what: str, action, round_: int) -> None:
            step = window.flow.current
            timed(what, step.value, round_, action)
            if window.flow.current is step:
                raise RuntimeError(f"the walk is stuck on page {step.value}: {what} did not move")

        def forward(answers: dict, round_: int, type_keys: bool) -> None:
            for _ in range(100):
                if window.flow.is_final():
                    return
                step, page = window.flow.current, window.page
                if step is StepId.CONTACT:
                    for name, text in typed.items():
                        box = page.findChild(QLineEdit, name)
                        box.setFocus()
                        for ch in text if type_keys else ():
                            timed("key", f"{name} {ch!r}", round_, lambda box=box, ch=ch: key(box, ch))
                        if type_keys and box.text() != text:
                            raise RuntimeError(f"typing {text!r} into {name} left {box.text()!r}")
                        if not type_keys:
                            box.setText(text)
                elif step in answers:
                    page.show_answer(answers[step])
                move("next", window.go_next, round_)
            raise RuntimeError("the walk never reached an ending")

        for round_ in range(rounds):
            window.reset()
            until_painted(frames.count, time.perf_counter_ns())
            forward(walk, round_, type_keys=True)
            while window.flow.can_go_back():
                move("back", window.go_back, round_)
            forward(other_ending, round_, type_keys=False)
        window.removeEventFilter(frames)
        window.close()
        window.deleteLater()
        app.processEvents()
    return times


def walk_rows(times: list[Timed]) -> list[Row]:
    pages = [t.ms for t in times if t.what in ("next", "back")]
    keys = [t.ms for t in times if t.what == "key"]
    first = [t.ms for t in times if t.what == "next" and t.round == 0]
    later = [t.ms for t in times if t.what in ("next", "back") and t.round > 0]
    rows = [
        Row(f"page change, median ({len(pages)} changes)", "—", fmt_ms(statistics.median(pages)), None, FRAME,
            statistics.median(pages)),
        Row("page change, worst", "—", fmt_ms(max(pages)), None, FRAME, max(pages)),
        Row("page change, first visit, median", "—", fmt_ms(statistics.median(first)), None, FRAME,
            statistics.median(first)),
    ]
    if later:
        rows.append(Row("page change after the first walk, worst", "—", fmt_ms(max(later)), None, FRAME, max(later)))
    if keys:
        rows += [
            Row(f"keystroke in a contact field, median ({len(keys)} keys)", "—", fmt_ms(statistics.median(keys)), None,
                FRAME, statistics.median(keys)),
            Row("keystroke in a contact field, worst", "—", fmt_ms(max(keys)), None, FRAME, max(keys)),
        ]
    return rows


def walk_notes(times: list[Timed], kept: dict[str, list[Spawned]]) -> list[str]:
    """What the walk showed besides time: moves that painted nothing, references to None lost."""
    notes = []
    unpainted = [t for t in times if not t.painted]
    if unpainted:
        notes.append(f"{len(unpainted)} move(s) painted no frame within 0.2 s, e.g. {unpainted[0].what} "
                     f"on {unpainted[0].where}; their time is a lower bound")
    # First visits create objects that hold None; later walks show the steady loss.
    steady = [t for t in times if t.round == max(t.round for t in times)]
    per_key = statistics.median([t.none_lost for t in steady if t.what == "key"] or [0])
    per_page = statistics.median([t.none_lost for t in steady if t.what != "key"] or [0])
    if per_key > 0 or per_page > 0:
        headroom = statistics.median(s.inside.get("none_refs_at_paint", 0) for s in kept["program"])
        ends = " or ".join(f"about {headroom / n:.0f} {what}" for n, what in
                           ((per_key, "keystrokes"), (per_page, "page changes")) if n > 0)
        notes.append(
            f"**robustness: with this PySide6 on this Python the program loses a reference to None on each call "
            f"of a void Qt method**: {per_key:.0f} per keystroke, {per_page:.0f} per page change. It holds "
            f"{headroom:.0f} at its first frame, so it aborts (`Fatal Python error: none_dealloc`) after {ends}. "
            "None cannot run out from Python 3.12 on (it is immortal there)."
        )
    return notes


# -- the attempt log and the frozen bundles -----------------------------------------------


def attempt_log(quick: bool) -> dict:
    """Run bench/bench_attempts.py (0 and 1,000,000 rows) once the attempt log exists."""
    script = ROOT / "bench" / "bench_attempts.py"
    try:
        has_log = importlib.util.find_spec("app.core.attempts") is not None
    except ImportError:
        has_log = False
    if not has_log:
        return {"note": "attempt log: not yet available (no app.core.attempts)"}
    if not script.is_file():
        return {"note": "attempt log: app.core.attempts is here, bench/bench_attempts.py is not yet"}
    if quick:
        return {"note": "attempt log: skipped with --quick (a million rows take minutes)"}
    done = subprocess.run([sys.executable, str(script)], env=child_env(), capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"bench/bench_attempts.py failed (exit {done.returncode}):\n{done.stderr}")
    return {"note": "attempt log: bench/bench_attempts.py", "output": done.stdout}


def soak_rows(visits: int) -> tuple[list[Row], dict]:
    """bench/soak.py in its own process: a kiosk day of ``visits`` strangers, start against end."""
    with tempfile.TemporaryDirectory(prefix="bench-soak-") as tmp:
        out = Path(tmp) / "soak.json"
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "soak.py"), "--visits", str(visits),
                               "--json", str(out)], capture_output=True, text=True, env=child_env(), timeout=3600)
        if done.returncode:
            raise RuntimeError(f"bench/soak.py failed (exit {done.returncode}):\n{done.stderr}")
        raw = json.loads(out.read_text(encoding="utf-8"))
    census = raw["census"]
    base = next((c for c in census if c["visit"] == 100), census[0])
    end = census[-1]
    slack = max(1.05, (base["rss_kib"] + 5 * 1024) / base["rss_kib"])
    first = statistics.median(raw["first_moves_ms"])
    last = statistics.median(raw["last_moves_ms"])
    at = f"visit {base['visit']} → {end['visit']}"
    rows = [
        Row(f"kiosk day: resident memory, {at}", fmt_mib(base["rss_kib"]), fmt_mib(end["rss_kib"]),
            end["rss_kib"] / base["rss_kib"], Budget("within 5 % or 5 MiB", max_ratio=slack)),
        Row(f"kiosk day: Qt widgets, {at}", str(base["widgets"]), str(end["widgets"]),
            end["widgets"] / base["widgets"], Budget("flat", max_ratio=1.0)),
        Row(f"kiosk day: timers, {at}", str(base["timers"]), str(end["timers"]),
            end["timers"] / max(1, base["timers"]), Budget("flat", max_ratio=1.0)),
        Row("kiosk day: page change, median, last 10 visits vs first 10", fmt_ms(first), fmt_ms(last),
            last / first if first else None, Budget("≤ 1.2x", max_ratio=1.2)),
    ]
    return rows, raw


def folder_bytes(folder: Path) -> int:
    """Bytes under ``folder``, a symlink counted as the link itself."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_symlink() or p.is_file())


def bundle_exe(folder: Path) -> Path:
    return folder / (folder.name + (".exe" if sys.platform == "win32" else ""))


def bundles(dist: Path, runs: int, warmup: int) -> tuple[list[Row], dict]:
    """Size, start and memory of dist/vssid-helper next to dist/bare, both PyInstaller onedir builds."""
    bare, prog = dist / "bare", dist / "vssid-helper"
    if not (bundle_exe(bare).is_file() and bundle_exe(prog).is_file()):
        shown = [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in (bare, prog)]
        note = (f"frozen bundles: not built ({shown[0]} and {shown[1]} are needed: scripts/build, "
                "then .venv/bin/pyinstaller --noconfirm bench/bare.spec)")
        return [], {"note": note}
    with tempfile.TemporaryDirectory(prefix="bench-data-") as data:
        kept = alternate(runs, warmup, {
            "bare": lambda: spawn_frozen(bundle_exe(bare), []),
            "program": lambda: spawn_frozen(bundle_exe(prog), ["--data-dir", data]),
        })
    b_size, p_size = folder_bytes(bare), folder_bytes(prog)
    rows = [Row("frozen bundle size", f"{b_size / 2**20:.1f} MiB", f"{p_size / 2**20:.1f} MiB", p_size / b_size,
                BUNDLE)]
    rows += startup_rows(kept, "frozen: ", NONE, NONE)
    raw = {"bytes": {"bare": b_size, "program": p_size},
           "runs": {name: [asdict(s) for s in side] for name, side in kept.items()}}
    return rows, raw


# -- the report ---------------------------------------------------------------------------


def machine() -> dict[str, str]:
    """Where the numbers came from: system, CPU, memory, Python and Qt versions, commit, date."""
    cpu = platform.processor() or "unknown CPU"
    memory = ""
    try:
        info = Path("/proc/cpuinfo").read_text()
        cpu = re.search(r"^model name\s*:\s*(.+)$", info, re.M).group(1).strip()
        kib = int(re.search(r"^MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text(), re.M).group(1))
        memory = f", {kib / 2**20:.1f} GiB RAM"
    except (OSError, AttributeError):
        pass
    import PySide6
    from PySide6.QtCore import qVersion

    try:
        commit = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip() or "unknown"
    except OSError:
        commit = "unknown"
    return {
        "system": " ".join((platform.system(), platform.release(), platform.machine())),
        "cpu": f"{cpu}, {os.cpu_count()} CPUs{memory}",
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "platform_plugin": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        # Other work on the machine slows both programs; the ratio suffers less than the times.
        "load_average": " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown",
        "commit": commit,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def markdown(where: dict, args: argparse.Namespace, rows: list[Row], phases: dict, slowest: list[Timed],
             notes: list[str], attempt_output: str | None) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"- Machine: {where['system']}; {where['cpu']}",
        f"- Python {where['python']}, PySide6 {where['pyside6']} (Qt {where['qt']}), "
        f"Qt platform `{where['platform_plugin']}`",
        f"- {where['date']}, commit {where['commit']}, load average {where['load_average']} (1, 5, 15 min)",
        f"- Command: `{shlex.join(['scripts/bench', *args.argv])}`: {args.runs} runs of each program after "
        f"{args.warmup} warm-up runs, alternating; {args.rounds} walk(s) through every page",
        "",
        "| measure | bare | program | ratio | budget | within budget? |",
        "|---|---|---|---|---|---|",
        *("| " + " | ".join(row.cells()) + " |" for row in rows),
        "",
        "Start, in process (medians; from the probe's first line, so without the interpreter's own start):",
        "",
        "| phase | bare | program |",
        "|---|---|---|",
        *(f"| {p.removesuffix('_ms').replace('_', ' ')} | {fmt_ms(phases['bare'][p])} | "
          f"{fmt_ms(phases['program'][p])} |"
          for p in PHASES),
        "",
        "Slowest moves: " + ", ".join(f"{t.what} from {t.where} ({fmt_ms(t.ms)}, walk {t.round + 1})" for t in slowest),
        "",
        *(f"- {note}" for note in notes),
    ]
    if attempt_output:
        lines += ["", "## Attempt log", "", attempt_output.rstrip()]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed starts of each program (default 15)")
    parser.add_argument("--warmup", type=int, default=None, help="untimed starts first (default 2, 0 with --quick)")
    parser.add_argument("--rounds", type=int, default=None, help="walks through every page (default 5, 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="no warm-up, one walk, no attempt-log benchmark")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results", help="folder for latest.md/.json")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="folder holding the bare and vssid-helper bundles")
    parser.add_argument("--publish", action="store_true",
                        help="also write bench/RESULTS.md, the table the README quotes")
    parser.add_argument("--visits", type=int, default=None,
                        help="kiosk-day soak visits (default 1000, 100 with --quick)")
    args = parser.parse_args(argv)
    args.argv = argv
    args.warmup = (0 if args.quick else 2) if args.warmup is None else args.warmup
    args.rounds = (1 if args.quick else 5) if args.rounds is None else args.rounds
    args.visits = (100 if args.quick else 1000) if args.visits is None else args.visits
    if args.runs < 1 or args.rounds < 1 or args.warmup < 0:
        parser.error("--runs and --rounds must be at least 1, --warmup at least 0")

    print(f"start: {args.runs} runs of each program after {args.warmup} warm-up runs...", file=sys.stderr)
    kept = alternate(args.runs, args.warmup,
                     {"bare": lambda: spawn_probe("bare"), "program": lambda: spawn_probe("app")})
    rows = startup_rows(kept, "", START, MEMORY)
    # Every child starts before Qt is loaded here: a forked child's peak memory counts ours too.
    print("frozen bundles...", file=sys.stderr)
    bundle_rows, bundle_raw = bundles(args.dist, args.runs, args.warmup)
    print("attempt log...", file=sys.stderr)
    log = attempt_log(args.quick)
    print(f"kiosk day: {args.visits} visits...", file=sys.stderr)
    soak_table, soak_raw = soak_rows(args.visits)
    print(f"pages: {args.rounds} walk(s) through every page...", file=sys.stderr)
    times = walk_pages(args.rounds)
    rows += walk_rows(times) + soak_table + bundle_rows
    notes = walk_notes(times, kept)
    if "note" in bundle_raw:
        notes.append(bundle_raw["note"])
    if not log.get("output"):
        notes.append(log["note"])

    where = machine()
    phases = phase_medians(kept)
    slowest = sorted((t for t in times if t.what != "key"), key=lambda t: t.ms, reverse=True)[:3]
    text = markdown(where, args, rows, phases, slowest, notes, log.get("output"))
    print(text)
    raw = {
        "machine": where,
        "settings": {"runs": args.runs, "warmup": args.warmup, "rounds": args.rounds, "quick": args.quick},
        "table": [dict(zip(("measure", "bare", "program", "ratio", "budget", "within_budget"), r.cells(), strict=True))
                  for r in rows],
        "start": {name: [asdict(s) for s in side] for name, side in kept.items()},
        "phases": phases,
        "moves": [asdict(t) for t in times],
        "bundles": bundle_raw,
        "attempt_log": log,
        "soak": soak_raw,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.md").write_text(text, encoding="utf-8")
    (args.out / "latest.json").write_text(json.dumps(raw, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.publish:
        (ROOT / "bench" / "RESULTS.md").write_text(text, encoding="utf-8")
    print(f"written: {args.out / 'latest.md'}, {args.out / 'latest.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
