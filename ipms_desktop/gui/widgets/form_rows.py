"""Small building blocks of the forms laid out in code (consolidation, administration)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


def path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    """A path field that takes the spare width, with its browse button beside it."""
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic moves the focus to ``buddy`` (a row holding a layout)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
