"""One line that says what a window is doing: its outcomes, failures and progress.

Kept apart from ``gui.operations``: the queues are built before the first screen paints,
the status line only with the first window that shows one.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ipms_desktop.gui.message import error_text
from ipms_desktop.gui.operations import Operation, OperationCancelled


class _Roles(NamedTuple):
    """The style roles a status line shows (see ``gui/style.py``)."""

    hint: str = "hint"
    success: str = "success"
    warning: str = "warning"
    error: str = "error"


ROLES = _Roles()


class StatusLine(QWidget):
    """One line that says what a window is doing: a message, progress, and a Cancel button.

    Every window shows its outcomes and failures here, so a failure always reads the same
    way (through ``error_text``, in the chosen language) and long work can always be stopped.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        from PySide6.QtCore import Qt  # here, not at import: see gui.first_paint

        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(260)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self._operation: Operation | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def text(self) -> str:
        return self.label.text()

    def show_message(self, text: str, role: str = ROLES.hint) -> None:
        """Say ``text`` in the style of ``role`` (hint, success, warning or error)."""
        self.label.setText(text)
        self.label.setProperty("role", role)
        self.setProperty("role", role)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        from PySide6.QtWidgets import QDialog

        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            # A dialog keeps its height when a message wraps onto more lines: grow it.
            from ipms_desktop.gui.window_geometry import grow_to_fit_text

            grow_to_fit_text(window)

    def show_error(self, error: BaseException) -> None:
        """Say what went wrong; a cancelled operation is not an error."""
        if isinstance(error, OperationCancelled):
            self.show_message(
                self.tr("Stopped. What was finished is kept; nothing half-written is left."),
                ROLES.warning,
            )
        else:
            self.show_message(error_text(error), ROLES.error)

    def follow(self, operation: Operation, text: str) -> None:
        """Show ``text`` with a progress bar (and Cancel) until ``operation`` finishes."""
        self._operation = operation
        self.show_message(text, ROLES.hint)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(operation.cancellable)
        operation.progressed.connect(self._progressed)
        operation.finished.connect(lambda: self._finished(operation))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finished(self, operation: Operation) -> None:
        if self._operation is operation:
            self._operation = None
            self.progress.hide()
            self.cancel_button.hide()

    def _cancel(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
            self.cancel_button.setEnabled(False)
            self.show_message(self.tr("Stopping…"), ROLES.warning)
