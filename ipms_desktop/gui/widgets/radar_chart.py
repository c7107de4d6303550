"""The live score profile: one axis per criterion, painted with QPainter.

Each axis runs from the centre (0 %) to the rim (100 %); a criterion not yet scored has no
point, so the shape never suggests a zero that nobody entered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ipms_desktop.gui.style import ACCENT, CHART_FILL, CHART_GRID, MUTED_TEXT, TEXT


@dataclass(frozen=True)
class ChartAxis:
    label: str
    percent: float | None


class RadarChart(QWidget):
    """Draws the criteria's percentages; set ``axes`` and it repaints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axes: list[ChartAxis] = []
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(280, 280)

    def set_axes(self, axes: list[ChartAxis]) -> None:
        self._axes = axes
        self.setToolTip("\n".join(f"{a.label}: {_percent_text(a.percent)}" for a in axes))
        self.update()

    def axes(self) -> list[ChartAxis]:
        return list(self._axes)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._axes:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        margin = painter.fontMetrics().height() * 2
        side = min(self.width(), self.height()) - 2 * margin
        radius = max(side / 2, 10)
        centre = QPointF(self.width() / 2, self.height() / 2)
        count = len(self._axes)
        # Clockwise from the top; mirrored (counter-clockwise) in right-to-left layouts.
        direction = -1 if self.layoutDirection() == Qt.RightToLeft else 1

        def point(index: int, fraction: float) -> QPointF:
            angle = -math.pi / 2 + direction * 2 * math.pi * index / count
            return QPointF(
                centre.x() + math.cos(angle) * radius * fraction,
                centre.y() + math.sin(angle) * radius * fraction,
            )

        painter.setPen(QPen(QColor(CHART_GRID), 1))
        for ring in (0.25, 0.5, 0.75, 1.0):
            painter.drawPolygon(QPolygonF([point(i, ring) for i in range(count)]))
        for index in range(count):
            painter.drawLine(centre, point(index, 1.0))

        scored = [(i, a.percent) for i, a in enumerate(self._axes) if a.percent is not None]
        if len(scored) >= 2:
            polygon = QPolygonF([point(i, p / 100) for i, p in scored])
            painter.setPen(QPen(QColor(ACCENT), 2))
            painter.setBrush(QColor(CHART_FILL))
            painter.drawPolygon(polygon)
        painter.setBrush(QColor(ACCENT))
        painter.setPen(Qt.NoPen)
        for index, percent in scored:
            painter.drawEllipse(point(index, percent / 100), 3.5, 3.5)

        metrics = painter.fontMetrics()
        for index, axis in enumerate(self._axes):
            anchor = point(index, 1.0 + 0.6 * metrics.height() / radius + 0.05)
            width = metrics.horizontalAdvance(axis.label) + 4
            box = QRectF(
                anchor.x() - width / 2, anchor.y() - metrics.height() / 2, width, metrics.height()
            )
            painter.setPen(QColor(TEXT if axis.percent is not None else MUTED_TEXT))
            painter.drawText(box, Qt.AlignCenter, axis.label)
        painter.end()


def _percent_text(percent: float | None) -> str:
    return "–" if percent is None else f"{percent:.1f} %"
