"""Grabs every screen of the app in both languages into docs/screenshots/ (run under Xvfb).

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python tools/ui_screenshots.py

Makes a throw-away store with demo staff, a station, a roster, events over six months (some
confirmed, some dismissed, one with a clip made from the sample video, one whose clip is
missing), then runs the live view, the kiosk and the shift-start inspection on the sample video
with the real models (``--only-inspection``: the inspection screens only). The camera calibration
dialog is opened from the live screen on the sample video's first frame, a demo calibration drawn
and checked, then saved (``--only-calibration``: those two pictures only, no models needed).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots"


def demo_store(ctx, folder: Path) -> None:
    """Demo staff, station, roster and events (deterministic)."""
    from inspector.sample import SAMPLE_REGION, write_sample_video

    s = ctx.store
    for code, name in (("S001", "张伟"), ("S002", "李娜"), ("S003", "王芳"), ("S004", "Chen Jie")):
        s.add_staff(code, name)
    s.add_station("desk-1", "0", "一号窗口 / counter 1", roi=SAMPLE_REGION)  # the sample's person is its staff
    s.add_station("desk-2", "1", "二号窗口 / counter 2")
    now = datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0)
    s.add_roster("S001", "desk-1", now - timedelta(hours=1), now + timedelta(hours=8))  # on duty now (live view)
    clip = write_sample_video(folder / "clips" / "phone.mp4", seconds_present=3, seconds_empty=1)
    rules = [("phone_use", 3), ("slouching", 1), ("forbidden_arms_standing", 2), ("not_upright", 1),
             ("post_unattended", 5), ("chin_on_hand", 1)]
    k = 0
    for months_back in range(5, -1, -1):
        day0 = now - timedelta(days=30 * months_back + 2)
        for i, code in enumerate(("S001", "S002", "S003", "S004")):
            station = "desk-1" if i % 2 == 0 else "desk-2"
            start = day0 - timedelta(days=i * 3, hours=2)
            s.add_roster(code, station, start - timedelta(hours=1), start + timedelta(hours=8))
            for j in range((months_back + i * 2) % 5 + 1):
                rule, pts = rules[(k + j) % len(rules)]
                t = start + timedelta(minutes=20 * j + 5)
                ev, _ = s.add_event(station=station, source_id="cam", rule_id=rule, rules_version="default-1",
                                    start=t, end=t + timedelta(seconds=12), peak_confidence=0.72 + 0.04 * (j % 5),
                                    features={"arm_posture_confidence": 0.8}, points=pts, track_id=j + 1,
                                    clip_path=_clip_copy(clip, k, j) if j % 3 == 0 else str(folder / "clips" / f"lost{k}-{j}.mp4"),
                                    clip_status="ok")
                if months_back > 0 or j % 2:
                    s.decide(ev.id, "confirm" if (k + j) % 3 else "dismiss", "审核员 A", "")
            k += 1


def _clip_copy(clip: Path, k: int, j: int) -> str:
    """The sample clip for one event (a file is the evidence of one event only)."""
    if k == 0 and j == 0:
        return str(clip)
    copy = clip.with_name(f"phone-{k}-{j}.mp4")
    shutil.copyfile(clip, copy)
    return str(copy)


def grab(widget, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print("wrote", path.relative_to(REPO))


def wait(app, cond, timeout_s: float) -> bool:
    import time

    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return True
        time.sleep(0.01)
    return False


def grab_inspection(app, w, video: Path, lang: str) -> None:
    """The inspection tab while it guides, then its checklist with one item overridden."""
    from PySide6.QtWidgets import QDialogButtonBox

    insp = w.inspection
    w.tabs.setCurrentWidget(insp)
    # one staff member per language: the second inspection of a person on one day would ask to replace the first
    insp.staff.setCurrentIndex(insp.staff.findData("S002" if lang == "en" else "S003"))
    insp.start(str(video))
    wait(app, lambda: insp.feed is not None and insp.feed.progress().front_frames >= 5, 90)
    grab(w, f"inspection_guidance_{lang}")
    wait(app, lambda: insp.result is not None, 120)
    row = next(r for r, it in enumerate(insp.result.items) if it.item == "hands")
    insp.table.selectRow(row)
    dlg = insp.open_override()
    dlg.status.setCurrentIndex(dlg.status.findData("pass"))
    dlg.reason.setText("双手自然下垂 / hands were hanging" if lang == "zh_CN" else "hands were hanging when checked in person")
    grab(dlg, f"inspection_override_{lang}")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    insp.table.selectRow(0)
    insp.save()
    grab(w, f"inspection_{lang}")


def draw_demo_calibration(dlg) -> None:
    """Draws a plausible calibration on the dialog's frame: six floor marks seen in perspective
    (consistent with one homography), the staff zone behind the counter, the customer zone in front."""
    import cv2
    import numpy as np

    w, h = dlg.canvas.frame_size
    floor = np.float32([[-1.0, 3.0], [1.0, 3.0], [1.0, 1.5], [-1.0, 1.5]])
    image = np.float32([[0.30 * w, 0.58 * h], [0.70 * w, 0.58 * h], [0.86 * w, 0.92 * h], [0.14 * w, 0.92 * h]])
    hom = cv2.getPerspectiveTransform(floor, image)
    marks = np.float32([[-1.0, 3.0], [1.0, 3.0], [1.0, 1.5], [-1.0, 1.5], [0.5, 2.6], [-0.5, 2.0]])
    pts = cv2.perspectiveTransform(marks[None], hom)[0]
    pts[4:] += ((2.0, -1.5), (-1.0, 1.0))  # clicked a little off, as a hand does
    dlg.set_tool("floor")
    for (fx, fy), (x, y) in zip(marks, pts):
        dlg.fx.setValue(float(fx))
        dlg.fy.setValue(float(fy))
        dlg.add_point(float(x), float(y))
    shapes = {"staff": [(0.05, 0.50), (0.95, 0.50), (0.95, 0.62), (0.05, 0.62)],
              "customer": [(0.05, 0.66), (0.95, 0.66), (0.95, 0.98), (0.05, 0.98)],
              "counter": [(0.15, 0.64), (0.85, 0.64)]}
    for tool, rel in shapes.items():
        dlg.set_tool(tool)
        for rx, ry in rel:
            dlg.add_point(rx * w, ry * h)
    dlg.run_check()


def grab_calibration(app, w, video: Path, lang: str) -> None:
    """The calibration dialog opened from the live screen (demo drawing checked), then the saved note."""
    from PySide6.QtWidgets import QDialogButtonBox

    live = w.live
    w.tabs.setCurrentWidget(live)
    live.spec.setText(str(video))
    live.kind.setCurrentIndex(1)
    live.station.setCurrentIndex(live.station.findData("desk-1"))
    dlg = live.open_calibration()
    if dlg is None:
        raise RuntimeError(f"the calibration dialog did not open: {live.banner.text()}")
    draw_demo_calibration(dlg)
    wait(app, lambda: False, 0.3)
    grab(dlg, f"calibration_{lang}")
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    grab(w, f"live_calibration_saved_{lang}")
    from inspector.site import station_profile_path

    station_profile_path(live.ctx.data_dir, "desk-1").unlink()  # the other language's pictures start uncalibrated too
    live.banner.hide()


TRUST_PW = "demo-password-1"


def add_accounts(ctx) -> None:
    """A manager and a staff account for the first demo staff member (after the other screens are grabbed)."""
    store = ctx.store
    if not store.has_accounts():
        store.init_manager("manager", TRUST_PW)
        manager = store.as_actor(store.authenticate("manager", TRUST_PW))
        manager.add_user("zhang.wei", "staff", TRUST_PW, staff_code=manager.list_staff()[0].code)


def grab_trust(ctx, lang: str, switch_language) -> None:
    """The sign-in dialog (after a failed attempt) and a staff member's "My events" view."""
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.signin import SignInDialog

    add_accounts(ctx)
    dlg = SignInDialog(ctx.store, user="zhang.wei")
    dlg.show()
    dlg.password.setText("not-the-password")
    dlg.try_sign_in()
    grab(dlg, f"signin_{lang}")
    dlg.close()
    staff_ctx = AppContext(store=ctx.store, cfg=ctx.cfg, rules=ctx.rules, data_dir=ctx.data_dir)
    staff_ctx.sign_in(ctx.store.authenticate("zhang.wei", TRUST_PW))
    w = MainWindow(staff_ctx, switch_language=switch_language)
    w.set_language_choice(lang)
    w.resize(1500, 900)
    w.show()
    w.tabs.setCurrentWidget(w.review)
    row = next((i for i, e in enumerate(w.review.events) if e.clip_path and Path(e.clip_path).name.startswith("phone")), 0)
    w.review.table.selectRow(row)
    w.review.player.show_index(12)
    w.review.comment.setText("当时我在为顾客填写表格" if lang == "zh_CN" else "I was filling in a form for a customer")
    grab(w, f"my_events_{lang}")
    if w.review.current() is not None and w.review.current().appeal is None:
        w.review.appeal()  # the appeal the manager decides below
    w.close()
    grab_appeals(ctx, lang, switch_language)


def grab_appeals(ctx, lang: str, switch_language) -> None:
    """The manager's appeals queue: the open appeal selected, the reason written, Uphold / Overturn."""
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.screens.review import APPEALS

    manager_ctx = AppContext(store=ctx.store, cfg=ctx.cfg, rules=ctx.rules, data_dir=ctx.data_dir)
    manager_ctx.sign_in(ctx.store.authenticate("manager", TRUST_PW))
    w = MainWindow(manager_ctx, switch_language=switch_language)
    w.set_language_choice(lang)
    w.resize(1500, 900)
    w.show()
    w.tabs.setCurrentWidget(w.review)
    w.review.f_status.setCurrentIndex(w.review.f_status.findData(APPEALS))
    if w.review.events:
        w.review.table.selectRow(0)
        w.review.player.show_index(12)
    w.review.comment.setText("录像显示当时确实在为顾客填表" if lang == "zh_CN"
                             else "The clip shows the form being filled in for the customer")
    grab(w, f"appeals_{lang}")
    w.close()


def grab_live(app, w, video: Path, lang: str) -> None:
    """The live view on a long sample video, once 25 frames were analysed and a person is in view
    (a slow or busy machine drops frames: the video is long enough for that)."""
    live = w.live
    w.tabs.setCurrentWidget(live)
    live.spec.setText(str(video))
    live.kind.setCurrentIndex(1)
    live.station.setCurrentIndex(live.station.findData("desk-1"))
    live.start()

    def ready() -> bool:
        runner = live.runner
        if runner is None or runner.stats().analysed <= 25:
            return False
        _, result = runner.latest()
        return result is not None and bool(result.persons)

    wait(app, ready, 120)
    grab(w, f"live_{lang}")
    live.stop()


def grab_failures(app, w, lang: str, missing: Path) -> None:
    """A source that cannot be read: the live view cleared with the cause large, the Self-check tab
    with its source picker, and the self-check after its source failed (with Retry)."""
    live = w.live
    w.tabs.setCurrentWidget(live)
    live.spec.setText(str(missing))
    live.kind.setCurrentIndex(1)
    live.start()
    wait(app, lambda: live.runner is None, 30)
    grab(w, f"live_failed_{lang}")
    w.tabs.setCurrentWidget(w.kiosk)
    grab(w, f"selfcheck_tab_{lang}")
    w.kiosk.start(str(missing))
    wait(app, lambda: w.kiosk.runner is None, 30)
    grab(w, f"selfcheck_failed_{lang}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only-inspection", action="store_true", help="Grab only the inspection screens.")
    ap.add_argument("--only-trust", action="store_true", help="Grab only the sign-in dialog and the staff view.")
    ap.add_argument("--only-live", action="store_true", help="Grab only the live view (real models).")
    ap.add_argument("--only-failures", action="store_true",
                    help="Grab only the live view and the self-check after a source failed (no models needed).")
    ap.add_argument("--only-calibration", action="store_true",
                    help="Grab only the camera calibration dialog opened from the live screen.")
    args = ap.parse_args()
    from inspector.sample import write_sample_video
    from ui.app import preload_engine, setup_app
    from ui.context import open_context
    from ui.main_window import MainWindow
    from ui.screens.kiosk import KioskScreen

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ui_shots_"))
    setup = setup_app("en")
    print("CJK font:", setup.cjk_family)
    if not (args.only_calibration or args.only_failures):
        preload_engine()
    ctx = open_context(data_dir=tmp / "data")
    demo_store(ctx, tmp)
    video = write_sample_video(tmp / "sample.mp4", seconds_present=8, seconds_empty=2, fps=10)
    live_video = write_sample_video(tmp / "live.mp4", seconds_present=40, seconds_empty=1, fps=10)
    kiosk_video = write_sample_video(tmp / "kiosk.mp4", seconds_present=16, seconds_empty=1, fps=10)
    app = setup.app
    for lang in ("en", "zh_CN"):
        setup.switch_language(lang)
        w = MainWindow(ctx, switch_language=setup.switch_language)
        w.resize(1500, 900)
        w.show()
        if args.only_trust:
            w.close()
            continue
        if args.only_inspection:
            grab_inspection(app, w, video, lang)
            w.close()
            continue
        if args.only_calibration:
            grab_calibration(app, w, video, lang)
            w.close()
            continue
        if args.only_failures:
            grab_failures(app, w, lang, tmp / "camera-recording-2026-03-01.mp4")
            w.close()
            continue
        grab_live(app, w, live_video, lang)
        if args.only_live:
            w.close()
            continue
        grab_calibration(app, w, video, lang)
        w.tabs.setCurrentWidget(w.review)
        w.review.f_status.setCurrentIndex(w.review.f_status.count() - 1)
        row = next(i for i, e in enumerate(w.review.events) if e.clip_path and Path(e.clip_path).name.startswith("phone"))
        w.review.table.selectRow(row)
        w.review.player.show_index(12)
        grab(w, f"review_{lang}")
        row = next(i for i, e in enumerate(w.review.events) if e.clip_path and "lost" in e.clip_path)
        w.review.table.selectRow(row)
        grab(w, f"review_missing_clip_{lang}")
        w.tabs.setCurrentWidget(w.scores)
        w.scores.table.setCurrentCell(0, 1)
        col = next((c for c in range(4, w.scores.table.columnCount()) if w.scores.table.item(0, c).text()), 1)
        w.scores.drill(0, col)
        grab(w, f"scores_{lang}")
        w.tabs.setCurrentWidget(w.settings)
        for i, name in ((0, "staff"), (2, "roster"), (3, "rules"), (4, "general")):
            w.settings.tabs.setCurrentIndex(i)
            grab(w, f"settings_{name}_{lang}")
        grab_inspection(app, w, video, lang)
        grab_failures(app, w, lang, tmp / "camera-recording-2026-03-01.mp4")
        w.close()
        k = KioskScreen(ctx)
        k.resize(1500, 900)
        k.show()
        k.start(str(kiosk_video))
        wait(app, lambda: k.state is not None and k.state.feedback, 90)
        wait(app, lambda: k.check.progress > 0.3, 30)
        grab(k, f"kiosk_check_{lang}")
        wait(app, lambda: k.state.phase.value == "done", 60)
        grab(k, f"kiosk_summary_{lang}")
        k.shutdown()
        k.close()
    for lang in () if (args.only_calibration or args.only_failures or args.only_live) else ("en", "zh_CN"):  # last: once accounts exist, anonymous writes are refused
        setup.switch_language(lang)
        grab_trust(ctx, lang, setup.switch_language)
    ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
