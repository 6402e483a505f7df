"""Shift-start inspection (仪容检查): the manager's guided check of one staff member.

The manager picks the staff member, optionally the badge and uniform enrolment files (or enrols
the worn badge from the current frame), and starts the flow on the camera or a file. The staff
member is guided by large instructions (stand 1.5–2 m away facing the camera, then side-on) and
by per-frame guidance (too far, too close, two people, turned away). The frames are analysed and
judged on the live runner's worker threads (:mod:`inspector.inspection_run`); the UI thread only polls.
When both views are done (or the file ends, or the manager presses Finish) the checklist shows
each item as pass / fail / cannot tell with its evidence frame; the manager may override an item
with a reason, then Save stores the inspection under the app's signed-in account. A second inspection
of the same person that day asks first whether it replaces the earlier one (only one a day counts).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from inspector.badge.enrolment import EnrolmentError
from inspector.auth import Permission
from inspector.inspection import ITEMS, InspectionError, InspectionResult, ItemStatus, apply_override
from inspector.live import LiveRunner, RunState
from inspector.store import InspectionRecord, StoreError
from inspector.store.inspections import AlreadyInspected
from ui.context import AppContext
from ui.error_text import error_text
from ui.folders import open_file
from inspector.inspection_run import (InspectionFeed, InspectionScreenConfig, Progress, enrol_badge_from, load_enrolments,
                               new_session, save_inspection, start_inspection)
from ui.screens.inspection_replace import ReplaceQuestion
from ui.inspection_text import detail_text, guidance_text, item_name, note_text, status_text
from ui.labels import points_text, run_status
from ui.widgets.override_dialog import OverrideDialog
from ui.widgets.video import VideoView, bgr_to_qimage

COLOURS = {ItemStatus.PASS: "#2e7d32", ItemStatus.FAIL: "#c62828", ItemStatus.CANNOT_TELL: "#616161"}
THUMB_W, THUMB_H = 96, 72
COL_ITEM, COL_RESULT, COL_CONF, COL_DETAIL, COL_EVIDENCE = range(5)


class InspectionScreen(QWidget):
    """The guided shift-start inspection.

    Signals:
        saved: An inspection was stored (its id).
    """

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, processor_factory=None,
                 cfg: InspectionScreenConfig | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.processor_factory = processor_factory
        self.cfg = cfg or ctx.cfg.inspection_screen
        self.runner: LiveRunner | None = None
        self.feed: InspectionFeed | None = None
        self.result: InspectionResult | None = None
        self.saved_id: int | None = None
        self.override_dialog: OverrideDialog | None = None
        self.replace_box: ReplaceQuestion | None = None
        self._seq = 0
        self._last_frame = None
        self._build()
        self.reload_staff()
        self.timer = QTimer(self)
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.refresh)
        self._show_idle()

    # -- layout ------------------------------------------------------------------------------

    def _big(self, w: QWidget, scale: float) -> QWidget:
        f = QFont(self.font())
        f.setPointSizeF(max(10.0, f.pointSizeF()) * scale)
        w.setFont(f)
        return w

    def _build(self) -> None:
        self.staff = QComboBox()
        self.source = QLineEdit(self.ctx.source or "0")
        self.source.setPlaceholderText(self.tr("camera number, video file or image"))
        self.badge_file = QLineEdit()
        self.badge_file.setPlaceholderText(self.tr("none: generic badge detector"))
        self.uniform_file = QLineEdit()
        self.uniform_file.setPlaceholderText(self.tr("none: the uniform is not checked"))
        browse_src, browse_badge, browse_uniform = (QPushButton(self.tr("Browse…")) for _ in range(3))
        browse_src.clicked.connect(self._browse_source)
        browse_badge.clicked.connect(lambda: self._browse_json(self.badge_file, self.tr("Badge enrolment file")))
        browse_uniform.clicked.connect(lambda: self._browse_json(self.uniform_file, self.tr("Uniform enrolment file")))
        self.enrol_btn = QPushButton(self.tr("Enrol badge now (from the current frame)"))
        self.enrol_btn.clicked.connect(self.enrol_badge_now)
        self.start_btn = QPushButton(self.tr("Start inspection"))
        self.start_btn.clicked.connect(lambda: self.start())
        self.finish_btn = QPushButton(self.tr("Finish now"))
        self.finish_btn.clicked.connect(self.finish)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.clicked.connect(self.cancel)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Staff member")), 0, 0)
        grid.addWidget(self.staff, 0, 1)
        grid.addWidget(QLabel(self.tr("Source")), 0, 2)
        grid.addWidget(self.source, 0, 3)
        grid.addWidget(browse_src, 0, 4)
        grid.addWidget(QLabel(self.tr("Badge enrolment")), 1, 0)
        grid.addWidget(self.badge_file, 1, 1)
        grid.addWidget(browse_badge, 1, 2)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.enrol_btn)
        enrol_row.addStretch(1)
        grid.addLayout(enrol_row, 1, 3, 1, 2)
        grid.addWidget(QLabel(self.tr("Uniform enrolment")), 2, 0)
        grid.addWidget(self.uniform_file, 2, 1)
        grid.addWidget(browse_uniform, 2, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        run_row = QHBoxLayout()
        for b in (self.start_btn, self.finish_btn, self.cancel_btn):
            run_row.addWidget(b)
        run_row.addStretch(1)
        grid.addLayout(run_row, 2, 3, 1, 2)

        self.view = VideoView()
        self.instruction = self._big(QLabel(), 1.7)
        self.guidance = self._big(QLabel(), 1.4)
        self.progress_label = QLabel()
        for w in (self.instruction, self.guidance):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            w.setWordWrap(True)
        self.guidance.setStyleSheet("color:#b45309")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.instruction)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.guidance)
        ll.addWidget(self.progress_label)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Result"), self.tr("Confidence"),
                                              self.tr("Detail"), self.tr("Evidence")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in (COL_ITEM, COL_RESULT, COL_CONF, COL_EVIDENCE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_override(self._row_item(row)))
        self.verdict = self._big(QLabel(), 1.4)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.override_btn = QPushButton(self.tr("Override selected item…"))
        self.override_btn.clicked.connect(lambda: self.open_override())
        self.save_btn = QPushButton(self.tr("Save inspection"))
        self.save_btn.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.override_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.verdict)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.notes)
        rl.addLayout(buttons)
        rl.addWidget(self.message)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([600, 800])
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(split, 1)

    def reload_staff(self) -> None:
        """Fills the staff list from the store (active staff only), keeping the choice."""
        current = self.staff.currentData()
        self.staff.clear()
        for s in self.ctx.store.list_staff(active_only=True):
            self.staff.addItem(f"{s.name} ({s.code})", s.code)
        if current is not None and self.staff.findData(current) >= 0:
            self.staff.setCurrentIndex(self.staff.findData(current))

    def _browse_source(self) -> None:
        path = open_file(self, self.tr("Video or image"),
                         self.tr("Videos and images (*.mp4 *.avi *.mov *.mkv *.jpg *.jpeg *.png)"), "videos")
        if path:
            self.source.setText(path)

    def _browse_json(self, target: QLineEdit, title: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, title, str(self.ctx.data_dir), self.tr("Enrolment files (*.json)"))
        if path:
            target.setText(path)

    # -- run ---------------------------------------------------------------------------------

    def start(self, spec: str | None = None) -> bool:
        """Starts a new inspection of the chosen staff member on ``spec`` (default: the source field).

        Returns:
            True when the run started; otherwise the message says why.
        """
        self.stop()
        if spec is not None:
            self.source.setText(spec)
        code = self.staff.currentData()
        if not code:
            self.message.setText(self.tr("Choose the staff member to inspect (add staff in Settings first)."))
            return False
        source = self.source.text().strip()
        if not source:
            self.message.setText(self.tr("Enter a camera number, a video file or an image."))
            return False
        try:
            badge, uniform = load_enrolments(self.badge_file.text(), self.uniform_file.text())
        except EnrolmentError as e:
            self.message.setText(self.tr("Cannot use the enrolment file: {detail}").format(detail=error_text(e)))
            return False
        session = new_session(code, self.ctx.cfg, badge, uniform)
        self.result, self.saved_id, self._seq, self._last_frame = None, None, 0, None
        self.runner, self.feed = start_inspection(source, self.ctx.cfg, session, self.cfg,
                                                  processor_factory=self.processor_factory)
        self.message.setText(run_status("loading", ""))
        self.table.setRowCount(0)
        self.notes.setText("")
        self.view.show_frame(None)
        self.view.show_message(run_status("loading", ""))
        self.verdict.setText(self.tr("Checking…"))
        self.verdict.setStyleSheet(f"background:{COLOURS[ItemStatus.CANNOT_TELL]};color:white;border-radius:10px;padding:6px")
        self._show_running(self.feed.progress())
        self.timer.start()
        return True

    def stop(self) -> None:
        """Stops the camera or file (keeps a finished checklist)."""
        self.timer.stop()
        if self.runner is not None:
            self.runner.stop()
            self.runner = None
        self._update_buttons()

    def cancel(self) -> None:
        """Abandons the running inspection without a result."""
        self.stop()
        self.feed = None
        self._show_idle()
        self.message.setText(self.tr("Inspection cancelled."))

    def refresh(self) -> None:
        """Timer tick: show the newest frame and the guidance; finish when enough was seen."""
        runner, feed = self.runner, self.feed
        if runner is None or feed is None:
            return
        for line in runner.drain_status():
            if line.error:
                self.message.setText(run_status(line.code, line.text))
            elif line.code in ("ready", "opened"):
                self.message.setText(run_status(line.code, ""))
        seq, latest = runner.latest()
        if latest is not None and seq != self._seq:
            self._seq = seq
            self._last_frame = latest
            self.view.show_message("")
            self.view.show_frame(latest.frame.image)
        progress = feed.progress()
        self._show_running(progress)
        state = runner.state
        if progress.enough:
            self.finish()
        elif state in (RunState.FINISHED, RunState.FAILED, RunState.STOPPED):
            if progress.frames:
                self.finish()
            else:
                self.stop()
                self.instruction.setText(self.tr("Nothing was analysed: check the source and start again."))

    def finish(self) -> None:
        """Ends the run and shows the checklist of what was seen."""
        feed = self.feed
        self.stop()
        if feed is None:
            return
        self.show_result(feed.result())

    def enrol_badge_now(self) -> None:
        """Learns the badge worn by the person in the current frame, saves it and restarts the check with it."""
        frame = self._last_frame
        if frame is None:
            self.message.setText(self.tr("Start the camera first: the badge is enrolled from the current frame."))
            return
        try:
            path = enrol_badge_from(frame, self.ctx.cfg, self.ctx.site)
            badge, uniform = load_enrolments(str(path), self.uniform_file.text())
        except EnrolmentError as e:
            self.message.setText(self.tr("Badge not enrolled: {detail}").format(detail=error_text(e)))
            return
        self.badge_file.setText(str(path))
        if self.feed is not None and self.runner is not None:
            self.feed.restart(new_session(self.feed.session.staff_code, self.ctx.cfg, badge, uniform))
        self.message.setText(self.tr("Badge enrolled and saved to {path}; the inspection starts over with it.").format(path=path))

    # -- checklist -----------------------------------------------------------------------------

    def show_result(self, result: InspectionResult) -> None:
        """Shows the checklist (after the run, and again after each override)."""
        self.result = result
        self.instruction.setText(self.tr("Inspection finished: check the list, override where needed, then save."))
        self.guidance.setText("")
        self.table.setRowCount(len(result.items))
        for row, it in enumerate(result.items):
            final = it.final
            name = QTableWidgetItem(item_name(it.item))
            name.setData(Qt.ItemDataRole.UserRole, it.item)
            text = status_text(final.value)
            if it.override is not None:
                text = self.tr("{final} (overridden; measured {measured})").format(
                    final=text, measured=status_text(it.status.value))
            status = QTableWidgetItem(text)
            badge = QLabel(text)  # a widget keeps its colour when the row is selected
            badge.setWordWrap(True)
            badge.setStyleSheet(f"background:{COLOURS[final]};color:white;padding:4px;font-weight:bold")
            conf = QTableWidgetItem(f"{it.confidence:.0%}" if it.status is not ItemStatus.CANNOT_TELL else "–")
            detail = detail_text(it.detail)
            if it.override is not None:
                detail += "\n" + self.tr("Reason: {reason} ({by})").format(reason=it.override_reason,
                                                                         by=it.override_by or "–")
            for col, cell in ((COL_ITEM, name), (COL_RESULT, status), (COL_CONF, conf),
                              (COL_DETAIL, QTableWidgetItem(detail))):
                self.table.setItem(row, col, cell)
            self.table.setCellWidget(row, COL_RESULT, badge)
            self.table.setCellWidget(row, COL_EVIDENCE, self._thumbnail(result, it.evidence_frame))
            self.table.setRowHeight(row, THUMB_H + 6)
        verdict = self.tr("PASSED") if result.passed else self.tr("FAILED: %n item(s)", "", len(result.failed_items))
        self.verdict.setText(verdict)
        colour = COLOURS[ItemStatus.PASS if result.passed else ItemStatus.FAIL]
        self.verdict.setStyleSheet(f"background:{colour};color:white;border-radius:10px;padding:6px")
        self.notes.setText("\n".join(note_text(n) for n in result.notes))
        if self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._update_buttons()

    def _thumbnail(self, result: InspectionResult, frame_index: int) -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = result.evidence.get(frame_index)
        if image is None:
            label.setText(self.tr("no frame"))
        else:
            pix = QPixmap.fromImage(bgr_to_qimage(image)).scaled(
                THUMB_W, THUMB_H, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pix)
            label.setToolTip(self.tr("frame {n}").format(n=frame_index))
        return label

    def _row_item(self, row: int) -> str | None:
        cell = self.table.item(row, COL_ITEM)
        return None if cell is None else cell.data(Qt.ItemDataRole.UserRole)

    def _row_selected(self) -> None:
        """Shows the selected item's evidence frame large."""
        if self.result is None or self.runner is not None:
            return
        item = self._row_item(self.table.currentRow())
        if item is None:
            return
        frame = self.result.item(item).evidence_frame
        image = self.result.evidence.get(frame)
        if image is not None:
            self.view.show_frame(image)
            self.view.show_message(self.tr("Evidence of “{item}”: frame {n}").format(item=item_name(item), n=frame))

    def open_override(self, item: str | None = None) -> OverrideDialog | None:
        """Opens the override dialog for ``item`` (default: the selected row); returns it (not modal-blocking)."""
        if self.result is None:
            return None
        item = item or self._row_item(self.table.currentRow())
        if item not in ITEMS:
            self.message.setText(self.tr("Select an item of the checklist first."))
            return None
        dlg = OverrideDialog(item, self.result.item(item).status, self)
        dlg.accepted.connect(lambda: self.override(item, *dlg.chosen))
        self.override_dialog = dlg
        dlg.open()
        return dlg

    def override(self, item: str, status: str, reason: str) -> bool:
        """Overrides one item with the manager's reason (recorded under the app's user).

        Returns:
            True when applied; otherwise the message says why.
        """
        if self.result is None:
            return False
        try:
            result = apply_override(self.result, item, status, reason, self.ctx.reviewer)
        except InspectionError as e:
            self.message.setText(self.tr("Override not applied: {detail}").format(detail=error_text(e)))
            return False
        row = self.table.currentRow()
        self.saved_id = None
        self.show_result(result)
        self.table.selectRow(max(row, 0))
        self.message.setText(self.tr("{item} set to {status}.").format(item=item_name(item), status=status_text(status)))
        return True

    def save(self) -> int | None:
        """Stores the inspection, every override audited with its reason; its id, or None (the message says why)."""
        if self.result is None:
            return None
        if self.saved_id is not None:
            self.message.setText(self.tr("Already saved as inspection {id}.").format(id=self.saved_id))
            return self.saved_id
        return self._save(replace=False)

    def _save(self, replace: bool) -> int | None:
        """Stores the result; a second inspection the same day first asks whether to replace the first."""
        try:
            saved = save_inspection(self.ctx.store, self.result, self.ctx.cfg, self.ctx.reviewer, replace=replace)
        except AlreadyInspected as e:
            self.ask_replace(e.earlier)
            return None
        except InspectionError:
            self.message.setText(self.tr("Nothing to save: no item could be checked. Repeat the inspection facing the camera."))
            return None
        except StoreError as e:
            self.message.setText(self.tr("Not saved: {detail}").format(detail=error_text(e)))
            return None
        self.saved_id = saved.record_id
        self.message.setText(self.tr("Saved as inspection {id}; it deducts {points}.").format(
            id=saved.record_id, points=points_text(saved.points))
            + (" " + self.tr("The earlier inspection of that day no longer counts.") if replace else ""))
        self._update_buttons()
        self.saved.emit(saved.record_id)
        return saved.record_id

    def ask_replace(self, earlier: InspectionRecord) -> ReplaceQuestion:
        """Asks (without blocking) whether this inspection replaces the one already saved that day."""
        self.message.setText(self.tr("Not saved yet: this staff member was already inspected today."))
        kept = self.tr("Not saved: the earlier inspection of today still counts.")
        box = ReplaceQuestion(self, self.staff.currentText() or earlier.staff_code, earlier, self.ctx.cfg.scoring.timezone)
        box.answered.connect(lambda replace: self._save(replace=True) if replace else self.message.setText(kept))
        self.replace_box = box
        box.open()
        return box

    # -- display -----------------------------------------------------------------------------

    def _show_idle(self) -> None:
        self.result = None
        self.table.setRowCount(0)
        self.verdict.setText("")
        self.verdict.setStyleSheet("")
        self.notes.setText("")
        self.view.show_frame(None)
        self.view.show_message(self.tr("Choose the staff member and press Start"))
        self.instruction.setText(self.tr("Stand 1.5–2 m from the camera: first facing it, then side-on."))
        self.guidance.setText("")
        self.progress_label.setText("")
        self._update_buttons()

    def _show_running(self, p: Progress) -> None:
        self.instruction.setText(guidance_text(p.instruction) if not p.guidance else
                                 self.tr("Stand 1.5–2 m from the camera: first facing it, then side-on."))
        self.guidance.setText(guidance_text(p.guidance))
        front = self.tr("front view ✓") if p.front_frames >= self.cfg.min_front_frames else \
            self.tr("front view: {n}/{m} frames").format(n=p.front_frames, m=self.cfg.min_front_frames)
        side = self.tr("side view ✓") if p.side_frames >= self.cfg.min_side_frames else \
            self.tr("side view: {n}/{m} frames").format(n=p.side_frames, m=self.cfg.min_side_frames)
        self.progress_label.setText(f"{front}   {side}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.runner is not None
        may_save = self.ctx.store.can(Permission.INSPECT)
        self.start_btn.setEnabled(not running)
        self.finish_btn.setEnabled(running)
        self.cancel_btn.setEnabled(running)
        self.enrol_btn.setEnabled(running)
        self.override_btn.setEnabled(self.result is not None and not running)
        self.save_btn.setEnabled(self.result is not None and not running and self.saved_id is None and may_save)
        self.save_btn.setToolTip("" if may_save else self.tr("The signed-in account may not record inspections."))

    def shutdown(self) -> None:
        self.stop()
