"""The spread heat map: items by assessors, coloured by how far apart the scores are.

A cell's colour deepens with the distance of that assessor's score from the mean, and the
spread column with the item's spread against the threshold, so the meeting sees at a
glance where the team disagrees. Items at or over the threshold come first and are bold.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ipms_desktop.scoring import display

_CALM = QColor("#ffffff")
_HOT = QColor("#e4572e")


def heat_colour(distance: Fraction | None, threshold: int) -> QColor:
    """White for agreement, deepening to a warm red at the threshold and beyond."""
    if distance is None or threshold <= 0:
        return _CALM
    strength = min(float(distance) / threshold, 1.0)
    return QColor(
        round(_CALM.red() + (_HOT.red() - _CALM.red()) * strength),
        round(_CALM.green() + (_HOT.green() - _CALM.green()) * strength),
        round(_CALM.blue() + (_HOT.blue() - _CALM.blue()) * strength),
    )


def score_text(value: Fraction | None) -> str:
    return "–" if value is None else display(value, 1)


def assessor_titles(names: list[str]) -> list[str]:
    """Column titles for the assessors: the words every name begins with are left out
    ("Assessor A", "Assessor B" become "A", "B"), so that the score columns stay narrow;
    the full names are the headers' tooltips (see ``name_columns``)."""
    words = [name.split() for name in names]
    common = 0
    while (
        len(names) > 1
        and all(len(split) > common + 1 for split in words)
        and len({split[common] for split in words}) == 1
    ):
        common += 1
    return [" ".join(split[common:]) for split in words]


def name_columns(table: QTableWidget, first: int, names: list[str]) -> None:
    """Each assessor column's full name as its header's tooltip."""
    for column, name in enumerate(names, start=first):
        table.horizontalHeaderItem(column).setToolTip(name)


def fit_score_columns(table: QTableWidget, first: int, last: int) -> None:
    """Narrow columns ``first..last`` to their scores' width; their headers wrap instead.

    Headers such as an assessor's name are much wider than the scores under them, and
    the whole row of scores must stay in view beside the other panel (at 1366 pixels
    wide, without scrolling sideways): each column is as wide as its widest score or
    header word, set bold, and the cell's padding.
    """
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
    titles = [str(table.horizontalHeaderItem(c).text()) for c in range(first, last + 1)]
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    widths = []
    for column, title in zip(range(first, last + 1), titles, strict=True):
        cells = (table.item(row, column) for row in range(table.rowCount()))
        texts = [cell.text() for cell in cells if cell is not None]
        widest = max(metrics.horizontalAdvance(text) for text in [*texts, *title.split(), "–"])
        widths.append(widest + CELL_PADDING)
    header.setMinimumSectionSize(min(header.minimumSectionSize(), *widths))
    for column, width in zip(range(first, last + 1), widths, strict=True):
        header.setSectionResizeMode(column, QHeaderView.Fixed)
        table.setColumnWidth(column, width)
    lines = max((len(title.split()) for title in titles), default=1)
    header.setMinimumHeight(table.fontMetrics().lineSpacing() * min(lines, 3) + 12)


# The style sheet's cell padding (4 pixels a side) and the style's text margins.
CELL_PADDING = 18


class HeatMap(QTableWidget):
    """One row per item (flagged first): each assessor's overall, the spread, the consensus."""

    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.item_ids: list[str] = []
        self._fitted = False
        self.currentCellChanged.connect(self._current_changed)

    def show_view(self, view: object, names: list[str], language: str) -> None:
        """Fill from a ``ConsensusView``; ``names`` label the assessor columns."""
        current = self.current_item_id()
        self.blockSignals(True)
        self.clear()
        headers = [
            self.tr("Item"),
            *assessor_titles(names),
            self.tr("Spread"),
            self.tr("Consensus"),
        ]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        name_columns(self, 1, names)
        self.setRowCount(len(view.items))
        self.item_ids = [entry.item.id for entry in view.items]
        for row, entry in enumerate(view.items):
            overall = entry.overall
            title = QTableWidgetItem(entry.item.id)
            title.setToolTip(entry.item.title.get(language))
            if entry.flagged:
                font = title.font()
                font.setBold(True)
                title.setFont(font)
                title.setToolTip(
                    self.tr("Discuss first: the scores spread by %1 points or more.").replace(
                        "%1", str(view.threshold)
                    )
                )
            self.setItem(row, 0, title)
            for column, value in enumerate(overall.values, start=1):
                cell = QTableWidgetItem(score_text(value))
                cell.setTextAlignment(Qt.AlignCenter)
                distance = (
                    abs(value - overall.mean)
                    if value is not None and overall.mean is not None
                    else None
                )
                cell.setBackground(QBrush(heat_colour(distance, view.threshold)))
                self.setItem(row, column, cell)
            spread = QTableWidgetItem(score_text(entry.spread))
            spread.setTextAlignment(Qt.AlignCenter)
            spread.setBackground(QBrush(heat_colour(entry.spread, view.threshold)))
            self.setItem(row, len(names) + 1, spread)
            consensus = QTableWidgetItem(score_text(overall.consensus))
            consensus.setTextAlignment(Qt.AlignCenter)
            font = consensus.font()
            font.setBold(True)
            consensus.setFont(font)
            self.setItem(row, len(names) + 2, consensus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        fit_score_columns(self, 1, len(headers) - 1)
        # As wide as its columns: the panel beside it gives way, never a column of scores.
        first = max(self.sizeHintForColumn(0), header.sectionSizeHint(0))
        columns = first + sum(self.columnWidth(c) for c in range(1, len(headers)))
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(columns + scroll_bar + 2 * self.frameWidth())
        self._give_room_away()
        self.blockSignals(False)
        if self.item_ids:
            row = self.item_ids.index(current) if current in self.item_ids else 0
            self.setCurrentCell(row, 0)
            self.item_chosen.emit(self.item_ids[row])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._give_room_away()

    def _give_room_away(self) -> None:
        """Once shown, leave the panel beside it the room this map does not need."""
        splitter = self.parentWidget()
        if self._fitted or not isinstance(splitter, QSplitter) or not splitter.isVisible():
            return
        total = sum(splitter.sizes())
        if total > 2 * self.minimumWidth():
            self._fitted = True
            splitter.setSizes([self.minimumWidth(), total - self.minimumWidth()])

    def current_item_id(self) -> str | None:
        row = self.currentRow()
        return self.item_ids[row] if 0 <= row < len(self.item_ids) else None

    def _current_changed(
        self, row: int, _column: int, previous: int, _previous_column: int
    ) -> None:
        if row != previous and 0 <= row < len(self.item_ids):
            self.item_chosen.emit(self.item_ids[row])
