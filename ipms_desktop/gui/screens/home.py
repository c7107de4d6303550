"""Home: the assessments in this profile, with progress and export status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import load_framework
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.designer.home import Ui_HomeScreen
from ipms_desktop.gui.dialogs.new_assessment import NewAssessmentDialog
from ipms_desktop.gui.forms import child, load_form
from ipms_desktop.gui.i18n import fill
from ipms_desktop.gui.message import confirm, show_error
from ipms_desktop.gui.style import WARNING

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile


class HomeScreen(QWidget):
    """Lists assessments; create, open, delete (confirmed) and export from here."""

    open_requested = Signal(str)
    export_requested = Signal(str)

    def __init__(
        self, context: AppContext, profile: OpenProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._context = context
        self._profile = profile
        form = load_form(Ui_HomeScreen, self)
        self.table = child(form, QTableWidget, "table")
        self.empty_label = child(form, QLabel, "emptyLabel")
        self.assessor_label = child(form, QLabel, "assessorLabel")
        self.new_button = child(form, QPushButton, "newButton")
        self.open_button = child(form, QPushButton, "openButton")
        self.export_button = child(form, QPushButton, "exportButton")
        self.delete_button = child(form, QPushButton, "deleteButton")
        self.new_dialog: NewAssessmentDialog | None = None
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.assessor_label.setText(fill(self.tr("Assessor: %1"), profile.name))
        self.new_button.clicked.connect(self.create_assessment)
        self.open_button.clicked.connect(self._open_selected)
        self.export_button.clicked.connect(self._export_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemActivated.connect(lambda _item: self._open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.Delete, self.table, activated=self.delete_selected)
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        select_id = select_id or self.selected_id()
        summaries = self._profile.assessments.summaries()
        self.table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            framework_title = summary.framework_id
            try:
                framework_title = load_framework(summary.framework_id).title.get(
                    self._context.language
                )
            except IpmsError:
                framework_title = summary.framework_id
            changed = summary.status != "exported" and summary.revision > 0
            if summary.status == "exported":
                status = fill(self.tr("Exported, revision %1"), str(summary.revision))
            elif changed:
                # Edited after its last export: the team lead has not got these changes.
                status = fill(
                    self.tr("Changed since revision %1 was exported; export again"),
                    str(summary.revision),
                )
            else:
                status = self.tr("Draft")
            progress = fill(
                self.tr("%1 of %2 items"), str(summary.items_scored), str(summary.items_total)
            )
            cells = (summary.institution, str(summary.cycle), framework_title, progress, status)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.UserRole, summary.id)
                if changed and column == len(cells) - 1:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                    cell.setForeground(QColor(WARNING))
                self.table.setItem(row, column, cell)
        rows = [summary.id for summary in summaries]
        if summaries:
            self.table.setCurrentCell(rows.index(select_id) if select_id in rows else 0, 0)
        self.table.setVisible(bool(summaries))
        self.empty_label.setVisible(not summaries)
        self._update_buttons()
        (self.table if summaries else self.new_button).setFocus()

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        return str(cell.data(Qt.UserRole)) if cell is not None else None

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        for button in (self.open_button, self.export_button, self.delete_button):
            button.setEnabled(selected)

    def create_assessment(self) -> None:
        """Ask for the new assessment's fields (``new_dialog`` while it is shown); after
        Create the new assessment opens in the editor."""
        self.new_dialog = NewAssessmentDialog(self._context.language, self)
        self.new_dialog.finished.connect(self._new_dialog_finished)
        self.new_dialog.open()

    def _new_dialog_finished(self, result: int) -> None:
        dialog, self.new_dialog = self.new_dialog, None
        if dialog is None or result != NewAssessmentDialog.Accepted:
            return
        try:
            new_id = self._profile.assessments.create(
                institution=dialog.institution,
                cycle=dialog.cycle,
                framework_id=dialog.framework.id,
                panel=dialog.panel_id,
            )
        except IpmsError as error:
            show_error(self, self.tr("The assessment was not created"), error)
            return
        self.refresh(select_id=new_id)
        self.open_requested.emit(new_id)

    def _open_selected(self) -> None:
        assessment_id = self.selected_id()
        if assessment_id is not None:
            self.open_requested.emit(assessment_id)

    def _export_selected(self) -> None:
        assessment_id = self.selected_id()
        if assessment_id is not None:
            self.export_requested.emit(assessment_id)

    def delete_selected(self) -> None:
        assessment_id = self.selected_id()
        if assessment_id is None:
            return
        institution = self.table.item(self.table.currentRow(), 0).text()
        question = fill(
            self.tr(
                "Delete the assessment of %1 with all its scores, texts and evidence? "
                "This cannot be undone. Exported bundles are not affected."
            ),
            institution,
        )
        if not confirm(self, self.tr("Delete assessment"), question, self.tr("Delete")):
            return
        try:
            self._profile.assessments.delete(assessment_id)
        except IpmsError as error:
            show_error(self, self.tr("The assessment was not deleted"), error)
            return
        self.refresh()
