"""Calibration dialog: click floor points, zones and the counter on a still frame; check with a ruler.

Open it with a still frame of the camera (BGR numpy array) and, optionally, the camera's current
profile::

    dlg = CalibrationDialog(frame_bgr, camera_id="desk-1", profile=old_or_None, parent=window)
    if dlg.exec() == QDialog.Accepted:
        save_profile(dlg.profile(), path)

Tools (one at a time, chosen with the buttons on the left):

* **Floor point**: click a floor mark, then type its floor position in metres (x, y);
  four or more points are needed.
* **Staff zone** / **Customer zone**: click the corners of the polygon on the floor.
* **Counter**: click along the customer-side edge of the counter, on the floor.
* **Ruler**: click two points; the floor distance between them is shown in metres, so a known
  length (a floor tile, a tape measure) verifies the calibration.

**Check** reports the error on the calibration points in cm (:func:`calibration.check.check_profile`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLabel, QPushButton, QVBoxLayout, QWidget)

from calibration.check import CalibrationCheck, check_profile
from calibration.geometry import GeometryError, floor_geometry
from calibration.profile import CalibrationProfile, PointsFloor, ProfileError, parse_profile
from ui.error_text import error_text

TOOLS = ("floor", "staff", "customer", "counter", "ruler")
COLOURS = {"floor": QColor(255, 200, 0), "staff": QColor(60, 160, 255), "customer": QColor(80, 220, 80),
           "counter": QColor(255, 80, 80), "ruler": QColor(255, 255, 255)}


class FrameCanvas(QWidget):
    """Shows the frame scaled to the widget and reports clicks in frame pixels."""

    clicked = Signal(float, float)

    def __init__(self, frame_bgr: np.ndarray, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if frame_bgr.ndim != 3 or frame_bgr.shape[2] != 3 or frame_bgr.dtype != np.uint8:
            raise ValueError(f"the frame must be an H x W x 3 uint8 BGR image, got {frame_bgr.shape} {frame_bgr.dtype}")
        rgb = np.ascontiguousarray(frame_bgr[:, :, ::-1])
        h, w = rgb.shape[:2]
        self._pixmap = QPixmap.fromImage(QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy())
        self.frame_size = (w, h)
        self.shapes: dict[str, list[tuple[float, float]]] = {k: [] for k in TOOLS}
        self.setMinimumSize(480, 270)

    def _scale(self) -> float:
        w, h = self.frame_size
        return min(self.width() / w, self.height() / h)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        s = self._scale()
        p = event.position()
        x, y = p.x() / s, p.y() / s
        if 0 <= x < self.frame_size[0] and 0 <= y < self.frame_size[1]:
            self.clicked.emit(x, y)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        s = self._scale()
        qp = QPainter(self)
        qp.drawPixmap(0, 0, int(self.frame_size[0] * s), int(self.frame_size[1] * s), self._pixmap)
        for name, pts in self.shapes.items():
            if not pts:
                continue
            qp.setPen(QPen(COLOURS[name], 2))
            poly = QPolygonF([QPointF(x * s, y * s) for x, y in pts])
            if name in ("staff", "customer") and len(pts) >= 3:
                qp.drawPolygon(poly)
            elif name != "floor":
                qp.drawPolyline(poly)
            for x, y in pts:
                qp.drawEllipse(QPointF(x * s, y * s), 4, 4)
        qp.end()


class CalibrationDialog(QDialog):
    """Edits one camera's :class:`~calibration.profile.CalibrationProfile` on a still frame.

    Args:
        frame_bgr: A still frame of the camera.
        camera_id: The camera the profile is for.
        profile: Existing profile to edit, or None to start empty.
        parent: Parent widget.
    """

    def __init__(self, frame_bgr: np.ndarray, camera_id: str, profile: CalibrationProfile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Camera calibration"))
        self.camera_id = camera_id
        self.canvas = FrameCanvas(frame_bgr, self)
        self.floor_xy: list[tuple[float, float]] = []
        self.tool = "floor"
        self.status = QLabel(self.tr("Click four or more floor marks and type their floor positions."))
        self.status.setWordWrap(True)
        self.fx, self.fy = QDoubleSpinBox(), QDoubleSpinBox()
        for sb in (self.fx, self.fy):
            sb.setRange(-100, 100)
            sb.setDecimals(3)
            sb.setSuffix(" m")
        side = QVBoxLayout()
        self.group = QButtonGroup(self)
        names = {"floor": self.tr("Floor point"), "staff": self.tr("Staff zone"), "customer": self.tr("Customer zone"),
                 "counter": self.tr("Counter"), "ruler": self.tr("Ruler")}
        for key in TOOLS:
            b = QPushButton(names[key])
            b.setCheckable(True)
            b.setChecked(key == "floor")
            b.clicked.connect(lambda _=False, k=key: self.set_tool(k))
            self.group.addButton(b)
            side.addWidget(b)
        form = QFormLayout()
        form.addRow(self.tr("Next floor x"), self.fx)
        form.addRow(self.tr("Next floor y"), self.fy)
        side.addLayout(form)
        undo = QPushButton(self.tr("Undo last point"))
        undo.clicked.connect(self.undo)
        check = QPushButton(self.tr("Check"))
        check.clicked.connect(self.run_check)
        side.addWidget(undo)
        side.addWidget(check)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(side)
        top.addWidget(self.canvas, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top, 1)
        lay.addWidget(self.status)
        lay.addWidget(buttons)
        self.canvas.clicked.connect(self.add_point)
        if profile is not None:
            self._load(profile)

    # -- editing -------------------------------------------------------------------------------

    def _load(self, profile: CalibrationProfile) -> None:
        sx = self.canvas.frame_size[0] / profile.image_width
        sy = self.canvas.frame_size[1] / profile.image_height
        sc = lambda pts: [(x * sx, y * sy) for x, y in pts]  # noqa: E731
        self.canvas.shapes["staff"] = sc(profile.staff_zone)
        self.canvas.shapes["customer"] = sc(profile.customer_zone)
        self.canvas.shapes["counter"] = sc(profile.counter)
        if isinstance(profile.floor, PointsFloor):
            self.canvas.shapes["floor"] = sc([p.image for p in profile.floor.points])
            self.floor_xy = [p.floor for p in profile.floor.points]

    def set_tool(self, tool: str) -> None:
        """Chooses what the next clicks draw (one of :data:`TOOLS`)."""
        if tool not in TOOLS:
            raise ValueError(f"unknown tool {tool!r}")
        self.tool = tool
        if tool == "ruler":
            self.canvas.shapes["ruler"] = []

    def add_point(self, x: float, y: float) -> None:
        """Adds a click (frame pixels) to the current tool's shape."""
        pts = self.canvas.shapes[self.tool]
        if self.tool == "ruler" and len(pts) >= 2:
            pts.clear()
        pts.append((x, y))
        if self.tool == "floor":
            self.floor_xy.append((self.fx.value(), self.fy.value()))
            self.status.setText(self.tr("Floor point {n}: image ({x:.0f}, {y:.0f}) = floor ({fx:.3f}, {fy:.3f}) m")
                                .format(n=len(pts), x=x, y=y, fx=self.fx.value(), fy=self.fy.value()))
        elif self.tool == "ruler" and len(pts) == 2:
            self.status.setText(self.ruler_text())
        self.canvas.update()

    def undo(self) -> None:
        """Removes the last point of the current tool."""
        pts = self.canvas.shapes[self.tool]
        if pts:
            pts.pop()
            if self.tool == "floor":
                self.floor_xy.pop()
        self.canvas.update()

    def ruler_text(self) -> str:
        """The floor distance between the two ruler points, or why it cannot be measured."""
        pts = self.canvas.shapes["ruler"]
        if len(pts) != 2:
            return self.tr("Click two points to measure.")
        try:
            geo = floor_geometry(self.profile())  # drawn at the frame's own size: no scaling
            return self.tr("Ruler: {d:.2f} m on the floor").format(d=geo.floor_distance(pts[0], pts[1]))
        except (ProfileError, GeometryError) as e:
            return self.tr("Cannot measure yet: {e}").format(e=error_text(e))

    # -- result --------------------------------------------------------------------------------

    def profile(self) -> CalibrationProfile:
        """The profile drawn so far.

        Raises:
            ProfileError: Something is missing or invalid (the message says what).
        """
        w, h = self.canvas.frame_size
        sh = self.canvas.shapes
        data = {"camera_id": self.camera_id, "image_width": w, "image_height": h,
                "staff_zone": sh["staff"], "customer_zone": sh["customer"], "counter": sh["counter"],
                "floor": {"kind": "points",
                          "points": [{"image": i, "floor": f} for i, f in zip(sh["floor"], self.floor_xy)]}}
        return parse_profile(data, "(dialog)")

    def run_check(self) -> str:
        """Checks the calibration and shows the result; returns the message."""
        try:
            msg = self.check_text(check_profile(self.profile()))
        except (ProfileError, GeometryError) as e:
            msg = error_text(e)
        self.status.setText(msg)
        return msg

    def check_text(self, chk: CalibrationCheck) -> str:
        """The check's result in the user's language."""
        if chk.rms_cm is not None:
            text = self.tr("Calibration error on {n} points: RMS {rms:.1f} cm, max {max:.1f} cm").format(
                n=len(chk.points), rms=chk.rms_cm, max=chk.max_cm)
            if chk.leave_one_out_rms_cm is not None:
                text += self.tr("; leave-one-out RMS {loo:.1f} cm").format(loo=chk.leave_one_out_rms_cm)
            return text
        if chk.exact_fit:
            return self.tr("Four points fit exactly, so they cannot check themselves: add a fifth point or "
                           "measure a known distance with the ruler")
        return self.tr("No points to check: add floor points")

    def _accept(self) -> None:
        try:
            self.profile()
        except (ProfileError, GeometryError) as e:
            self.status.setText(error_text(e))
            return
        self.accept()


__all__ = ["CalibrationDialog", "FrameCanvas", "TOOLS"]
