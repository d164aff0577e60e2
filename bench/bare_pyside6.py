"""The bare PySide6 program: one window with one label. The yardstick for bundle size and start time."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv)
    label = QLabel("VssID")
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
