"""Write a PNG of every wizard page, in both languages, walking the flow as a person would.

Run through scripts/screenshots (it sets up the environment); output in screenshots/<lang>/.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton  # noqa: E402

from app.core.flow import (  # noqa: E402
    CAUSES,
    Arrived,
    CauseResult,
    ChannelChoice,
    GuideChoice,
    Registration,
    StepId,
    WaysInResult,
)
from app.main import build_window  # noqa: E402

# What a person answers on each page to move on; a cause page is passed with "not this".
WALK = {
    StepId.REGISTRATION: Registration.NOT_SURE,
    StepId.CHANNEL: ChannelChoice.NOT_SURE,
    StepId.ARRIVED: Arrived.NO,
    StepId.WAYS_IN: WaysInResult.NEED_HELP,
    **{cause: CauseResult.NOT_THIS for cause in CAUSES},
    StepId.DEVICE: GuideChoice("samsung-messages"),
}
# Asked once on the way: open the mail guide (the provider guessed from the address), then a phone's.
GUIDE_DETOURS = {StepId.SPAM_FOLDER: CauseResult.EMAIL_GUIDE, StepId.BLOCKED: CauseResult.PHONE_GUIDE}


def shoot(window, folder: Path, n: int) -> None:
    QApplication.processEvents()
    window.grab().save(str(folder / f"{n:02d}_{window.flow.current.value}.png"))


def walk(lang: str, out: Path, size: tuple[int, int], extra: list[str]) -> list[Path]:
    folder = out / lang
    folder.mkdir(parents=True, exist_ok=True)
    window = build_window(["--lang", lang, *extra])
    window.resize(*size)
    window.show()
    n = 0
    detours = dict(GUIDE_DETOURS)
    while not window.flow.is_final():
        step = window.flow.current
        page = window.page
        if step is StepId.CONTACT:
            page.findChild(QLineEdit, "phoneInput").setText("0168 912 3456")
            page.findChild(QLineEdit, "emailInput").setText("nguyenvanlan@gmial.com")
        elif step in detours:
            page.show_answer(detours.pop(step))
        elif step is StepId.GUIDE:
            for row in page.rows[:3:2]:  # two steps done
                row.setChecked(True)
        elif step in WALK:
            page.show_answer(WALK[step])
        shoot(window, folder, n)
        if step is StepId.CONTACT:
            # The mistakes above are shown with their feedback; now take the proposed fixes.
            for name in ("phoneFixButton", "emailFixButton"):
                page.findChild(QPushButton, name).click()
        window.go_next()
        if window.flow.current is step and step is not StepId.GUIDE:
            raise SystemExit(f"the walk is stuck on {step}: Next was refused for {page.answer()!r}")
        n += 1
    shoot(window, folder, n)
    # The other ending: fixed, and the password came.
    window.reset()
    for answer in (None, Registration.IN_APP, ChannelChoice.SMS):
        if answer is not None:
            window.page.show_answer(answer)
        window.go_next()
    window.page.findChild(QLineEdit, "phoneInput").setText("0912 345 678")
    window.go_next()
    for answer in (CauseResult.FIXED, Arrived.YES):
        window.page.show_answer(answer)
        window.go_next()
    shoot(window, folder, n + 1)
    window.close()
    return sorted(folder.glob("*.png"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    args, extra = parser.parse_known_args()
    size = tuple(int(v) for v in args.size.split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (must outlive the windows)
    for lang in ("vi", "en"):
        files = walk(lang, args.out, size, extra)
        print(f"{lang}: {len(files)} pages in {args.out / lang}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
