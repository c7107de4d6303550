"""Writing a cycle's Excel workbook and PDF feedback reports, with progress.

CoMSEC chooses the cycle, the institutions to include and the language; the workbook
and one feedback PDF per institution are written on a worker thread while a progress bar
counts them, and the folder can then be opened in the file manager.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import file_kinds, fill, isolate_ltr
from ipms_desktop.gui.operations import OperationQueue
from ipms_desktop.gui.status_line import StatusLine
from ipms_desktop.reports.feedback_content import choose_reported
from ipms_desktop.services.cycle_reports import with_working_consensus, write_reports

if TYPE_CHECKING:
    from ipms_desktop.consolidation.database import ConsolidationDatabase
    from ipms_desktop.reports.cycle_results import CycleResults


def _buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic moves the focus to ``buddy`` (a row holding a layout)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ReportsPanel(QWidget):
    """Cycle, institutions, language and destinations; then write with a progress bar."""

    def __init__(
        self,
        context: AppContext,
        database: ConsolidationDatabase,
        queue: OperationQueue,
        parent: QWidget | None = None,
        *,
        team_lead_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
        # A team lead's reports show their working consensus, marked as a draft.
        self.team_lead_name = team_lead_name
        # Work on the database runs one piece at a time (its connection is shared).
        self.queue = queue
        self.database = database
        self.results: CycleResults | None = None
        self.written: list[Path] = []
        # Chosen institutions the last write gave no feedback report (no consensus).
        self.without_pdf: list[str] = []
        self.cycle_spin = QSpinBox(self)
        self.cycle_spin.setRange(2000, 2100)
        self.cycle_spin.setValue(date.today().year)
        self.load_button = QPushButton(self.tr("&Load institutions"), self)
        self.load_button.clicked.connect(self.load_cycle)
        self.institutions_list = QListWidget(self)
        self.all_check = QCheckBox(self.tr("&All institutions"), self)
        self.all_check.setChecked(True)
        self.all_check.toggled.connect(self._check_all)
        self.language_combo = QComboBox(self)
        for code, name in (("ar", "العربية"), ("ckb", "کوردیی ناوەندی"), ("en", "English")):
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(context.language)))
        self.workbook_edit = QLineEdit(self)
        workbook_browse = QPushButton(self.tr("&Browse…"), self)
        workbook_browse.clicked.connect(self._choose_workbook)
        self.pdf_check = QCheckBox(self.tr("Also write the &feedback reports (PDF) to:"), self)
        self.pdf_check.setChecked(True)
        self.pdf_edit = QLineEdit(self)
        pdf_browse = QPushButton(self.tr("Bro&wse…"), self)
        pdf_browse.clicked.connect(self._choose_pdf_folder)
        self.pdf_check.toggled.connect(self.pdf_edit.setEnabled)
        self.write_button = QPushButton(self.tr("&Write reports"), self)
        self.write_button.setProperty("role", "primary")
        self.write_button.clicked.connect(self.write)
        self.open_folder_button = QPushButton(self.tr("&Open the folder"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.setEnabled(False)
        self.status_line = StatusLine(self)

        cycle_row = QHBoxLayout()
        cycle_row.addWidget(self.cycle_spin)
        cycle_row.addWidget(self.load_button)
        cycle_row.addStretch(1)
        workbook_row = QHBoxLayout()
        workbook_row.addWidget(self.workbook_edit, 1)
        workbook_row.addWidget(workbook_browse)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_edit, 1)
        pdf_row.addWidget(pdf_browse)
        form = QFormLayout()
        form.addRow(_buddy_label(self.tr("&Cycle:"), self.cycle_spin), cycle_row)
        form.addRow(self.tr("Institutions:"), self.all_check)
        form.addRow("", self.institutions_list)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(
            _buddy_label(file_kinds(self.tr("&Workbook (.xlsx):")), self.workbook_edit),
            workbook_row,
        )
        form.addRow(self.pdf_check, pdf_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_line)
        self.write_button.setEnabled(False)

    def load_cycle(self) -> None:
        """Read the cycle's results (off the GUI thread) and list its institutions."""
        from ipms_desktop.reports.cycle_results import load_cycle_results

        database, cycle = self.database, self.cycle_spin.value()
        team_lead = self.team_lead_name
        self.load_button.setEnabled(False)
        self.status_line.show_message(self.tr("Reading the cycle's results…"), "hint")
        self.queue.submit(
            lambda _progress: with_working_consensus(
                database, load_cycle_results(database, cycle), team_lead
            ),
            self._loaded,
            self._failed,
        )

    def _loaded(self, results: CycleResults) -> None:
        self.results = results
        self.load_button.setEnabled(True)
        self.institutions_list.clear()
        for institution in results.institutions:
            entry = QListWidgetItem(institution.institution)
            entry.setFlags(entry.flags() | Qt.ItemIsUserCheckable)
            entry.setCheckState(Qt.Checked if self.all_check.isChecked() else Qt.Unchecked)
            self.institutions_list.addItem(entry)
        self.write_button.setEnabled(bool(results.institutions))
        summary = fill(
            self.tr("%1 institutions in cycle %2."),
            str(len(results.institutions)),
            str(results.cycle),
        )
        self.status_line.label.setToolTip(
            "\n".join(entry.describe() for entry in results.set_aside)
        )
        if not results.set_aside:
            self.status_line.show_message(summary, "hint")
            return
        left_out = sorted({entry.institution for entry in results.set_aside})
        self.status_line.show_message(
            summary
            + " "
            + fill(
                self.tr(
                    "Assessments left out of the reports, scored against another framework version "
                    "than the rest of their institution's: %1 (%2; point here for the bundles)."
                ),
                str(len(results.set_aside)),
                "; ".join(isolate_ltr(name) for name in left_out),
            ),
            "warning",
        )

    def _check_all(self, checked: bool) -> None:
        for row in range(self.institutions_list.count()):
            self.institutions_list.item(row).setCheckState(Qt.Checked if checked else Qt.Unchecked)

    def chosen_institutions(self) -> list[str]:
        return [
            self.institutions_list.item(row).text()
            for row in range(self.institutions_list.count())
            if self.institutions_list.item(row).checkState() == Qt.Checked
        ]

    def _choose_workbook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Workbook"),
            self.workbook_edit.text() or f"ipms-{self.cycle_spin.value()}.xlsx",
            file_kinds(self.tr("Excel workbooks (*.xlsx)")),
        )
        if path:
            self.workbook_edit.setText(path)

    def _choose_pdf_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the feedback reports"))
        if path:
            self.pdf_edit.setText(path)

    def write(self) -> None:
        if self.results is None:
            return
        chosen = self.chosen_institutions()
        workbook = self.workbook_edit.text().strip()
        pdf = self.pdf_edit.text().strip()
        if not chosen:
            self.status_line.show_message(self.tr("Choose at least one institution."), "error")
            return
        if not workbook:
            self.status_line.show_message(self.tr("Choose where to write the workbook."), "error")
            self.workbook_edit.setFocus()
            return
        if self.pdf_check.isChecked() and not pdf:
            self.status_line.show_message(
                self.tr("Choose the folder for the feedback reports."), "error"
            )
            self.pdf_edit.setFocus()
            return
        workbook_path = Path(workbook)
        if workbook_path.suffix.lower() != ".xlsx":
            workbook_path = workbook_path.with_name(workbook_path.name + ".xlsx")
        pdf_folder = Path(pdf) if self.pdf_check.isChecked() else None
        results, language = self.results, self.language_combo.currentData()
        kept = [i for i in results.institutions if i.institution in chosen]
        self.without_pdf = (
            [skipped.institution for skipped in choose_reported(kept, language, draft=False)[1]]
            if pdf_folder is not None
            else []
        )
        self.write_button.setEnabled(False)
        self.open_folder_button.setEnabled(False)
        operation = self.queue.submit(
            lambda progress: write_reports(
                results, chosen, workbook_path, pdf_folder, language, progress
            ),
            self._written,
            self._failed,
            cancellable=True,
        )
        self.status_line.follow(operation, self.tr("Writing the reports…"))

    def _written(self, written: list[Path]) -> None:
        self.written = written
        self.write_button.setEnabled(True)
        self.open_folder_button.setEnabled(True)
        message = fill(
            self.tr("%1 files written; the workbook is %2."),
            str(len(written)),
            isolate_ltr(str(written[0])),
        )
        if not self.without_pdf:
            self.status_line.show_message(message, "success")
            return
        self.status_line.show_message(
            message
            + " "
            + fill(
                self.tr("No feedback report for %1: no consensus agreed or started."),
                "; ".join(isolate_ltr(name) for name in self.without_pdf),
            ),
            "warning",
        )

    def _failed(self, error: BaseException) -> None:
        self.load_button.setEnabled(True)
        self.write_button.setEnabled(self.results is not None)
        self.status_line.show_error(error)

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))
