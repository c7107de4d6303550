"""The live table of merge outcomes: one row per bundle file, filled as each one finishes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ipms_desktop.consolidation.institution_names import difference
from ipms_desktop.consolidation.merge import MergeResult, Outcome
from ipms_desktop.gui.consolidation.reasons import plain_reason
from ipms_desktop.gui.i18n import fill, isolate_ltr
from ipms_desktop.gui.style import ERROR, MUTED_TEXT, SUCCESS, WARNING

_COLOURS = {
    Outcome.MERGED: SUCCESS,
    Outcome.DUPLICATE: MUTED_TEXT,
    Outcome.SUPERSEDED: WARNING,
    Outcome.REJECTED: ERROR,
}


class OutcomeTable(QTableWidget):
    """File, outcome, institution, cycle, revision and what it means for the team lead."""

    FILE, OUTCOME, INSTITUTION, CYCLE, REVISION, MEANING = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Outcome"),
                self.tr("Institution"),
                self.tr("Cycle"),
                self.tr("Revision"),
                self.tr("What this means"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(self.MEANING, QHeaderView.Stretch)
        self._results: list[MergeResult] = []

    def results(self) -> list[MergeResult]:
        return list(self._results)

    def outcome_word(self, outcome: Outcome) -> str:
        return {
            Outcome.MERGED: self.tr("Merged"),
            Outcome.DUPLICATE: self.tr("Already merged"),
            Outcome.SUPERSEDED: self.tr("Kept in history"),
            Outcome.REJECTED: self.tr("Rejected"),
        }[outcome]

    def meaning(self, result: MergeResult) -> str:
        if result.outcome is Outcome.MERGED and "consensus-conflict:" in result.reason:
            return self.tr(
                "Merged, but another consensus for this institution counts too: the reports "
                "show no agreed consensus until CoMSEC settles it."
            )
        if result.outcome is Outcome.MERGED and result.look_alikes:
            similar = "; ".join(
                isolate_ltr(f"{name} [{difference(result.institution or '', name)}]")
                for name in result.look_alikes
            )
            return fill(
                self.tr(
                    "Now the current version of this assessment. Its institution's name looks "
                    "like %1 (where they differ in brackets: character position and code "
                    "points), already merged as a separate institution: check which spelling is "
                    "right."
                ),
                similar,
            )
        if result.outcome is Outcome.MERGED:
            return self.tr("Now the current version of this assessment.")
        if result.outcome is Outcome.DUPLICATE:
            return self.tr("Nothing changed: this file was merged before.")
        if result.outcome is Outcome.SUPERSEDED:
            return self.tr("Kept in history: a newer revision of the same assessment is current.")
        if " (copied to " in result.reason:
            return plain_reason(result.reason) + " " + self.tr("A copy is kept in the quarantine.")
        return (
            plain_reason(result.reason)
            + " "
            + self.tr("The quarantine keeps a note of it, but no copy; the original is untouched.")
        )

    def add_result(self, result: MergeResult) -> None:
        """Append ``result``; an earlier row it superseded in this session is updated."""
        if result.outcome is Outcome.MERGED:
            for row, earlier in enumerate(self._results):
                if (
                    earlier.outcome is Outcome.MERGED
                    and earlier.bundle_id
                    and f"(bundle {earlier.bundle_id})" in result.reason
                ):
                    self._results[row] = replace(earlier, outcome=Outcome.SUPERSEDED)
                    self._fill(row, self._results[row])
        if result.outcome is not Outcome.REJECTED:
            self._drop_rejections_of(result.file)
        self._results.append(result)
        self.insertRow(self.rowCount())
        self._fill(self.rowCount() - 1, result)
        self.scrollToBottom()

    def resolve(self, original: str, result: MergeResult) -> None:
        """``original``, rejected earlier, has merged on retry: show the new outcome instead."""
        self.add_result(replace(result, file=original))

    def _drop_rejections_of(self, file: str) -> None:
        """Remove rows that rejected ``file``: it has gone in since, the refusal is stale."""
        for row in reversed(range(len(self._results))):
            earlier = self._results[row]
            if earlier.outcome is Outcome.REJECTED and earlier.file == file:
                del self._results[row]
                self.removeRow(row)

    def _fill(self, row: int, result: MergeResult) -> None:
        values = [
            isolate_ltr(Path(result.file).name),
            self.outcome_word(result.outcome),
            result.institution or "",
            "" if result.cycle is None else str(result.cycle),
            "" if result.revision is None else str(result.revision),
            self.meaning(result),
        ]
        for column, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setToolTip(f"{result.file}\n{result.reason}")
            if column == self.OUTCOME:
                cell.setForeground(QBrush(QColor(_COLOURS[result.outcome])))
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            if column in (self.CYCLE, self.REVISION):
                cell.setTextAlignment(Qt.AlignCenter)
            self.setItem(row, column, cell)
        self.resizeRowToContents(row)

    def counts_text(self, results: list[MergeResult] | None = None) -> str:
        """How many of each outcome: in ``results``, or in the whole table."""
        counts = {outcome: 0 for outcome in Outcome}
        for result in self._results if results is None else results:
            counts[result.outcome] += 1
        return fill(
            self.tr("%1 merged, %2 already merged, %3 kept in history, %4 rejected"),
            str(counts[Outcome.MERGED]),
            str(counts[Outcome.DUPLICATE]),
            str(counts[Outcome.SUPERSEDED]),
            str(counts[Outcome.REJECTED]),
        )
