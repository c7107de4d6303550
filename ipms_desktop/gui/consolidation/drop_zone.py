"""Where bundle files and folders are dropped from the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ipms_desktop.gui.i18n import file_kinds


class DropZone(QFrame):
    """Accepts dropped files and folders; ``paths_dropped`` carries the local paths."""

    paths_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAcceptDrops(True)
        self.setMinimumHeight(72)
        self.label = QLabel(
            file_kinds(self.tr("Drop bundle files (.ipmsb) or a folder of them here")), self
        )
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.isEnabled() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.paths_dropped.emit(paths)
