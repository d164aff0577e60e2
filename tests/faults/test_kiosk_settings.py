"""The kiosk's settings and secrets, tried by the kiosk account, a typo of IT's, and a stranger at the screen.

Each test is one attack of issue 14 (findings 1, 2, 5, 6, 7 and 12) on the real window built as
``python -m app`` builds it, on real files; the unreadable deployment file is read by a real
subprocess that the file's mode really keeps out.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import weakref
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QFrame, QLabel

from app.core.attempts import LOG_FILE_NAME
from app.core.contact.identity import ContactRef
from app.core.settings import check_pin
from tests.deployment import IT_KEY, IT_PIN, deploy, it_hash, kiosk_site
from tests.ui.driver import press, to_contact, type_into

REPO = Path(__file__).resolve().parents[2]
PHONE = "0912345678"
OWN_PIN = "135790"  # what the kiosk account would like the staff PIN to be
OWN_KEY = "ab" * 32


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and mode: to show that nothing was written there."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mode) for p in sorted(folder.rglob("*"))
            if p.is_file()}


def notice_text(window) -> str:
    notice = window.findChild(QFrame, "settingsNotice")
    assert notice is not None and notice.isVisible(), "staff were not told about the settings"
    return "\n".join(label.text() for label in notice.findChildren(QLabel))


@pytest.fixture
def kiosk_window(make_window):
    """``make_window``, for windows that may be kiosks: the harness may close them afterwards."""
    made = []

    def make(*args: str):
        window = make_window(*args)
        made.append(weakref.ref(window))  # a second window deletes the first: hold on to none of them
        return window

    yield make
    for ref in made:
        window = ref()
        if window is not None and shiboken6.isValid(window) and window.kiosk is not None:
            window.kiosk.unlocked = True


def own_file(tmp_path: Path, text: str) -> Path:
    """The kiosk account's own settings file (``--data-dir DIR`` puts it in DIR)."""
    user = tmp_path / "data" / "settings.toml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(text, encoding="utf-8")
    return user


EVERY_SECURITY_KEY = (
    f'staff_pin_hash = "{it_hash(OWN_PIN)}"\nidle_timeout_s = 3600\nclear_contacts = true\n'
    f'retention_days = 3650\nprinter = "Microsoft Print to PDF"\ncontent_dir = "/tmp/own-content"\n'
    f'contact_key = "{OWN_KEY}"\nfont_scale = 125\n'
)


# -- finding 1: however kiosk mode was turned on, the kiosk account's file sets no security key -------------


@pytest.mark.parametrize("marker", ["the --kiosk flag", "kiosk = true in the deployment file", "both"])
def test_the_kiosk_accounts_own_file_cannot_loosen_the_kiosk(kiosk_window, tmp_path, marker):
    in_file = marker != "the --kiosk flag"
    site = kiosk_site(tmp_path / "site", ("kiosk = true\n" if in_file else "") +
                      'idle_timeout_s = 90\nretention_days = 30\nprinter = "Quay 3"\n')
    own_file(tmp_path, EVERY_SECURITY_KEY)
    flag = [] if marker == "kiosk = true in the deployment file" else ["--kiosk"]
    window = kiosk_window(*flag, "--site-settings", str(site), "--lang", "en")
    chosen = window.settings
    assert window.kiosk is not None and not window.close(), "the window is not a locked kiosk"
    assert check_pin(IT_PIN, chosen.staff_pin_hash) and not check_pin(OWN_PIN, chosen.staff_pin_hash), \
        "the kiosk account set its own staff PIN"
    assert chosen.idle_timeout_s == 90, "the kiosk account kept a stranger's answers on screen for an hour"
    assert chosen.hashes_contacts, "the kiosk account made the log keep phone numbers in clear"
    assert chosen.retention_days == 30, "the kiosk account kept every attempt for ten years"
    assert chosen.printer == "Quay 3", "the kiosk account sent the summaries to a file printer"
    assert chosen.contact_key == IT_KEY, "the kiosk account replaced IT's contact key with one it knows"
    assert getattr(chosen, "content_dir", None) is None, "the kiosk account chose which texts strangers read"
    assert chosen.font_scale == 125, "a harmless personal setting was refused"
    shown = notice_text(window)
    for key in ("staff_pin_hash", "idle_timeout_s", "clear_contacts", "retention_days", "printer", "contact_key"):
        assert key in shown, f"staff were not told that {key} in the kiosk account's file was ignored"


def test_without_either_marker_it_is_a_counter_pc_and_the_own_file_counts(kiosk_window, tmp_path):
    site = deploy(tmp_path / "site", 'printer = "Quay 3"\n', key=None)
    own_file(tmp_path, 'printer = "Máy in phòng 2"\nidle_timeout_s = 600\n')
    window = kiosk_window("--site-settings", str(site))
    assert window.kiosk is None and not window.settings.kiosk
    assert window.settings.printer == "Máy in phòng 2", "a counter PC's own printer was refused"


def test_kiosk_true_in_the_own_file_makes_a_kiosk_that_the_own_file_cannot_loosen(kiosk_window, tmp_path):
    site = kiosk_site(tmp_path / "site", "idle_timeout_s = 90\n")
    own_file(tmp_path, "kiosk = true\n" + EVERY_SECURITY_KEY)
    window = kiosk_window("--site-settings", str(site))
    assert window.kiosk is not None, "kiosk = true was dropped: only stricter is allowed, never looser"
    assert window.settings.idle_timeout_s == 90 and check_pin(IT_PIN, window.settings.staff_pin_hash)


def test_the_own_file_cannot_turn_a_deployed_kiosk_off(kiosk_window, tmp_path):
    site = kiosk_site(tmp_path / "site", "kiosk = true\n")
    own_file(tmp_path, "kiosk = false\n")
    window = kiosk_window("--site-settings", str(site))
    assert window.kiosk is not None, "the kiosk account turned kiosk mode off"


# -- finding 2: a deployment file that cannot be used keeps the kiosk locked, and is never written -------


BROKEN = {
    "a TOML typo": 'kiosk = true\nlanguage = "en\nidle_timeout_s = 90\n',
    "saved as UTF-16 by Notepad": None,  # written below
    'kiosk = "yes"': 'kiosk = "yes"\n',
    "a folder in its place": None,
}


@pytest.mark.parametrize("damage", list(BROKEN))
@pytest.mark.parametrize("flag", [False, True], ids=["file only", "flag too"])
def test_a_broken_deployment_file_keeps_the_kiosk_locked(kiosk_window, tmp_path, damage, flag):
    folder = tmp_path / "site"
    site = kiosk_site(folder)
    pin_line = site.read_text(encoding="utf-8")
    if damage == "saved as UTF-16 by Notepad":
        site.write_bytes(("kiosk = true\r\n" + pin_line).encode("utf-16"))
    elif damage == "a folder in its place":
        site.unlink()
        site.mkdir()
    else:
        site.write_text(BROKEN[damage] + pin_line, encoding="utf-8")
    own_file(tmp_path, EVERY_SECURITY_KEY)
    window = kiosk_window(*(["--kiosk"] if flag else []), "--site-settings", str(site))
    assert window.kiosk is not None and not window.close(), f"{damage} in the deployment file unlocked the kiosk"
    assert "history" not in window.side_panels, "the history of every visitor's number opened to the public"
    chosen = window.settings
    assert chosen.hashes_contacts and chosen.idle_timeout_s == 120 and chosen.retention_days == 30
    assert not check_pin(OWN_PIN, chosen.staff_pin_hash), "the kiosk account's PIN closes the kiosk"
    assert str(site) in notice_text(window)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("flag", [False, True], ids=["file only", "flag too"])
def test_a_deployment_file_the_kiosk_account_cannot_read_keeps_it_locked(tmp_path, flag):
    folder = tmp_path / "site"
    site = kiosk_site(folder, "kiosk = true\n")
    site.chmod(0o000)
    own_file(tmp_path, EVERY_SECURITY_KEY)
    found = run_as_kiosk_account(tmp_path, *(["--kiosk"] if flag else []), "--site-settings", str(site))
    assert found["kiosk"] and not found["closes"], "a deployment file it cannot read unlocked the kiosk"
    assert not found["history"], "the history of every visitor's number opened to the public"
    assert found["hashes"] and found["idle"] == 120 and not found["own_pin"]
    assert str(site) in found["notice"]


PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication, QFrame, QLabel
app = QApplication(sys.argv[:1])
from app.main import build_window
window = build_window(sys.argv[1:])
notice = window.findChild(QFrame, "settingsNotice")
from app.core.settings import check_pin
found = {
    "kiosk": window.kiosk is not None, "history": "history" in window.side_panels, "closes": window.close(),
    "hashes": window.settings.hashes_contacts, "idle": window.settings.idle_timeout_s,
    "own_pin": check_pin("135790", window.settings.staff_pin_hash),
    "notice": "\n".join(l.text() for l in notice.findChildren(QLabel)) if notice is not None else "",
}
if window.kiosk is not None:
    window.kiosk.unlocked = True
print(json.dumps(found))
"""


def run_as_kiosk_account(tmp_path: Path, *args: str) -> dict:
    """Build the window in a subprocess that file modes apply to (root without its override of them)."""
    command = [sys.executable, "-c", PROBE, "--data-dir", str(tmp_path / "data"), *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        drop = "-dac_override,-dac_read_search"
        if setpriv is None or subprocess.run([setpriv, f"--bounding-set={drop}", "true"]).returncode:
            pytest.skip("running as root without setpriv: every file is readable")
        command = [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}", *command]
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_an_invalid_contact_key_line_is_never_doubled(kiosk_window, tmp_path):
    site = kiosk_site(tmp_path / "site", 'kiosk = true\ncontact_key = "not a key"\n', key=None)
    user = own_file(tmp_path, 'contact_key = "ABCDEF"\n')
    before_site, before_user = site.read_bytes(), user.read_bytes()
    window = kiosk_window("--site-settings", str(site))
    window.kiosk.unlocked = True
    window.close()  # a file left as it was after one start is left as it was after any number
    assert site.read_bytes() == before_site, "the program rewrote IT's deployment file"
    assert user.read_bytes() == before_user, "the program wrote a key into the kiosk account's file"


# -- finding 5: the contact key in its own file, readable by the kiosk account only, never in the data folder ----


def log_refs(tmp_path: Path) -> list[str]:
    import sqlite3
    from contextlib import closing

    path = tmp_path / "data" / LOG_FILE_NAME
    if not path.exists():
        return []
    with closing(sqlite3.connect(path)) as db:
        return [r[0] for r in db.execute("SELECT contact_ref FROM attempt")]


def record_one_request(qtbot, window) -> None:
    to_contact(qtbot, window, "not_sure", "sms")
    type_into(qtbot, window, "phoneInput", PHONE)
    press(qtbot, window, "nextButton")
    from tests.ui.driver import choose, page_id

    while page_id(window) != "waiting":
        choose(qtbot, window, "not_this")
    press(qtbot, window, "logAttemptButton")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_contact_key_from_its_own_file_hashes_the_log(qtbot, kiosk_window, tmp_path):
    site = kiosk_site(tmp_path / "site", "kiosk = true\n")
    window = kiosk_window("--site-settings", str(site), "--lang", "en")
    record_one_request(qtbot, window)
    assert log_refs(tmp_path) == [ContactRef.phone(PHONE).digest(bytes.fromhex(IT_KEY))], \
        "the log was not hashed with IT's key: yesterday's requests would not be found today"
    assert not any("contact_key" in p.read_text(encoding="utf-8", errors="replace")
                   for p in (tmp_path / "data").rglob("*.toml")), "a key was written into the data folder"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("mode", [0o644, 0o604, 0o660], ids=["0644", "0604", "0660"])
def test_a_key_file_other_accounts_can_read_or_change_is_not_used(qtbot, kiosk_window, tmp_path, mode):
    site = kiosk_site(tmp_path / "site", "kiosk = true\n")
    (tmp_path / "site" / "contact.key").chmod(mode)
    window = kiosk_window("--site-settings", str(site), "--lang", "en")
    assert window.settings.contact_key is None, f"a key file of mode {mode:o} was trusted"
    assert "contact.key" in notice_text(window) and IT_KEY not in notice_text(window)
    record_one_request(qtbot, window)
    assert log_refs(tmp_path) == [], "requests hashed with a key others can read were kept on disk"
    assert window.session.log.in_memory


def test_a_key_file_in_the_data_folder_is_not_used(qtbot, kiosk_window, tmp_path):
    data = tmp_path / "data"
    site = kiosk_site(data, "kiosk = true\n")  # IT tried the deployment file from the data folder itself
    window = kiosk_window("--site-settings", str(site), "--lang", "en")
    assert window.settings.contact_key is None, "the key was trusted beside the log it protects"
    assert "data folder" in notice_text(window)
    assert window.session.log.in_memory


def test_a_kiosk_without_a_key_keeps_requests_in_memory_and_writes_no_key(qtbot, kiosk_window, tmp_path):
    folder = tmp_path / "site"
    site = kiosk_site(folder, "kiosk = true\n", key=None)
    before = snapshot(tmp_path)
    window = kiosk_window("--site-settings", str(site), "--lang", "en")
    assert window.settings.contact_key is None
    shown = notice_text(window)
    assert "contact_key" in shown and "--make-contact-key" in shown
    assert window.findChild(QLabel, "logNoticeText").isVisible(), "the person was not told requests are not kept"
    record_one_request(qtbot, window)
    assert len(window.session.attempts()) == 1, "the visit's own request was not counted"
    assert window.session.attempts()[0].contact is None, "a kiosk kept the number in clear, even in memory"
    window.kiosk.unlocked = True
    window.close()
    after = {k: v for k, v in snapshot(tmp_path).items() if k.startswith("site")}
    assert after == {k: v for k, v in before.items() if k.startswith("site")}, "the program wrote IT's folder"
    assert not (tmp_path / "data" / "settings.toml").exists(), "the program wrote a settings file"
    assert log_refs(tmp_path) == [], "requests hashed with a key nobody keeps were left on disk"


def test_make_contact_key_prints_a_key_the_kiosk_accepts(tmp_path):
    done = subprocess.run([sys.executable, "-m", "app", "--make-contact-key"], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO, timeout=60)
    assert done.returncode == 0, done.stderr
    key = done.stdout.strip()
    assert len(key) == 64 and int(key, 16) >= 0
    assert "contact.key" in done.stderr, "IT was not told where the key goes"
    again = subprocess.run([sys.executable, "-m", "app", "--make-contact-key"], capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO, timeout=60)
    assert again.stdout.strip() != key, "two kiosks would share a key"


def test_hash_pin_refuses_a_pin_shorter_than_six_digits(tmp_path):
    for pin, code in (("2468", 1), ("24681", 1), ("246813", 0)):
        done = subprocess.run([sys.executable, "-m", "app", "--hash-pin"], input=pin + "\n", capture_output=True,
                              text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO, timeout=60)
        assert done.returncode == code, f"--hash-pin with {pin!r}: {done.stderr}"


# -- finding 6: the notice and the error output name the key and the problem, never a secret's value ----------


HASH = it_hash()
SECRETS = {
    "a PIN pasted instead of its hash": ('staff_pin_hash = "246813"\n', "246813"),
    "a PIN as a number": ("staff_pin_hash = 246813\n", "246813"),
    "a mistyped hash": (f'staff_pin_hash = "{HASH[:-1]}X"\n', HASH[40:70]),
    "a key in the settings file": (f'contact_key = "{IT_KEY.upper()}"\n', IT_KEY.upper()[:20]),
    "a key that is too short": ('contact_key = "5e5e5e5e5e"\n', "5e5e5e5e5e"),
}


@pytest.mark.parametrize("case", list(SECRETS))
def test_a_secret_is_never_shown_on_the_public_screen(kiosk_window, tmp_path, capsys, case):
    line, secret = SECRETS[case]
    site = deploy(tmp_path / "site", "kiosk = true\n" + line, key=None)
    window = kiosk_window("--site-settings", str(site))
    shown = notice_text(window)
    key = line.split(" ")[0]
    assert key in shown, f"the notice does not name {key}"
    assert secret not in shown, f"{case}: the public screen shows the secret:\n{shown}"
    assert secret not in capsys.readouterr().err, f"{case}: the error output shows the secret"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_bad_key_file_is_named_without_its_value(kiosk_window, tmp_path, capsys):
    site = kiosk_site(tmp_path / "site", "kiosk = true\n", key=IT_KEY[:-2] + "zz")
    window = kiosk_window("--site-settings", str(site))
    assert window.settings.contact_key is None
    shown = notice_text(window) + capsys.readouterr().err
    assert "contact.key" in shown and IT_KEY[:20] not in shown


# -- finding 7 and 12: the program never writes a settings file, however many copies start -----------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_two_copies_starting_on_a_new_kiosk_write_no_settings(tmp_path):
    folder = tmp_path / "site"
    site = deploy(folder, f'kiosk = true\nstaff_pin_hash = "{it_hash()}"\n', key=None)
    folder.chmod(0o777)  # a deployment folder IT forgot to lock: still the program must not write there
    before = snapshot(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    copies = [subprocess.Popen([sys.executable, "-m", "app", "--site-settings", str(site), "--data-dir",
                                str(tmp_path / "data"), "--screenshot", str(tmp_path / f"shot{n}.png")],
                               env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for n in range(2)]
    for copy in copies:
        _out, err = copy.communicate(timeout=120)
        assert copy.returncode == 0, err
        assert "contact_key" in err, "staff were not told that the kiosk has no contact key"
    after = snapshot(tmp_path)
    written = sorted(set(after) - set(before) - {"shot0.png", "shot1.png"})
    assert [p for p in written if not p.startswith("data/attempts")] == [], f"the program wrote {written}"
    assert {k: v for k, v in after.items() if k in before} == before, "the program changed a settings file"
    assert log_refs(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_program_never_replaces_the_deployment_file(tmp_path):
    folder = tmp_path / "site"
    site = deploy(folder, f'kiosk = true\nstaff_pin_hash = "{it_hash()}"\n', key=None)
    site.chmod(0o444)  # IT's file, in a folder IT forgot to lock
    inode = site.stat().st_ino
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share")}
    done = subprocess.run([sys.executable, "-m", "app", "--site-settings", str(site), "--screenshot",
                           str(tmp_path / "shot.png")], env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert site.stat().st_ino == inode and stat.S_IMODE(site.stat().st_mode) == 0o444, \
        "IT's file was replaced by one the program made"
    assert sorted(p.name for p in folder.iterdir()) == ["settings.toml"]
    written = [p.relative_to(home) for p in home.rglob("*") if p.is_file()]
    assert not any(p.name.endswith(".toml") for p in written), f"the program wrote a settings file: {written}"
