"""An editable list of short texts: strengths, areas for improvement, site-visit issues.

Each entry is one full sentence. Adding, editing (F2 or double click), removing and moving
entries emits the whole new list, which the editor saves at once as one undoable step.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)


def own_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong letter (None when it has none)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LeftToRight
        if kind in ("R", "AL"):
            return Qt.RightToLeft
    return None


class OwnDirectionDelegate(QStyledItemDelegate):
    """Draws each entry in the direction of its own first letter, on the reading side of
    the window: an English sentence in an Arabic list keeps its full stop at its end."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: object) -> None:
        super().initStyleOption(option, index)
        direction = own_direction(option.text)
        if direction is not None and direction != option.direction:
            side = Qt.AlignRight if option.direction == Qt.RightToLeft else Qt.AlignLeft
            option.direction = direction
            option.displayAlignment = side | Qt.AlignAbsolute | Qt.AlignVCenter


class TextListEditor(QWidget):
    """Edits a list of texts; ``texts_changed(old, new)`` after every completed edit."""

    texts_changed = Signal(list, list)

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(OwnDirectionDelegate(self.list))
        self.list.setEditTriggers(
            QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed
        )
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)
        hint_label.setProperty("role", "hint")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        # Narrow margins: in a tab beside other panels every line of height counts.
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(hint_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.itemChanged.connect(self._item_edited)
        self.list.currentRowChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.Delete, self.list, activated=self.remove_current)
        self._update_buttons()

    def texts(self) -> list[str]:
        return list(self._texts)

    def set_texts(self, texts: list[str]) -> None:
        """Show ``texts`` (from the store) without emitting a change.

        Unchanged texts leave the list alone, so an entry being typed survives a refresh
        caused by another field being saved.
        """
        if list(texts) == self._texts and self.list.count() >= len(texts):
            self._update_buttons()
            return
        row = self.list.currentRow()
        self._texts = list(texts)
        self.list.blockSignals(True)
        self.list.clear()
        for text in texts:
            entry = QListWidgetItem(text)
            entry.setFlags(entry.flags() | Qt.ItemIsEditable)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if texts:
            self.list.setCurrentRow(min(max(row, 0), len(texts) - 1))
        self._update_buttons()

    def flush(self) -> None:
        """Take an entry still being typed (its editor open) as if the person pressed Enter."""
        if self.list.state() != QAbstractItemView.EditingState:
            self._emit_if_changed()
            return
        for editor in self.list.viewport().findChildren(QLineEdit):
            if not editor.isHidden():
                self.list.commitData(editor)
                self.list.closeEditor(editor, QAbstractItemDelegate.NoHint)
        self._emit_if_changed()

    def add_entry(self) -> None:
        entry = QListWidgetItem("")
        entry.setFlags(entry.flags() | Qt.ItemIsEditable)
        self.list.blockSignals(True)
        self.list.addItem(entry)
        self.list.blockSignals(False)
        self.list.setCurrentItem(entry)
        self.list.setFocus()
        self.list.editItem(entry)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._emit_if_changed()

    def _move(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.blockSignals(False)
        self.list.setCurrentRow(target)
        self._emit_if_changed()

    def _item_edited(self, _entry: QListWidgetItem) -> None:
        self._emit_if_changed()

    def _current_entries(self) -> list[str]:
        texts = (self.list.item(row).text().strip() for row in range(self.list.count()))
        return [text for text in texts if text]

    def _emit_if_changed(self) -> None:
        new = self._current_entries()
        self._update_buttons()
        if new != self._texts:
            old, self._texts = self._texts, new
            self.texts_changed.emit(old, new)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
