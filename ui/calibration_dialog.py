"""Calibration dialog: a still frame, and the steps of a calibration in order, each checked in plain words.

Open it with a still frame of the camera (BGR numpy array) and, optionally, the camera's current
profile::

    dlg = CalibrationDialog(frame_bgr, camera_id="desk-1", profile=old_or_None, parent=window)
    if dlg.exec() == QDialog.Accepted:
        save_profile(dlg.profile(), path)

The steps (:mod:`calibration.steps`), each open only once the ones before it are done:

1. **Floor points**: click a floor mark, then type its floor position in metres (x, y); four or
   more points are needed.
2. **Staff zone** and 3. **Customer zone**: click the corners of the polygon on the floor.
4. **Counter**: click along the customer-side edge of the counter, on the floor.
5. **Check**: the error of the fit in cm (:func:`calibration.check.check_profile`). A fit whose
   leave-one-out error is above :data:`calibration.check.POOR_FIT_CM` is shown in red, and saving
   it asks for an explicit confirmation.

**Next step** moves on when the current step is done, or says what it still needs. The **Ruler**
(once the floor points are placed) measures the floor distance between two clicks, so a known
length (a floor tile, a tape measure) verifies the calibration. Save before a step is done says
which step, in words.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from calibration.check import POOR_FIT_CM, CalibrationCheck, check_profile, fit_error_cm, poor_fit
from calibration.geometry import GeometryError, floor_geometry
from calibration.profile import CalibrationProfile, PointsFloor, ProfileError, parse_profile
from calibration.steps import STEPS, StepGap, first_missing, open_steps, step_gap
from ui.error_text import error_text

TOOLS = ("floor", "staff", "customer", "counter", "ruler")
"""What clicks on the frame draw: the four drawing steps and the ruler."""
RED = "color:#c62828;font-weight:bold"
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
        self.last_check: CalibrationCheck | None = None
        self.confirm_box: QMessageBox | None = None
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        f = self.instruction.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        f.setBold(True)
        self.instruction.setFont(f)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.fx, self.fy = QDoubleSpinBox(), QDoubleSpinBox()
        for sb in (self.fx, self.fy):
            sb.setRange(-100, 100)
            sb.setDecimals(3)
            sb.setSuffix(" m")
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("<b>Steps</b>")))
        self.group = QButtonGroup(self)
        self.step_buttons: dict[str, QPushButton] = {}
        for key in STEPS + ("ruler",):
            b = QPushButton()
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, k=key: self.set_tool(k))
            self.group.addButton(b)
            self.step_buttons[key] = b
            if key == "ruler":
                side.addSpacing(8)
            side.addWidget(b)
        self.floor_form = QWidget()
        form = QFormLayout(self.floor_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Next floor x"), self.fx)
        form.addRow(self.tr("Next floor y"), self.fy)
        side.addWidget(self.floor_form)
        undo = QPushButton(self.tr("Undo last point"))
        undo.clicked.connect(self.undo)
        self.next_btn = QPushButton(self.tr("Next step ›"))
        self.next_btn.clicked.connect(self.next_step)
        side.addWidget(undo)
        side.addWidget(self.next_btn)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(side)
        top.addWidget(self.canvas, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.instruction)
        lay.addLayout(top, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.canvas.clicked.connect(self.add_point)
        if profile is not None:
            self._load(profile)
        self._show_step()

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

    # -- steps -------------------------------------------------------------------------------

    def gap(self) -> StepGap | None:
        """The first drawing step, in order, that is not done (None when all are)."""
        return first_missing(self.canvas.shapes, self.floor_xy)

    def gap_text(self, gap: StepGap) -> str:
        """What a step still needs, as one plain sentence."""
        if gap.duplicate:
            return self.tr("Two floor points are at the same place (in the picture or on the floor): each mark needs "
                           "its own. Undo the last one and place it again.")
        texts = {
            "floor": self.tr("Place the floor points first: click at least {need} floor marks and type where each is "
                             "on the floor ({have} so far)."),
            "staff": self.tr("Draw the staff zone first: click at least {need} of its corners on the floor "
                             "({have} so far)."),
            "customer": self.tr("Draw the customer zone next: click at least {need} of its corners on the floor "
                                "({have} so far)."),
            "counter": self.tr("Draw the counter edge next: click at least {need} points along its customer side, "
                               "on the floor ({have} so far)."),
        }
        return texts[gap.step].format(need=gap.need, have=gap.have)

    def _show_step(self) -> None:
        """Step buttons (numbered, ✓ when done, later ones closed), the instruction and the floor fields."""
        opened = open_steps(self.canvas.shapes, self.floor_xy)
        names = {"floor": self.tr("Floor points"), "staff": self.tr("Staff zone"),
                 "customer": self.tr("Customer zone"), "counter": self.tr("Counter"), "check": self.tr("Check")}
        for n, key in enumerate(STEPS, start=1):
            done = key != "check" and step_gap(key, self.canvas.shapes, self.floor_xy) is None
            b = self.step_buttons[key]
            b.setText(f"{n}. {names[key]}" + ("  ✓" if done else ""))
            b.setEnabled(key in opened)
        ruler = self.step_buttons["ruler"]
        ruler.setText(self.tr("Ruler"))
        ruler.setEnabled(step_gap("floor", self.canvas.shapes, self.floor_xy) is None)
        ruler.setToolTip(self.tr("Measure a known length on the floor (after the floor points)."))
        self.step_buttons[self.tool].setChecked(True)
        self.floor_form.setVisible(self.tool == "floor")
        self.next_btn.setEnabled(self.tool not in ("check", "ruler"))
        gap = step_gap(self.tool, self.canvas.shapes, self.floor_xy) if self.tool in STEPS[:-1] else None
        instructions = {
            "floor": self.tr("Step 1 of 5: click a floor mark, then type its floor position (x, y in metres) before "
                             "the next click. Four or more marks, spread over the floor, not on one line."),
            "staff": self.tr("Step 2 of 5: click the corners of the staff area behind the counter, on the floor."),
            "customer": self.tr("Step 3 of 5: click the corners of the customer area in front of the counter, on the "
                                "floor."),
            "counter": self.tr("Step 4 of 5: click along the customer-side edge of the counter, where it meets the "
                               "floor."),
            "check": self.tr("Step 5 of 5: the check shows how far the floor points land from where they should. "
                             "Save when it is good."),
            "ruler": self.tr("Ruler: click two points on the floor; their distance is shown in metres."),
        }
        text = instructions[self.tool]
        if self.tool in STEPS[:-1] and gap is None:
            text += " " + self.tr("Done: press Next step.")
        self.instruction.setText(text)

    def set_tool(self, tool: str) -> bool:
        """Goes to a step (or the ruler); a step after one not yet done is refused with what is missing.

        Returns:
            True when the step was opened.

        Raises:
            ValueError: Not a step nor the ruler.
        """
        if tool not in STEPS and tool != "ruler":
            raise ValueError(f"unknown tool {tool!r}")
        gap = self.gap()
        if tool == "ruler" and gap is not None and gap.step == "floor":
            self._say(self.gap_text(gap))
            self._show_step()
            return False
        if tool in STEPS and tool not in open_steps(self.canvas.shapes, self.floor_xy):
            self._say(self.gap_text(gap))
            self._show_step()
            return False
        self.tool = tool
        if tool == "ruler":
            self.canvas.shapes["ruler"] = []
        self._show_step()
        if tool == "check":
            self.run_check()
        return True

    def next_step(self) -> bool:
        """Moves to the next step when the current one is done; otherwise says what it lacks."""
        if self.tool not in STEPS[:-1]:
            return False
        gap = step_gap(self.tool, self.canvas.shapes, self.floor_xy)
        if gap is not None:
            self._say(self.gap_text(gap))
            return False
        return self.set_tool(STEPS[STEPS.index(self.tool) + 1])

    def add_point(self, x: float, y: float) -> None:
        """Adds a click (frame pixels) to the current step's shape (on the Check step: nothing)."""
        if self.tool == "check":
            self._say(self.tr("Go back to a drawing step to change the points."))
            return
        pts = self.canvas.shapes[self.tool]
        if self.tool == "ruler" and len(pts) >= 2:
            pts.clear()
        pts.append((x, y))
        self.last_check = None
        if self.tool == "floor":
            self.floor_xy.append((self.fx.value(), self.fy.value()))
            self._say(self.tr("Floor point {n}: image ({x:.0f}, {y:.0f}) = floor ({fx:.3f}, {fy:.3f}) m")
                      .format(n=len(pts), x=x, y=y, fx=self.fx.value(), fy=self.fy.value()))
        elif self.tool == "ruler" and len(pts) == 2:
            self._say(self.ruler_text())
        self._show_step()
        self.canvas.update()

    def undo(self) -> None:
        """Removes the last point of the current step."""
        pts = self.canvas.shapes.get(self.tool) if self.tool != "check" else None
        if pts:
            pts.pop()
            if self.tool == "floor":
                self.floor_xy.pop()
            self.last_check = None
        self._show_step()
        self.canvas.update()

    def _say(self, text: str, poor: bool = False) -> None:
        """Shows a status line (in red for a poor fit)."""
        self.status.setStyleSheet(RED if poor else "")
        self.status.setText(text)

    def ruler_text(self) -> str:
        """The floor distance between the two ruler points, or why it cannot be measured."""
        pts = self.canvas.shapes["ruler"]
        if len(pts) != 2:
            return self.tr("Click two points to measure.")
        try:
            geo = floor_geometry(self._floor_only())  # drawn at the frame's own size: no scaling
            return self.tr("Ruler: {d:.2f} m on the floor").format(d=geo.floor_distance(pts[0], pts[1]))
        except (ProfileError, GeometryError) as e:
            return self.tr("Cannot measure yet: {e}").format(e=error_text(e))

    # -- result --------------------------------------------------------------------------------

    def profile(self) -> CalibrationProfile:
        """The profile drawn so far.

        Raises:
            ProfileError: Something is missing or invalid (the message says what).
        """
        sh = self.canvas.shapes
        return self._profile(sh["staff"], sh["customer"], sh["counter"])

    def _profile(self, staff, customer, counter) -> CalibrationProfile:
        """The drawn floor points with these zones and counter (frame pixels)."""
        w, h = self.canvas.frame_size
        data = {"camera_id": self.camera_id, "image_width": w, "image_height": h,
                "staff_zone": staff, "customer_zone": customer, "counter": counter,
                "floor": {"kind": "points", "points": [{"image": i, "floor": f}
                                                       for i, f in zip(self.canvas.shapes["floor"], self.floor_xy)]}}
        return parse_profile(data, "(dialog)")

    def _floor_only(self) -> CalibrationProfile:
        """The floor points with the whole frame standing in for zones not drawn yet (the ruler needs only
        the floor; the stand-in counter is the frame's bottom edge, nearest the camera)."""
        w, h = self.canvas.frame_size
        sh, whole = self.canvas.shapes, [(0.0, 0.0), (w, 0.0), (w, h - 1.0), (0.0, h - 1.0)]
        return self._profile(sh["staff"] if len(sh["staff"]) >= 3 else whole,
                             sh["customer"] if len(sh["customer"]) >= 3 else whole,
                             sh["counter"] if len(sh["counter"]) >= 2 else [(0.0, h - 1.0), (w, h - 1.0)])

    def run_check(self) -> str:
        """Checks the calibration and shows the result (in red when the fit is poor); returns the message."""
        gap = self.gap()
        if gap is not None:
            self.last_check = None
            self._say(self.gap_text(gap))
            return self.status.text()
        try:
            chk = check_profile(self.profile())
        except (ProfileError, GeometryError) as e:
            self.last_check = None
            self._say(error_text(e))
            return self.status.text()
        self.last_check = chk
        msg = self.check_text(chk)
        if poor_fit(chk):
            msg += " " + self.poor_fit_text(chk)
        self._say(msg, poor=poor_fit(chk))
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

    def poor_fit_text(self, chk: CalibrationCheck) -> str:
        """Why a poor fit should not be trusted, and what to do."""
        return self.tr("This is more than {limit:.0f} cm: distances on the floor would be off by about {err:.0f} cm. "
                       "Check the floor positions typed for each mark, or click the marks again.").format(
            limit=POOR_FIT_CM, err=fit_error_cm(chk))

    def _accept(self) -> None:
        """Save: every step done, then the check; a poor fit needs an explicit confirmation."""
        self.run_check()
        if self.last_check is None:
            return
        if poor_fit(self.last_check):
            self.ask_save_poor_fit(self.last_check)
            return
        self.accept()

    def ask_save_poor_fit(self, chk: CalibrationCheck) -> QMessageBox:
        """Asks (without blocking) whether a fit worse than the limit is saved all the same."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Poor calibration"), "", parent=self)
        box.setText(self.tr("The fit's error is {err:.0f} cm, more than {limit:.0f} cm.").format(
            err=fit_error_cm(chk), limit=POOR_FIT_CM))
        box.setInformativeText(self.tr("Distances to the counter and zone decisions will be unreliable. Save it "
                                       "anyway, or go back and re-measure the floor points?"))
        self.save_anyway = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.go_back = box.addButton(self.tr("Go back and re-measure"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.go_back)
        box.buttonClicked.connect(lambda b: self._poor_fit_answer(b is self.save_anyway))
        self.confirm_box = box
        box.open()
        return box

    def _poor_fit_answer(self, save: bool) -> None:
        self.confirm_box = None
        if save:
            self.accept()
        else:
            self._say(self.tr("Not saved. Re-measure the floor points, then check again."), poor=True)


__all__ = ["CalibrationDialog", "FrameCanvas", "TOOLS"]
