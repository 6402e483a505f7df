"""Kiosk self-check: large, friendly feedback for the one person in front of the camera.

Nothing about other staff is shown, nothing is stored, nothing is deducted: the kiosk runs the
live runner without the rules hook and judges the frames with :class:`inspector.selfcheck.SelfCheck`.

The same screen is the main window's Self-check tab and ``inspector kiosk``: a source picker
(camera or video file) with Start; when the source ends or fails, the view is cleared, the cause
and what to do are shown large, and Retry starts the same source again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from inspector.live import LiveRunner, RunState
from inspector.sources import open_source
from ui.context import AppContext
from ui.labels import label_name, run_end_text, run_status
from inspector.selfcheck import CheckState, ItemFeedback, ItemSummary, Phase, SelfCheck, Verdict
from ui.widgets.source_picker import SourcePicker
from ui.widgets.video import VideoView

RESTART_AFTER_MS = 15000
COLOURS = {Verdict.GOOD: "#2e7d32", Verdict.BAD: "#c62828", Verdict.UNSURE: "#616161"}


class KioskScreen(QWidget):
    """The self-check; :meth:`start` opens the camera (or file) and begins."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, processor_factory=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.processor_factory = processor_factory
        self.check = SelfCheck(ctx.cfg.selfcheck)
        self.runner: LiveRunner | None = None
        self.state: CheckState | None = None
        self.ended: str = ""
        """The cause shown when the last run ended or failed ("" while running or before any run)."""
        self._seq = 0
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.refresh)
        self.restart_timer = QTimer(self)
        self.restart_timer.setSingleShot(True)
        self.restart_timer.timeout.connect(self.again)

    def _big(self, w: QWidget, scale: float) -> QWidget:
        f = QFont(self.font())
        f.setPointSizeF(max(10.0, f.pointSizeF()) * scale)
        w.setFont(f)
        return w

    def _build(self) -> None:
        self.title = self._big(QLabel(self.tr("Self-check: stand or sit as at work, facing the camera")), 1.6)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.picker = SourcePicker(self.ctx.source or "0", kinds=("camera", "file"))
        self.start_btn = QPushButton(self.tr("Start"))
        self.start_btn.clicked.connect(lambda: self.start())
        self.retry_btn = self._big(QPushButton(self.tr("Retry")), 1.3)
        self.retry_btn.clicked.connect(lambda: self.start())
        self.retry_btn.setVisible(False)
        source_row = QHBoxLayout()
        source_row.addWidget(QLabel(self.tr("Source:")))
        source_row.addWidget(self.picker, 1)
        source_row.addWidget(self.start_btn)
        self.view = VideoView()
        self.tiles = {item: self._big(QLabel(), 1.8) for item in ("posture", "arms", "smile")}
        for t in self.tiles.values():
            t.setAlignment(Qt.AlignmentFlag.AlignCenter)
            t.setWordWrap(True)
            t.setMinimumHeight(90)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.message = self._big(QLabel(), 1.6)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.again_btn = self._big(QPushButton(self.tr("Check again")), 1.3)
        self.again_btn.clicked.connect(self.again)
        self.again_btn.setVisible(False)
        side = QVBoxLayout()
        for t in self.tiles.values():
            side.addWidget(t)
        side.addWidget(self.progress)
        side.addWidget(self.message)
        side.addWidget(self.again_btn)
        side.addWidget(self.retry_btn)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 3)
        body.addLayout(side, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(source_row)
        lay.addLayout(body, 1)
        self._show(CheckState(Phase.WAITING, 0, 0.0, (), (), None))
        self.message.setText(self.tr("Choose the camera or a video file and press Start"))

    # -- run ---------------------------------------------------------------------------------

    def start(self, spec: str | None = None) -> None:
        """Starts the source (``spec``, else the picker's: camera 0 by default) and a fresh check."""
        self.stop()
        if spec:
            self.picker.set_source(spec.strip())
        source = self.picker.text() or "0"
        self.ended = ""
        self._seq = 0
        self.retry_btn.setVisible(False)
        self.view.show_frame(None)
        self.view.show_message(self.tr("Starting…"))
        factory = self.processor_factory or self._make_pipeline
        self.runner = LiveRunner(lambda status: open_source(source, max_retries=None, on_status=status), factory)
        self.runner.start()
        self.again()
        self.timer.start()

    def _make_pipeline(self):
        """Runs on the inference thread (loading MediaPipe takes a while)."""
        from inspector.pipeline import Pipeline

        return Pipeline(self.ctx.cfg, "video")

    def stop(self) -> None:
        self.timer.stop()
        self.restart_timer.stop()
        if self.runner is not None:
            self.runner.stop()
            self.runner = None

    def again(self) -> None:
        """Starts a new check with the next person."""
        self.restart_timer.stop()
        self.check.reset()
        self._show(CheckState(Phase.WAITING, 0, 0.0, (), (), None))

    def refresh(self) -> None:
        """Timer tick: judge the newest analysed frame."""
        runner = self.runner
        if runner is None:
            return
        for line in runner.drain_status():
            if line.error:
                self.message.setText(run_status(line.code, ""))
        seq, result = runner.latest()
        if result is None or seq == self._seq:
            if runner.state in (RunState.FINISHED, RunState.FAILED) and runner.wait(0):
                self._ended(runner)
            return
        self._seq = seq
        self.view.show_message("")
        self.view.show_frame(result.frame.image)
        state = self.check.feed(result)
        self._show(state)
        if state.phase is Phase.DONE and not self.restart_timer.isActive():
            self.restart_timer.start(RESTART_AFTER_MS)

    def _ended(self, runner: LiveRunner) -> None:
        """The source ended or failed: no frozen picture, the cause and what to do, and Retry."""
        self.timer.stop()
        self.restart_timer.stop()
        self.runner = None
        runner.stop()
        cause, advice = run_end_text(runner.end_cause(), self.retry_btn.text())
        self.ended = cause
        if self.state is None or self.state.phase is not Phase.DONE:  # a finished check keeps its summary
            self.check.reset()
            self._tiles_blank()
            self.progress.setValue(0)
            self.message.setText(cause)
        self.again_btn.setVisible(False)
        self.view.show_notice(f"{cause}\n\n{advice}" if advice else cause)
        self.retry_btn.setVisible(True)

    # -- display -----------------------------------------------------------------------------

    def _show(self, state: CheckState) -> None:
        self.state = state
        self.progress.setValue(int(round(state.progress * 100)))
        self.again_btn.setVisible(state.phase is Phase.DONE)
        if state.phase is Phase.DONE:
            for s in state.summary:
                self._tile_summary(s)
            self.message.setText(self.tr("Well done — you passed the self-check!") if state.passed else
                                 self.tr("Not yet — look at the red items and try again."))
            return
        if state.phase is Phase.WAITING:
            self._tiles_blank()
            self.message.setText(self.tr("Please step in front of the camera"))
        elif state.phase is Phase.TOO_MANY:
            self._tiles_blank()
            self.message.setText(self.tr("One person at a time, please"))
        else:
            for f in state.feedback:
                self._tile_live(f)
            self.message.setText(self.tr("Hold it… checking"))

    def _tiles_blank(self) -> None:
        for item, t in self.tiles.items():
            t.setText(self._item_name(item))
            t.setStyleSheet(f"background:{COLOURS[Verdict.UNSURE]};color:white;border-radius:12px;padding:8px")

    def _tile_live(self, f: ItemFeedback) -> None:
        hint = {Verdict.GOOD: self.tr("Good"), Verdict.UNSURE: self.tr("Cannot see clearly")}.get(f.verdict) \
            or self._hint(f)
        self.tiles[f.item].setText(f"{self._item_name(f.item)}: {hint}")
        self.tiles[f.item].setStyleSheet(f"background:{COLOURS[f.verdict]};color:white;border-radius:12px;padding:8px")

    def _tile_summary(self, s: ItemSummary) -> None:
        verdict = Verdict.UNSURE if s.passed is None else (Verdict.GOOD if s.passed else Verdict.BAD)
        text = {Verdict.GOOD: self.tr("passed"), Verdict.BAD: self.tr("to improve"),
                Verdict.UNSURE: self.tr("not seen")}[verdict]
        self.tiles[s.item].setText(f"{self._item_name(s.item)}: {text}")
        self.tiles[s.item].setStyleSheet(f"background:{COLOURS[verdict]};color:white;border-radius:12px;padding:8px")

    def _item_name(self, item: str) -> str:
        return {"posture": self.tr("Posture"), "arms": self.tr("Arms"), "smile": self.tr("Smile")}[item]

    def _hint(self, f: ItemFeedback) -> str:
        hints = {"arms_crossed": self.tr("please uncross your arms"),
                 "hands_on_hips": self.tr("please take your hands off your hips"),
                 "hands_in_pockets": self.tr("please take your hands out of your pockets"),
                 "phone_to_ear": self.tr("please put the phone away"),
                 "looking_at_phone": self.tr("please put the phone away"),
                 "chin_on_hand": self.tr("please do not rest your chin on your hand"),
                 "sitting_slouched": self.tr("please sit up straight"),
                 "standing_leaning": self.tr("please stand up straight"),
                 "leaning_on_counter": self.tr("please do not lean on the counter"),
                 "head_down_on_desk": self.tr("please lift your head"),
                 "face_neutral": self.tr("a smile, please!"),
                 "face_frowning": self.tr("relax your brows and smile")}
        return hints.get(f.label, label_name(f.label))

    def shutdown(self) -> None:
        self.stop()
