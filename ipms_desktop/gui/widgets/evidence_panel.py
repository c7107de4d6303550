"""The evidence attached to one item: name, size and SHA-256, with add, open and remove."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class EvidencePanel(QWidget):
    """Shows ``EvidenceInfo`` records; the editor does the storing and copying."""

    add_requested = Signal()
    open_requested = Signal(str, str)  # sha256, file name
    remove_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        hint = QLabel(
            self.tr(
                "Files are stored encrypted inside the profile and travel with the export. "
                "Opening one writes a plain copy outside the encrypted store."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("SHA-256")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add &files…"), self)
        self.open_button = QPushButton(self.tr("Open a &copy…"), self)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.busy_label = QLabel(self)
        self.busy_label.setProperty("role", "hint")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.open_button.clicked.connect(lambda: self._emit_for_current(self.open_requested))
        self.remove_button.clicked.connect(lambda: self._emit_for_current(self.remove_requested))
        self.table.itemActivated.connect(lambda _cell: self._emit_for_current(self.open_requested))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def evidence_records(self) -> list[Any]:
        return list(self._records)

    def set_evidence(self, records: Sequence[Any]) -> None:
        self._records = list(records)
        locale = QLocale()
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            cells = (
                record.name,
                locale.formattedDataSize(record.size),
                record.sha256[:16] + "…",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.UserRole, (record.sha256, record.name))
                if column == 2:
                    cell.setToolTip(record.sha256)
                self.table.setItem(row, column, cell)
        self._update_buttons()

    def set_busy(self, text: str) -> None:
        self.busy_label.setText(text)
        self.add_button.setEnabled(not text)

    def _emit_for_current(self, signal: Signal) -> None:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        if cell is not None:
            sha256, name = cell.data(Qt.UserRole)
            signal.emit(sha256, name)

    def _update_buttons(self) -> None:
        selected = self.table.currentRow() >= 0
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
