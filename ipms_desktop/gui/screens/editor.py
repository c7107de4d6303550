"""The assessment editor: criteria tree, the item page, and the live score profile.

Every edit goes to the profile at once (there is no Save button) and onto an undo stack;
after each one the scores are computed again from what the store holds, so what the
assessor sees is always what is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStatusBar,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import load_framework, load_framework_version
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.dialogs.pre_export_check import problem_text
from ipms_desktop.gui.edit_command import SavedEditCommand
from ipms_desktop.gui.i18n import fill, isolate_ltr
from ipms_desktop.gui.message import confirm, error_text, show_error
from ipms_desktop.gui.widgets.item_page import ItemPage
from ipms_desktop.gui.widgets.radar_chart import ChartAxis, RadarChart
from ipms_desktop.gui.window_geometry import keep_splitter
from ipms_desktop.scoring import ItemState, display, total_figure
from ipms_desktop.services.completeness import item_advice, item_problems
from ipms_desktop.store.records import ItemDetail

if TYPE_CHECKING:
    from ipms_desktop.scoring import AssessmentScore
    from ipms_desktop.services.open_profile import OpenProfile

MARKS = {
    "done": "✓",
    "not_assessed": "—",
    "incomplete": "◐",
    "missing": "○",
    "attention": "!",
    "draft": "✎",
}


class EditorScreen(QWidget):
    """Edits one assessment; emits requests to go home or to export."""

    home_requested = Signal()
    export_requested = Signal(str)

    def __init__(
        self,
        context: AppContext,
        profile: OpenProfile,
        assessment_id: str,
        item_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._context = context
        self._profile = profile
        self.assessment_id = assessment_id
        self.language = context.language
        self.detail = profile.assessments.get(assessment_id)
        summary = self.detail.summary
        # The version the assessment was started with: its titles, levels and total rule.
        self.framework = load_framework_version(
            summary.framework_id, summary.framework_hash
        ) or load_framework(summary.framework_id)
        self.panel = self.framework.panel(summary.panel)
        self.scores: AssessmentScore | None = None
        self.page: ItemPage | None = None
        self.current_item_id: str | None = None
        self.undo_stack = QUndoStack(self)

        self._build_actions()
        self._build_layout(summary)
        self.refresh()
        first = item_id if item_id in self.framework.items else self._first_item_id()
        self.select_item(first)

    # -- construction -----------------------------------------------------------------

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.guidance_action = QAction(self.tr("&Guidance for this attribute"), self)
        self.guidance_action.setShortcut(QKeySequence.HelpContents)
        self.guidance_action.triggered.connect(self.show_guidance)
        self.next_action = QAction(self.tr("&Next item"), self)
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_action.triggered.connect(lambda: self._step_item(1))
        self.previous_action = QAction(self.tr("&Previous item"), self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_action.triggered.connect(lambda: self._step_item(-1))
        for action in self.edit_actions():
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(action)

    def edit_actions(self) -> list[QAction]:
        return [
            self.undo_action,
            self.redo_action,
            self.guidance_action,
            self.next_action,
            self.previous_action,
        ]

    def _build_layout(self, summary: Any) -> None:
        self.back_button = QPushButton(
            self.style().standardIcon(QStyle.SP_ArrowBack), self.tr("&Assessments"), self
        )
        self.back_button.clicked.connect(self._go_home)
        heading = QLabel(
            f"{summary.institution} · {summary.cycle} · {self.framework.title.get(self.language)}",
            self,
        )
        heading.setProperty("role", "subtitle")
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setProperty("role", "primary")
        self.export_button.clicked.connect(self._request_export)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(heading, 1)
        header.addWidget(self.undo_button)
        header.addWidget(self.redo_button)
        header.addWidget(self.export_button)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Criteria"))
        self.tree_items: dict[str, QTreeWidgetItem] = {}
        self.criterion_nodes: dict[str, QTreeWidgetItem] = {}
        for criterion in self.framework.criteria:
            node = QTreeWidgetItem([f"{criterion.id}  {criterion.title.get(self.language)}"])
            node.setFlags(node.flags() & ~Qt.ItemIsSelectable)
            node.setToolTip(0, criterion.title.get(self.language))
            self.criterion_nodes[criterion.id] = node
            self.tree.addTopLevelItem(node)
            for item in criterion.items:
                leaf = QTreeWidgetItem(node)
                leaf.setData(0, Qt.UserRole, item.id)
                leaf.setToolTip(0, item.title.get(self.language))
                self.tree_items[item.id] = leaf
        self.tree.expandAll()
        self.tree.currentItemChanged.connect(self._tree_selection_changed)

        self.page_host = QWidget(self)
        self.page_layout = QVBoxLayout(self.page_host)
        self.page_layout.setContentsMargins(0, 0, 0, 0)

        self.chart = RadarChart(self)
        self.total_label = QLabel(self)
        self.total_label.setProperty("role", "title")
        self.total_label.setAlignment(Qt.AlignCenter)
        self.band_label = QLabel(self)
        self.band_label.setAlignment(Qt.AlignCenter)
        self.band_label.setWordWrap(True)
        self.progress_label = QLabel(self)
        self.progress_label.setAlignment(Qt.AlignCenter)
        self.progress_label.setProperty("role", "hint")
        profile_title = QLabel(self.tr("Score profile"), self)
        profile_title.setProperty("role", "subtitle")
        profile_panel = QWidget(self)
        profile_layout = QVBoxLayout(profile_panel)
        profile_layout.addWidget(profile_title)
        profile_layout.addWidget(self.total_label)
        profile_layout.addWidget(self.band_label)
        profile_layout.addWidget(self.progress_label)
        profile_layout.addWidget(self.chart, 1)
        self.criteria_table = QTableWidget(len(self.framework.criteria), 2, self)
        self.criteria_table.setAccessibleName(self.tr("Points per criterion"))
        self.criteria_table.horizontalHeader().hide()
        self.criteria_table.verticalHeader().hide()
        self.criteria_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.criteria_table.setSelectionMode(QTableWidget.NoSelection)
        self.criteria_table.setFocusPolicy(Qt.NoFocus)
        self.criteria_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.criteria_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.criteria_table.setStyleSheet("QTableWidget::item { padding: 0px 4px; }")
        self.criteria_table.setShowGrid(False)
        self.criteria_table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        row_height = self.fontMetrics().height() + 4
        self.criteria_table.verticalHeader().setMinimumSectionSize(row_height)
        self.criteria_table.verticalHeader().setDefaultSectionSize(row_height)
        for row, criterion in enumerate(self.framework.criteria):
            name = QTableWidgetItem(f"{criterion.id}  {criterion.title.get(self.language)}")
            name.setToolTip(criterion.title.get(self.language))
            self.criteria_table.setItem(row, 0, name)
            self.criteria_table.setItem(row, 1, QTableWidgetItem())
        self.criteria_table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.criteria_table.setFixedHeight(
            self.criteria_table.verticalHeader().length() + 2 * self.criteria_table.frameWidth() + 8
        )
        profile_layout.addWidget(self.criteria_table)

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.page_host)
        # Scrollable, so that the profile never overlaps itself on a short screen.
        profile_scroll = QScrollArea(self)
        profile_scroll.setWidgetResizable(True)
        profile_scroll.setFrameShape(QFrame.NoFrame)
        profile_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        profile_scroll.setWidget(profile_panel)
        profile_scroll.setMinimumWidth(240)
        profile_scroll.setFocusPolicy(Qt.NoFocus)
        self.splitter.addWidget(profile_scroll)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([270, 730, 260])
        self.splitter.setChildrenCollapsible(False)
        keep_splitter(self.splitter, self._context.preferences, "editor")

        self.status = QStatusBar(self)
        self.status.setSizeGripEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 4)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.tree, self.page_host)

    # -- navigation -------------------------------------------------------------------

    def _first_item_id(self) -> str:
        return next(iter(self.framework.items))

    def select_item(self, item_id: str) -> None:
        """Show ``item_id`` (used by the tree, undo/redo and the pre-export check)."""
        leaf = self.tree_items.get(item_id)
        if leaf is not None and self.tree.currentItem() is not leaf:
            self.tree.setCurrentItem(leaf)
        elif leaf is not None and self.current_item_id != item_id:
            self._show_item(item_id)

    def _tree_selection_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        item_id = current.data(0, Qt.UserRole)
        if item_id is None:
            first_child = current.child(0)
            if first_child is not None:
                self.tree.setCurrentItem(first_child)
            return
        self._show_item(str(item_id))

    def _show_item(self, item_id: str) -> None:
        if self.page is not None:
            self.page.flush()
            self.page_layout.removeWidget(self.page)
            self.page.hide()
            self.page.deleteLater()
        item = self.framework.items[item_id]
        self.current_item_id = item_id
        self.page = ItemPage(self.framework, self.panel, item, self.language, self.page_host)
        self.page_layout.addWidget(self.page)
        self.page.attribute_changed.connect(self._save_attribute)
        self.page.overall_changed.connect(self._save_overall)
        self.page.not_assessed_changed.connect(self._save_not_assessed)
        self.page.texts_changed.connect(self._save_texts)
        self.page.illegal_entry.connect(self._show_problem)
        self.page.draft_changed.connect(
            lambda draft, item_id=item_id: self._draft_changed(item_id, draft)
        )
        self.page.evidence.add_requested.connect(self._add_evidence)
        self.page.evidence.open_requested.connect(self._open_evidence_copy)
        self.page.evidence.remove_requested.connect(self._remove_evidence)
        self._show_current_detail()
        draft = self._context.drafts.get((self.assessment_id, item_id))
        if draft is not None:
            self.page.restore_draft(draft)

    def _draft_changed(self, item_id: str, draft: tuple[int | None, str] | None) -> None:
        key = (self.assessment_id, item_id)
        if draft is None:
            self._context.drafts.pop(key, None)
        else:
            self._context.drafts[key] = draft
        self._update_marks()

    def _step_item(self, offset: int) -> None:
        ids = list(self.framework.items)
        if self.current_item_id is None:
            return
        index = ids.index(self.current_item_id) + offset
        if 0 <= index < len(ids):
            self.select_item(ids[index])

    def _go_home(self) -> None:
        self.flush()
        self.home_requested.emit()

    def _request_export(self) -> None:
        self.flush()
        self.export_requested.emit(self.assessment_id)

    def flush(self) -> None:
        """Save typed text that is still waiting for its pause."""
        if self.page is not None:
            self.page.flush()

    # -- saving edits -----------------------------------------------------------------

    def _edit(
        self, item_id: str, label: str, save: Callable[[Any], None], old: Any, new: Any
    ) -> None:
        """Save ``new`` now; on success make it undoable, on refusal show why."""
        try:
            save(new)
        except IpmsError as error:
            self._show_problem(error_text(error))
            self.refresh()
            return

        def after() -> None:
            self.refresh()
            self.select_item(item_id)

        self.undo_stack.push(SavedEditCommand(label, save, old, new, after, self._undo_failed))
        self.refresh()
        self.status.showMessage(self.tr("Saved."), 3000)

    def _save_attribute(self, attribute_id: str, old: int | None, new: int | None) -> None:
        item_id = self.current_item_id
        assessment_id = self.assessment_id
        name = self.page.controls[attribute_id].attribute.title.get(self.language)

        def save(value: int | None) -> None:
            self._profile.scores.set_attribute(assessment_id, item_id, attribute_id, value)

        label = fill(self.tr("%1: %2 score"), item_id, name)
        self._edit(item_id, label, save, old, new)

    def _save_overall(self, old: tuple[int | None, str], new: tuple[int | None, str]) -> None:
        item_id = self.current_item_id
        assessment_id = self.assessment_id

        def save(value: tuple[int | None, str]) -> None:
            self._profile.scores.set_overall(assessment_id, item_id, value[0], value[1])

        self._edit(item_id, fill(self.tr("%1: agreed overall"), item_id), save, old, new)

    def _save_not_assessed(self, old: str | None, new: str | None) -> None:
        item_id = self.current_item_id
        assessment_id = self.assessment_id

        def save(value: str | None) -> None:
            self._profile.scores.set_not_assessed(assessment_id, item_id, value)

        self._edit(item_id, fill(self.tr("%1: not assessed"), item_id), save, old, new)

    def _save_texts(self, kind: str, old: list[str], new: list[str]) -> None:
        item_id = self.current_item_id
        assessment_id = self.assessment_id

        def save(value: list[str]) -> None:
            self._profile.scores.set_texts(assessment_id, item_id, kind, value)

        self._edit(item_id, fill(self.tr("%1: texts"), item_id), save, old, new)

    def _undo_failed(self, error: IpmsError) -> None:
        self._show_problem(error_text(error))

    def _show_problem(self, message: str) -> None:
        self.status.showMessage(message, 8000)

    # -- evidence ---------------------------------------------------------------------

    def _add_evidence(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if paths:
            self.add_evidence_files([Path(path) for path in paths])

    def add_evidence_files(self, paths: list[Path]) -> None:
        """Store ``paths`` as evidence of the current item (hashing runs off the GUI thread)."""
        item_id = self.current_item_id
        assessment_id = self.assessment_id
        profile = self._profile

        def work(_progress: object) -> list[Any]:
            return [profile.evidence.add(assessment_id, item_id, path) for path in paths]

        if self.page is not None:
            self.page.evidence.set_busy(self.tr("Storing files…"))
        self._context.operations.submit(work, self._evidence_added, self._evidence_failed)

    def _evidence_added(self, records: list[Any]) -> None:
        self.refresh()
        if self.page is not None:
            self.page.evidence.set_busy("")
        self.status.showMessage(self.tr("%n file(s) stored.", "", len(records)), 4000)

    def _evidence_failed(self, error: BaseException) -> None:
        self.refresh()
        if self.page is not None:
            self.page.evidence.set_busy("")
        show_error(self, self.tr("The file was not stored"), error)

    def _open_evidence_copy(self, sha256: str, name: str) -> None:
        box = QMessageBox(
            QMessageBox.Warning, self.tr("Open a copy"), "", QMessageBox.NoButton, self
        )
        box.setText(
            fill(
                self.tr(
                    "To open %1, a plain copy is written outside the encrypted profile, where "
                    "anyone using this laptop can read it. Delete the copy when you are done."
                ),
                name,
            )
        )
        proceed = box.addButton(self.tr("Write the copy and open it"), QMessageBox.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not proceed:
            return
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the copy as"), str(folder / Path(name).name)
        )
        if target:
            self.open_evidence_copy(sha256, Path(target))

    def open_evidence_copy(self, sha256: str, target: Path) -> None:
        try:
            written = self._profile.evidence.export_copy(sha256, target)
        except IpmsError as error:
            show_error(self, self.tr("The copy was not written"), error)
            return
        self.status.showMessage(
            fill(self.tr("Copy written to %1"), isolate_ltr(str(written))), 8000
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def _remove_evidence(self, sha256: str, name: str) -> None:
        question = fill(self.tr("Remove %1 from this item? This cannot be undone."), name)
        if not confirm(self, self.tr("Remove evidence"), question, self.tr("Remove")):
            return
        try:
            self._profile.evidence.remove(self.assessment_id, self.current_item_id, sha256)
        except IpmsError as error:
            show_error(self, self.tr("The file was not removed"), error)
        self.refresh()

    # -- live scores ------------------------------------------------------------------

    def refresh(self) -> None:
        self.detail = self._profile.assessments.get(self.assessment_id)
        self.scores = self._profile.assessments.score(self.assessment_id, strict=False)
        self._update_marks()
        self._update_profile_panel()
        self._show_current_detail()

    def _update_marks(self) -> None:
        for item_id, leaf in self.tree_items.items():
            item = self.framework.items[item_id]
            mark = self._mark_for(item_id)
            leaf.setText(0, f"{MARKS[mark]}  {item_id}  {item.title.get(self.language)}")
            leaf.setData(0, Qt.AccessibleTextRole, f"{item_id} {self._mark_words(mark)}")

    def _mark_for(self, item_id: str) -> str:
        if (self.assessment_id, item_id) in self._context.drafts:
            return "draft"
        score = self.scores.items[item_id]
        if score.state is ItemState.NOT_ASSESSED:
            return "not_assessed"
        if item_problems(self.framework, self.scores.panel, score):
            return "attention" if score.state is ItemState.SCORED else score.state.value
        return "done"

    def _mark_words(self, mark: str) -> str:
        words = {
            "done": self.tr("complete"),
            "not_assessed": self.tr("not assessed"),
            "incomplete": self.tr("partly scored"),
            "missing": self.tr("not started"),
            "attention": self.tr("justification missing"),
            "draft": self.tr("draft overall not saved yet"),
        }
        return words[mark]

    def _show_current_detail(self) -> None:
        if self.page is None or self.current_item_id is None:
            return
        item_id = self.current_item_id
        entered = self.detail.items.get(item_id) or ItemDetail(item_id)
        score = self.scores.items[item_id]
        self.page.show_detail(entered, score)
        self.page.show_advice([problem_text(advice) for advice in item_advice(score, entered)])

    def _update_profile_panel(self) -> None:
        axes = [
            ChartAxis(
                criterion.id,
                None
                if self.scores.criteria[criterion.id].percent is None
                else float(self.scores.criteria[criterion.id].percent),
            )
            for criterion in self.framework.criteria
        ]
        self.chart.set_axes(axes)
        for row, criterion in enumerate(self.framework.criteria):
            points = self.scores.criteria[criterion.id].points
            self.criteria_table.item(row, 1).setText(
                fill(
                    self.tr("%1 of %2"),
                    "–" if points is None else display(points, 1),
                    str(criterion.points),
                )
            )
        if self.scores.total is None:
            self.total_label.setText(fill(self.tr("– of %1"), str(self.framework.total_points)))
        else:
            self.total_label.setText(
                fill(
                    self.tr("%1 of %2"),
                    total_figure(self.scores.framework, self.scores.total),
                    str(self.framework.total_points),
                )
            )
        if self.scores.band is not None:
            self.band_label.setText(self.scores.band.title.get(self.language))
        elif self.scores.provisional:
            self.band_label.setText(
                self.tr("Provisional: not every item is assessed, so no level is given.")
            )
        elif not self.framework.recognition_bands:
            self.band_label.setText(self.tr("This framework defines no levels."))
        elif self.scores.total is not None:
            self.band_label.setText(self.tr("No level reached"))
        else:
            self.band_label.setText(self.tr("The total appears when every criterion has a score."))
        self.progress_label.setText(
            fill(
                self.tr("%1 of %2 items finished"),
                str(self.scores.scored_count),
                str(len(self.scores.items)),
            )
        )

    # -- guidance ---------------------------------------------------------------------

    def show_guidance(self) -> None:
        control = self.page.focused_attribute() if self.page is not None else None
        if control is None:
            self.status.showMessage(
                self.tr("Move to an attribute score, then press F1 for its guidance."), 5000
            )
            return
        box = QMessageBox(
            QMessageBox.Information, self.tr("Guidance"), "", QMessageBox.NoButton, self
        )
        box.setTextFormat(Qt.RichText)
        box.setText(control.guidance())
        box.addButton(self.tr("Close"), QMessageBox.AcceptRole)
        box.exec()
