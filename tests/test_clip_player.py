"""Clip player: the event's span marked on the slider, playback from the event's start."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from inspector.clips import EVENT_SPAN_TAG, event_span_s, write_clip
from inspector.clips.mp4 import event_span_tag, retag
from ui.widgets.clip_player import ClipPlayer, event_frames


def clip(tmp_path, event_ms=None, name="c.mp4"):
    """A 4 s clip at 10 fps (40 frames), tagged with an event span when given."""
    frames = ((np.full((120, 160, 3), 40 + i * 4, np.uint8), i * 100) for i in range(40))
    path = write_clip(tmp_path / name, frames, fps=10)
    if event_ms is not None:
        retag(path, event_span_tag(event_ms, 0))
    return path


def red_columns(widget) -> list[int]:
    img = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    w, h = img.width(), img.height()
    arr = np.frombuffer(img.constBits(), np.uint8).reshape(h, img.bytesPerLine())[:, : w * 3].reshape(h, w, 3)
    r, g, b = (arr[..., k].astype(int) for k in range(3))
    strong = (r > 180) & (g < 90) & (b < 90)
    return [int(x) for x in np.nonzero(strong.sum(axis=0) >= h // 2)[0]]


def test_event_frames_of_a_span():
    times = [i / 10 for i in range(40)]
    assert event_frames(times, (1.0, 2.5)) == (10, 25)
    assert event_frames(times, (1.05, 1.08)) is None
    assert event_frames(times, None) is None and event_frames([], (0, 1)) is None


def test_player_starts_at_the_event_and_marks_it_on_the_slider(qtbot, tmp_path):
    path = clip(tmp_path, (1000, 2500))
    assert event_span_s(path) == (1.0, 2.5)
    p = ClipPlayer()
    qtbot.addWidget(p)
    p.resize(640, 360)
    p.show()
    assert p.open(str(path), "arms")
    assert p.event_range == (10, 25) and p.slider.event_range == (10, 25)
    assert p.index == 10 and p.slider.value() == 10  # not the pre-roll's first frame
    assert "1.0" in p.slider.toolTip() and "2.5" in p.slider.toolTip()
    cols = red_columns(p.slider)
    x0, x1 = p.slider.mark_x(10), p.slider.mark_x(25)
    assert any(abs(c - x0) <= 1 for c in cols) and any(abs(c - x1) <= 1 for c in cols)
    assert not any(c < x0 - 2 or c > x1 + 2 for c in cols)  # nothing marked outside the event
    inside = p.view._image.pixelColor(4, 4)
    p.slider.setValue(2)  # the reviewer can still scrub back into the pre-roll
    assert p.index == 2
    outside = p.view._image.pixelColor(4, 4)
    assert inside.red() > 180 and inside.green() < 80 and outside.red() < 60  # the frame band says "in the event"
    p.slider.setValue(39)
    p.toggle()  # at the end, Play starts again at the event
    assert p.index == 10
    p.toggle()


def test_clip_without_a_span_starts_at_its_beginning_unmarked(qtbot, tmp_path):
    p = ClipPlayer()
    qtbot.addWidget(p)
    p.resize(640, 360)
    p.show()
    assert p.open(str(clip(tmp_path)))
    assert p.event_range is None and p.index == 0 and red_columns(p.slider) == []
    assert p.open(str(clip(tmp_path, name="d.mp4")), event_span=(3.0, 3.5))  # told by the caller
    assert p.event_range == (30, 35) and p.index == 30
    p.clear("gone")
    assert p.event_range is None and p.slider.event_range is None


@pytest.mark.parametrize("text", ["", "abc", "5,2", "-1,3"])
def test_a_bad_span_tag_is_ignored(tmp_path, text):
    path = write_clip(tmp_path / "c.mp4", ((np.zeros((64, 64, 3), np.uint8), i * 100) for i in range(5)))
    retag(path, {EVENT_SPAN_TAG: text})
    assert event_span_s(path) is None
