"""The program's settings: a deployment-wide TOML file, then the per-user one, then command-line flags.

A bad value never stops the program: that key keeps its default and the
problem is reported with the file, the line and the key, so that IT can fix
the file. The staff PIN is kept only as a salted PBKDF2 hash.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import shutil
import sys
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.core.paths import APP_NAME

SETTINGS_FILE_NAME = "settings.toml"


@dataclass(frozen=True)
class Settings:
    """Every setting with its default; the TOML key is the field name."""

    language: str = "vi"
    kiosk: bool = False
    idle_timeout_s: int = 120
    retention_days: int = 30
    staff_pin_hash: str | None = None
    printer: str | None = None
    font_scale: int = 100
    high_contrast: bool = False
    wait_minutes: int = 15
    clear_contacts: bool = False
    contact_key: str | None = None
    content_dir: str | None = None

    @property
    def hashes_contacts(self) -> bool:
        """Whether the attempt log keeps contacts only as keyed hashes: on a kiosk, unless told to keep them."""
        return self.kiosk and not self.clear_contacts


DEFAULTS = Settings()


@dataclass(frozen=True)
class SettingsProblem:
    """One setting that could not be used; ``file`` None means the command line."""

    file: Path | None
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = str(self.file) if self.file is not None else "command line"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.key}: {self.message}"


# -- what a good value looks like -------------------------------------------------------

PIN_HASH_SCHEME = "pbkdf2_sha256"
PIN_ITERATIONS = 600_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256
_MAX_ITERATIONS = 10_000_000  # a larger count in a settings file would freeze the PIN dialog
_PIN_HASH = re.compile(rf"^{PIN_HASH_SCHEME}\$(\d+)\$([0-9a-f]{{32,}})\$([0-9a-f]{{64}})$")
_HEX_KEY = re.compile(r"^(?:[0-9a-f]{2}){16,64}$")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _between(low: int, high: int) -> tuple[Callable[[Any], bool], str]:
    return (lambda v: _is_int(v) and low <= v <= high), f"should be a whole number from {low} to {high}"


def _boolean() -> tuple[Callable[[Any], bool], str]:
    return (lambda v: isinstance(v, bool)), "should be true or false"


def _text() -> tuple[Callable[[Any], bool], str]:
    return (lambda v: isinstance(v, str) and v.strip() != ""), "should be non-empty text in quotes"


_RULES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "language": ((lambda v: v in ("vi", "en")), 'should be "vi" or "en"'),
    "kiosk": _boolean(),
    "idle_timeout_s": _between(30, 3600),
    "retention_days": _between(1, 3650),
    "staff_pin_hash": ((lambda v: isinstance(v, str) and pin_hash_is_well_formed(v)),
                       "is not a hash made by `vssid-helper --hash-pin`"),
    "printer": _text(),
    "font_scale": ((lambda v: _is_int(v) and v in (100, 125, 150)), "should be 100, 125 or 150"),
    "high_contrast": _boolean(),
    "wait_minutes": _between(1, 240),
    "clear_contacts": _boolean(),
    "contact_key": ((lambda v: isinstance(v, str) and _HEX_KEY.match(v) is not None),
                    "should be 32 to 128 lowercase hexadecimal digits"),
    "content_dir": _text(),
}
assert set(_RULES) == {f.name for f in fields(Settings)}

# When the deployment file turns kiosk mode on, only it may set these: the kiosk's account can write its own file.
KIOSK_LOCKED = frozenset({"kiosk", "staff_pin_hash", "idle_timeout_s", "retention_days", "clear_contacts"})


# -- where the files are -----------------------------------------------------------------


def site_settings_file() -> Path:
    """The deployment-wide settings file that IT pushes (e.g. /etc/xdg/…, C:\\ProgramData\\…)."""
    if sys.platform == "darwin":
        # platformdirs would put a Homebrew prefix first: a folder the Homebrew user can write.
        return Path("/Library/Application Support") / APP_NAME / SETTINGS_FILE_NAME
    from platformdirs import site_config_dir

    return Path(site_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE_NAME


def user_settings_file(data_dir: Path | None = None) -> Path:
    """The per-user settings file; with ``--data-dir DIR`` it is DIR/settings.toml."""
    if data_dir is not None:
        return Path(data_dir) / SETTINGS_FILE_NAME
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE_NAME


# -- reading ------------------------------------------------------------------------------


def key_line(text: str, key: str) -> int | None:
    """The 1-based line where ``key`` is set (``key =``, ``"key" =``, ``[key]``, ``key.x =``), or None."""
    pattern = re.compile(rf"""^\s*(?:\[\s*)?["']?{re.escape(key)}["']?\s*[=.\]]""")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None


def _decode_error_line(exc: tomllib.TOMLDecodeError, text: str) -> int | None:
    lineno = getattr(exc, "lineno", None)  # Python 3.14 and later
    if isinstance(lineno, int):
        return lineno
    found = re.search(r"at line (\d+)", str(exc))
    if found:
        return int(found.group(1))
    if "end of document" in str(exc):
        return max(1, len(text.splitlines()))
    return None


def _read_file(file: Path) -> tuple[dict[str, Any], str, list[SettingsProblem]]:
    """The file's table and text; a missing file is simply empty, an unreadable one is one problem."""
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, "", []
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        return {}, "", [SettingsProblem(file, None, "(file)", f"cannot be read ({reason}); the whole file is ignored")]
    try:
        return tomllib.loads(text), text, []
    except tomllib.TOMLDecodeError as exc:
        message = f"not valid TOML ({exc}); the whole file is ignored"
        return {}, text, [SettingsProblem(file, _decode_error_line(exc, text), "(file)", message)]


def _describe(value: Any) -> str:
    return repr(value) if not isinstance(value, bool) else str(value).lower()


def _check(values: Mapping[str, Any], file: Path | None, text: str) -> tuple[dict[str, Any], list[SettingsProblem]]:
    good: dict[str, Any] = {}
    problems = []
    for key, value in values.items():
        line = key_line(text, key) if text else None
        if key not in _RULES:
            known = ", ".join(_RULES)
            problems.append(SettingsProblem(file, line, key, f"unknown key, ignored (known keys: {known})"))
            continue
        ok, expected = _RULES[key]
        if not ok(value):
            default = getattr(DEFAULTS, key)
            shown = "none" if default is None else _describe(default)
            problems.append(SettingsProblem(file, line, key, f"{_describe(value)} {expected}; using {shown}"))
            continue
        good[key] = value.strip() if isinstance(value, str) else value
    return good, problems


def load_settings(
    site_file: Path | None,
    user_file: Path | None,
    overrides: Mapping[str, Any] | None = None,
) -> tuple[Settings, list[SettingsProblem]]:
    """Read the deployment file, then the per-user file, then ``overrides`` (the flags); later wins.

    When the deployment file turns kiosk mode on, the per-user file cannot change
    the keys in ``KIOSK_LOCKED`` (the flags cannot turn kiosk mode off either). Never raises for a bad file or value: each problem is returned, and the
    setting concerned keeps the value from an earlier source or its default.
    """
    merged: dict[str, Any] = {}
    problems: list[SettingsProblem] = []
    for file in (site_file, user_file):
        if file is None:
            continue
        values, text, read_problems = _read_file(file)
        problems += read_problems
        good, bad = _check(values, file, text)
        if file is user_file and merged.get("kiosk") is True:
            for key in sorted(KIOSK_LOCKED & good.keys()):
                del good[key]
                problems.append(SettingsProblem(file, key_line(text, key), key,
                                                "ignored: on a kiosk only the deployment settings file sets this"))
        merged.update(good)
        problems += bad
    good, bad = _check({k: v for k, v in (overrides or {}).items() if v is not None}, None, "")
    merged.update(good)
    problems += bad
    settings = replace(DEFAULTS, **merged)
    if settings.kiosk and settings.staff_pin_hash is None:
        problems.append(SettingsProblem(
            None, None, "staff_pin_hash",
            "kiosk mode is on but no staff PIN is set: staff cannot close the kiosk from the program "
            "(make one with `vssid-helper --hash-pin`)",
        ))
    return settings, problems


# -- the key that turns contacts into keyed hashes on a kiosk -------------------------------


def _write_with_line(file: Path, line: str) -> None:
    """Put ``line`` at the top of ``file`` (before any table), replacing the file in one step.

    A new file gets the usual permissions (a deployment file must stay readable
    by the kiosk's account); an existing one keeps its own.
    """
    file.parent.mkdir(parents=True, exist_ok=True)
    try:
        old = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        old = ""
    tmp = file.with_name(f".{file.name}.{secrets.token_hex(4)}.tmp")
    try:
        with tmp.open("x", encoding="utf-8") as out:
            out.write(line + "\n" + old)
            out.flush()
            os.fsync(out.fileno())
        if file.exists():
            shutil.copymode(file, tmp)
        os.replace(tmp, file)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def ensure_contact_key(settings: Settings, files: list[Path]) -> tuple[Settings, Path | None]:
    """Make sure a ``contact_key`` exists; a new one is saved in the first of ``files`` that can be written.

    Returns the settings with the key and the file it was written to (None when
    it already existed, or when no file could be written: then the key lasts
    only for this run and keyed hashes of contacts will not match across runs).
    """
    if settings.contact_key is not None:
        return settings, None
    key = secrets.token_hex(32)
    settings = replace(settings, contact_key=key)
    for file in files:
        try:
            _write_with_line(file, f'contact_key = "{key}"')
        except OSError:
            continue
        return settings, file
    return settings, None


# -- the staff PIN ---------------------------------------------------------------------------

PIN_DIGITS = (4, 12)


def pin_is_acceptable(pin: str) -> bool:
    """A staff PIN is 4 to 12 digits: it is typed on the kiosk's numeric keypad."""
    return pin.isascii() and pin.isdigit() and PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]


def hash_pin(pin: str, *, iterations: int = PIN_ITERATIONS, salt: bytes | None = None) -> str:
    """Return ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` for ``pin``, with a random salt."""
    if not pin_is_acceptable(pin):
        raise ValueError(f"a staff PIN is {PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits")
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"{PIN_HASH_SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def pin_hash_is_well_formed(stored: str) -> bool:
    """Whether ``stored`` looks like a hash made by :func:`hash_pin` with a sane iteration count."""
    found = _PIN_HASH.match(stored.strip())
    return found is not None and 1 <= int(found.group(1)) <= _MAX_ITERATIONS


def check_pin(pin: str, stored: str | None) -> bool:
    """Whether ``pin`` matches the stored hash; compares in constant time; False for a malformed hash."""
    if stored is None or not pin_hash_is_well_formed(stored):
        return False
    _, iterations, salt, expected = stored.strip().split("$")
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(digest.hex(), expected)


class PinVerdict(StrEnum):
    ACCEPTED = "accepted"
    REFUSED = "refused"  # wrong PIN
    THROTTLED = "throttled"  # not even checked: too many wrong PINs, wait first


@dataclass
class PinThrottle:
    """Slows down guessing: after ``free_tries`` wrong PINs, a wait that doubles with each further miss.

    ``clock`` returns seconds (monotonic); tests pass their own.
    """

    clock: Callable[[], float] = time.monotonic
    free_tries: int = 3
    first_wait_s: float = 30.0
    longest_wait_s: float = 15 * 60.0
    misses: int = 0
    _locked_until: float = field(default=float("-inf"), repr=False)

    def wait_left(self) -> float:
        """Seconds before another PIN may be tried; 0 when one may be tried now."""
        return max(0.0, self._locked_until - self.clock())

    def attempt(self, pin: str, stored: str | None) -> PinVerdict:
        """Try ``pin`` against ``stored``, unless a wait is running."""
        if self.wait_left() > 0:
            return PinVerdict.THROTTLED
        if check_pin(pin, stored):
            self.misses = 0
            self._locked_until = float("-inf")
            return PinVerdict.ACCEPTED
        self.misses += 1
        if self.misses >= self.free_tries:
            doublings = self.misses - self.free_tries
            wait = min(self.longest_wait_s, self.first_wait_s * 2 ** min(doublings, 32))
            self._locked_until = self.clock() + wait
        return PinVerdict.REFUSED
