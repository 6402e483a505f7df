"""A small line chart of monthly scores, drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class TrendChart(QWidget):
    """Scores (0..100) over months; one line per series.

    Call :meth:`set_data` with the month labels and ``{series name: values}`` (None = no score).
    """

    COLOURS = (QColor(38, 139, 210), QColor(220, 50, 47), QColor(133, 153, 0), QColor(211, 54, 130),
               QColor(181, 137, 0), QColor(42, 161, 152))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: tuple[str, ...] = ()
        self.series: dict[str, tuple[float | None, ...]] = {}
        self.title = ""
        self.setMinimumHeight(180)

    def set_data(self, months: tuple[str, ...], series: dict[str, tuple[float | None, ...]], title: str = "") -> None:
        """Replaces the data.

        Raises:
            ValueError: A series whose length differs from the months.
        """
        for name, values in series.items():
            if len(values) != len(months):
                raise ValueError(f"series {name!r} has {len(values)} values for {len(months)} months")
        self.months, self.series, self.title = tuple(months), dict(series), title
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        left, top, right, bottom = fm.horizontalAdvance("100") + 12, fm.height() + 8, 16, fm.height() + 10
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(0, 0, self.width(), top), Qt.AlignmentFlag.AlignCenter, self.title)
        grid = QPen(QColor(160, 160, 160, 90))
        lo, hi = self._range()
        for k in range(5):
            v = lo + (hi - lo) * k / 4
            y = plot.bottom() - plot.height() * k / 4
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{v:.0f}")
        n = len(self.months)
        xs = [plot.left() + (plot.width() * (i + 0.5) / n) for i in range(n)] if n else []
        for x, m in zip(xs, self.months):
            p.drawText(QRectF(x - 40, plot.bottom() + 2, 80, bottom), Qt.AlignmentFlag.AlignHCenter, m)
        for k, (name, values) in enumerate(self.series.items()):
            pen = QPen(self.COLOURS[k % len(self.COLOURS)], 2.5)
            p.setPen(pen)
            pts = [QPointF(x, plot.bottom() - plot.height() * (v - lo) / (hi - lo)) if v is not None else None
                   for x, v in zip(xs, values)]
            for a, b in zip(pts, pts[1:]):
                if a is not None and b is not None:
                    p.drawLine(a, b)
            p.setBrush(pen.color())
            for q in pts:
                if q is not None:
                    p.drawEllipse(q, 4, 4)
            p.setBrush(Qt.BrushStyle.NoBrush)
        p.end()

    def _range(self) -> tuple[float, float]:
        vals = [v for vs in self.series.values() for v in vs if v is not None]
        lo = min(vals) if vals else 0.0
        lo = max(0.0, (int(lo) // 10) * 10 - 10) if vals else 0.0
        return lo, 100.0
