"""The app's remembered choices on this computer (QSettings): where its data folder is and whose name
goes with review decisions when nobody is signed in.

Settings the engine reads too (clip retention) are kept with the site's files instead
(:meth:`inspector.site.Site.load_retention_days`), so that ``inspector retention`` obeys them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

ORGANISATION, APP_NAME = "DeskConduct", "DeskConduct"
DATA_DIR_KEY = "storage/data_dir"
REVIEWER_KEY = "review/reviewer"


def use_app_settings() -> None:
    """Points :class:`QSettings` at the app's own file (call before the first read)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def saved_data_dir() -> Path | None:
    """The storage folder chosen in the settings, or None (the configured / default one)."""
    value = str(QSettings().value(DATA_DIR_KEY, "") or "")
    return Path(value).expanduser() if value else None


def save_data_dir(path: str | Path) -> None:
    QSettings().setValue(DATA_DIR_KEY, str(path))


def saved_reviewer() -> str:
    """The reviewer name chosen in the settings ("" when none was)."""
    return str(QSettings().value(REVIEWER_KEY, "") or "").strip()


def save_reviewer(name: str) -> None:
    QSettings().setValue(REVIEWER_KEY, name)
