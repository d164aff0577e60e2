"""Start one program until its window has painted a first frame, quit, and print one JSON line.

    python bench/probe.py bare              # QApplication and one QLabel window, nothing else
    python bench/probe.py floor             # the welcome page's widgets made by hand, no program code
    python bench/probe.py app --data-dir D  # the program's own window, as `python -m app --lang vi` builds it

The JSON holds in-process times in milliseconds (from the first line of this file, so the
interpreter's own start is not in them), ``paint_clock_ns`` (time.perf_counter_ns() when the first
frame was done, a system-wide monotonic clock the parent compares with its spawn time) and
``maxrss_kb`` (this process's peak resident set at exit). bench/run.py runs it; it reports, it
never judges.
"""

from __future__ import annotations

import time

STARTED_NS = time.perf_counter_ns()  # before any other import, so imports are counted

import os  # noqa: E402
import sys  # noqa: E402

NONE_REFS_AT_START = sys.getrefcount(None)

# Only os and sys before the first frame: whatever the probe imports is charged to both programs.
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The program's default window size; the bare window gets the same pixels to fill.
WINDOW_SIZE = (1100, 720)


def _ms(since_ns: int, until_ns: int) -> float:
    return (until_ns - since_ns) / 1e6


def maxrss_kb() -> int | None:
    """This process's peak resident set in KiB (None where the resource module is missing)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes, Linux KiB


def floor_window():
    """The welcome page's widgets made by hand, with none of the program's code: what any PySide6
    window of that shape pays (the Qt namespace's enums, a stylesheet, labels, buttons, a stack)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication,
        QHBoxLayout,
        QLabel,
        QMainWindow,
        QPushButton,
        QScrollArea,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )

    QApplication.instance().setStyleSheet("QPushButton { font-size: 18px; padding: 8px 16px; }"
                                          " QLabel#title { font-size: 28px; font-weight: bold; }")
    window, central = QMainWindow(), QWidget()
    column = QVBoxLayout(central)
    header, nav, page = QHBoxLayout(), QHBoxLayout(), QWidget()
    for text in ("Bước 1 / khoảng 6", "Gọi tổng đài ngay", "A+", "Tương phản"):
        header.addWidget(QPushButton(text) if header.count() else QLabel(text))
    lines = QVBoxLayout(page)
    for text in ("Chưa nhận được mật khẩu VssID?", "Trợ lý này đi qua từng nguyên nhân thường gặp.",
                 "Bạn sẽ cần số điện thoại hoặc email đã dùng khi đăng ký.", "Cảnh báo lừa đảo.",
                 "Chương trình này không do BHXH Việt Nam làm."):
        line = QLabel(text)
        line.setObjectName("title" if not lines.count() else "")
        line.setWordWrap(True)
        line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines.addWidget(line)
    lines.addStretch(1)
    scroll, stack = QScrollArea(), QStackedWidget()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    stack.addWidget(scroll)
    for text in ("Quay lại", "Bắt đầu"):
        nav.addWidget(QPushButton(text))
    for part in (header, stack, nav):
        column.addLayout(part) if isinstance(part, QHBoxLayout) else column.addWidget(part, 1)
    window.setCentralWidget(central)
    window.resize(*WINDOW_SIZE)
    return window


def run(mode: str, data_dir: str | None) -> dict:
    """Build and show the window of ``mode``, run the event loop until the first frame is painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if mode == "app":  # in the order app.main.main takes: the flags and the settings before Qt
        sys.path.insert(0, ROOT)
        from app.main import build_window, prepare

        prepared = prepare(["--lang", "vi"] + (["--data-dir", data_dir] if data_dir else []))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    imported_ns = time.perf_counter_ns()

    app = QApplication(sys.argv[:1])
    app_ns = time.perf_counter_ns()
    if mode == "app":
        window = build_window(prepared)
    elif mode == "floor":
        window = floor_window()
    else:
        window = QLabel("VssID")
        window.resize(*WINDOW_SIZE)
    built_ns = time.perf_counter_ns()

    marks: dict[str, int] = {}

    def painted() -> None:
        # A zero timer runs after the paint pass that queued it has flushed the frame.
        marks["painted"] = time.perf_counter_ns()
        marks["none_refs"] = sys.getrefcount(None)
        app.quit()

    class FirstFrame(QObject):
        def eventFilter(self, watched, event) -> bool:
            if "seen" not in marks and event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
                marks["seen"] = time.perf_counter_ns()
                QTimer.singleShot(0, painted)
            return False

    watcher = FirstFrame()
    window.installEventFilter(watcher)
    window.show()
    shown_ns = time.perf_counter_ns()
    QTimer.singleShot(60_000, app.quit)  # never hang a benchmark run
    app.exec()
    if "painted" not in marks:
        raise SystemExit(f"probe {mode}: no frame painted within 60 s")
    window.removeEventFilter(watcher)
    return {
        "mode": mode,
        "import_ms": _ms(STARTED_NS, imported_ns),
        "qapplication_ms": _ms(imported_ns, app_ns),
        "build_window_ms": _ms(app_ns, built_ns),
        "show_ms": _ms(built_ns, shown_ns),
        "show_to_paint_ms": _ms(shown_ns, marks["painted"]),
        "first_paint_ms": _ms(STARTED_NS, marks["painted"]),
        "paint_clock_ns": marks["painted"],
        "maxrss_kb": maxrss_kb(),
        # Headroom against wheels that drop a reference to None on each call (none_dealloc crash).
        "none_refs_at_start": NONE_REFS_AT_START,
        "none_refs_at_paint": marks["none_refs"],
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # No argparse: the bare program must not pay for an import the probe needs.
    modes = ("bare", "floor", "app")
    if not argv or argv[0] not in modes or len(argv) not in (1, 3) or argv[1:2] not in ([], ["--data-dir"]):
        print("usage: probe.py bare|floor|app [--data-dir DIR]", file=sys.stderr)
        return 2
    result = run(argv[0], argv[2] if len(argv) == 3 else None)
    import json

    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
