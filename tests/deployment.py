"""What IT puts on a kiosk, for the tests: the deployment settings file and the contact key file beside it."""

from __future__ import annotations

import os
from pathlib import Path

from app.core.settings import hash_pin

IT_PIN = "246813"
IT_KEY = "5e" * 32  # what `vssid-helper --make-contact-key` prints: 64 hexadecimal digits
FAST = 1_000  # iterations: a real hash uses 600,000; the tests only need the format


def it_hash(pin: str = IT_PIN) -> str:
    return hash_pin(pin, iterations=FAST)


def deploy(folder: Path, text: str = "", *, key: str | None = IT_KEY, key_mode: int = 0o640) -> Path:
    """Write ``folder``/settings.toml with ``text`` and, unless ``key`` is None, the key file beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    site = folder / "settings.toml"
    site.write_text(text, encoding="utf-8")
    if key is not None:
        key_file = folder / "contact.key"
        key_file.write_text(key + "\n", encoding="utf-8")
        if os.name == "posix":
            key_file.chmod(key_mode)
    return site


def kiosk_site(folder: Path, extra: str = "", *, pin: str | None = IT_PIN, key: str | None = IT_KEY) -> Path:
    """A deployment file with the staff PIN's hash (and ``extra`` lines), and the contact key beside it."""
    text = f'staff_pin_hash = "{it_hash(pin)}"\n' if pin else ""
    return deploy(folder, text + extra, key=key)
