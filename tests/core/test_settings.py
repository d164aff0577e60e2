"""Settings: deployment file, then the person's own file, then flags; a bad value never stops the program."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app.core.settings import (
    DEFAULTS,
    PinThrottle,
    PinVerdict,
    Settings,
    check_pin,
    ensure_contact_key,
    hash_pin,
    key_line,
    load_settings,
    pin_hash_is_well_formed,
    site_settings_file,
    user_settings_file,
)

FAST = 1_000  # iterations: a real hash uses 600,000; the tests only need the format


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def site(tmp_path):
    return tmp_path / "site" / "settings.toml"


@pytest.fixture
def user(tmp_path):
    return tmp_path / "user" / "settings.toml"


def test_no_files_means_every_default(site, user):
    settings, problems = load_settings(site, user)
    assert settings == Settings()
    assert settings.language == "vi" and settings.idle_timeout_s == 120 and settings.wait_minutes == 15
    assert problems == []


def test_user_file_overrides_the_deployment_file_and_flags_override_both(site, user):
    write(site, 'language = "en"\nidle_timeout_s = 90\nprinter = "Front desk"\nhigh_contrast = true\n')
    write(user, "idle_timeout_s = 300\nfont_scale = 125\n")
    settings, problems = load_settings(site, user, {"language": "vi", "high_contrast": None})
    assert problems == []
    assert settings.language == "vi", "the --lang flag did not win over the files"
    assert settings.high_contrast is True, "a flag that was not given (None) replaced the deployment's value"
    assert settings.idle_timeout_s == 300
    assert settings.font_scale == 125
    assert settings.printer == "Front desk"


def test_the_kiosk_flag_turns_kiosk_mode_on(site, user):
    write(site, f'staff_pin_hash = "{hash_pin("2468", iterations=FAST)}"\n')
    settings, problems = load_settings(site, user, {"kiosk": True})
    assert settings.kiosk and problems == []


def test_unknown_key_is_reported_with_file_and_line_and_ignored(site, user):
    write(site, "# kiosk settings\nkiosk = false\n\nidle_timout_s = 60\n")
    settings, problems = load_settings(site, user)
    assert settings == DEFAULTS
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.file, problem.line, problem.key) == (site, 4, "idle_timout_s")
    assert "unknown key" in problem.message
    assert str(problem).startswith(f"{site}:4: idle_timout_s: ")


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('language = "fr"', "language"),
        ('kiosk = "yes"', "kiosk"),
        ("idle_timeout_s = 5", "idle_timeout_s"),
        ("idle_timeout_s = true", "idle_timeout_s"),
        ("idle_timeout_s = 120.5", "idle_timeout_s"),
        ("retention_days = 0", "retention_days"),
        ('staff_pin_hash = "1234"', "staff_pin_hash"),
        ('printer = ""', "printer"),
        ("font_scale = 175", "font_scale"),
        ("font_scale = 1.25", "font_scale"),
        ("high_contrast = 1", "high_contrast"),
        ("wait_minutes = -15", "wait_minutes"),
        ("clear_contacts = 0", "clear_contacts"),
        ('contact_key = "not hex"', "contact_key"),
        ("[kiosk]\nenabled = true", "kiosk"),
    ],
)
def test_a_bad_value_keeps_the_default_and_names_file_line_key(site, user, line, key):
    write(site, f"# IT\n{line}\n")
    settings, problems = load_settings(site, user)
    assert getattr(settings, key) == getattr(DEFAULTS, key), f"{line!r} was used instead of the default"
    assert [(p.file, p.line, p.key) for p in problems] == [(site, 2, key)]


def test_a_bad_value_in_the_user_file_keeps_the_deployment_value(site, user):
    write(site, "idle_timeout_s = 90\n")
    write(user, "idle_timeout_s = 9999\n")
    settings, problems = load_settings(site, user)
    assert settings.idle_timeout_s == 90
    assert [(p.file, p.key) for p in problems] == [(user, "idle_timeout_s")]


def test_broken_toml_ignores_that_file_only_and_says_where(site, user):
    write(site, 'language = "en"\nkiosk = tru\n')
    write(user, "font_scale = 150\n")
    settings, problems = load_settings(site, user)
    assert settings.language == "vi", "a half-read broken file was partly used"
    assert settings.font_scale == 150, "the good user file was dropped with the broken deployment file"
    assert [(p.file, p.line, p.key) for p in problems] == [(site, 2, "(file)")]
    assert "not valid TOML" in problems[0].message


def test_a_file_that_is_not_utf8_is_one_problem(site, user):
    site.parent.mkdir(parents=True)
    site.write_bytes(b'printer = "Qu\xe9\xe9"\n')
    settings, problems = load_settings(site, user)
    assert settings.printer is None
    assert [(p.file, p.key) for p in problems] == [(site, "(file)")]


def test_a_kiosk_account_cannot_unlock_itself_through_its_own_file(site, user):
    stored = hash_pin("2468", iterations=FAST)
    write(site, f'kiosk = true\nstaff_pin_hash = "{stored}"\nidle_timeout_s = 90\n')
    write(user, f'kiosk = false\nstaff_pin_hash = "{hash_pin("0000", iterations=FAST)}"\nfont_scale = 150\n')
    settings, problems = load_settings(site, user, {"kiosk": None})
    assert settings.kiosk is True, "the person's own file turned the kiosk off"
    assert settings.staff_pin_hash == stored, "the person's own file replaced the staff PIN"
    assert settings.font_scale == 150, "a harmless personal setting was refused"
    assert sorted((p.key, p.line) for p in problems) == [("kiosk", 1), ("staff_pin_hash", 2)]


def test_kiosk_without_a_pin_is_reported(site, user):
    write(site, "kiosk = true\n")
    settings, problems = load_settings(site, user)
    assert settings.kiosk
    assert [p.key for p in problems] == ["staff_pin_hash"]


def test_key_line_finds_quoted_dotted_and_table_keys():
    text = 'a = 1\n"printer" = "x"\n  kiosk.x = 1\n[language]\n'
    assert key_line(text, "printer") == 2
    assert key_line(text, "kiosk") == 3
    assert key_line(text, "language") == 4
    assert key_line(text, "font_scale") is None


def test_data_dir_holds_the_user_settings_file(tmp_path):
    assert user_settings_file(tmp_path) == tmp_path / "settings.toml"


# -- contact key ---------------------------------------------------------------------------


def test_contact_key_is_made_once_and_written_to_the_first_writable_file(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    user = write(tmp_path / "user" / "settings.toml", "[display]\nx = 1\n")
    settings, written = ensure_contact_key(DEFAULTS, [blocked / "settings.toml", user])
    assert written == user
    assert settings.contact_key is not None and len(settings.contact_key) == 64
    again, problems = load_settings(None, user)
    assert again.contact_key == settings.contact_key, "the key was not read back: hashes would not match tomorrow"
    assert [p.key for p in problems] == ["display"], "the key landed inside a table or broke the file"
    same, written_again = ensure_contact_key(again, [user])
    assert (same.contact_key, written_again) == (settings.contact_key, None)


# -- staff PIN -------------------------------------------------------------------------------


def test_pin_hash_is_salted_and_never_holds_the_pin():
    first, second = hash_pin("135790", iterations=FAST), hash_pin("135790", iterations=FAST)
    assert first != second, "two hashes of the same PIN were equal: no random salt"
    assert "135790" not in first
    assert first.startswith("pbkdf2_sha256$1000$")
    assert pin_hash_is_well_formed(first)


def test_right_pin_unlocks_and_wrong_or_malformed_do_not():
    stored = hash_pin("2468", iterations=FAST)
    assert check_pin("2468", stored)
    assert not check_pin("2469", stored)
    assert not check_pin("", stored)
    assert not check_pin("2468", None)
    assert not check_pin("2468", stored.replace("pbkdf2_sha256", "md5"))


def test_default_hash_is_strong():
    assert hash_pin("2468").split("$")[1] == "600000"


@pytest.mark.parametrize("pin", ["", "123", "12ab", "1234567890123", "١٢٣٤"])
def test_unusable_pins_are_refused_when_hashing(pin):
    with pytest.raises(ValueError):
        hash_pin(pin, iterations=FAST)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_three_wrong_pins_then_a_wait_that_doubles():
    clock = Clock()
    stored = hash_pin("2468", iterations=FAST)
    throttle = PinThrottle(clock)
    assert [throttle.attempt("0000", stored) for _ in range(3)] == [PinVerdict.REFUSED] * 3
    assert throttle.wait_left() == 30
    assert throttle.attempt("2468", stored) is PinVerdict.THROTTLED, "the right PIN was checked during the wait"
    clock.now += 29
    assert throttle.attempt("2468", stored) is PinVerdict.THROTTLED
    clock.now += 1
    assert throttle.attempt("1111", stored) is PinVerdict.REFUSED
    assert throttle.wait_left() == 60, "the second wait did not double"
    clock.now += 60
    assert throttle.attempt("2468", stored) is PinVerdict.ACCEPTED
    assert throttle.attempt("1111", stored) is PinVerdict.REFUSED, "a right PIN did not clear the count"
    assert throttle.wait_left() == 0


def test_the_wait_is_capped():
    clock = Clock()
    stored = hash_pin("2468", iterations=FAST)
    throttle = PinThrottle(clock)
    for _ in range(40):
        throttle.attempt("0000", stored)
        clock.now += throttle.wait_left()
    throttle.attempt("0000", stored)
    assert throttle.wait_left() == 15 * 60


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_new_deployment_file_stays_readable_by_the_kiosk_account(tmp_path):
    old_umask = os.umask(0o022)
    try:
        site = tmp_path / "site" / "settings.toml"
        ensure_contact_key(DEFAULTS, [site])
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(site.stat().st_mode) == 0o644, "the kiosk's account could not read the deployment file"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_writing_the_key_keeps_the_file_permissions(tmp_path):
    user = write(tmp_path / "settings.toml", "font_scale = 125\n")
    user.chmod(0o600)
    ensure_contact_key(DEFAULTS, [user])
    assert stat.S_IMODE(user.stat().st_mode) == 0o600


def test_mac_deployment_file_is_in_library_even_with_homebrew(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert site_settings_file() == Path("/Library/Application Support/vssid-helper/settings.toml")
