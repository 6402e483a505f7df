"""List widgets of the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget


def wrapping_list() -> QListWidget:
    """A list whose long lines wrap to its width instead of being cut."""
    lst = QListWidget()
    lst.setWordWrap(True)
    lst.setTextElideMode(Qt.TextElideMode.ElideNone)
    lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    lst.setResizeMode(QListWidget.ResizeMode.Adjust)
    return lst
