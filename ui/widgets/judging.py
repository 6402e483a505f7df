"""'Who is judged' at a station in the live view, and what a refused run says (issue 13 §4).

A station is judged by its region or its camera calibration; one with neither is refused unless
the user chooses on purpose to judge everyone in the frame (every face but the flagged person's
blurred in clips) or everyone uncalibrated (every face blurred). See :func:`inspector.station.judging_mode`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from inspector.locking import LockHeld, LockUnavailable
from inspector.station import REGION_COMMAND, Judging, UnjudgedStation


class JudgingChoice(QComboBox):
    """The choice of whom a recording run judges: the station's region or zones (default), the
    whole frame, or everyone uncalibrated. Its data is "" or a :class:`~inspector.station.Judging` value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Staff in the station's region or zones"), "")
        self.addItem(self.tr("Everyone in the frame"), Judging.WHOLE_FRAME.value)
        self.addItem(self.tr("Everyone, uncalibrated"), Judging.UNCALIBRATED.value)
        self.setItemData(0, self.tr("Only the persons in the station's region, or in the staff zone of its "
                                    "camera calibration, are judged; customers' faces are blurred in clips. "
                                    "A station with neither is not started."), Qt.ToolTipRole)
        self.setItemData(1, self.tr("Everyone in view is judged as the station's staff; every face but the "
                                    "flagged person's is blurred in clips."), Qt.ToolTipRole)
        self.setItemData(2, self.tr("For a station with neither a region nor a calibration: everyone in "
                                    "view is judged; every face is blurred in clips, the flagged "
                                    "person's too."), Qt.ToolTipRole)
        self.setToolTip(self.tr("Who the conduct rules judge at the chosen station"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    @property
    def whole_frame(self) -> bool:
        return self.currentData() == Judging.WHOLE_FRAME.value

    @property
    def allow_uncalibrated(self) -> bool:
        return self.currentData() == Judging.UNCALIBRATED.value

    def status_line(self, judging: Judging | None) -> str | None:
        """The status line a run in ``judging`` starts with, or None for the usual (region or zones)."""
        if judging is Judging.WHOLE_FRAME:
            return self.tr("Everyone in the frame is judged; every face but the flagged person's is blurred in clips")
        if judging is Judging.UNCALIBRATED:
            return self.tr("Everyone in the frame is judged without a region or calibration; every face is "
                           "blurred in clips")
        return None

    def refusal(self, station: str | None, error: Exception, data_dir: Path) -> tuple[str, str]:
        """Why a run was not started: (one line for the banner, the cause and what to do for the video)."""
        if isinstance(error, UnjudgedStation):
            banner = self.tr("Not started: station {station} has neither a region nor a camera calibration.").format(
                station=station)
            text = self.tr("Station {station} has neither a region nor a camera calibration, so nothing tells its "
                           "staff from customers.\n\nPress \"Calibrate camera…\" to mark its staff zone, or draw "
                           "its region with:\n{command}\n\nOr choose at \"Who is judged\":\n\"Everyone in the "
                           "frame\": every face but the flagged person's is blurred in clips;\n\"Everyone, "
                           "uncalibrated\": every face is blurred.").format(
                station=station, command=REGION_COMMAND.format(station=station))
            if error.calibration_error:
                text += "\n\n" + self.tr("Its saved calibration cannot be used: {error}").format(
                    error=error.calibration_error)
            return banner, text
        if isinstance(error, LockHeld):
            text = self.tr("Station {station} is being analysed by another run (inspector analyze or another live "
                           "view); start again when it has finished. {detail}").format(station=station, detail=error)
        elif isinstance(error, LockUnavailable):
            text = self.tr("Station {station} cannot be locked for this run: check that the data folder {folder} "
                           "can be written. {detail}").format(station=station, folder=data_dir, detail=error)
        else:
            text = self.tr("The run was not started: {error}").format(error=error)
        return text, text
