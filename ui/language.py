"""Interface language: Simplified Chinese or English, from the system locale or the user's choice.

The app's strings are English in the source and go through Qt's translation system; the compiled
catalogues ``ui/i18n/deskconduct_<lang>.qm`` are loaded with a :class:`QTranslator`, together with
Qt's own catalogue ``qtbase_<lang>.qm`` (file dialogs' "Look in:", standard buttons), which PySide6
ships in its translations folder. The choice is kept in :class:`QSettings`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("zh_CN", "en")
"""Supported languages, as Qt locale names."""
SETTINGS_KEY = "ui/language"


class LanguageError(ValueError):
    """An unsupported language, or its catalogue is missing."""


def catalogue(lang: str) -> Path:
    """Path of the compiled catalogue of a language."""
    return I18N_DIR / f"deskconduct_{lang}.qm"


def qt_catalogue(lang: str) -> Path | None:
    """Qt's own catalogue for ``lang`` (standard dialogs and buttons), or None (English needs none, or it is
    missing from Qt's translations folder)."""
    if lang == "en":
        return None
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm"
    return path if path.is_file() else None


def current_language() -> str:
    """The language the interface is shown in now (the default locale set by :meth:`Translators.install`)."""
    name = QLocale().name()
    return name if name in LANGUAGES else "en"


def system_language(locale: QLocale | None = None) -> str:
    """The supported language closest to the system locale (Chinese → zh_CN, anything else → en)."""
    loc = locale or QLocale.system()
    return "zh_CN" if loc.language() == QLocale.Language.Chinese else "en"


def preferred_language() -> str:
    """The language chosen in settings, else the system's."""
    saved = QSettings().value(SETTINGS_KEY, "", type=str)
    return saved if saved in LANGUAGES else system_language()


def save_language(lang: str) -> None:
    """Remembers the user's choice."""
    check_language(lang)
    QSettings().setValue(SETTINGS_KEY, lang)


def check_language(lang: str) -> str:
    """Returns ``lang`` when supported.

    Raises:
        LanguageError: Unknown language.
    """
    if lang not in LANGUAGES:
        raise LanguageError(f"unsupported language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang


class Translators:
    """Owns the installed translators so the language can be switched at run time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language: str | None = None

    def install(self, lang: str) -> None:
        """Loads the app's and Qt's catalogues for ``lang`` (replacing the previous ones).

        Raises:
            LanguageError: Unknown language or missing app catalogue.
        """
        check_language(lang)
        app = QCoreApplication.instance()
        for t in self._installed:
            app.removeTranslator(t)
        self._installed = []
        own = QTranslator()
        if not own.load(str(catalogue(lang))):
            raise LanguageError(f"the translation catalogue {catalogue(lang)} is missing or unreadable")
        qt, qt_file = QTranslator(), qt_catalogue(lang)
        if qt_file is not None and qt.load(str(qt_file)):
            self._installed.append(qt)
        self._installed.append(own)
        for t in self._installed:
            app.installTranslator(t)
        QLocale.setDefault(QLocale(lang))
        self.language = lang
