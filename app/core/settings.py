"""The program's settings: a deployment-wide TOML file, then the per-user one, then command-line flags.

A bad value never stops the program: that key keeps its default and the
problem is reported with the file, the line and the key, so that IT can fix
the file. The staff PIN is kept only as a salted PBKDF2 hash. On a kiosk the
security keys come from the deployment only, and a deployment file that cannot
be used keeps the kiosk locked (docs/kiosk.md). The program never writes a
settings file.
"""

from __future__ import annotations

import os
import re
import stat
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
CONTACT_KEY_FILE_NAME = "contact.key"


@dataclass(frozen=True)
class Settings:
    """Every setting with its default; the TOML key is the field name."""

    language: str = "vi"
    kiosk: bool = False
    idle_timeout_s: int = 120
    retention_days: int = 30
    staff_pin_hash: str | None = field(default=None, repr=False)  # secrets stay out of any printed Settings
    printer: str | None = None
    font_scale: int = 100
    high_contrast: bool = False
    wait_minutes: int = 15
    clear_contacts: bool = False
    contact_key: str | None = field(default=None, repr=False)  # read from its own file (contact_key_file)
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
_HEX_KEY = re.compile(r"^(?:[0-9a-fA-F]{2}){16,64}$")


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
                    "is not a key made by `vssid-helper --make-contact-key` (64 hexadecimal digits)"),
    "content_dir": _text(),
}
assert set(_RULES) == {f.name for f in fields(Settings)}

# On a kiosk only the deployment sets these: the kiosk's account can write its own file (content_dir chooses
# the texts strangers read). By name, so a version without one of these keys still locks the rest.
KIOSK_LOCKED = frozenset({"kiosk", "staff_pin_hash", "idle_timeout_s", "retention_days", "clear_contacts",
                          "contact_key", "printer", "content_dir"})
# Their values are never shown: the settings notice is on a public screen.
SECRET_KEYS = frozenset({"staff_pin_hash", "contact_key"})


# -- where the files are -----------------------------------------------------------------


def site_settings_file() -> Path:
    """The deployment-wide settings file that IT pushes (e.g. /etc/xdg/…, C:\\ProgramData\\…)."""
    if sys.platform == "darwin":
        # platformdirs would put a Homebrew prefix first: a folder the Homebrew user can write.
        return Path("/Library/Application Support") / APP_NAME / SETTINGS_FILE_NAME
    from platformdirs import site_config_dir

    return Path(site_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE_NAME


def contact_key_file(site_file: Path) -> Path:
    """The contact key's own file, beside the deployment file: IT writes it, only the kiosk account reads it."""
    return site_file.parent / CONTACT_KEY_FILE_NAME


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


@dataclass(frozen=True)
class _File:
    """One settings file as read: its table, its text (for line numbers), and whether it could be used."""

    values: dict[str, Any]
    text: str
    problems: list[SettingsProblem]
    state: str  # "missing", "read", "unreadable" (cannot be opened), "invalid" (not UTF-8 or not TOML)


def _lenient_text(raw: bytes) -> str:
    """The text of a file that is not UTF-8, as far as it can be made out (Notepad saves UTF-16)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    return raw.decode("utf-8", errors="replace")


def _read_file(file: Path | None) -> _File:
    """The file's table and text; a missing file is simply empty, an unusable one is one problem."""
    if file is None:
        return _File({}, "", [], "missing")
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        return _File({}, "", [], "missing")
    except OSError as exc:
        problem = SettingsProblem(file, None, "(file)", f"cannot be read ({exc.strerror}); the whole file is ignored")
        return _File({}, "", [problem], "unreadable")
    try:
        text = raw.decode("utf-8-sig")  # Notepad's "UTF-8 with BOM" is UTF-8 too
    except UnicodeDecodeError:
        problem = SettingsProblem(file, None, "(file)", "cannot be read (not UTF-8 text); the whole file is ignored")
        return _File({}, _lenient_text(raw), [problem], "invalid")
    try:
        return _File(tomllib.loads(text), text, [], "read")
    except tomllib.TOMLDecodeError as exc:
        message = f"not valid TOML ({exc}); the whole file is ignored"
        return _File({}, text, [SettingsProblem(file, _decode_error_line(exc, text), "(file)", message)], "invalid")


_KIOSK_LINE = re.compile(r"""^\s*["']?kiosk["']?\s*=\s*([^#\r\n]*)""", re.MULTILINE)


def _deployment_says_kiosk(site: _File) -> bool:
    """Whether the deployment file makes a kiosk; when it cannot be understood, it does (fail closed).

    A file that cannot be opened might say ``kiosk = true``; one that is not TOML does when a
    line sets ``kiosk`` to anything but ``false``; so does a value that is not true or false.
    """
    if site.state == "unreadable":
        return True
    if site.state == "invalid":
        return any(value.strip() != "false" for value in _KIOSK_LINE.findall(site.text))
    value = site.values.get("kiosk", False)
    return value is not False


def _describe(value: Any) -> str:
    return repr(value) if not isinstance(value, bool) else str(value).lower()


def _looks_like_a_pin(value: Any) -> bool:
    return str(value).strip().isdigit()


def _check(values: Mapping[str, Any], file: Path | None, text: str) -> tuple[dict[str, Any], list[SettingsProblem]]:
    good: dict[str, Any] = {}
    problems = []
    for key, value in values.items():
        line = key_line(text, key) if text else None
        if key not in _RULES:
            known = ", ".join(k for k in _RULES if k != "contact_key")
            problems.append(SettingsProblem(file, line, key, f"unknown key, ignored (known keys: {known})"))
            continue
        if key == "contact_key":
            problems.append(SettingsProblem(file, line, key, "ignored (the value is not shown): the key is read "
                                            f"only from its own file, {CONTACT_KEY_FILE_NAME} beside the "
                                            "deployment settings file (docs/kiosk.md)"))
            continue
        ok, expected = _RULES[key]
        if not ok(value):
            default = getattr(DEFAULTS, key)
            shown = "none" if default is None else _describe(default)
            if key not in SECRET_KEYS:
                message = f"{_describe(value)} {expected}; using {shown}"
            elif key == "staff_pin_hash" and _looks_like_a_pin(value):
                message = f"looks like a PIN, not its hash (the value is not shown): {expected}; using {shown}"
            else:
                message = f"{expected} (the value is not shown); using {shown}"
            problems.append(SettingsProblem(file, line, key, message))
            continue
        good[key] = value.strip() if isinstance(value, str) else value
    return good, problems


def _safe_defaults() -> str:
    return ", ".join(sorted(k for k in KIOSK_LOCKED if k in _RULES and k != "kiosk"))


def load_settings(
    site_file: Path | None,
    user_file: Path | None,
    overrides: Mapping[str, Any] | None = None,
    *,
    key_file: Path | None = None,
    data_dir: Path | None = None,
) -> tuple[Settings, list[SettingsProblem]]:
    """Read the deployment file, then the per-user file, then ``overrides`` (the flags); later wins.

    Kiosk mode is on when the flag, the deployment file or the per-user file turns it on, or
    when the deployment file cannot be understood (fail closed); nothing turns it off. On a
    kiosk the keys in ``KIOSK_LOCKED`` come from the deployment file only: when that file
    cannot be used they keep their defaults, which are the safe ones. A kiosk that hashes
    contacts reads its key from ``key_file`` (default: ``contact_key_file(site_file)``), never
    from inside ``data_dir``. Never raises for a bad file or value: each problem is returned.
    """
    problems: list[SettingsProblem] = []
    site, user = _read_file(site_file), _read_file(user_file)
    site_good, site_bad = _check(site.values, site_file, site.text)
    user_good, user_bad = _check(user.values, user_file, user.text)
    flags, flag_bad = _check({k: v for k, v in (overrides or {}).items() if v is not None}, None, "")
    kiosk = flags.get("kiosk") is True or user_good.get("kiosk") is True or _deployment_says_kiosk(site)
    problems += site.problems + site_bad
    if kiosk and site.state in ("unreadable", "invalid"):
        problems.append(SettingsProblem(site_file, None, "(file)", "this is a kiosk: until this file can be read, "
                                        f"{_safe_defaults()} keep their safe defaults"))
    if kiosk and "kiosk" in site.values and not isinstance(site.values["kiosk"], bool):
        problems[:] = [p for p in problems if p.key != "kiosk"]  # not "using false": it is taken as true
        problems.append(SettingsProblem(site_file, key_line(site.text, "kiosk"), "kiosk",
                                        "taken as true: only `kiosk = false` makes this a counter PC"))
    problems += user.problems
    if kiosk:
        ignored = sorted(KIOSK_LOCKED & user_good.keys())
        if user_good.get("kiosk") is True:
            ignored.remove("kiosk")  # stricter, never looser: the person's own file may make a kiosk
        if ignored:
            lines = [n for n in (key_line(user.text, key) for key in ignored) if n is not None]
            problems.append(SettingsProblem(user_file, min(lines, default=None), ", ".join(ignored),
                                            "ignored: on a kiosk only the deployment settings file sets these"))
        for key in ignored:
            del user_good[key]
    problems += user_bad + flag_bad
    settings = replace(DEFAULTS, **{**site_good, **user_good, **flags, "kiosk": kiosk})
    if settings.kiosk and settings.staff_pin_hash is None:
        problems.append(SettingsProblem(
            None, None, "staff_pin_hash",
            "kiosk mode is on but no staff PIN is set: staff cannot close the kiosk from the program "
            "(make one with `vssid-helper --hash-pin`)",
        ))
    if settings.hashes_contacts:
        if key_file is None and site_file is not None:
            key_file = contact_key_file(site_file)
        contact_key, problem = read_contact_key(key_file, data_dir)
        settings = replace(settings, contact_key=contact_key)
        if problem is not None:
            problems.append(problem)
    return settings, problems


# -- the key that turns contacts into keyed hashes on a kiosk -------------------------------


def read_contact_key(file: Path | None, data_dir: Path | None = None) -> tuple[str | None, SettingsProblem | None]:
    """The contact key from its own file, or None and why it cannot be used; its value is never shown.

    Refused when other accounts may read or change the file (POSIX modes), when it lies in the
    data folder beside the log it protects, or when it is not a key made by ``--make-contact-key``.
    """
    without = "; on this kiosk requests are kept in memory only, until the program closes"
    make = ("make a key with `vssid-helper --make-contact-key` and save it in this file, "
            "readable by the kiosk account only (docs/kiosk.md)")
    if file is None:
        return None, SettingsProblem(None, None, "contact_key", f"no deployment settings file{without}")
    if data_dir is not None and file.resolve().is_relative_to(Path(data_dir).resolve()):
        return None, SettingsProblem(file, None, "contact_key", "not used: it is in the data folder, beside the "
                                     f"log it protects{without}; put it beside the deployment settings file")
    try:
        info = file.stat()
    except FileNotFoundError:
        return None, SettingsProblem(file, None, "contact_key", f"no key file{without}: {make}")
    except OSError as exc:
        return None, SettingsProblem(file, None, "contact_key", f"cannot be read ({exc.strerror}){without}")
    mode = stat.S_IMODE(info.st_mode)
    if os.name == "posix" and mode & 0o027:
        return None, SettingsProblem(file, None, "contact_key", f"not used: other accounts can read or change it "
                                     f"(mode {mode:04o}){without}; make it 0640 (owner root, group of the kiosk "
                                     "account) or 0600")
    try:
        value = file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        return None, SettingsProblem(file, None, "contact_key", f"cannot be read ({exc.strerror}){without}")
    except UnicodeDecodeError:
        value = ""
    if _HEX_KEY.match(value) is None:
        return None, SettingsProblem(file, None, "contact_key", f"{_RULES['contact_key'][1]} (its content is not "
                                     f"shown){without}: {make}")
    return value.lower(), None


def new_contact_key_text() -> str:
    """A fresh key for ``contact.key``: 64 hexadecimal digits (``vssid-helper --make-contact-key``)."""
    import secrets

    return secrets.token_hex(32)


# -- the staff PIN (hashlib, hmac and secrets are imported here: OpenSSL is not needed for the first frame) ----

PIN_DIGITS = (6, 12)


def pin_is_acceptable(pin: str) -> bool:
    """A staff PIN is 6 to 12 digits: it is typed on the kiosk's numeric keypad."""
    return pin.isascii() and pin.isdigit() and PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]


def hash_pin(pin: str, *, iterations: int = PIN_ITERATIONS, salt: bytes | None = None) -> str:
    """Return ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` for ``pin``, with a random salt."""
    if not pin_is_acceptable(pin):
        raise ValueError(f"a staff PIN is {PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits")
    import hashlib
    import secrets

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
    import hashlib
    import hmac

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
