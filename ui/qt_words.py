"""Words of Qt's own dialogs that Qt's Chinese catalogue (``qtbase_zh_CN.qm``) leaves in English.

Qt's catalogue translates "Look in:" but the file dialog shows "&Look in:" (with its keyboard
accelerator), which the catalogue lacks, and likewise "Files of &type:" and the file list's
"Folder" type. Marking them here puts them, under Qt's own context, into the app's catalogues; the app's translator is installed after
Qt's and is asked first, so these dialogs read in the chosen language. Found by opening each file
dialog in zh_CN and listing the texts that stayed English (``tests/test_ui_chinese.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
)
"""Qt's English source texts, by context, translated in ``ui/i18n/deskconduct_*.ts``."""
