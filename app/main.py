"""Entry point: command-line flags, the QApplication, and the top-level window."""

from __future__ import annotations

import argparse
import sys

from app import __version__


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="vssid-helper",
        description="Step-by-step help when the VssID password never arrived.",
    )
    parser.add_argument("--lang", choices=("vi", "en"), default=None, help="interface language (default: vi)")
    parser.add_argument("--kiosk", action="store_true", default=None, help="full-screen kiosk mode for public machines")
    parser.add_argument("--data-dir", metavar="DIR", default=None, help="folder for the attempt log and settings")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    w = QLabel("VssID")
    w.show()
    return app.exec()
