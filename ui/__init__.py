"""The PySide6 desktop app: live monitor, review queue, scores, kiosk self-check, settings.

Screens live in :mod:`ui.screens`, reusable widgets in :mod:`ui.widgets`; the Qt-free logic
(app context, clip reading, self-check) lives in plain modules so it can be tested without Qt.
"""
