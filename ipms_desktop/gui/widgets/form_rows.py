"""Small building blocks of the forms laid out in code (consolidation, administration)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


def path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    """A path field that takes the spare width, with its browse button beside it."""
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def button_row(
    dialog: QWidget, leave_text: str, primary_text: str, on_primary: Callable[[], object]
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """A dialog's closing row: the way out (rejects the dialog), then the primary action
    (the default button), both at the trailing edge; returns the row and both buttons."""
    leave = QPushButton(leave_text, dialog)
    leave.clicked.connect(dialog.reject)
    primary = QPushButton(primary_text, dialog)
    primary.setProperty("role", "primary")
    primary.setDefault(True)
    primary.clicked.connect(on_primary)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(leave)
    row.addWidget(primary)
    return row, leave, primary


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic moves the focus to ``buddy`` (a row holding a layout)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def grow_to_fit(dialog: QWidget) -> None:
    """Make a dialog tall enough for its word-wrapped text at its current width.

    A top-level window's minimum size ignores height-for-width, so a message that wraps to
    one more line (a long path, a longer language) would be cut off at the bottom.
    """
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = (
        layout.totalHeightForWidth(dialog.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


class _GrowOnLayoutRequest(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest and isinstance(watched, QWidget):
            grow_to_fit(watched)
        return False


def keep_text_visible(dialog: QWidget) -> None:
    """Grow ``dialog`` whenever its content asks for more height (a status message that
    wraps to more lines than the dialog has room for)."""
    watcher = _GrowOnLayoutRequest(dialog)
    dialog.installEventFilter(watcher)
