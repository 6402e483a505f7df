"""A widget that shows one BGR frame scaled to fit, with optional text captions per person box.

What a caption says about a person has one source, :func:`person_overlay`: a person with an open
event is captioned with that event's rule (what the events list says at the same moment) and
nothing else; a person without one with what is seen of them, never a posture that the measured
stance contradicts (a standing person is not "sitting upright"). :class:`OpenEvents` follows
which events are open from the same started/ended notices the events list shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from inspector.types import PersonObservation, Stance
from ui.labels import label_name, rule_name


def bgr_to_qimage(image: np.ndarray) -> QImage:
    """A deep copy of a BGR uint8 image as a QImage (safe after the array is gone).

    Raises:
        ValueError: Not an H x W x 3 uint8 array.
    """
    if image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
        raise ValueError(f"expected a BGR uint8 image, got shape {image.shape} dtype {image.dtype}")
    img = np.ascontiguousarray(image)
    h, w = img.shape[:2]
    return QImage(img.data, w, h, 3 * w, QImage.Format.Format_BGR888).copy()


@dataclass(frozen=True)
class Caption:
    """Text drawn at the top-left of a box given in image pixels."""

    box: tuple[float, float, float, float]
    text: str
    alert: bool = False


@dataclass(frozen=True)
class PersonOverlay:
    """What the overlay says about one person.

    Attributes:
        rules: Rule ids of the person's open events (empty: not flagged).
        labels: Label values seen (only for a person not flagged).
    """

    rules: tuple[str, ...]
    labels: tuple[str, ...]

    @property
    def flagged(self) -> bool:
        return bool(self.rules)


def _posture_word(person: PersonObservation) -> str | None:
    """The body posture label, unless the measured stance contradicts it (then the stance)."""
    body = person.labels.body_posture.value if person.labels is not None else "unknown"
    stance = person.features.stance if person.features is not None else Stance.UNKNOWN
    if body == "unknown":
        return None if stance is Stance.UNKNOWN else stance.value
    for word, kind in (("sitting", Stance.SITTING), ("standing", Stance.STANDING)):
        if body.startswith(word) and stance not in (Stance.UNKNOWN, kind):
            return stance.value
    return body


def person_overlay(person: PersonObservation, open_rules: Iterable[str]) -> PersonOverlay:
    """What the overlay says about a person: the open events' rules when flagged, else what is seen.

    A flagged person's caption names only the rules of their open events, so it never shows a
    label the rule disagrees with (e.g. "sitting upright" next to "not upright"). A person not
    flagged is described by their posture (never one their measured stance contradicts), arms and
    face, leaving out what is unknown.

    Args:
        person: The person.
        open_rules: Rule ids of the events open for the person's track.
    """
    rules = tuple(sorted(set(open_rules)))
    if rules or person.labels is None:
        return PersonOverlay(rules, ())
    words = (_posture_word(person), person.labels.arm_posture.value, person.labels.face_expression.value)
    return PersonOverlay(rules, tuple(w for w in words if w and w != "unknown"))


def person_caption(person: PersonObservation, open_rules: Iterable[str], name: str | None = None) -> Caption:
    """The caption of a person's box: track, name, then :func:`person_overlay` in the user's language."""
    ov = person_overlay(person, open_rules)
    parts = [f"#{person.track_id}"] + ([name] if name else [])
    parts += [rule_name(r) for r in ov.rules] + [label_name(w) for w in ov.labels]
    return Caption(person.bbox, " · ".join(parts), ov.flagged)


class OpenEvents:
    """The events open now, per track, followed from the started/ended notices the events list shows."""

    def __init__(self) -> None:
        self._open: dict[int, set[str]] = {}

    def note(self, rule_id: str, track_id: int, ended: bool) -> None:
        """An event of a rule started (``ended`` False) or ended for a track."""
        rules = self._open.setdefault(track_id, set())
        if ended:
            rules.discard(rule_id)
            if not rules:
                del self._open[track_id]
        else:
            rules.add(rule_id)

    def rules_of(self, track_id: int) -> tuple[str, ...]:
        """Rule ids of the track's open events."""
        return tuple(sorted(self._open.get(track_id, ())))

    def clear(self) -> None:
        """Forgets every event (a new run: track ids start again)."""
        self._open.clear()


class VideoView(QWidget):
    """Paints the last frame given with :meth:`show_frame`, keeping its aspect ratio."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._captions: tuple[Caption, ...] = ()
        self._message = ""
        self._notice = ""
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_frame(self, image: np.ndarray | None, captions: tuple[Caption, ...] = ()) -> None:
        """Shows a BGR frame (None clears) with captions; repaints later."""
        self._image = None if image is None else bgr_to_qimage(image)
        self._captions = captions
        if image is not None:
            self._notice = ""
        self.update()

    def show_message(self, text: str) -> None:
        """Shows a line of text over the view (empty clears it)."""
        self._message = text
        self.update()

    def show_notice(self, text: str) -> None:
        """Clears the frame and shows ``text`` large in the middle of the view, wrapped (a run that
        failed: its cause and what to do); the next :meth:`show_frame` of an image removes it."""
        self._image = None
        self._captions = ()
        self._message = ""
        self._notice = text
        self.update()

    @property
    def notice(self) -> str:
        return self._notice

    @property
    def has_frame(self) -> bool:
        return self._image is not None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(24, 26, 30))
        target = QRectF(self.rect())
        if self._image is not None:
            iw, ih = self._image.width(), self._image.height()
            s = min(self.width() / iw, self.height() / ih)
            target = QRectF((self.width() - iw * s) / 2, (self.height() - ih * s) / 2, iw * s, ih * s)
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.drawImage(target, self._image)
            self._paint_captions(p, target, s)
        if self._message:
            f = QFont(self.font())
            f.setPointSizeF(f.pointSizeF() * 1.3)
            p.setFont(f)
            p.setPen(QColor(255, 255, 255))
            band = QRectF(0, self.height() - 48, self.width(), 48)
            p.fillRect(band, QColor(0, 0, 0, 170))
            p.drawText(band, Qt.AlignmentFlag.AlignCenter, self._message)
        if self._notice:
            f = QFont(self.font())
            f.setPointSizeF(max(10.0, f.pointSizeF()) * 1.8)
            p.setFont(f)
            p.setPen(QColor(255, 255, 255))
            p.drawText(QRectF(self.rect()).adjusted(24, 24, -24, -24),
                       int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self._notice)
        p.end()

    def _paint_captions(self, p: QPainter, target: QRectF, s: float) -> None:
        fm = p.fontMetrics()
        for c in self._captions:
            x, y, w, h = c.box
            r = QRectF(target.x() + x * s, target.y() + y * s, w * s, h * s)
            colour = QColor(220, 50, 47) if c.alert else QColor(38, 139, 210)
            p.setPen(colour)
            p.drawRect(r)
            tw, th = fm.horizontalAdvance(c.text) + 10, fm.height() + 4
            band = QRectF(r.x(), max(target.y(), r.y() - th), tw, th)
            p.fillRect(band, colour)
            p.setPen(QColor(255, 255, 255))
            p.drawText(band, Qt.AlignmentFlag.AlignCenter, c.text)
