"""Settings: deployment file, then the person's own file, then flags; a bad value never stops the program."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app.core.settings import (
    DEFAULTS,
    PinThrottle,
    PinVerdict,
    Settings,
    check_pin,
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
    write(site, f'staff_pin_hash = "{hash_pin("246813", iterations=FAST)}"\n')
    key_file_beside(site, "ab" * 32)
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
        ("[high_contrast]\nenabled = true", "high_contrast"),
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
    write(site, 'language = "en"\nhigh_contrast = tru\n')
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
    stored = hash_pin("246813", iterations=FAST)
    write(site, f'kiosk = true\nstaff_pin_hash = "{stored}"\nidle_timeout_s = 90\n')
    write(user, f'kiosk = false\nstaff_pin_hash = "{hash_pin("000000", iterations=FAST)}"\nfont_scale = 150\n')
    key_file_beside(site, "ab" * 32)
    settings, problems = load_settings(site, user, {"kiosk": None})
    assert settings.kiosk is True, "the person's own file turned the kiosk off"
    assert settings.staff_pin_hash == stored, "the person's own file replaced the staff PIN"
    assert settings.font_scale == 150, "a harmless personal setting was refused"
    assert [(p.file, p.key, p.line) for p in problems] == [(user, "kiosk, staff_pin_hash", 1)]


def test_kiosk_without_a_pin_is_reported(site, user):
    write(site, "kiosk = true\n")
    key_file_beside(site, "ab" * 32)
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


def key_file_beside(site: Path, text: str, mode: int = 0o640) -> Path:
    key = site.parent / "contact.key"
    write(key, text)
    if os.name == "posix":
        key.chmod(mode)
    return key


def test_a_kiosk_reads_its_contact_key_from_the_file_beside_the_deployment_file(site, user):
    write(site, "kiosk = true\n")
    key_file_beside(site, "AB" * 32 + "\n")
    settings, problems = load_settings(site, user)
    assert settings.contact_key == "ab" * 32
    assert [p.key for p in problems] == ["staff_pin_hash"]


def test_a_contact_key_in_a_settings_file_is_refused_without_showing_it(site, user):
    write(site, f'kiosk = true\ncontact_key = "{"cd" * 32}"\n')
    write(user, f'contact_key = "{"ef" * 32}"\n')
    settings, problems = load_settings(site, user)
    assert settings.contact_key is None
    refused = [p for p in problems if p.key == "contact_key" and p.file in (site, user)]
    assert [(p.file, p.line) for p in refused] == [(site, 2), (user, 1)]
    assert not any("cd" * 8 in str(p) or "ef" * 8 in str(p) for p in problems)


def test_a_counter_pc_needs_no_contact_key(site, user):
    settings, problems = load_settings(site, user)
    assert settings.contact_key is None and problems == []


def test_a_kiosk_that_keeps_contacts_in_clear_needs_no_key(site, user):
    write(site, "kiosk = true\nclear_contacts = true\n")
    settings, problems = load_settings(site, user)
    assert not settings.hashes_contacts and [p.key for p in problems] == ["staff_pin_hash"]


@pytest.mark.parametrize(("text", "why"), [
    (None, "no key file"), ("", "64 hexadecimal"), ("12345", "64 hexadecimal"), ("zz" * 32, "64 hexadecimal"),
])
def test_a_missing_or_bad_key_file_means_no_key_and_says_why(site, user, text, why):
    write(site, "kiosk = true\n")
    if text is not None:
        key_file_beside(site, text)
    settings, problems = load_settings(site, user)
    assert settings.contact_key is None
    [problem] = [p for p in problems if p.key == "contact_key"]
    assert why in problem.message and "in memory only" in problem.message
    assert problem.file == site.parent / "contact.key"


def test_the_secrets_stay_out_of_a_printed_settings(site, user):
    write(site, f'kiosk = true\nstaff_pin_hash = "{hash_pin("246813", iterations=FAST)}"\n')
    key_file_beside(site, "ab" * 32)
    settings, _ = load_settings(site, user)
    assert "abab" not in repr(settings) and "pbkdf2" not in repr(settings)


@pytest.mark.parametrize("text", [
    'kiosk = true\nlanguage = "en\n',
    'kiosk = "yes"\n',
    "kiosk = 1\n",
    "kiosk = tru\n",
])
def test_a_deployment_file_that_mentions_a_kiosk_and_cannot_be_understood_makes_one(site, user, text):
    write(site, text)
    write(user, "idle_timeout_s = 3600\n")
    settings, problems = load_settings(site, user)
    assert settings.kiosk, f"{text!r} made a counter PC"
    assert settings.idle_timeout_s == 120
    assert any(p.file == site for p in problems)


def test_a_deployment_file_saved_with_a_byte_order_mark_is_read(site, user):
    write(site, '\ufeffkiosk = true\nlanguage = "en"\n')
    settings, _ = load_settings(site, user)
    assert settings.kiosk and settings.language == "en"


@pytest.mark.parametrize("text", ['language = "en\n', "kiosk = false\nlanguage = 1\n", "[kiosk\n"])
def test_a_broken_deployment_file_without_kiosk_stays_a_counter_pc(site, user, text):
    write(site, text)
    settings, _ = load_settings(site, user)
    assert not settings.kiosk


# -- staff PIN -------------------------------------------------------------------------------


def test_pin_hash_is_salted_and_never_holds_the_pin():
    first, second = hash_pin("135790", iterations=FAST), hash_pin("135790", iterations=FAST)
    assert first != second, "two hashes of the same PIN were equal: no random salt"
    assert "135790" not in first
    assert first.startswith("pbkdf2_sha256$1000$")
    assert pin_hash_is_well_formed(first)


def test_right_pin_unlocks_and_wrong_or_malformed_do_not():
    stored = hash_pin("246813", iterations=FAST)
    assert check_pin("246813", stored)
    assert not check_pin("246814", stored)
    assert not check_pin("", stored)
    assert not check_pin("246813", None)
    assert not check_pin("246813", stored.replace("pbkdf2_sha256", "md5"))


def test_default_hash_is_strong():
    assert hash_pin("246813").split("$")[1] == "600000"


@pytest.mark.parametrize("pin", ["", "123", "2468", "24681", "12ab56", "1234567890123", "١٢٣٤٥٦"])
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
    stored = hash_pin("246813", iterations=FAST)
    throttle = PinThrottle(clock)
    assert [throttle.attempt("000000", stored) for _ in range(3)] == [PinVerdict.REFUSED] * 3
    assert throttle.wait_left() == 30
    assert throttle.attempt("246813", stored) is PinVerdict.THROTTLED, "the right PIN was checked during the wait"
    clock.now += 29
    assert throttle.attempt("246813", stored) is PinVerdict.THROTTLED
    clock.now += 1
    assert throttle.attempt("111111", stored) is PinVerdict.REFUSED
    assert throttle.wait_left() == 60, "the second wait did not double"
    clock.now += 60
    assert throttle.attempt("246813", stored) is PinVerdict.ACCEPTED
    assert throttle.attempt("111111", stored) is PinVerdict.REFUSED, "a right PIN did not clear the count"
    assert throttle.wait_left() == 0


def test_the_wait_is_capped():
    clock = Clock()
    stored = hash_pin("246813", iterations=FAST)
    throttle = PinThrottle(clock)
    for _ in range(40):
        throttle.attempt("000000", stored)
        clock.now += throttle.wait_left()
    throttle.attempt("000000", stored)
    assert throttle.wait_left() == 15 * 60


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_loading_the_settings_writes_nothing(tmp_path):
    site = write(tmp_path / "site" / "settings.toml", "kiosk = true\n")
    user = write(tmp_path / "user" / "settings.toml", "font_scale = 125\n")
    before = {p: (p.read_bytes(), p.stat().st_mode) for p in tmp_path.rglob("*") if p.is_file()}
    load_settings(site, user, {"kiosk": True})
    assert {p: (p.read_bytes(), p.stat().st_mode) for p in tmp_path.rglob("*") if p.is_file()} == before


def test_mac_deployment_file_is_in_library_even_with_homebrew(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert site_settings_file() == Path("/Library/Application Support/vssid-helper/settings.toml")
