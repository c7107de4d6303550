"""The check before export: every unfinished item, and a jump to it on click.

The check itself is ``services.completeness``; this dialog shows its problem codes in the
assessor's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
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
from ipms_desktop.gui.i18n import fill, isolate_ltr
from ipms_desktop.gui.style import WARNING
from ipms_desktop.messages.registry import translate
from ipms_desktop.services.completeness import ItemProblem, ProblemCode

# The list entry's data: whether the problem stops the export.
BLOCKING_ROLE = Qt.UserRole + 1

# The scorebook's counts are plural entries, looked up with the count (a count of 1 in
# Arabic, or anything but 1 in Kurdish, found no translation and showed English):
# lupdate marks an entry plural only where the call names a number, so they are named here.
_STRENGTHS_WRITTEN = translate(
    "Completeness", "Scorebook: strengths written: %n; write %1 to %2.", None, 0
)
_AFIS_WRITTEN = translate(
    "Completeness", "Scorebook: areas for improvement written: %n; write %1 to %2.", None, 0
)
_SITE_VISIT_ISSUES = translate(
    "Completeness", "Scorebook: site-visit issues: %n; keep at most %2.", None, 0
)


def problem_text(problem: ItemProblem) -> str:
    """One problem of the completeness check in the assessor's language."""
    values = problem.values
    count = int(values.get("count", "0"))
    match problem.code:
        case ProblemCode.NOT_SCORED:
            return QCoreApplication.translate("Completeness", "not scored yet")
        case ProblemCode.ATTRIBUTES_MISSING:
            return fill(
                QCoreApplication.translate("Completeness", "%1 of %2 attributes are not scored"),
                values["missing"],
                values["total"],
            )
        case ProblemCode.JUSTIFICATION_MISSING:
            return fill(
                QCoreApplication.translate(
                    "Completeness",
                    "the agreed overall %1 departs from the suggested %2 and needs a justification",
                ),
                isolate_ltr(values["overall"]),
                isolate_ltr(values["suggested"]),
            )
        case ProblemCode.FEW_STRENGTHS | ProblemCode.MANY_STRENGTHS:
            return _counted(
                QCoreApplication.translate("Completeness", _STRENGTHS_WRITTEN, "", count),
                values,
            )
        case ProblemCode.FEW_AFIS | ProblemCode.MANY_AFIS:
            return _counted(
                QCoreApplication.translate("Completeness", _AFIS_WRITTEN, "", count),
                values,
            )
        case ProblemCode.MANY_SITE_VISIT_ISSUES:
            return _counted(
                QCoreApplication.translate("Completeness", _SITE_VISIT_ISSUES, "", count),
                values,
            )
        case ProblemCode.HIGH_OVERALL_NO_STRENGTH:
            return fill(
                QCoreApplication.translate(
                    "Completeness", "Scorebook: an overall of %1 needs at least one strength."
                ),
                isolate_ltr(values["overall"]),
            )
        case ProblemCode.LOW_OVERALL_NO_AFI:
            return fill(
                QCoreApplication.translate(
                    "Completeness",
                    "Scorebook: an overall of %1 needs at least one area for improvement.",
                ),
                isolate_ltr(values["overall"]),
            )
    return problem.english()


def _counted(text: str, values: Mapping[str, str]) -> str:
    return fill(text, values.get("low", ""), values.get("high", ""))


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
        # True when the person chose to export despite the scorebook's advice.
        self.export_anyway = False
        blocking = [problem for problem in problems if problem.blocking]
        if blocking:
            text = self.tr(
                "%n item(s) are not finished. Score each one, or mark it not assessed with a "
                "reason, then export again. Press Enter or double-click an item to go to it.",
                "",
                len({problem.item_id for problem in blocking}),
            )
        else:
            text = self.tr(
                "Every item is finished. The scorebook method advises on %n item(s) below; "
                "go to an item to improve it, or export as it is.",
                "",
                len({problem.item_id for problem in problems}),
            )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.problem_list = QListWidget(self)
        # Long item titles wrap rather than hiding the problem behind a sideways scroll.
        self.problem_list.setWordWrap(True)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # What stops the export comes first; the scorebook's advice follows.
        ordered = sorted(problems, key=lambda problem: not problem.blocking)
        for problem in ordered:
            title = framework.items[problem.item_id].title.get(language)
            entry = QListWidgetItem(f"{problem.item_id}  {title}\n{problem_text(problem)}")
            if not problem.blocking:
                entry.setForeground(QColor(WARNING))
            entry.setData(Qt.UserRole, problem.item_id)
            entry.setData(BLOCKING_ROLE, problem.blocking)
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
        if not blocking:
            self.export_button = QPushButton(self.tr("&Export as it is"), self)
            self.export_button.clicked.connect(self._export_anyway)
            buttons.addWidget(self.export_button)
        buttons.addWidget(go_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem_list, 1)
        layout.addLayout(buttons)
        self.problem_list.setFocus()

    def _export_anyway(self) -> None:
        self.export_anyway = True
        self.accept()

    def _choose(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        self.chosen_item = str(entry.data(Qt.UserRole))
        self.accept()
