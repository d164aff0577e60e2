"""Entry point: command-line flags, the QApplication, and the top-level window."""

from __future__ import annotations

import argparse
import sys

from app import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line; bad flags end the program with argparse's message and exit code 2."""
    parser = argparse.ArgumentParser(
        prog="vssid-helper",
        description="Step-by-step help when the VssID password never arrived.",
    )
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help="interface language (default: vi)")
    parser.add_argument("--kiosk", action="store_true", help="full-screen kiosk mode for public machines")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the attempt log and settings")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def build_window(argv: list[str]):
    """Build the top-level window for these arguments; a QApplication must already exist."""
    from app.ui.i18n import install_language
    from app.ui.style import stylesheet
    from app.ui.window import WizardWindow
    from PySide6.QtWidgets import QApplication

    args = parse_args(argv)
    install_language(args.lang)
    QApplication.instance().setStyleSheet(stylesheet())
    return WizardWindow(lang=args.lang)


def main(argv: list[str] | None = None) -> int:
    """Run the program: ``python -m app`` and the ``vssid-helper`` command."""
    argv = sys.argv[1:] if argv is None else argv
    parse_args(argv)  # --help, --version and bad flags end here, before Qt starts
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VssID password helper")
    app.setApplicationVersion(__version__)
    window = build_window(argv)
    window.show()
    return app.exec()
