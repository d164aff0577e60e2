"""Write a PNG of every wizard page, in both languages, walking the flow as a person would.

Run through scripts/screenshots (it sets up the environment); output in screenshots/<lang>/.
Flags it does not know go to the program (e.g. --kiosk, --font-scale 150, --high-contrast).
--all-sizes also writes the kiosk at 1920x1080 and 1366x768 to screenshots/kiosk-<size>/<lang>/,
with the on-screen keyboards, the idle notice and the staff PIN dialog. --out DIR writes elsewhere,
--size WxH sets the window size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from app.core.flow import (
    CAUSES,
    Arrived,
    CauseResult,
    ChannelChoice,
    GuideChoice,
    Registration,
    StepId,
    WaysInResult,
)
from app.core.settings import hash_pin, new_contact_key_text
from app.main import build_window

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
KIOSK_SIZES = ((1920, 1080), (1366, 768))


SETTLE_MS = 80
QR_WAIT_MS = 3000
# The offscreen platform says this of every top-level window; on a real screen it does not happen.
_HARMLESS = ("This plugin does not support propagateSizeHints()",)


def _qt_messages(kind: QtMsgType, context, message: str) -> None:
    if message not in _HARMLESS:
        print(message, file=sys.stderr)


def shoot(window, folder: Path, name: str) -> None:
    # Layouts inside layouts settle a turn after their parents: wait a little, as a person's eye would.
    QTest.qWait(SETTLE_MS)
    if window.flow.current is StepId.HOTLINE:
        # The QR code is drawn just after the page is shown, and its caption after it: wait for both,
        # then for the layout they change.
        page = window.page
        waited = 0
        while (page.qr.qr is None or not page.qr_caption.text()) and waited < QR_WAIT_MS:
            QTest.qWait(20)
            waited += 20
        if page.qr.qr is None:
            raise SystemExit("the hotline page's QR code did not appear")
        QTest.qWait(SETTLE_MS)
    window.grab().save(str(folder / f"{name}.png"))


def open_window(lang: str, size: tuple[int, int], extra: list[str]):
    window = build_window(["--lang", lang, *extra])
    # A kiosk window is full screen; here the "screen" is the size asked for.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    window.show()
    return window


def walk(lang: str, folder: Path, size: tuple[int, int], extra: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window = open_window(lang, size, extra)
    kiosk = window.kiosk
    n = 0
    detours = dict(GUIDE_DETOURS)
    while not window.flow.is_final():
        step = window.flow.current
        page = window.page
        if step is StepId.CONTACT:
            page.findChild(QLineEdit, "phoneInput").setText("0168 912 3456")
            page.findChild(QLineEdit, "emailInput").setText("nguyenvanlan@gmial.com")
            shoot(window, folder, f"{n:02d}_{step.value}")  # the mistakes, with their feedback
            if kiosk is not None:
                page.findChild(QLineEdit, "emailInput").setFocus()
                shoot(window, folder, f"{n:02d}_{step.value}_email")  # the email keyboard is up
                page.findChild(QLineEdit, "phoneInput").setFocus()
            for name in ("phoneFixButton", "emailFixButton"):  # now take the proposed fixes
                page.findChild(QPushButton, name).click()
        else:
            if step in detours:
                page.show_answer(detours.pop(step))
            elif step is StepId.GUIDE:
                for row in page.rows[:3:2]:  # two steps done
                    row.setChecked(True)
            elif step in WALK:
                page.show_answer(WALK[step])
            if step is StepId.WAITING:
                page.findChild(QPushButton, "logAttemptButton").click()  # so the countdown shows
            shoot(window, folder, f"{n:02d}_{step.value}")
        window.go_next()
        if window.flow.current is step and step is not StepId.GUIDE:
            raise SystemExit(f"the walk is stuck on {step}: Next was refused for {page.answer()!r}")
        n += 1
    shoot(window, folder, f"{n:02d}_{window.flow.current.value}")
    list_button = window.findChild(QPushButton, "causeListButton")
    if list_button is not None:  # counter mode: the list of every reason, opened on a cause page
        window.jump_to(StepId.SPAM_FOLDER)
        list_button.click()
        shoot(window, folder, f"{n + 2:02d}_cause_list")
        window.side_panels["cause"].built().hide_button.click()
        window.findChild(QPushButton, "historyButton").click()
        shoot(window, folder, f"{n + 3:02d}_history")
        window.side_panels["history"].built().hide_button.click()
    if kiosk is not None:
        kiosk.idle.notice.show_seconds(12)
        shoot(window, folder, f"{n + 2:02d}_idle_notice")
        kiosk.idle.notice.hide()
        prompt = kiosk.ask_pin()
        prompt.pin.setText("12")
        prompt.message.setText(prompt.tr("That PIN is not right."))
        shoot(window, folder, f"{n + 3:02d}_staff_pin")
        prompt.close_prompt()
        kiosk.ask_start_over()
        shoot(window, folder, f"{n + 4:02d}_start_over")
        kiosk.question.close_question()
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
    shoot(window, folder, f"{n + 1:02d}_{window.flow.current.value}")
    if kiosk is not None:
        kiosk.unlocked = True
    window.close()
    return sorted(folder.glob("*.png"))


def kiosk_flags(scratch: Path) -> list[str]:
    """A throw-away deployment (settings with a staff PIN, a contact key) and data folder: nothing real is touched."""
    settings = scratch / "site-settings.toml"
    settings.write_text(f'staff_pin_hash = "{hash_pin("246813", iterations=1000)}"\n', encoding="utf-8")
    key = scratch / "contact.key"
    key.write_text(new_contact_key_text() + "\n", encoding="utf-8")
    key.chmod(0o600)
    return ["--kiosk", "--site-settings", str(settings), "--data-dir", str(scratch / "data")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--all-sizes", action="store_true", help="also the kiosk at 1920x1080 and 1366x768")
    args, extra = parser.parse_known_args()
    size = tuple(int(v) for v in args.size.split("x"))
    qInstallMessageHandler(_qt_messages)
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (must outlive the windows)
    with tempfile.TemporaryDirectory(prefix="vssid-shots-") as scratch:
        if "--kiosk" in extra:
            extra = [f for f in extra if f != "--kiosk"] + kiosk_flags(Path(scratch))
        elif "--data-dir" not in extra:
            extra = [*extra, "--data-dir", str(Path(scratch) / "data")]  # the requests recorded on the way
        runs = [(args.out, size, extra)]
        if args.all_sizes:
            runs += [(args.out / f"kiosk-{w}x{h}", (w, h), kiosk_flags(Path(scratch))) for w, h in KIOSK_SIZES]
        for out, run_size, run_extra in runs:
            for lang in ("vi", "en"):
                files = walk(lang, out / lang, run_size, run_extra)
                print(f"{lang}: {len(files)} pages in {out / lang}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
