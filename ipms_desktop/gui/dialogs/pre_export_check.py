"""The check before export: every unfinished item, and a jump to it on click.

The check itself is ``services.completeness``; this dialog shows its problem codes in the
assessor's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
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
from ipms_desktop.gui.i18n import isolate_ltr
from ipms_desktop.services.completeness import ItemProblem, ProblemCode


def problem_text(problem: ItemProblem) -> str:
    """One problem of the completeness check in the assessor's language."""
    values = problem.values
    match problem.code:
        case ProblemCode.NOT_SCORED:
            return QCoreApplication.translate("Completeness", "not scored yet")
        case ProblemCode.ATTRIBUTES_MISSING:
            return (
                QCoreApplication.translate("Completeness", "%1 of %2 attributes are not scored")
                .replace("%1", values["missing"])
                .replace("%2", values["total"])
            )
        case ProblemCode.JUSTIFICATION_MISSING:
            return (
                QCoreApplication.translate(
                    "Completeness",
                    "the agreed overall %1 departs from the suggested %2 and needs a justification",
                )
                .replace("%1", isolate_ltr(values["overall"]))
                .replace("%2", isolate_ltr(values["suggested"]))
            )
    return problem.english()


class PreExportCheckDialog(QDialog):
    """Lists the problems; activating one closes the dialog with ``chosen_item``."""

    def __init__(
        self,
        framework: Framework,
        language: str,
        problems: Sequence[ItemProblem],
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
            ).replace("%1", str(len({problem.item_id for problem in problems}))),
            self,
        )
        intro.setWordWrap(True)
        self.problem_list = QListWidget(self)
        # Long item titles wrap rather than hiding the problem behind a sideways scroll.
        self.problem_list.setWordWrap(True)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for problem in problems:
            title = framework.items[problem.item_id].title.get(language)
            entry = QListWidgetItem(f"{problem.item_id}  {title}\n{problem_text(problem)}")
            entry.setData(Qt.UserRole, problem.item_id)
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
