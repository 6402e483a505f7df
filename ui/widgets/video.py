"""A widget that shows one BGR frame scaled to fit, with optional text captions per person box."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


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
