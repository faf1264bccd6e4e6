"""User-interface language: Finnish, Swedish or English through Qt translation files.

The language follows the setting; when the setting is empty it follows the
operating system if that is one of the three, and English otherwise. Qt's own
translations are installed too, so standard buttons (OK, Cancel) match.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from peerhelper.domain.languages import FALLBACK_LANGUAGE, UI_LANGUAGES, base_language

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
FALLBACK = FALLBACK_LANGUAGE


def system_languages() -> list[str]:
    return list(QLocale.system().uiLanguages())


def choose_language(setting: str, system: Iterable[str] | None = None) -> str:
    """The UI language to use for ``setting`` ('' follows the system)."""
    if setting in UI_LANGUAGES:
        return setting
    for tag in system if system is not None else system_languages():
        base = base_language(tag)
        if base in UI_LANGUAGES:
            return base
    return FALLBACK


class Translations:
    """Keeps the installed translators alive and swaps them on a language change."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = FALLBACK

    def install(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"peerhelper_{language}", str(I18N_DIR)), (f"qtbase_{language}", qt_dir)]
        for name, folder in candidates:
            translator = QTranslator(self._app)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.language = language
        QLocale.setDefault(QLocale(language))
