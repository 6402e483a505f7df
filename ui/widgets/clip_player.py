"""Clip player: play, pause, frame step, scrub and an information overlay, decoded on a QTimer.

Frames are decoded with PyAV (:class:`ui.clip_reader.ClipReader`) one per timer tick, which works
offscreen and needs no multimedia back end. A missing or damaged clip shows a message in place of
the video; the rest of the review screen keeps working.
"""

from __future__ import annotations

import cv2
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from ui.clip_reader import ClipError, ClipReader
from ui.widgets.video import VideoView


class ClipPlayer(QWidget):
    """Plays one clip at a time; :meth:`open` loads it, :meth:`clear` shows a message instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader: ClipReader | None = None
        self.index = 0
        self.title = ""
        self.view = VideoView()
        self.play_btn = QPushButton(self.tr("Play"))
        self.play_btn.clicked.connect(self.toggle)
        self.back_btn = QPushButton(self.tr("◀ Frame"))
        self.back_btn.clicked.connect(lambda: self.step(-1))
        self.fwd_btn = QPushButton(self.tr("Frame ▶"))
        self.fwd_btn.clicked.connect(lambda: self.step(1))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.valueChanged.connect(self._scrubbed)
        self.overlay = QCheckBox(self.tr("Overlay"))
        self.overlay.setChecked(True)
        self.overlay.toggled.connect(lambda _: self.show_index(self.index))
        self.time_label = QLabel("0.0 / 0.0 s")
        bar = QHBoxLayout()
        for w in (self.play_btn, self.back_btn, self.fwd_btn, self.slider, self.time_label, self.overlay):
            bar.addWidget(w)
        bar.setStretch(3, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.clear(self.tr("No event selected"))

    # -- loading -----------------------------------------------------------------------------

    def open(self, path: str | None, title: str = "") -> bool:
        """Loads a clip and shows its first frame; False (and a message) when it cannot be read."""
        self.clear("")
        self.title = title
        if not path:
            self.clear(self.tr("This event has no clip"))
            return False
        try:
            self.reader = ClipReader(path)
        except ClipError:
            self.clear(self.tr("The clip file is missing or damaged: {path}. The event can still be reviewed.").format(path=path))
            return False
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self.reader) - 1)
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        self.timer.setInterval(max(10, int(1000 / min(60.0, self.reader.fps))))
        self._set_enabled(True)
        self.show_index(0)
        return True

    def clear(self, message: str) -> None:
        """Closes the clip and shows ``message``."""
        self.timer.stop()
        if self.reader is not None:
            self.reader.close()
        self.reader = None
        self.index = 0
        self.play_btn.setText(self.tr("Play"))
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.blockSignals(False)
        self.time_label.setText("")
        self.view.show_frame(None)
        self.view.show_message(message)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.play_btn, self.back_btn, self.fwd_btn, self.slider):
            w.setEnabled(on)

    # -- playback ----------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def toggle(self) -> None:
        """Play / pause."""
        if self.reader is None:
            return
        if self.playing:
            self.timer.stop()
            self.play_btn.setText(self.tr("Play"))
        else:
            if self.index >= len(self.reader) - 1:
                self.show_index(0)
            self.timer.start()
            self.play_btn.setText(self.tr("Pause"))

    def step(self, delta: int) -> None:
        """Pauses and moves by ``delta`` frames."""
        if self.reader is None:
            return
        if self.playing:
            self.toggle()
        self.show_index(min(max(0, self.index + delta), len(self.reader) - 1))

    def _tick(self) -> None:
        if self.reader is None or self.index >= len(self.reader) - 1:
            if self.playing:
                self.toggle()
            return
        self.show_index(self.index + 1)

    def _scrubbed(self, value: int) -> None:
        if self.reader is not None and value != self.index:
            self.show_index(value)

    def show_index(self, index: int) -> None:
        """Decodes and shows frame ``index``."""
        if self.reader is None:
            return
        try:
            image = self.reader.frame(index)
        except (ClipError, IndexError) as e:
            self.clear(self.tr("The clip cannot be played: {error}").format(error=e))
            return
        self.index = index
        if self.overlay.isChecked():
            self._draw_overlay(image)
        self.view.show_frame(image)
        self.view.show_message("")
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        total = self.reader.time_s(len(self.reader) - 1)
        self.time_label.setText(f"{self.reader.time_s(index):.1f} / {total:.1f} s")

    def _draw_overlay(self, image) -> None:
        """Frame number and time burnt into the top-left corner (the title is shown under the clip)."""
        text = f"{self.index + 1}/{len(self.reader)}  {self.reader.time_s(self.index):.2f} s"
        h = image.shape[0]
        scale = max(0.5, h / 720)
        cv2.rectangle(image, (0, 0), (int(260 * scale), int(34 * scale)), (30, 30, 30), -1)
        cv2.putText(image, text, (int(8 * scale), int(24 * scale)), cv2.FONT_HERSHEY_SIMPLEX, 0.7 * scale,
                    (255, 255, 255), max(1, int(2 * scale)), cv2.LINE_AA)
