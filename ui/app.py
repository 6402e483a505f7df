"""Starting the app: QApplication, CJK font fallback, translators, then the main window or the kiosk."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.fonts import install_cjk_fallback
from ui.language import Translators, check_language, preferred_language, save_language
from ui.preferences import use_app_settings


@dataclass
class AppSetup:
    """What :func:`setup_app` made."""

    app: QApplication
    translators: Translators
    cjk_family: str | None

    def switch_language(self, lang: str) -> None:
        """Loads another language and remembers the choice."""
        self.translators.install(lang)
        save_language(lang)


def drop_opencv_qt_paths() -> None:
    """Forgets the Qt plugin and font folders that ``import cv2`` (opencv-contrib-python) sets.

    They point at OpenCV's own Qt build; PySide6 would then fail to load its xcb platform plugin
    and would look for fonts in OpenCV's folder instead of the system's (no CJK font there).
    """
    for key in ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR"):
        value = os.environ.get(key, "")
        if f"{os.sep}cv2{os.sep}" in value:
            del os.environ[key]


def setup_app(lang: str | None = None, argv: list[str] | None = None) -> AppSetup:
    """Creates (or reuses) the QApplication, sets the CJK fallback font and installs the translators.

    Args:
        lang: ``zh_CN`` or ``en``; None follows the saved choice, else the system locale.

    Raises:
        ui.language.LanguageError: Unknown language or a missing catalogue.
    """
    drop_opencv_qt_paths()
    use_app_settings()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    cjk = install_cjk_fallback(app)
    translators = Translators()
    translators.install(check_language(lang) if lang else preferred_language())
    return AppSetup(app, translators, cjk)


def preload_engine() -> None:
    """Imports the perception stack (MediaPipe) before the window shows.

    Importing it later, from the inference thread, holds the interpreter lock for about 100 ms
    while native libraries initialise, which would freeze the UI for that long.
    """
    import inspector.pipeline  # noqa: F401


def run_main_window(ctx, lang: str | None = None, user: str = "") -> int:
    """Signs in when needed, shows the main window and runs the event loop until it closes.

    Args:
        ctx: The app context (its store may already act as ``--user`` / ``--local-admin``).
        lang: Interface language (None: saved choice, else the system locale).
        user: Account name to fill in the sign-in dialog (``--user`` without a password).

    Returns:
        The exit code (1 when the sign-in dialog was closed without signing in).
    """
    from ui.main_window import MainWindow
    from ui.signin import sign_in

    setup = setup_app(lang)
    if ctx.actor is None and ctx.store.has_accounts():
        actor = sign_in(ctx.store, user)
        if actor is None:
            return 1
        ctx.sign_in(actor)
    preload_engine()
    if setup.cjk_family is None:
        print("inspector: warning: no Chinese font found; install fonts-noto-cjk (scripts/setup.sh does)",
              file=sys.stderr)
    window = MainWindow(ctx, switch_language=setup.switch_language)
    window.set_language_choice(setup.translators.language or "en")
    window.show()
    window.resume_live()
    return setup.app.exec()


def run_kiosk(ctx, lang: str | None = None, windowed: bool = False) -> int:
    """Shows the self-check full screen and runs the event loop."""
    from ui.screens.kiosk import KioskScreen

    setup = setup_app(lang)
    preload_engine()
    kiosk = KioskScreen(ctx)
    kiosk.setWindowTitle(QCoreApplication.translate("Kiosk", "Self-check"))
    if windowed:
        kiosk.resize(1280, 800)
        kiosk.show()
    else:
        kiosk.showFullScreen()
    kiosk.start()
    code = setup.app.exec()
    kiosk.shutdown()
    return code
