"""Grabs the screens changed for issue 14 §5, §7 and §8 in both languages into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/ui_screenshots_issue14.py

No models are needed. On a throw-away store with the demo data of :mod:`tools.ui_screenshots`:

* ``calibration_steps_*``: Save pressed with only the floor points placed (the step that is missing,
  in words); ``calibration_poor_fit_*`` and ``calibration_poor_fit_confirm_*``: a fit with one floor
  position typed 90 cm wrong, in red, and the confirmation Save asks for;
* ``inspection_replace_*``: the question before a second same-day inspection replaces the first;
* ``scores_inspection_staff_*`` / ``scores_inspection_appeals_*``: a staff member's drill-down with
  their failed inspection and its appeal, and the manager's list of inspection appeals to decide;
* ``review_assign_*``: an unassigned event with the staff picker and Assign.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

PW = "demo-password-1"


def calibration(app, frame, lang: str, grab, wait) -> None:
    """The dialog refusing Save before the zones exist, then a poor fit and its confirmation."""
    import cv2
    import numpy as np
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.calibration_dialog import CalibrationDialog

    h, w = frame.shape[:2]
    floor = np.float32([[-1.0, 3.0], [1.0, 3.0], [1.0, 1.5], [-1.0, 1.5]])
    image = np.float32([[0.30 * w, 0.58 * h], [0.70 * w, 0.58 * h], [0.86 * w, 0.92 * h], [0.14 * w, 0.92 * h]])
    hom = cv2.getPerspectiveTransform(floor, image)
    marks = np.float32([[-1.0, 3.0], [1.0, 3.0], [1.0, 1.5], [-1.0, 1.5], [0.5, 2.6], [-0.5, 2.0]])
    pts = cv2.perspectiveTransform(marks[None], hom)[0]
    typed = marks.copy()
    typed[4] = (0.5, 3.5)  # one position typed 90 cm wrong

    def dialog(positions) -> CalibrationDialog:
        dlg = CalibrationDialog(frame, "desk-1")
        dlg.resize(1200, 760)
        dlg.show()
        for (fx, fy), (x, y) in zip(positions, pts):
            dlg.fx.setValue(float(fx))
            dlg.fy.setValue(float(fy))
            dlg.add_point(float(x), float(y))
        return dlg

    dlg = dialog(marks)
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    grab(dlg, f"calibration_steps_{lang}")
    dlg.close()
    dlg = dialog(typed)
    shapes = {"staff": [(0.05, 0.50), (0.95, 0.50), (0.95, 0.62), (0.05, 0.62)],
              "customer": [(0.05, 0.66), (0.95, 0.66), (0.95, 0.98), (0.05, 0.98)],
              "counter": [(0.15, 0.64), (0.85, 0.64)]}
    for tool, rel in shapes.items():
        dlg.set_tool(tool)
        for rx, ry in rel:
            dlg.add_point(rx * w, ry * h)
    dlg.set_tool("check")
    grab(dlg, f"calibration_poor_fit_{lang}")
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    wait(app, lambda: False, 0.2)
    grab(dlg.confirm_box, f"calibration_poor_fit_confirm_{lang}")
    dlg.go_back.click()
    dlg.close()


def inspection(app, ctx, lang: str, grab, wait) -> None:
    """A second inspection of 李娜 the same day: the question before it replaces the first."""
    from inspector.inspection import ITEMS, InspectionResult, ItemResult, ItemStatus
    from ui.screens.inspection import InspectionScreen

    def result(failed):
        return InspectionResult("S002", datetime.now(timezone.utc),
                                tuple(ItemResult(i, ItemStatus.FAIL if i in failed else ItemStatus.PASS, 0.9, "", -1)
                                      for i in ITEMS))

    screen = InspectionScreen(ctx)
    screen.resize(1400, 850)
    screen.show()
    screen.staff.setCurrentIndex(screen.staff.findData("S002"))
    if not ctx.store.inspections_on_day("S002", datetime.now(timezone.utc)):
        screen.show_result(result(("badge",)))
        screen.save()
    screen.saved_id = None
    screen.show_result(result(("badge", "smile")))
    screen.save()
    wait(app, lambda: False, 0.2)
    grab(screen, f"inspection_replace_screen_{lang}")
    grab(screen.replace_box, f"inspection_replace_{lang}")
    screen.replace_box.keep_btn.click()
    screen.close()


def scores(app, staff_ctx, manager_ctx, lang: str, grab, wait) -> None:
    """The staff member's drill-down with their inspection, then the manager's inspection appeals."""
    from ui.screens.scores import INSPECTION_ROLE, ScoresScreen

    days_back = 1 if lang == "en" else 2  # one failed inspection per language, on its own day
    rec = manager_ctx.store.add_inspection("S001", datetime.now(timezone.utc) - timedelta(days=days_back),
                                     {"badge": False, "uniform": True, "smile": True}, 1, inspector="manager")
    mine = ScoresScreen(staff_ctx)
    mine.resize(1400, 850)
    mine.show()
    col = mine.RULE_COL + mine.rule_ids.index("inspection")
    mine.drill(0, col)
    mine.events.selectRow(next(r for r in range(mine.events.rowCount())
                               if mine.events.item(r, 0).data(INSPECTION_ROLE) == rec.id))
    if mine.insp_appeal_btn.isEnabled():
        mine.insp_comment.setText("侧面可以看到工牌，被围巾挡住了" if lang == "zh_CN"
                                  else "My badge is on the side view, under the scarf")
        grab(mine, f"scores_inspection_staff_{lang}")
        mine.appeal_inspection()
    else:
        grab(mine, f"scores_inspection_staff_{lang}")
    mine.close()
    screen = ScoresScreen(manager_ctx)
    screen.resize(1400, 850)
    screen.show()
    if screen.show_inspection_appeals():
        screen.events.selectRow(screen.events.rowCount() - 1)  # the appeal written in this language
    screen.insp_comment.setText("侧面画面中工牌清晰可见" if lang == "zh_CN" else "The badge is clearly visible on the side view")
    grab(screen, f"scores_inspection_appeals_{lang}")
    screen.close()


def review(app, ctx, lang: str, grab, wait) -> None:
    """An unassigned event selected, a staff member chosen beside Assign."""
    from ui.screens.review import UNASSIGNED, ReviewScreen

    screen = ReviewScreen(ctx)
    screen.resize(1500, 850)
    screen.show()
    screen.f_staff.setCurrentIndex(screen.f_staff.findData(UNASSIGNED))
    if screen.events:
        screen.table.selectRow(0)
        screen.assign_staff.setCurrentIndex(screen.assign_staff.findData("S003"))
    grab(screen, f"review_assign_{lang}")
    screen.close()


def main() -> int:
    import cv2

    import ui_screenshots as shots
    from inspector.sample import write_sample_video
    from ui.app import setup_app
    from ui.context import AppContext, open_context

    shots.OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ui_shots14_"))
    setup = setup_app("en")
    ctx = open_context(data_dir=tmp / "data")
    shots.demo_store(ctx, tmp)
    store = ctx.store
    now = datetime.now(timezone.utc).replace(microsecond=0)
    t = now - timedelta(minutes=40)
    store.add_event(station="desk-2", source_id="cam", rule_id="slouching", rules_version="default-1", start=t,
                    end=t + timedelta(seconds=15), peak_confidence=0.81, features={}, points=1, track_id=1)
    store.init_manager("manager", PW)
    manager = store.as_actor(store.authenticate("manager", PW))
    manager.add_user("zhang.wei", "staff", PW, staff_code="S001")
    manager_ctx = AppContext(store=store, cfg=ctx.cfg, rules=ctx.rules, data_dir=ctx.data_dir, reviewer="manager")
    manager_ctx.sign_in(store.authenticate("manager", PW))
    staff_ctx = AppContext(store=store, cfg=ctx.cfg, rules=ctx.rules, data_dir=ctx.data_dir)
    staff_ctx.sign_in(store.authenticate("zhang.wei", PW))
    video = write_sample_video(tmp / "sample.mp4", seconds_present=1, seconds_empty=0, fps=10)
    cap = cv2.VideoCapture(str(video))
    ok, frame = cap.read()
    cap.release()
    app = setup.app
    for lang in ("en", "zh_CN"):
        setup.switch_language(lang)
        calibration(app, frame, lang, shots.grab, shots.wait)
        inspection(app, manager_ctx, lang, shots.grab, shots.wait)
        review(app, manager_ctx, lang, shots.grab, shots.wait)
        scores(app, staff_ctx, manager_ctx, lang, shots.grab, shots.wait)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
