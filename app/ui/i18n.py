"""Loading the interface language: our own .qm file; English is the source text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.core.paths import translations_dir

_installed: list[QTranslator] = []


class TranslationMissing(RuntimeError):
    """The .qm file for the asked language is missing or unreadable."""


def install_language(lang: str, translator: QTranslator | None = None) -> None:
    """Make ``lang`` the language of every string built from now on (replaces an earlier one)."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English))
    if lang == "en":
        return
    translator = translator or QTranslator(app)
    qm = translations_dir() / f"vssid_{lang}.qm"
    if not translator.load(str(qm)):
        raise TranslationMissing(f"cannot load {qm}")
    app.installTranslator(translator)
    _installed.append(translator)
