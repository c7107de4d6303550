"""The check before export: every unfinished item, and a jump to it on click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.frameworks import Framework


class PreExportCheckDialog(QDialog):
    """Lists ``(item id, problem)``; activating one closes the dialog with ``chosen_item``."""

    def __init__(
        self,
        framework: Framework,
        language: str,
        problems: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before export"))
        self.setMinimumSize(560, 420)
        self.chosen_item: str | None = None
        intro = QLabel(
            self.tr(
                "%1 item(s) are not finished. Score each one, or mark it not assessed with a "
                "reason, then export again. Press Enter or double-click an item to go to it."
            ).replace("%1", str(len({item_id for item_id, _ in problems}))),
            self,
        )
        intro.setWordWrap(True)
        self.problem_list = QListWidget(self)
        for item_id, problem in problems:
            title = framework.items[item_id].title.get(language)
            entry = QListWidgetItem(f"{item_id}  {title}\n{problem}")
            entry.setData(Qt.UserRole, item_id)
            self.problem_list.addItem(entry)
        self.problem_list.setCurrentRow(0)
        self.problem_list.itemActivated.connect(self._choose)
        go_button = QPushButton(self.tr("&Go to item"), self)
        go_button.setDefault(True)
        go_button.clicked.connect(lambda: self._choose(self.problem_list.currentItem()))
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        buttons.addWidget(go_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem_list, 1)
        layout.addLayout(buttons)
        self.problem_list.setFocus()

    def _choose(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        self.chosen_item = str(entry.data(Qt.UserRole))
        self.accept()
