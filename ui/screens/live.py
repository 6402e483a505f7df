"""Live monitor: the video with the skeleton and a label per person, violations as they happen.

The last source and station are remembered (QSettings, :data:`RESUME_KEYS`) with whether a run was
going on; when the app closed or crashed during a run, :meth:`LiveScreen.resume_last` starts it
again at the next launch with a visible note. A banner warns when the camera signal is lost (the
source reconnects by itself) and when an evidence clip was not saved because the disk is full.

**Calibrate camera…** (managers, a station chosen) opens the
:class:`~ui.calibration_dialog.CalibrationDialog` on a still frame (the running view's newest
frame, else the first frame of the source in the source box) with the station's profile, and
saves the result as ``<data_dir>/calibration/<station>.json`` (recorded in the audit trail as
``calibration.save``). A run of a calibrated station tells staff from customers by the zones and
judges greetings (:func:`inspector.live_session.start_live`).

**Who is judged.** A recording run of a station with neither a region nor a calibration is
refused with a banner that says how to give it one (Calibrate camera…, or
``inspector stations region``), unless "Who is judged" says on purpose: everyone in the frame
(every face but the flagged person's blurred in clips) or everyone uncalibrated (every face
blurred). The run holds the station's lock, so it never runs beside an ``inspector analyze`` of
the same station.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QListWidget,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from calibration.profile import CalibrationProfile, ProfileError, load_profile
from inspector.auth import Permission
from inspector.badge.enrolment import EnrolmentError
from inspector.live import LiveRunner, RunState
from inspector.locking import LockHeld, LockUnavailable
from inspector.sources import SourceError
from inspector.station import Judging, UnjudgedStation
from inspector.store import StoreError
from inspector.types import FrameResult
from ui.calibration_dialog import CalibrationDialog
from ui.context import AppContext
from ui.error_text import error_text, message_text
from ui.labels import points_text, rule_name, run_end_text, run_status
from inspector.live_session import EventRecorder, Violation, start_live
from ui.widgets.lists import wrapping_list
from ui.widgets.judging import JudgingChoice
from ui.widgets.source_picker import SourcePicker
from ui.widgets.still_frame import first_frame, grab_still
from ui.widgets.video import OpenEvents, VideoView, person_caption

try:  # the overlay module of the engine; without it the live view shows boxes and labels only
    from inspector.draw import draw_skeleton
except ImportError:  # pragma: no cover
    draw_skeleton = None

ROSTER_REFRESH_S = 30.0
SOURCE_KEY, KIND_KEY, STATION_KEY, RUNNING_KEY = "live/source", "live/kind", "live/station", "live/running"
JUDGING_KEY = "live/judging"
RESUME_KEYS = (SOURCE_KEY, KIND_KEY, STATION_KEY, RUNNING_KEY, JUDGING_KEY)
"""QSettings keys of the last live run (source text, source kind, station, whether it was running,
who was judged)."""
BANNER_STYLE = {"warn": "background:#b3261e;color:white;font-weight:bold;padding:6px;",
                "info": "background:#1f5fa8;color:white;padding:6px;"}


SPLITTER_KEY = "live/splitter"
"""QSettings key of the video / side panel split the user dragged."""
SIDE_WIDTH, SIDE_MIN_WIDTH = 360, 240
"""The side panel's first and smallest width (px): violations and status lines wrap, never cut."""


STILL_TIMEOUT_S = 5
"""How long the calibration button waits for a still frame from the source."""
_first_frame = first_frame  # what the calibration button reads (tests replace it)


class LiveScreen(QWidget):
    """Choose a source, start and stop; the display refreshes on a timer, never waiting on a model.

    Signals:
        run_ended: Emitted once when the source ended, failed or was stopped.
    """

    run_ended = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, processor_factory=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.processor_factory = processor_factory
        self.runner: LiveRunner | None = None
        self.recorder: EventRecorder | None = None
        self._seq = 0
        self.open_events = OpenEvents()
        """The events open now per track: the overlay's captions say the same as the events list."""
        self._disk_missing = 0
        self._roster_name: tuple[float, str | None] = (0.0, None)
        self.calibration_dialog: CalibrationDialog | None = None
        self._calibrating: tuple[str, Path, CalibrationProfile | None] | None = None
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(33)
        self.timer.timeout.connect(self.refresh)

    def _build(self) -> None:
        self.source = SourcePicker(self.ctx.source or "0")
        self.kind, self.spec, self.browse = self.source.kind, self.source.spec, self.source.browse
        self.station = QComboBox()
        self.station.addItem(self.tr("(no station: do not record)"), None)
        if self.ctx.store.can(Permission.RECORD_EVENTS):  # others watch without storing events
            for st in self.ctx.store.list_stations():
                self.station.addItem(st.name, st.name)
        self.calibrate_btn = QPushButton(self.tr("Calibrate camera…"))
        self.calibrate_btn.setToolTip(self.tr("Mark the staff and customer zones, the counter and the floor on a "
                                              "still frame of this station's camera (managers)"))
        self.calibrate_btn.clicked.connect(self.open_calibration)
        self.station.currentIndexChanged.connect(self._update_calibrate)
        self.judging = JudgingChoice()
        self.judging_label = QLabel(self.tr("Who is judged:"))
        self.station.currentIndexChanged.connect(self._update_judging)
        self._update_calibrate()
        self._update_judging()
        self.start_btn = QPushButton(self.tr("Start"))
        self.stop_btn = QPushButton(self.tr("Stop"))
        self.stop_btn.setEnabled(False)
        self.start_btn.clicked.connect(self.start)
        self.stop_btn.clicked.connect(self.stop)
        self.overlay = QCheckBox(self.tr("Skeleton overlay"))
        self.overlay.setChecked(True)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Source:")), self.source, QLabel(self.tr("Station:")),
                  self.station, self.calibrate_btn, self.start_btn, self.stop_btn, self.overlay):
            top.addWidget(w)
        top.setStretch(1, 1)
        judged = QHBoxLayout()
        judged.addWidget(self.judging_label)
        judged.addWidget(self.judging)
        judged.addStretch(1)
        self.view = VideoView()
        self.view.show_message(self.tr("Choose a source and press Start"))
        self.violations = wrapping_list()
        self.status_list = wrapping_list()
        side = QWidget()
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        sl = QVBoxLayout(side)
        sl.addWidget(QLabel(self.tr("Violations")))
        sl.addWidget(self.violations, 3)
        sl.addWidget(QLabel(self.tr("Status")))
        sl.addWidget(self.status_list, 1)
        self.splitter = split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, SIDE_WIDTH])
        state = QSettings().value(SPLITTER_KEY)
        if state is not None:
            split.restoreState(state)
        split.splitterMoved.connect(lambda *_: QSettings().setValue(SPLITTER_KEY, split.saveState()))
        self.stats_label = QLabel(self.tr("Not running"))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.disk_banner = QLabel()
        self.disk_banner.setWordWrap(True)
        self.disk_banner.setStyleSheet(BANNER_STYLE["warn"])
        self.disk_banner.hide()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(judged)
        lay.addWidget(self.banner)
        lay.addWidget(self.disk_banner)
        lay.addWidget(split, 1)
        lay.addWidget(self.stats_label)

    def start(self) -> None:
        """Starts analysing the chosen source (returns at once; models load on the worker thread)."""
        if self.runner is not None:
            self.stop()
        spec = self.spec.text().strip()
        if not spec:
            self.view.show_message(self.tr("Enter a camera number, a file or a stream address first"))
            return
        self.violations.clear()
        self.open_events.clear()
        self.status_list.clear()
        self.view.show_frame(None)  # nothing of the previous source stays on screen
        self.disk_banner.hide()
        self._disk_missing = 0
        if self.banner.property("kind") != "resumed":
            self.banner.hide()
        self._seq = 0
        station = self.station.currentData()
        clip_dir = None if station is None else self.ctx.site.clip_dir(station)
        calibration = None if station is None else self.ctx.site.profile_path(station)
        if calibration is not None and not calibration.is_file():
            calibration = None
        try:
            badge = self.ctx.site.load_badge()
        except EnrolmentError as e:
            badge = None
            self._banner(self.tr("The enrolled badge cannot be read ({error}); the badge check uses the "
                                 "generic detector.").format(error=error_text(e)), "warn", "badge")
        try:
            self.runner, self.recorder = start_live(
                spec, self.ctx.cfg, self.ctx.rules, station=station, store=self.ctx.store,
                processor_factory=self.processor_factory, clip_dir=clip_dir, calibration=calibration,
                badge_enrolment=badge, station_lock=None if station is None else self.ctx.site.station_lock(station),
                whole_frame=self.judging.whole_frame, allow_uncalibrated=self.judging.allow_uncalibrated)
        except (UnjudgedStation, LockHeld, LockUnavailable, StoreError, OSError) as e:
            self._refused(station, e)
            return
        if self.recorder.zones is not None:
            self.status_list.addItem(self.tr("Camera calibration in use: staff and customers are told apart by "
                                             "zone, greetings are judged"))
        elif self.recorder.zones_error is not None and self.recorder.judging is Judging.REGION:
            self.status_list.addItem(self.tr("Camera calibration cannot be used ({error}); staff are those inside "
                                             "the station region and greetings are not judged. Calibrate the "
                                             "camera again.").format(error=self.recorder.zones_error))
        note = self.judging.status_line(self.recorder.judging)
        if note:
            self.status_list.addItem(note)
        self._remember(running=True)
        self.view.show_message(self.tr("Starting…"))
        self.start_btn.setEnabled(False)
        self.stop_btn.setEnabled(True)
        self.timer.start()

    def _refused(self, station: str | None, error: Exception) -> None:
        """Says why the run was not started: one line on the banner, the cause and what to do on the video."""
        banner, text = self.judging.refusal(station, error, self.ctx.data_dir)
        self._banner(banner, "warn", "refused")
        self.view.show_notice(text)
        self._remember(running=False)

    def _update_judging(self) -> None:
        """"Who is judged" matters only when events are recorded (a station is chosen)."""
        recording = self.station.currentData() is not None
        self.judging.setEnabled(recording)
        self.judging_label.setEnabled(recording)

    # -- camera calibration -------------------------------------------------------------------------

    def _update_calibrate(self) -> None:
        may = self.ctx.store.can(Permission.CONFIGURE)
        self.calibrate_btn.setEnabled(may and self.station.currentData() is not None)
        if not may:
            self.calibrate_btn.setToolTip(self.tr("Only a manager can calibrate a camera"))

    def _still_frame(self) -> np.ndarray | None:
        """The frame to calibrate on: the run's newest frame, else the source box's first frame.

        Shows why on the video when there is none, and returns None.
        """
        if self.runner is not None:
            _, result = self.runner.latest()
            if result is not None:
                return result.frame.image.copy()
            self._banner(self.tr("The live view has no frame yet: wait a moment and try again."), "warn",
                         "calibration")
            return None
        spec = self.spec.text().strip()
        if not spec:
            self._banner(self.tr("Enter a camera number, a file or a stream address first"), "warn", "calibration")
            return None
        try:
            # On a worker thread with a time limit: a stream that does not answer must not freeze the window.
            frame = grab_still(spec, STILL_TIMEOUT_S, _first_frame)
        except TimeoutError:
            self._banner(self.tr("Cannot take a still frame from {source}: no frame within {seconds} s")
                         .format(source=spec, seconds=STILL_TIMEOUT_S), "warn", "calibration")
            return None
        except (SourceError, OSError) as e:
            self._banner(self.tr("Cannot take a still frame from {source}: {error}")
                         .format(source=spec, error=error_text(e)), "warn", "calibration")
            return None
        if frame is None:
            self._banner(self.tr("Cannot take a still frame from {source}: it gave no frame").format(source=spec),
                         "warn", "calibration")
            return None
        return frame

    def open_calibration(self) -> CalibrationDialog | None:
        """Opens the calibration dialog for the chosen station on a still frame (returns at once).

        Saving the dialog writes the station's profile (:meth:`_save_calibration`).

        Returns:
            The open dialog, or None (no station, no permission, no frame: a message says why).
        """
        station = self.station.currentData()
        if station is None or not self.ctx.store.can(Permission.CONFIGURE):
            return None
        frame = self._still_frame()
        if frame is None:
            return None
        path = self.ctx.site.profile_path(station)
        old: CalibrationProfile | None = None
        if path.is_file():
            try:
                old = load_profile(path)
            except ProfileError as e:
                self._banner(self.tr("The saved calibration of {station} cannot be read ({error}); "
                                     "starting from an empty one.").format(station=station, error=error_text(e)),
                             "warn", "calibration")
        dlg = CalibrationDialog(frame, camera_id=station, profile=old, parent=self)
        dlg.setWindowTitle(self.tr("Camera calibration: {station}").format(station=station))
        dlg.resize(1100, 700)
        self._calibrating = (station, path, old)
        dlg.accepted.connect(self._save_calibration)
        dlg.finished.connect(dlg.deleteLater)
        self.calibration_dialog = dlg
        dlg.open()
        return dlg

    def _save_calibration(self) -> None:
        """Writes the dialog's profile atomically and records it in the audit trail; says where."""
        dlg, (station, path, old) = self.calibration_dialog, self._calibrating
        self.calibration_dialog = self._calibrating = None
        profile = dlg.profile()
        try:
            path = self.ctx.site.save_profile(station, profile, self.ctx.store, previous=old)
        except (StoreError, OSError) as e:  # the old profile is back in place
            self._banner(self.tr("Calibration not saved: {error}").format(error=error_text(e)), "warn", "calibration")
            return
        note = self.tr("Calibration of {station} saved to {path}.").format(station=station, path=path)
        if self.runner is not None:
            note += " " + self.tr("It is used from the next start of the live view.")
        self._banner(note, "info", "calibration")

    def stop(self) -> None:
        """Stops the run (the worker threads end within a moment); it is not resumed at the next launch."""
        if self.runner is None:
            return
        self._remember(running=False)
        self.runner.stop()
        self._end_run()

    def _remember(self, running: bool) -> None:
        s = QSettings()
        if running:
            s.setValue(SOURCE_KEY, self.spec.text().strip())
            s.setValue(KIND_KEY, self.kind.currentData())
            s.setValue(STATION_KEY, self.station.currentData() or "")
            s.setValue(JUDGING_KEY, self.judging.currentData() or "")
        s.setValue(RUNNING_KEY, bool(running))
        s.sync()

    def resume_last(self) -> bool:
        """Starts the remembered source again if a run was going on when the app closed or crashed.

        Returns:
            True when a run was resumed (a note says so above the video).
        """
        s = QSettings()
        if str(s.value(RUNNING_KEY, "false")).lower() != "true":
            return False
        spec = str(s.value(SOURCE_KEY, "") or "")
        if not spec:
            return False
        kind = self.kind.findData(str(s.value(KIND_KEY, "camera")))
        self.kind.setCurrentIndex(max(0, kind))
        self.spec.setText(spec)
        station = str(s.value(STATION_KEY, "") or "")
        found = self.station.findData(station) if station else 0
        self.station.setCurrentIndex(max(0, found))
        self.judging.setCurrentIndex(max(0, self.judging.findData(str(s.value(JUDGING_KEY, "") or ""))))
        note = self.tr("The live view was running when the app closed; it was started again: {source}").format(
            source=spec)
        if station and found < 0:
            note += " " + self.tr("(station {station} is not available to this account: events are not recorded)").format(
                station=station)
        self._banner(note, "info", "resumed")
        self.start()
        return True

    def _banner(self, text: str, style: str, kind: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLE[style])
        self.banner.setProperty("kind", kind)
        self.banner.show()

    def _end_run(self) -> None:
        runner, recorder = self.runner, self.recorder
        self.runner = self.recorder = None
        self.timer.stop()
        if recorder is not None:
            recorder.finish()
            self._add_violations(recorder.take())
            self._disk_warnings(recorder)
            for error in recorder.writer.errors if recorder.writer is not None else ():
                self.status_list.addItem(self.tr("Not stored: {error}").format(error=message_text(error)))
            if recorder.unsaved_file:
                self._banner(self.tr("The database stayed locked: what could not be stored was saved to {file}")
                             .format(file=recorder.unsaved_file), "warn", "unsaved")
        if runner is not None:
            self._add_status(runner)
            self._show_stats(runner)
            if runner.state in (RunState.FINISHED, RunState.FAILED):
                self._remember(running=False)  # the file ended or the source failed: nothing to resume
            if runner.state is RunState.FAILED:  # no stale frame or skeleton: the cause, large, and what to do
                cause, advice = run_end_text(runner.end_cause(), self.start_btn.text())
                self.view.show_notice(f"{cause}\n\n{advice}" if advice else cause)
        self.start_btn.setEnabled(True)
        self.stop_btn.setEnabled(False)
        self.run_ended.emit(runner.state.value if runner else "")

    def refresh(self) -> None:
        """Timer tick: newest frame, counters, status lines and violations (never blocks)."""
        runner = self.runner
        if runner is None:
            return
        if self.recorder is not None:  # the events first: the frame's captions say the same
            self._add_violations(self.recorder.take())
            self._disk_warnings(self.recorder)
        seq, result = runner.latest()
        if result is not None and seq != self._seq:
            self._seq = seq
            self._show_result(result)
        self._add_status(runner)
        self._show_stats(runner)
        if runner.state in (RunState.FINISHED, RunState.FAILED) and runner.wait(0):
            self._end_run()

    def _show_result(self, result: FrameResult) -> None:
        image = result.frame.image
        if self.overlay.isChecked() and draw_skeleton is not None:
            image = image.copy()
            for p in result.persons:
                draw_skeleton(image, p)
        name = self._rostered_name()
        captions = tuple(person_caption(p, self.open_events.rules_of(p.track_id), name if i == 0 else None)
                         for i, p in enumerate(result.persons))
        self.view.show_frame(image, captions)
        self.view.show_message("" if result.persons else self.tr("Nobody in view"))

    def _rostered_name(self) -> str | None:
        """Who the roster puts at the chosen station now (re-read every 30 s)."""
        station = self.station.currentData()
        if station is None:
            return None
        at, name = self._roster_name
        if time.monotonic() - at > ROSTER_REFRESH_S:
            from datetime import datetime, timezone

            staff = self.ctx.store.who_was_at(station, datetime.now(timezone.utc))
            name = None if staff is None else staff.name
            self._roster_name = (time.monotonic(), name)
        return name

    def _add_status(self, runner: LiveRunner) -> None:
        for line in runner.drain_status():
            self.status_list.addItem(run_status(line.code, line.text))
            self.status_list.scrollToBottom()
            if line.error:
                self.view.show_message(run_status(line.code, ""))
            if line.code == "signal_lost":
                self._banner(self.tr("Camera unplugged or signal lost: reconnecting automatically…"), "warn", "signal")
            elif line.code == "reconnected" and self.banner.property("kind") == "signal":
                self._banner(self.tr("Camera reconnected."), "info", "reconnected")

    def _disk_warnings(self, recorder: EventRecorder) -> None:
        missing = recorder.take_disk_warnings()
        if missing:
            self._disk_missing += len(missing)
            self.disk_banner.setText(self.tr(
                "Disk almost full ({detail}): %n evidence clip(s) not saved. Events are still recorded; "
                "free some space in {folder}.", "", self._disk_missing).format(detail=missing[-1].error,
                                                                                folder=self.ctx.data_dir))
            self.disk_banner.show()

    def _add_violations(self, items: tuple[Violation, ...]) -> None:
        for v in items:
            self.open_events.note(v.rule_id, v.track_id, v.ended is not None)
            who = self.tr("post") if v.track_id < 0 else f"#{v.track_id}"
            when = v.started.strftime("%H:%M:%S")
            if v.ended is None:
                text = self.tr("{time} {rule} ({who}) started").format(time=when, rule=rule_name(v.rule_id), who=who)
            else:
                text = self.tr("{time} {rule} ({who}) {seconds:.0f} s, {points} if confirmed").format(
                    time=when, rule=rule_name(v.rule_id), who=who,
                    seconds=(v.ended - v.started).total_seconds(), points=points_text(v.points))
            self.violations.insertItem(0, text)

    def _show_stats(self, runner: LiveRunner) -> None:
        st = runner.stats()
        model = self.tr("models ready") if st.model_ready else self.tr("models loading")
        self.stats_label.setText(self.tr("{fps:.1f} fps · {ms:.0f} ms per frame · captured {cap} · analysed {ana} · dropped {drop} · {model}").format(
            fps=st.fps, ms=st.inference_ms, cap=st.captured, ana=st.analysed, drop=st.dropped, model=model))

    def shutdown(self) -> None:
        """Stops any run (the window is closing); a run going on is resumed at the next launch."""
        if self.runner is None:
            return
        self.runner.stop()
        self._end_run()
        self._remember(running=True)
