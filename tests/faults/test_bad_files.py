"""Bad files in the data folder: the program still starts, says what happened, and keeps the bad file.

The attempt log (replaced by garbage, cut short, a folder in its place, a read-only data
folder) is checked through ``AttemptLog.open`` and through the real window; the settings
files (deployment file and per-user file with broken TOML, wrong types, unknown keys, bytes
that are not UTF-8, a folder in their place) through the real window.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFrame, QLabel

from app.core.attempts import LOG_FILE_NAME, Action, AttemptLog, Channel, LogNotice
from app.core.contact import ContactRef
from app.core.settings import SETTINGS_FILE_NAME
from tests.ui.driver import button, choose, page_id, press, to_contact, type_into

PHONE = "0912 345 678"
PHONE_REF = ContactRef.parse(PHONE)
GARBAGE = bytes(range(256)) * 40  # not text either: what a broken disk or a wrong copy leaves


def snapshot(path: Path) -> dict[str, bytes]:
    """Every file under ``path`` (or ``path`` itself) with its bytes: to show nothing was changed."""
    if path.is_file():
        return {path.name: path.read_bytes()}
    return {str(p.relative_to(path)): p.read_bytes() if p.is_file() else b"<folder>" for p in sorted(path.rglob("*"))}


def moved_aside(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".damaged-" in p.name and p.suffix == ".sqlite3")


def log_over_many_pages(folder: Path) -> None:
    """A log of 512 attempts (a month at a busy counter), written in one go rather than 512 commits."""
    with AttemptLog.open(folder) as log:
        log.record(PHONE_REF, Channel.SMS, Action.REGISTRATION)
    with closing(sqlite3.connect(folder / LOG_FILE_NAME)) as conn, conn:
        for _ in range(9):
            conn.execute(
                "INSERT INTO attempt(at, channel, contact_ref, contact, action) "
                "SELECT at, channel, contact_ref, contact, action FROM attempt"
            )
    assert not (folder / f"{LOG_FILE_NAME}-wal").exists(), "the rows are not all in the main file"


# -- the attempt log, as the program opens it ------------------------------------------------------


def test_a_log_replaced_by_garbage_is_kept_aside_and_a_new_log_saves(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / LOG_FILE_NAME).write_bytes(GARBAGE)
    with AttemptLog.open(folder) as log:
        assert log.notice is LogNotice.MOVED_ASIDE_CORRUPT, "the person was not told the log was damaged"
        made = log.record(PHONE_REF, Channel.SMS, Action.FORGOT_PASSWORD)
        aside = log.moved_aside
    assert moved_aside(folder) == [aside]
    assert aside.read_bytes() == GARBAGE, "the damaged file was not kept as it was"
    with AttemptLog.open(folder) as log:
        assert log.notice is None and log.attempts_for(PHONE_REF) == [made], "the new log did not keep the attempt"


@pytest.mark.parametrize("keep", ["half", "half and a bit", "the header only"])
def test_a_truncated_log_is_kept_aside_and_a_new_log_saves(tmp_path, keep):
    folder = tmp_path / "data"
    log_over_many_pages(folder)
    path = folder / LOG_FILE_NAME
    whole = path.read_bytes()
    assert len(whole) > 8 * 4096
    size = {"half": len(whole) // 2, "half and a bit": len(whole) // 2 + 1234, "the header only": 100}[keep]
    cut = whole[:size]
    path.write_bytes(cut)
    with AttemptLog.open(folder) as log:
        assert log.notice is LogNotice.MOVED_ASIDE_CORRUPT, f"a log cut to {keep} was opened with {log.notice}"
        assert not log.in_memory
        made = log.record(PHONE_REF, Channel.SMS, Action.FORGOT_PASSWORD)
        assert log.attempts_for(PHONE_REF) == [made]
        aside = log.moved_aside
    assert aside is not None and aside.read_bytes() == cut, "the truncated file was not kept as it was"
    with AttemptLog.open(folder) as log:
        assert log.count() == 1 and log.notice is None


def test_a_folder_in_place_of_the_log_is_left_alone_and_attempts_kept_in_memory(tmp_path):
    folder = tmp_path / "data"
    in_the_way = folder / LOG_FILE_NAME
    in_the_way.mkdir(parents=True)
    (in_the_way / "someone's notes.txt").write_text("không được xóa", encoding="utf-8")
    before = snapshot(folder)
    with AttemptLog.open(folder) as log:
        assert log.notice is LogNotice.NOT_SAVED, "the person was not told the attempts cannot be saved"
        assert log.in_memory
        made = log.record(PHONE_REF, Channel.SMS, Action.FORGOT_PASSWORD)
        assert log.last_attempt(PHONE_REF) == made, "the countdown could not use the attempt just made"
    assert snapshot(folder) == before, "the folder in the log's place was changed"


def test_a_read_only_data_folder_keeps_earlier_attempts_and_the_session_in_memory(tmp_path, read_only):
    folder = tmp_path / "data"
    with AttemptLog.open(folder) as log:
        earlier = log.record(PHONE_REF, Channel.SMS, Action.REGISTRATION)
    before = snapshot(folder)
    read_only(folder)
    with AttemptLog.open(folder) as log:
        assert log.notice is LogNotice.NOT_SAVED, "the person was not told the attempts cannot be saved"
        assert log.in_memory
        assert log.attempts_for(PHONE_REF) == [earlier], "the attempts saved before were not shown"
        now = log.record(PHONE_REF, Channel.SMS, Action.FORGOT_PASSWORD)
        assert log.last_attempt(PHONE_REF) == now
    assert snapshot(folder) == before, "a read-only data folder was written to"


# -- settings files, through the real window ---------------------------------------------------

BAD_SETTINGS: dict[str, bytes] = {
    "bad TOML": b'language = "en"\nfont_scale = \n[kiosk\n',
    "wrong types": b'font_scale = "big"\nhigh_contrast = "yes"\nidle_timeout_s = 12.5\nretention_days = [30]\n',
    "unknown keys": b'languge = "en"\nfontscale = 125\n[colours]\nbackground = "red"\n',
    "saved as UTF-16 by Notepad": 'language = "vi"\n# ghi chú của phòng IT\n'.encode("utf-16"),
    "an empty value": b'printer = "   "\nlanguage = ""\n',
}


def settings_notice_text(window) -> str:
    notice = window.findChild(QFrame, "settingsNotice")
    assert notice is not None and notice.isVisible(), "the window did not say the settings could not be used"
    return "\n".join(label.text() for label in notice.findChildren(QLabel))


def assert_started(window) -> None:
    assert window.isVisible() and page_id(window) == "welcome", "the program did not open on its first page"
    assert button(window, "nextButton").isEnabled(), "the first page could not be left"


@pytest.mark.parametrize("which", ["deployment file", "per-user file"])
@pytest.mark.parametrize("kind", list(BAD_SETTINGS))
def test_a_bad_settings_file_is_named_on_screen_and_kept(make_window, tmp_path, capsys, which, kind):
    data = tmp_path / "data"
    data.mkdir()
    site = tmp_path / "site" / SETTINGS_FILE_NAME
    site.parent.mkdir()
    bad = site if which == "deployment file" else data / SETTINGS_FILE_NAME
    bad.write_bytes(BAD_SETTINGS[kind])
    window = make_window("--site-settings", str(site))
    assert_started(window)
    shown = settings_notice_text(window)
    assert str(bad) in shown, f"the notice does not name {bad}:\n{shown}"
    assert str(bad) in capsys.readouterr().err, "the error output does not name the bad file"
    assert bad.read_bytes() == BAD_SETTINGS[kind], "the bad settings file was changed"


@pytest.mark.parametrize("which", ["deployment file", "per-user file"])
def test_a_folder_in_place_of_a_settings_file_is_named_and_left_alone(make_window, tmp_path, which):
    data = tmp_path / "data"
    site = tmp_path / "site" / SETTINGS_FILE_NAME
    bad = site if which == "deployment file" else data / SETTINGS_FILE_NAME
    bad.mkdir(parents=True)
    (bad / "readme.txt").write_text("in the way", encoding="utf-8")
    before = snapshot(bad)
    window = make_window("--site-settings", str(site))
    assert_started(window)
    assert str(bad) in settings_notice_text(window)
    assert bad.is_dir() and snapshot(bad) == before, "the folder in the settings file's place was changed"


def test_a_good_deployment_file_still_applies_when_the_user_file_is_broken(make_window, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    site = tmp_path / "site.toml"
    site.write_text('language = "en"\n', encoding="utf-8")
    (data / SETTINGS_FILE_NAME).write_bytes(BAD_SETTINGS["bad TOML"])
    window = make_window("--site-settings", str(site))
    assert button(window, "nextButton").text() == "Start", "a broken per-user file undid the deployment file"
    assert str(data / SETTINGS_FILE_NAME) in settings_notice_text(window)


# -- the attempt log, through the real window ------------------------------------------------------


def to_waiting(qtbot, window, phone: str) -> None:
    """Walk as a person does: contact typed, every reason before the waiting page ruled out."""
    to_contact(qtbot, window, "not_sure", "sms")
    type_into(qtbot, window, "phoneInput", phone)
    press(qtbot, window, "nextButton")
    while page_id(window) != "waiting":
        choose(qtbot, window, "not_this")


def log_notice_text(window) -> str:
    notice = window.findChild(QLabel, "logNoticeText")
    assert notice is not None and notice.isVisible(), "the person was not told about the record of requests"
    text = notice.text().strip()
    assert text and "\n" not in text and len(text) < 200, f"the notice is not a short plain text: {text!r}"
    return text


def record_one_request(qtbot, window) -> None:
    """Press "I asked for the password just now" on the waiting page; the request must be listed."""
    to_waiting(qtbot, window, PHONE)
    before = len(window.session.attempts())
    press(qtbot, window, "logAttemptButton")
    assert len(window.session.attempts()) == before + 1, "the request was not recorded"
    assert window.findChild(QLabel, "attemptList").isVisible(), "the recorded request is not listed"


def damaged_log(folder: Path, kind: str) -> bytes:
    """Put a damaged log in ``folder``; returns its bytes."""
    if kind == "garbage":
        folder.mkdir()
        (folder / LOG_FILE_NAME).write_bytes(GARBAGE)
    else:
        log_over_many_pages(folder)
        path = folder / LOG_FILE_NAME
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return (folder / LOG_FILE_NAME).read_bytes()


@pytest.mark.parametrize("kind", ["garbage", "truncated to half"])
def test_the_program_opens_on_a_damaged_log_says_so_and_keeps_it_aside(qtbot, make_window, tmp_path, kind):
    data = tmp_path / "data"
    bad = damaged_log(data, kind)
    window = make_window("--lang", "en")
    assert_started(window)
    assert "damaged" in log_notice_text(window)
    [aside] = moved_aside(data)
    assert aside.read_bytes() == bad, "the damaged record was not kept as it was"
    record_one_request(qtbot, window)
    with AttemptLog.open(data) as again:
        assert again.notice is None and again.count() == 1, "the new record did not save the request on disk"
    assert moved_aside(data) == [aside] and aside.read_bytes() == bad


def test_the_program_opens_with_a_folder_in_place_of_the_log_and_leaves_it(qtbot, make_window, tmp_path):
    data = tmp_path / "data"
    in_the_way = data / LOG_FILE_NAME
    in_the_way.mkdir(parents=True)
    (in_the_way / "notes.txt").write_text("không được xóa", encoding="utf-8")
    before = snapshot(data)
    window = make_window("--lang", "en")
    assert_started(window)
    assert "cannot be saved" in log_notice_text(window)
    record_one_request(qtbot, window)
    assert window.session.log.in_memory
    assert snapshot(data) == before, "the folder in the log's place was changed"


def test_the_program_opens_on_a_read_only_data_folder(qtbot, make_window, tmp_path, read_only):
    data = tmp_path / "data"
    with AttemptLog.open(data) as log:
        earlier = log.record(PHONE_REF, Channel.SMS, Action.REGISTRATION)
    (data / SETTINGS_FILE_NAME).write_text('language = "en"\n', encoding="utf-8")
    before = snapshot(data)
    read_only(data)
    window = make_window()
    assert_started(window)
    assert button(window, "nextButton").text() == "Start", "the settings in a read-only folder were not read"
    assert "cannot be saved" in log_notice_text(window)
    assert window.findChild(QFrame, "settingsNotice") is None, "good settings were reported as a problem"
    record_one_request(qtbot, window)
    assert [a.id for a in window.session.attempts()][-1] == earlier.id, "the request saved before was not shown"
    assert snapshot(data) == before, "a read-only data folder was written to"


def test_the_notice_can_be_hidden_and_the_wizard_goes_on(qtbot, make_window, tmp_path):
    damaged_log(tmp_path / "data", "garbage")
    window = make_window("--lang", "en")
    log_notice_text(window)
    press(qtbot, window, "logNoticeClose")
    assert not window.findChild(QLabel, "logNoticeText").isVisible()
    press(qtbot, window, "nextButton")
    assert page_id(window) == "registration"
