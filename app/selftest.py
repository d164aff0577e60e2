"""``--self-test`` and ``--screenshot``: what the smoke test runs inside a frozen bundle.

The self-test opens no window. It loads every translation, guide and cause text,
builds every page in both languages, and writes and reads an attempt in a
temporary data folder. It prints one line per check and exits 0, or 1 with the
reason of the first failure.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def _headless() -> None:
    # No screen (a CI machine, a server): Qt's offscreen platform still builds every widget.
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _checks(data_dir: Path) -> list[tuple[str, Callable[[], str]]]:
    def translations() -> str:
        from PySide6.QtCore import QTranslator

        from app.core.paths import translations_dir

        files = sorted(translations_dir().glob("*.qm"))
        if not files:
            raise RuntimeError(f"no .qm file in {translations_dir()}")
        for qm in files:
            if not QTranslator().load(str(qm)):
                raise RuntimeError(f"{qm.name} does not load")
        return ", ".join(f.name for f in files)

    def content() -> str:
        from app.core.content import load_content
        from app.core.content.report import content_report
        from app.core.summary import summary_words

        summary_words()
        built_in = load_content()
        if built_in.guide_problem is not None:
            raise RuntimeError(str(built_in.guide_problem))
        facts = sum(len(page.facts) for page in built_in.causes.values()) + len(built_in.ways.sourcing.facts)
        facts += sum(len(guide.facts) for guide in built_in.guides) + len(built_in.notices.sourcing.facts)
        for lang in ("vi", "en"):
            content_report(lang, built_in)
        return (f"{len(built_in.causes)} cause pages, {len(built_in.ways.ways)} ways in, "
                f"{len(built_in.guides)} guides, {facts} facts in the content report")

    def contact_checks() -> str:
        from app.core.contact import check_email, check_phone

        old = check_phone("0168 912 3456")
        if old.proposal != "0389 123 456":
            raise RuntimeError(f"the 2018 conversion proposed {old.proposal!r}")
        if not check_phone(old.proposal).network:
            raise RuntimeError("no network name for a Viettel number: phonenumbers' carrier data is missing")
        if check_email("lan@gmial.com").proposal != "lan@gmail.com":
            raise RuntimeError("the Gmail typo was not caught")
        return "phone, network and email checks answer"

    def pages() -> str:
        from app.main import build_window
        from app.ui.i18n import install_language

        built = 0
        for lang in ("vi", "en"):
            window = build_window(["--lang", lang, "--data-dir", str(data_dir)])
            window.build_all_pages()
            built += len(window.pages)
            window.close()
            window.deleteLater()
        install_language("vi")
        return f"{built} pages in two languages"

    def attempt_log() -> str:
        from app.core.attempts import Action, AttemptLog, Channel
        from app.core.contact import ContactRef

        who = ContactRef("phone", "+84912345678", "0912 345 678")

        folder = data_dir / "log"
        with AttemptLog.open(folder) as log:
            recorded = log.record(who, Channel.SMS, Action.FORGOT_PASSWORD)
        with AttemptLog.open(folder) as log:
            last = log.last_attempt(who)
        if last is None or last.id != recorded.id:
            raise RuntimeError("an attempt written was not read back")
        return "an attempt written and read back"

    return [("translations", translations), ("content", content), ("contact checks", contact_checks),
            ("pages", pages), ("attempt log", attempt_log)]


def run_self_test() -> int:
    """Run every check; 0 when all pass, 1 at the first failure (its reason on stderr)."""
    _headless()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (must outlive the windows)
    with tempfile.TemporaryDirectory(prefix="vssid-self-test-") as tmp:
        for name, check in _checks(Path(tmp)):
            try:
                print(f"self-test: {name}: {check()}")
            except Exception as exc:
                print(f"self-test: {name} FAILED: {exc}", file=sys.stderr)
                return 1
    print("self-test: ok")
    return 0


def save_first_page(path: Path, argv: list[str]) -> int:
    """Show the first page, wait for it to be painted, save it as PNG at ``path``."""
    _headless()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.files import replacing_file
    from app.main import build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(argv)
    window.show()
    saved: list[bool] = []

    def grab() -> None:
        try:
            with replacing_file(path) as temporary:  # 0600 and whole, like every file the program writes
                saved.append(window.grab().save(str(temporary), "PNG"))
        except OSError:
            saved.append(False)
        # exit(), not quit(): quit() asks the windows first, and a kiosk refuses to close.
        app.exit(0)

    QTimer.singleShot(200, grab)  # after the first frames, so the page is laid out and painted
    app.exec()
    if not (saved and saved[0]):
        print(f"screenshot: could not write {path}", file=sys.stderr)
        return 1
    return 0
