"""The question asked before a second inspection of the same person on the same day replaces the first.

Only one inspection a person and day counts (:meth:`inspector.store.Store.add_inspection`); the
inspection screen asks with this box, without blocking, and saves with ``replace=True`` only on
"Replace the earlier inspection".
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector.scoring import ScoringError, resolve_timezone
from inspector.store import InspectionRecord
from ui.labels import points_text


def day_zone(zone_name: str | None) -> tzinfo | None:
    """The zone of the scores' days (None: the computer's, also when the name is unknown)."""
    try:
        return resolve_timezone(zone_name)
    except ScoringError:
        return None


class ReplaceQuestion(QMessageBox):
    """Replace the earlier inspection of today, or keep it.

    Args:
        parent: The inspection screen.
        staff_name: Who is inspected, as shown in the screen's staff list.
        earlier: The inspection already in force that day.
        zone_name: The scores' time zone (its time is shown there; None: the computer's).

    Signals:
        answered: True to replace the earlier inspection, False to keep it.
    """

    answered = Signal(bool)

    def __init__(self, parent: QWidget, staff_name: str, earlier: InspectionRecord, zone_name: str | None) -> None:
        super().__init__(QMessageBox.Icon.Warning, "", "", parent=parent)
        self.setWindowTitle(self.tr("Already inspected today"))
        self.setText(self.tr("{name} was already inspected today at {time} (inspection {id}; it deducts {points}).")
                     .format(name=staff_name, time=earlier.at.astimezone(day_zone(zone_name)).strftime("%H:%M"), id=earlier.id,
                             points=points_text(earlier.deducted)))
        self.setInformativeText(self.tr("Only one inspection a day counts. Replace it with this one? "
                                        "The earlier one is kept in the records but no longer deducts points."))
        self.replace_btn = self.addButton(self.tr("Replace the earlier inspection"), QMessageBox.ButtonRole.AcceptRole)
        self.keep_btn = self.addButton(self.tr("Keep the earlier one"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_btn)
        self.buttonClicked.connect(lambda b: self.answered.emit(b is self.replace_btn))
