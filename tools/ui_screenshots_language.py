"""Screenshots of what a user reads when something goes wrong, and of the rules editor and the
monthly PDF, in both languages (no models needed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/ui_screenshots_language.py

Writes ``docs/screenshots/``: ``settings_rules_<lang>`` (setting names in words, clauses),
``error_roster_<lang>`` (a roster clash, in local time), ``error_rules_<lang>`` (a refused rule
value), ``error_calibration_<lang>`` (Check before the zones are drawn), ``file_dialog_<lang>``
(Qt's own file dialog) and ``report_<lang>`` (the first page of the monthly PDF, with ``pdftoppm``).
The demo data are those of ``tools/ui_screenshots.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from ui_screenshots import OUT, demo_store, grab  # noqa: E402


def grab_settings(ctx, lang: str) -> None:
    """The rules editor, a refused rule value and a roster clash."""
    from ui.screens.settings import SettingsScreen

    s = SettingsScreen(ctx)
    s.resize(1280, 800)
    s.show()
    s.tabs.setCurrentIndex(3)
    grab(s, f"settings_rules_{lang}")
    points = next(r for r, (_i, path, _n, _v) in enumerate(s._rows) if path == ("points",))
    s.rules_table.item(points, 2).setText("-3")
    s.save_rules()
    grab(s, f"error_rules_{lang}")
    s.reload()
    s.tabs.setCurrentIndex(2)
    entry = next(e for e in ctx.store.list_roster() if e.staff_code == "S001")
    start = entry.start.astimezone(s.tz) + timedelta(hours=1)
    s.r_staff.setCurrentIndex(s.r_staff.findData("S002"))
    s.r_station.setCurrentIndex(s.r_station.findData(entry.station_name))
    s.r_start.setText(start.strftime("%Y-%m-%d %H:%M"))
    s.r_end.setText((start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"))
    s.add_roster()
    grab(s, f"error_roster_{lang}")
    s.close()


def grab_calibration_error(folder: Path, lang: str) -> None:
    """The calibration dialog's Check pressed before any zone is drawn."""
    import cv2

    from inspector.sample import write_sample_video
    from ui.calibration_dialog import CalibrationDialog

    video = write_sample_video(folder / "calib.mp4", seconds_present=1, seconds_empty=0)
    cap = cv2.VideoCapture(str(video))
    ok, frame = cap.read()
    cap.release()
    if not ok:
        raise RuntimeError(f"cannot read a frame of {video}")
    dlg = CalibrationDialog(frame, "desk-1")
    dlg.resize(1100, 760)
    dlg.show()
    dlg.run_check()
    grab(dlg, f"error_calibration_{lang}")
    dlg.close()


def grab_file_dialog(folder: Path, lang: str) -> None:
    """Qt's own file dialog (not the system's), as the roster import opens it."""
    from PySide6.QtWidgets import QFileDialog

    (folder / "roster.csv").write_text("staff,station,start,end\n", encoding="utf-8")
    d = QFileDialog(None, "", str(folder), "CSV (*.csv)")
    d.setOption(QFileDialog.Option.DontUseNativeDialog)
    d.resize(760, 440)
    d.show()
    grab(d, f"file_dialog_{lang}")
    d.close()


def grab_report(ctx, folder: Path, lang: str) -> None:
    """The first page of this month's PDF report."""
    from datetime import datetime, timezone

    from inspector.report import write_pdf
    from inspector.scoring import ScoringConfig, compute_month, parse_month, resolve_timezone

    cfg = ScoringConfig()
    month = parse_month(datetime.now(timezone.utc).strftime("%Y-%m"))
    since, until = month.bounds(resolve_timezone(cfg.timezone))
    s = ctx.store
    report = compute_month(month, s.list_staff(), s.list_events(since=since, until=until),
                           s.list_inspections(since=since, until=until), cfg)
    pdf = write_pdf(report, folder / f"report_{lang}.pdf", language=lang) and folder / f"report_{lang}.pdf"
    if not shutil.which("pdftoppm"):
        print("pdftoppm (poppler-utils) not installed: no picture of the PDF", file=sys.stderr)
        return
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf),
                    str(OUT / f"report_{lang}")], check=True)
    print("wrote", (OUT / f"report_{lang}.png").relative_to(REPO))


def main() -> int:
    from ui.app import setup_app
    from ui.context import open_context

    setup = setup_app("en")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ctx = open_context(data_dir=folder / "data")
        demo_store(ctx, folder)
        for lang in ("en", "zh_CN"):
            setup.translators.install(lang)
            grab_settings(ctx, lang)
            grab_calibration_error(folder, lang)
            grab_file_dialog(folder, lang)
            grab_report(ctx, folder, lang)
        ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
