"""Where the file dialogs open: the folder last used for the same purpose, else a given folder (such
as the data folder), else the user's documents folder, else the home folder — never the folder the
program was started from. The folder last used is kept in :class:`QSettings` per purpose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "dialogs/{purpose}"


def home_folder() -> Path:
    """The user's documents folder when it exists, else the home folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def dialog_folder(purpose: str, fallback: str | Path | None = None) -> Path:
    """The folder a file dialog for ``purpose`` ("videos", "exports"...) opens in.

    Args:
        purpose: What the dialog is for; each purpose remembers its own folder.
        fallback: Folder to use when none was remembered (e.g. the data folder); ignored when missing.
    """
    saved = str(QSettings().value(KEY.format(purpose=purpose), "") or "")
    for candidate in (saved, fallback):
        if candidate and Path(candidate).expanduser().is_dir():
            return Path(candidate).expanduser()
    return home_folder()


def remember_folder(purpose: str, chosen: str) -> str:
    """Remembers the folder of a chosen file or folder for ``purpose``; returns ``chosen`` ("" stays "")."""
    if chosen:
        p = Path(chosen)
        QSettings().setValue(KEY.format(purpose=purpose), str(p if p.is_dir() else p.parent))
    return chosen


def open_file(parent: QWidget, title: str, file_filter: str, purpose: str,
              fallback: str | Path | None = None) -> str:
    """Asks for a file to open, starting in :func:`dialog_folder`; returns its path or ""."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(dialog_folder(purpose, fallback)), file_filter)
    return remember_folder(purpose, path)


def save_file(parent: QWidget, title: str, name: str, file_filter: str, purpose: str,
              fallback: str | Path | None = None) -> str:
    """Asks where to save a file called ``name`` by default, starting in :func:`dialog_folder`; returns the path or ""."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(dialog_folder(purpose, fallback) / name), file_filter)
    return remember_folder(purpose, path)


def pick_folder(parent: QWidget, title: str, purpose: str, fallback: str | Path | None = None) -> str:
    """Asks for a folder, starting in :func:`dialog_folder`; returns it or ""."""
    return remember_folder(purpose, QFileDialog.getExistingDirectory(parent, title, str(dialog_folder(purpose, fallback))))
