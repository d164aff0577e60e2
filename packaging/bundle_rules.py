"""How a bundle is made and what it leaves out of PySide6. Shared by packaging/vssid-helper.spec and
bench/bare.spec, so that the program and the bare PySide6 yardstick are built the same way.

PyInstaller's Qt hooks collect every plugin of every type a Qt module may use, Qt's own
translations, and every library those plugins link (GTK for the gtk3 theme, Qt Quick for the
virtual keyboard, Qt Pdf for the PDF image reader...). ``trim`` keeps the plugins below, drops
Qt's translations (Qt has none in Vietnamese; every string we show is ours), then drops every
collected library that nothing left in the bundle links to.
"""

from __future__ import annotations

import importlib.util
import os
import posixpath
import sys
from pathlib import Path

# The Qt modules the program imports; every other PySide6 module is excluded.
QT_MODULES_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"})

# Standard-library and development packages a frozen program never imports.
NEVER_IMPORTED = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "ensurepip",
    "distutils", "setuptools", "pip", "pytest", "_pytest", "pytestqt", "hypothesis", "test",
)

# Parts of the program's own dependencies it never imports: phonenumbers' place-name and
# time-zone data (several MB; the program asks only for the network) and dnspython, which
# email-validator needs only for the deliverability check the program keeps off (no network).
# The frozen --self-test and tests/test_selftest.py exercise every check that remains.
NOT_USED_BY_THE_PROGRAM = (
    "phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.timezone", "phonenumbers.tzdata", "dns",
)

# Qt plugins kept, by plugin type: a set of names (file name without "lib" and extension),
# or None for every plugin of that type. A type not listed is left out entirely.
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    # Linux (X11, Wayland), Windows, macOS, and offscreen for the smoke test and screenshots.
    "platforms": frozenset({"qxcb", "qwayland", "qwayland-generic", "qwindows", "qcocoa", "qoffscreen"}),
    "platforms/darwin": None,
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # ibus carries Vietnamese input methods (Unikey, Bamboo) on Linux; compose gives dead keys.
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    "xcbglintegrations": None,
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "iconengines": frozenset({"qsvgicon"}),
    # PNG is built into QtGui; add a format here when a resource starts using it.
    "imageformats": frozenset({"qsvg"}),
    "styles": None,
    "printsupport": None,
    "accessiblebridge": None,
}

_QT_PREFIX = "PySide6/Qt/"

# EXE and COLLECT options both specs pass, so that both bundles are made the same way.
_STRIP = sys.platform == "linux"  # debug symbols (a pyenv libpython carries 18 MB of them)
EXE_OPTIONS = {
    # VSSID_CONSOLE=1 makes a console build, to read a traceback in a Windows terminal.
    "console": os.environ.get("VSSID_CONSOLE") == "1",
    # A crash must end the process with an error code, not wait on a dialog nobody sees (CI, kiosks).
    "disable_windowed_traceback": True,
    "upx": False,
    "strip": _STRIP,
}
COLLECT_OPTIONS = {"upx": False, "strip": _STRIP}


def excludes() -> list[str]:
    """Module names for ``Analysis(excludes=...)``: unused PySide6 modules and never-imported packages."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations, "PySide6 is not installed"
    pyside_dir = Path(next(iter(spec.submodule_search_locations)))
    present = {p.name.split(".")[0] for p in pyside_dir.iterdir()
               if p.name.startswith("Qt") and p.suffix in (".so", ".pyd")}
    unused = [f"PySide6.{name}" for name in sorted(present - QT_MODULES_USED)]
    return [*unused, *NEVER_IMPORTED, *NOT_USED_BY_THE_PROGRAM]


def _dest(entry: tuple[str, str, str]) -> str:
    return entry[0].replace(os.sep, "/")


def _is_plugin(dest: str) -> bool:
    return dest.startswith(_QT_PREFIX + "plugins/")


def _plugin_kept(dest: str) -> bool:
    folder, name = posixpath.split(dest)
    names = KEPT_PLUGINS.get(posixpath.relpath(folder, _QT_PREFIX + "plugins"), ())
    return names is None or name.split(".")[0].removeprefix("lib") in names


def _loaded_directly(entry: tuple[str, str, str]) -> bool:
    name = posixpath.basename(_dest(entry)).lower()
    return (entry[2] == "EXTENSION" or _is_plugin(_dest(entry)) or name == "python"
            or name.startswith(("libpython", "python3")))


def _key(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def trim(analysis) -> None:
    """Remove unused Qt plugins, Qt's translations and every library nothing else needs from an Analysis, in place."""
    from PyInstaller.depend import bindepend

    candidates = [e for e in analysis.binaries if not _is_plugin(_dest(e)) or _plugin_kept(_dest(e))]
    by_key: dict[str, tuple[str, str, str]] = {}
    for entry in candidates:
        by_key[_key(entry[1])] = entry
        by_key.setdefault(os.path.normcase(posixpath.basename(_dest(entry))), entry)
    # Start from what the bootloader, Python and Qt's plugin loader open; follow what each one links.
    todo = [e for e in candidates if _loaded_directly(e)]
    reached = set(todo)
    while todo:
        for name, path in bindepend.get_imports(todo.pop()[1]):
            entry = by_key.get(_key(path)) if path else None
            entry = entry or by_key.get(os.path.normcase(os.path.basename(name)))
            if entry is not None and entry not in reached:
                reached.add(entry)
                todo.append(entry)
    dropped = {_dest(e) for e in analysis.binaries if e not in reached}
    # A macOS framework is a folder: its Resources go with its library.
    dropped_frameworks = tuple(d[: d.index(".framework/") + len(".framework/")] for d in dropped if ".framework/" in d)

    def keep_data(entry: tuple[str, str, str]) -> bool:
        dest, target, kind = _dest(entry), entry[1], entry[2]
        if dest.startswith((_QT_PREFIX + "translations/", *dropped_frameworks)):
            return False
        # A symlink goes with the library it points to.
        if kind != "SYMLINK":
            return True
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest), target.replace(os.sep, "/"))) not in dropped

    analysis.binaries[:] = [e for e in analysis.binaries if e in reached]
    analysis.datas[:] = [e for e in analysis.datas if keep_data(e)]
