"""Where the program's data files are, the same way from a checkout, a wheel and a frozen bundle."""

from __future__ import annotations

from functools import cache
from pathlib import Path

# The folder name of the program's settings and data on every system.
APP_NAME = "vssid-helper"
# The languages of the interface and of every content file, the first being the default.
LANGUAGES: tuple[str, ...] = ("vi", "en")

_APP_DIR = Path(__file__).resolve().parent.parent


@cache
def data_root() -> Path:
    """Return the folder that holds ``resources/`` and ``translations/``.

    An installed wheel and a PyInstaller bundle carry them in ``app/_data``;
    a source checkout (and an editable install) has them beside ``app/``.
    """
    for candidate in (_APP_DIR / "_data", _APP_DIR.parent):
        if (candidate / "resources").is_dir():
            return candidate
    raise FileNotFoundError(f"resources/ not found next to {_APP_DIR}")


def resources_dir() -> Path:
    """The ``resources/`` folder (guides, cause texts, icons)."""
    return data_root() / "resources"


def translations_dir() -> Path:
    """The ``translations/`` folder (the compiled ``.qm`` files live beside the ``.ts``)."""
    return data_root() / "translations"
