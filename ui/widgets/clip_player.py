"""Clip player: play, pause, frame step, scrub and an information overlay, decoded on a QTimer.

Frames are decoded with PyAV (:class:`ui.clip_reader.ClipReader`) one per timer tick, which works
offscreen and needs no multimedia back end. A missing or damaged clip shows a message in place of
the video; the rest of the review screen keeps working.

The event's span within the clip (the clip's own metadata, :func:`inspector.clips.event_span_s`)
is shaded on the slider between two marks, and a clip opens at the event's first frame, not at
the pre-roll (which may show an earlier visitor); the reviewer can still scrub back.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import cv2
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QSlider, QStyle, QStyleOptionSlider,
                               QVBoxLayout, QWidget)

from inspector.clips import event_span_s
from ui.clip_reader import ClipError, ClipReader
from ui.error_text import error_text
from ui.widgets.video import VideoView


def event_frames(times_s: list[float], span_s: tuple[float, float] | None) -> tuple[int, int] | None:
    """The first and last frame of a clip inside an event's span (frame times in seconds from the
    clip's first frame); None without a span or when no frame lies in it."""
    if span_s is None or not times_s:
        return None
    first = bisect_left(times_s, span_s[0] - 1e-3)
    last = bisect_right(times_s, span_s[1] + 1e-3) - 1
    return (first, last) if first <= last else None


class EventSlider(QSlider):
    """A horizontal slider that shades the event's frames between two marks (:meth:`set_event`)."""

    EVENT_COLOUR = QColor(220, 50, 47)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._event: tuple[int, int] | None = None

    @property
    def event_range(self) -> tuple[int, int] | None:
        """The marked (first, last) slider values, or None."""
        return self._event

    def set_event(self, frames: tuple[int, int] | None) -> None:
        """Marks the event's first and last frame (None: no marks)."""
        self._event = frames
        self.update()

    def mark_x(self, value: int) -> int:
        """Widget x of a slider value (the centre of the handle there)."""
        opt = QStyleOptionSlider()
        self.initStyleOption(opt)
        groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                             QStyle.SubControl.SC_SliderGroove, self)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, opt,
                                             QStyle.SubControl.SC_SliderHandle, self)
        span = max(1, groove.width() - handle.width())
        return groove.x() + handle.width() // 2 + QStyle.sliderPositionFromValue(
            self.minimum(), self.maximum(), value, span, opt.upsideDown)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        marked = self._event is not None and self.maximum() > self.minimum()
        if marked:  # the shaded span under the groove and handle
            x0, x1 = self.mark_x(self._event[0]), self.mark_x(self._event[1])
            band = QColor(self.EVENT_COLOUR)
            band.setAlpha(90)
            p = QPainter(self)
            p.fillRect(QRect(x0, 2, max(2, x1 - x0), self.height() - 4), band)
            p.end()
        super().paintEvent(event)
        if marked:  # the start and end marks over them, visible under the handle too
            p = QPainter(self)
            for x in (x0, x1):
                p.fillRect(QRect(x - 1, 0, 3, self.height()), self.EVENT_COLOUR)
            p.end()


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
        self.slider = EventSlider()
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
        self.event_range: tuple[int, int] | None = None
        """The event's first and last frame in the open clip, or None (not known)."""
        self.clear(self.tr("No event selected"))

    # -- loading -----------------------------------------------------------------------------

    def open(self, path: str | None, title: str = "", event_span: tuple[float, float] | None = None) -> bool:
        """Loads a clip and shows the event's first frame (the clip's first when the event's place
        is not known); False (and a message) when it cannot be read.

        Args:
            path: The clip.
            title: What the clip shows (e.g. the rule's name).
            event_span: The event's start and end in seconds from the clip's first frame; None:
                as the clip's metadata says.
        """
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
        times = [self.reader.time_s(i) for i in range(len(self.reader))]
        self.event_range = event_frames(times, event_span if event_span is not None else event_span_s(path))
        self.slider.set_event(self.event_range)
        if self.event_range is not None:
            a, b = self.event_range
            self.slider.setToolTip(self.tr("Shaded: the event, from {start:.1f} s to {end:.1f} s of the clip")
                                   .format(start=times[a], end=times[b]))
        self.timer.setInterval(max(10, int(1000 / min(60.0, self.reader.fps))))
        self._set_enabled(True)
        self.show_index(self.start_index)
        return True

    @property
    def start_index(self) -> int:
        """Where playback starts: the event's first frame, or the clip's."""
        return self.event_range[0] if self.event_range is not None else 0

    def clear(self, message: str) -> None:
        """Closes the clip and shows ``message``."""
        self.timer.stop()
        if self.reader is not None:
            self.reader.close()
        self.reader = None
        self.index = 0
        self.event_range = None
        self.slider.set_event(None)
        self.slider.setToolTip("")
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
            if self.index >= len(self.reader) - 1:  # at the end: again from the event
                self.show_index(self.start_index)
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
            self.clear(self.tr("The clip cannot be played: {error}").format(error=error_text(e)))
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
        """Frame number and time burnt into the top-left corner (the title is shown under the clip),
        on a red band within the event, a dark one in the pre- and post-roll."""
        text = f"{self.index + 1}/{len(self.reader)}  {self.reader.time_s(self.index):.2f} s"
        h = image.shape[0]
        scale = max(0.5, h / 720)
        inside = self.event_range is not None and self.event_range[0] <= self.index <= self.event_range[1]
        band = (47, 50, 220) if inside else (30, 30, 30)
        cv2.rectangle(image, (0, 0), (int(260 * scale), int(34 * scale)), band, -1)
        cv2.putText(image, text, (int(8 * scale), int(24 * scale)), cv2.FONT_HERSHEY_SIMPLEX, 0.7 * scale,
                    (255, 255, 255), max(1, int(2 * scale)), cv2.LINE_AA)
