"""The dialog in which a manager overrides one inspection item, with the reason (required)."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget)

from inspector.inspection import ItemStatus
from ui.inspection_text import item_name, status_text


class OverrideDialog(QDialog):
    """Asks the manager for the new status of one item and the reason (required)."""

    def __init__(self, item: str, measured: ItemStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Override: {item}").format(item=item_name(item)))
        self.status = QComboBox()
        for s in ItemStatus:
            self.status.addItem(status_text(s.value), s.value)
        opposite = ItemStatus.PASS if measured is not ItemStatus.PASS else ItemStatus.FAIL
        self.status.setCurrentIndex(self.status.findData(opposite.value))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the measured result is wrong (required)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(self.tr("Measured"), QLabel(status_text(measured.value)))
        form.addRow(self.tr("New result"), self.status)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))

    @property
    def chosen(self) -> tuple[str, str]:
        """(status, reason) as entered."""
        return self.status.currentData(), self.reason.text().strip()
