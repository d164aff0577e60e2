"""A kiosk's day in one process: many strangers, each walking a path, typing, recording, then wiped.

    python bench/soak.py [--visits 1000] [--seed 7] [--json FILE]

Each visit starts on the welcome page of one kiosk window (no restart between visitors, as
in an office), answers the questions on a random path, types a phone number or an email key
by key, records what they did on the waiting page, reaches the hotline page or stops half
way, and ends in "Hoàn tất" or in the idle wipe. At visits 10, 100 and 1,000 (and the last)
it reports the resident memory, the live Python objects, the Qt widgets and the timers, and
the page-change times of the first and the last visits. The budgets (ISSUE: a kiosk day
without drift): memory at the end within 5 % (or 5 MiB) of visit 100, widgets and timers flat,
page changes at the end no slower than at the start (within 1.2x).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MEMORY_SLACK = 0.05
MEMORY_SLACK_KIB = 5 * 1024
SLOWER_AT_END = 1.2
CHECKPOINTS = (10, 100, 1000)


@dataclass
class Census:
    """What one process holds after a visit, once the garbage is collected."""

    visit: int
    rss_kib: int
    python_objects: int
    widgets: int
    timers: int
    qobjects: int


@dataclass
class Soak:
    visits: int
    census: list[Census] = field(default_factory=list)
    first_moves_ms: list[float] = field(default_factory=list)
    last_moves_ms: list[float] = field(default_factory=list)

    def at(self, visit: int) -> Census | None:
        return next((c for c in self.census if c.visit == visit), None)

    def verdicts(self) -> dict[str, bool]:
        """Each budget of a kiosk day, kept or not (a measurement that is missing counts as kept)."""
        base = self.at(100) or self.census[0]
        end = self.census[-1]
        memory_ok = end.rss_kib <= base.rss_kib + max(base.rss_kib * MEMORY_SLACK, MEMORY_SLACK_KIB)
        first = statistics.median(self.first_moves_ms) if self.first_moves_ms else 0.0
        last = statistics.median(self.last_moves_ms) if self.last_moves_ms else 0.0
        return {
            "memory": memory_ok,
            "widgets": end.widgets <= base.widgets,
            "timers": end.timers <= base.timers,
            "page changes": last <= max(first * SLOWER_AT_END, first + 1.0),
        }


def resident_kib() -> int:
    """This process's resident memory now (Linux /proc), else its peak (other systems)."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, IndexError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak


def site_settings(folder: Path) -> Path:
    """A throw-away deployment file for a kiosk: a staff PIN and a contact key, nothing real."""
    from app.core.settings import hash_pin

    site = folder / "site-settings.toml"
    site.write_text(f'staff_pin_hash = "{hash_pin("246813", iterations=1000)}"\n', encoding="utf-8")
    key = folder / "contact.key"  # beside the deployment file, readable by this account only
    key.write_text("ab" * 32 + "\n", encoding="utf-8")
    key.chmod(0o600)
    return site


class Kiosk:
    """One kiosk window driven as strangers use it, with the times of its page changes."""

    def __init__(self, data: Path, site: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from app.main import build_window

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.window = build_window(["--kiosk", "--lang", "vi", "--data-dir", str(data), "--site-settings", str(site)])
        self.window.show()
        self.idle_clock = 0.0
        self.window.kiosk.use_clock(lambda: self.idle_clock)
        self.settle()

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def census(self, visit: int) -> Census:
        from PySide6.QtCore import QObject, QTimer
        from PySide6.QtWidgets import QApplication

        self.settle()
        gc.collect()
        return Census(
            visit=visit,
            rss_kib=resident_kib(),
            python_objects=len(gc.get_objects()),
            widgets=len(QApplication.allWidgets()),
            timers=len(self.window.findChildren(QTimer)),
            qobjects=len(self.window.findChildren(QObject)),
        )

    def type_keys(self, name: str, text: str) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication, QLineEdit

        box = self.window.findChild(QLineEdit, name)
        box.setFocus()
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))

    def move(self, times: list[float], action) -> None:
        began = time.perf_counter()
        action()
        self.app.processEvents()
        times.append((time.perf_counter() - began) * 1000)

    def visit(self, rng: random.Random, times: list[float]) -> None:
        """One stranger: a random path to an ending or a place half way, then the wipe for the next one."""
        from PySide6.QtWidgets import QPushButton

        from app.core.flow import CAUSES, Arrived, CauseResult, ChannelChoice, Registration, StepId, WaysInResult

        window = self.window
        channel = rng.choice(list(ChannelChoice))
        answers = {
            StepId.REGISTRATION: rng.choice(list(Registration)),
            StepId.CHANNEL: channel,
            StepId.ARRIVED: Arrived.NO if rng.random() < 0.8 else Arrived.YES,
            StepId.WAYS_IN: WaysInResult.NEED_HELP,
        }
        stop_after = rng.randrange(3, 40)  # some leave half way, most reach an ending
        for _ in range(stop_after):
            if window.flow.is_final():
                break
            step, page = window.flow.current, window.page
            if step is StepId.CONTACT:
                number = f"09{rng.randrange(10**8):08d}"
                if channel is not ChannelChoice.EMAIL:
                    self.type_keys("phoneInput", number)
                if channel is not ChannelChoice.SMS:
                    self.type_keys("emailInput", f"khach{rng.randrange(10**6)}@gmail.com")
            elif step in CAUSES:
                if step is StepId.WAITING and rng.random() < 0.7:
                    name = rng.choice(["logAttemptButton", "logKey8Button", "logRegistrationButton"])
                    button = window.findChild(QPushButton, name)
                    if button is not None and button.isEnabled():
                        button.click()
                page.show_answer(CauseResult.FIXED if rng.random() < 0.1 else CauseResult.NOT_THIS)
            elif step in answers:
                page.show_answer(answers[step])
            if not window.next_button.isEnabled():
                break  # a stranger who typed something the checks refuse and walked away
            self.move(times, window.go_next)
        if window.flow.is_final() and rng.random() < 0.5:
            window.finish_button.click()  # "Hoàn tất"
            confirm = window.findChild(QPushButton, "finishConfirmButton")
            if confirm is not None and confirm.isVisible():
                confirm.click()  # "scanned or printed?" on the hotline page: yes
        else:
            self.idle_clock += window.settings.idle_timeout_s + 20  # walked away: the idle wipe
            window.kiosk.idle.check()  # the notice
            self.idle_clock += 20
            window.kiosk.idle.check()  # the wipe
        self.settle()
        if window.flow.path:
            raise RuntimeError(f"visit left answers behind: {window.flow.path[:2]}")

    def close(self) -> None:
        self.window.kiosk.unlocked = True
        self.window.close()
        self.window.deleteLater()
        self.settle()


def soak(visits: int, seed: int = 7, checkpoints: tuple[int, ...] = CHECKPOINTS) -> Soak:
    """Run ``visits`` visits on one kiosk window; take a census at each checkpoint and at the end."""
    result = Soak(visits)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="vssid-soak-") as scratch:
        kiosk = Kiosk(Path(scratch) / "data", site_settings(Path(scratch)))
        try:
            window_of_first = min(10, visits)
            for n in range(1, visits + 1):
                times: list[float] = []
                kiosk.visit(rng, times)
                if n <= window_of_first:
                    result.first_moves_ms += times
                if n > visits - window_of_first:
                    result.last_moves_ms += times
                if n in checkpoints or n == visits:
                    result.census.append(kiosk.census(n))
        finally:
            kiosk.close()
    return result


def report(result: Soak) -> str:
    lines = [f"Kiosk soak: {result.visits} visits in one process", "",
             "| after visit | resident memory | Python objects | Qt widgets | timers | QObjects |",
             "|---:|---:|---:|---:|---:|---:|"]
    for c in result.census:
        lines.append(f"| {c.visit} | {c.rss_kib / 1024:.1f} MiB | {c.python_objects:,} | {c.widgets} | {c.timers} | "
                     f"{c.qobjects} |")
    first = statistics.median(result.first_moves_ms) if result.first_moves_ms else float("nan")
    last = statistics.median(result.last_moves_ms) if result.last_moves_ms else float("nan")
    lines += ["", f"page change, median: first 10 visits {first:.2f} ms, last 10 visits {last:.2f} ms", ""]
    for name, kept in result.verdicts().items():
        lines.append(f"- {name}: {'within budget' if kept else 'NOT within budget'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(argv)
    result = soak(args.visits, args.seed)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(asdict(result) | {"verdicts": result.verdicts()}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
