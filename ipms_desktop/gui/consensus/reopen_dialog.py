"""Asking the team lead why a started consensus is reopened on newer individual revisions.

Reopening changes what the consensus rests on and may remove overrides whose basis
changed, so it is recorded with a justification; the Reopen button stays disabled until
one is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ipms_desktop.gui.i18n import fill
from ipms_desktop.gui.widgets.form_rows import buddy_label, button_row, grow_to_fit


class ReopenDialog(QDialog):
    """The justification for a reopen; ``justification()`` once accepted."""

    def __init__(self, newer_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen the consensus"))
        self.setMinimumWidth(560)
        intro = QLabel(
            fill(
                self.tr(
                    "The consensus will use the current individual revisions (%1 newer). "
                    "Overrides whose individual scores changed are removed and listed; the "
                    "others are kept. The reopening is recorded with your justification."
                ),
                str(newer_count),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.justification_edit = QLineEdit(self)
        self.justification_edit.setPlaceholderText(
            self.tr("why the team takes the newer revisions (required)")
        )
        buttons, self.cancel_button, self.reopen_button = button_row(
            self, self.tr("Cancel"), self.tr("&Reopen"), self.accept
        )
        self.reopen_button.setEnabled(False)
        self.justification_edit.textChanged.connect(
            lambda text: self.reopen_button.setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(buddy_label(self.tr("&Justification:"), self.justification_edit))
        layout.addWidget(self.justification_edit)
        layout.addLayout(buttons)
        grow_to_fit(self)

    def accept(self) -> None:
        if self.justification().strip():
            super().accept()

    def justification(self) -> str:
        return self.justification_edit.text().strip()
