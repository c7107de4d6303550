"""The consensus workspace: the team's scores side by side and the agreed result.

The team lead picks an institution and cycle; the heat map lists its items with the
assessors' overall scores, items that spread by the threshold or more first. For the
chosen item every attribute is shown with each assessor's score, the mean, minimum,
maximum and spread; the consensus starts at the mean and may be set to another legal
score with a justification. Strengths and AFIs gathered from all assessors are edited
here, and the signed consensus bundle is exported. Every change is written to the
consolidation database at once.

The lifecycle is shown above the map: Start freezes the individual revisions (the first
edit starts it too, and the state says so); a banner lists revisions merged since, with a
Reopen action that asks for a justification; each item can be marked agreed, with a count.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.consensus.heat_map import (
    HeatMap,
    assessor_titles,
    fit_score_columns,
    heat_colour,
    name_columns,
    score_text,
)
from ipms_desktop.gui.consensus.reopen_dialog import ReopenDialog
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import file_kinds, fill, isolate_ltr, local_time
from ipms_desktop.gui.operations import OperationQueue
from ipms_desktop.gui.status_line import StatusLine
from ipms_desktop.gui.widgets.text_list import TextListEditor
from ipms_desktop.gui.window_geometry import keep_splitter
from ipms_desktop.scoring import total_figure

if TYPE_CHECKING:
    from ipms_desktop.consolidation.consensus import ConsensusView
    from ipms_desktop.consolidation.database import ConsolidationDatabase
    from ipms_desktop.services.open_profile import OpenProfile


class ConsensusWorkspace(QWidget):
    """Consensus for one institution and cycle of an open consolidation database."""

    def __init__(
        self,
        context: AppContext,
        database: ConsolidationDatabase,
        queue: OperationQueue,
        profile: OpenProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        # Work on the database runs one piece at a time (its connection is shared).
        self.queue = queue
        self.database = database
        self.profile = profile
        self.view: ConsensusView | None = None
        self.pairs: list[tuple[str, int]] = []
        self.exported_path: Path | None = None
        self._row_targets: list[str | None] = []

        self.institution_combo = QComboBox(self)
        self.institution_combo.setMinimumContentsLength(30)
        self.institution_combo.currentIndexChanged.connect(self._institution_chosen)
        institution_label = QLabel(self.tr("&Institution and cycle:"), self)
        institution_label.setBuddy(self.institution_combo)
        self.anonymised_check = QCheckBox(self.tr("&Anonymised (Assessor A, B, …)"), self)
        self.anonymised_check.setChecked(True)
        self.anonymised_check.toggled.connect(lambda _checked: self._show_view())
        self.export_button = QPushButton(self.tr("&Export consensus bundle…"), self)
        self.export_button.setProperty("role", "primary")
        self.export_button.clicked.connect(self._choose_export)
        if profile is None:
            self.export_button.setToolTip(
                self.tr("Exporting needs your profile with a team-lead certificate.")
            )
        self.summary_label = QLabel(self)
        self.summary_label.setProperty("role", "subtitle")
        # A long summary wraps: unwrapped, it would widen the window past a 1280 screen.
        self.summary_label.setWordWrap(True)
        self.status_line = StatusLine(self)
        self.reopen_dialog: ReopenDialog | None = None

        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start co&nsensus"), self)
        self.start_button.setToolTip(
            self.tr(
                "Freeze the individual revisions the consensus uses; revisions merged later "
                "are listed until you reopen."
            )
        )
        self.start_button.clicked.connect(self.start)
        self.agreed_count_label = QLabel(self)
        self.banner = QFrame(self)
        self.banner.setProperty("role", "card")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setProperty("role", "warning")
        self.banner_label.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("Re&open…"), self.banner)
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.banner_label.setToolTip(
            self.tr(
                "The consensus still uses the individual revisions frozen when it started. "
                "Reopen to take the newer ones: overrides whose individual scores changed are "
                "then removed and listed."
            )
        )
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 2, 8, 2)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.reopen_button)
        self.banner.hide()

        self.heat_map = HeatMap(self)
        self.heat_map.item_chosen.connect(self._show_item)

        self.item_label = QLabel(self)
        self.item_label.setProperty("role", "subtitle")
        self.item_label.setWordWrap(True)
        self.agreed_check = QCheckBox(self.tr("Item a&greed"), self)
        self.agreed_check.setToolTip(
            self.tr("Mark the item once the team has agreed its scores and texts.")
        )
        self.agreed_check.clicked.connect(self._agreed_clicked)
        self.scores_table = QTableWidget(self)
        self.scores_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.scores_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.scores_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.scores_table.verticalHeader().setVisible(False)
        self.scores_table.currentCellChanged.connect(self._score_row_chosen)
        self.value_spin = QSpinBox(self)
        self.justification_edit = QLineEdit(self)
        self.justification_edit.setPlaceholderText(
            self.tr("why the team agrees on this score (required)")
        )
        self.set_button = QPushButton(self.tr("&Set consensus"), self)
        self.set_button.clicked.connect(self.set_consensus)
        self.justification_edit.returnPressed.connect(self.set_consensus)
        self.clear_button = QPushButton(self.tr("Back to the &mean"), self)
        self.clear_button.clicked.connect(self.clear_consensus)
        value_label = QLabel(self.tr("Consensus &value:"), self)
        value_label.setBuddy(self.value_spin)
        justification_label = QLabel(self.tr("&Justification:"), self)
        justification_label.setBuddy(self.justification_edit)
        entry = QHBoxLayout()
        entry.addWidget(value_label)
        entry.addWidget(self.value_spin)
        entry.addWidget(justification_label)
        entry.addWidget(self.justification_edit, 1)
        entry.addWidget(self.set_button)
        entry.addWidget(self.clear_button)

        self.strengths_editor = TextListEditor(
            self.tr(
                "Strengths gathered from all assessors, repeats removed. Edit the wording "
                "the team agrees on."
            ),
            self,
        )
        self.afis_editor = TextListEditor(
            self.tr("Areas for improvement gathered from all assessors, repeats removed."), self
        )
        self.strengths_editor.texts_changed.connect(
            lambda _old, new: self._save_notes("strengths", new)
        )
        self.afis_editor.texts_changed.connect(lambda _old, new: self._save_notes("afis", new))
        self.combine_button = QPushButton(self.tr("Com&bine with the next entry"), self)
        self.combine_button.setToolTip(
            self.tr("Two assessors said the same thing in different words: join them into one.")
        )
        self.combine_button.clicked.connect(self.combine_with_next)
        self.note_tabs = QTabWidget(self)
        self.note_tabs.addTab(self.strengths_editor, self.tr("S&trengths"))
        self.note_tabs.addTab(self.afis_editor, self.tr("Areas for im&provement"))
        self.key_button = QPushButton(self.tr("&Key point"), self)
        self.key_button.setCheckable(True)
        self.key_button.setToolTip(
            self.tr(
                "Make the chosen entry the item's key strength or key area for improvement, "
                "for the feedback report's executive summary. Key points are shown in bold."
            )
        )
        self.key_button.clicked.connect(self._key_clicked)
        corner = QWidget(self)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 0)
        corner_layout.addWidget(self.key_button)
        corner_layout.addWidget(self.combine_button)
        self.note_tabs.setCornerWidget(corner)
        self.note_tabs.currentChanged.connect(lambda _index: self._show_key_points())
        for editor in (self.strengths_editor, self.afis_editor):
            editor.list.currentRowChanged.connect(lambda _row: self._show_key_points())

        scores = QWidget(self)
        scores_layout = QVBoxLayout(scores)
        scores_layout.setContentsMargins(0, 0, 0, 0)
        item_row = QHBoxLayout()
        item_row.addWidget(self.item_label, 1)
        item_row.addWidget(self.agreed_check)
        scores_layout.addLayout(item_row)
        scores_layout.addWidget(self.scores_table, 1)
        scores_layout.addLayout(entry)
        # The team lead sizes scores against texts; neither can squeeze the other out.
        detail = QSplitter(Qt.Vertical, self)
        detail.addWidget(scores)
        detail.addWidget(self.note_tabs)
        detail.setChildrenCollapsible(False)
        detail.setStretchFactor(0, 3)
        detail.setStretchFactor(1, 2)
        detail.setSizes([540, 170])
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(self.heat_map)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 820])
        # Where the team lead leaves the dividers (more room for texts on a small screen,
        # say), they stay, for the next institution and the next session.
        self.detail_splitter, self.splitter = detail, splitter
        keep_splitter(detail, context.preferences, "consensus-detail")
        keep_splitter(splitter, context.preferences, "consensus-sides")

        top = QHBoxLayout()
        top.addWidget(institution_label)
        top.addWidget(self.institution_combo, 1)
        top.addWidget(self.anonymised_check)
        top.addWidget(self.export_button)
        # One row for the lifecycle: the state, or the banner in its place when newer
        # revisions wait, so the scores keep their room on a small screen.
        lifecycle = QHBoxLayout()
        lifecycle.addWidget(self.state_label, 1)
        lifecycle.addWidget(self.banner, 1)
        lifecycle.addWidget(self.agreed_count_label)
        lifecycle.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(lifecycle)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_line)
        self.setTabOrder(self.institution_combo, self.anonymised_check)
        self.setTabOrder(self.anonymised_check, self.export_button)
        self.setTabOrder(self.export_button, self.start_button)
        self.setTabOrder(self.start_button, self.reopen_button)
        self.setTabOrder(self.reopen_button, self.heat_map)
        self.setTabOrder(self.heat_map, self.agreed_check)
        self.setTabOrder(self.agreed_check, self.scores_table)
        self.setTabOrder(self.scores_table, self.value_spin)
        self.setTabOrder(self.value_spin, self.justification_edit)
        self.setTabOrder(self.justification_edit, self.set_button)
        self.setTabOrder(self.set_button, self.clear_button)
        self._set_enabled(False)
        self.reload_directory()

    # -- loading ----------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self.queue.submit(lambda _progress: work(), on_success, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status_line.show_error(error)
        self._set_enabled(self.view is not None)

    def reload_directory(self) -> None:
        """List the institutions again (after a merge); keep the current choice."""
        from ipms_desktop.consolidation.consensus import merged_institutions

        database = self.database
        self._run(lambda: merged_institutions(database), self._directory_loaded)

    def _directory_loaded(self, pairs: list[tuple[str, int]]) -> None:
        current = self.current_pair()
        self.pairs = pairs
        self.institution_combo.blockSignals(True)
        self.institution_combo.clear()
        for institution, cycle in pairs:
            self.institution_combo.addItem(f"{institution} — {cycle}")
        self.institution_combo.blockSignals(False)
        nothing_merged = self.tr(
            "No individual assessments are merged yet; merge the team's bundles on the Merge tab."
        )
        if not pairs:
            self.status_line.show_message(nothing_merged, "hint")
            return
        if self.status_line.text() == nothing_merged:
            # Written when the database opened empty; bundles have merged since.
            self.status_line.show_message("", "hint")
        index = pairs.index(current) if current in pairs else 0
        self.institution_combo.setCurrentIndex(index)
        self._institution_chosen(index)

    def current_pair(self) -> tuple[str, int] | None:
        index = self.institution_combo.currentIndex()
        return self.pairs[index] if 0 <= index < len(self.pairs) else None

    def choose(self, institution: str, cycle: int) -> None:
        self.institution_combo.setCurrentIndex(self.pairs.index((institution, cycle)))

    def _institution_chosen(self, _index: int) -> None:
        self.reload()

    def reload(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self._run_and_show(lambda: None)

    def _run_and_show(
        self, change: Callable[[], Any], said: Callable[[Any], None] | None = None
    ) -> None:
        """Make ``change``, reload the consensus, then pass what the change returned to
        ``said`` (to tell the team lead about a consequence)."""
        from ipms_desktop.consolidation.consensus import load_consensus

        pair = self.current_pair()
        if pair is None:
            return
        database = self.database

        def work() -> Any:
            outcome = change()
            return outcome, load_consensus(database, pair[0], pair[1])

        def done(result: tuple[Any, Any]) -> None:
            outcome, view = result
            self._loaded(view)
            if said is not None:
                said(outcome)

        self._set_enabled(False)
        self._run(work, done)

    def _loaded(self, view: Any) -> None:
        was_open = self.view is not None and self.view.state == "open"
        same = self.view is not None and (self.view.institution, self.view.cycle) == (
            view.institution,
            view.cycle,
        )
        self.view = view
        self._set_enabled(True)
        self._show_view()
        if same and was_open and view.state != "open":
            self.status_line.show_message(
                self.tr(
                    "Consensus started: the individual revisions are frozen. Newer ones "
                    "will be listed until you reopen."
                ),
                "success",
            )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.value_spin,
            self.justification_edit,
            self.set_button,
            self.clear_button,
            self.strengths_editor,
            self.afis_editor,
            self.combine_button,
            self.agreed_check,
            self.reopen_button,
            self.key_button,
        ):
            widget.setEnabled(enabled)
        self.start_button.setEnabled(
            enabled and self.view is not None and self.view.state == "open"
        )
        self.export_button.setEnabled(enabled and self.profile is not None)

    # -- showing ----------------------------------------------------------------------

    def names(self) -> list[str]:
        if self.view is None:
            return []
        if self.anonymised_check.isChecked():
            letters = [individual.label.rsplit(" ", 1)[-1] for individual in self.view.individuals]
            return [fill(self.tr("Assessor %1"), letter) for letter in letters]
        return [individual.assessor_name for individual in self.view.individuals]

    def _show_view(self) -> None:
        view = self.view
        if view is None:
            return
        language = self.context.language
        if view.score.band is not None:
            band = view.score.band.title.get(language)
        elif view.score.provisional:
            band = self.tr("none (provisional total)")
        else:
            band = self.tr("none")
        self.summary_label.setText(
            fill(
                self.tr(
                    "%1 assessors · consensus total %2 of %3 · level: %4 · %5 items to discuss "
                    "first (overall scores spread by %6 points or more)"
                ),
                str(len(view.individuals)),
                "–" if view.score.total is None else total_figure(view.framework, view.score.total),
                str(view.framework.total_points),
                band,
                str(len(view.flagged_items)),
                str(view.threshold),
            )
        )
        self.heat_map.show_view(view, self.names(), language)
        self._show_lifecycle()

    def _show_lifecycle(self) -> None:
        """State, agreed count and the newer-revisions banner of the loaded consensus."""
        view = self.view
        if view is None:
            return
        if view.state == "open":
            text = self.tr(
                "Not started: the consensus follows the current individual revisions. Start "
                "it (or make a first change) to freeze them."
            )
        else:
            event = view.lifecycle[-1] if view.lifecycle else None
            when = local_time(event.at) if event else ""
            if view.state == "exported":
                text = fill(
                    self.tr("Exported (revision %1); individual revisions frozen since %2."),
                    str(view.last_exported_revision),
                    when,
                )
            elif event is not None and event.event == "reopen":
                text = fill(self.tr("Started; reopened on %1 by %2."), when, event.by)
            else:
                text = fill(
                    self.tr("Started on %1 by %2: individual revisions frozen."),
                    when,
                    event.by if event else "",
                )
        self.state_label.setText(text)
        self.state_label.setProperty("role", "hint" if view.state == "open" else "success")
        self.state_label.style().polish(self.state_label)
        self.start_button.setEnabled(view.state == "open")
        self.agreed_count_label.setText(
            fill(
                self.tr("%1 of %2 items agreed"),
                str(len(view.agreed_items)),
                str(len(view.framework.items)),
            )
        )
        if view.newer_revisions:
            listed = ", ".join(
                fill(
                    self.tr("%1 revision %2"),
                    self._assessor_name(newer),
                    str(newer.revision),
                )
                for newer in view.newer_revisions
            )
            self.banner_label.setText(
                fill(
                    self.tr("Newer revisions, not used until you reopen (%1): %2"),
                    str(len(view.newer_revisions)),
                    listed,
                )
            )
            self.banner.show()
        else:
            self.banner.hide()
        self.state_label.setVisible(not view.newer_revisions)
        self.start_button.setVisible(view.state == "open")
        entry = self.current_item()
        self.agreed_check.setChecked(entry is not None and entry.item.id in view.agreed_items)

    def _assessor_name(self, newer: Any) -> str:
        if self.anonymised_check.isChecked():
            return fill(self.tr("Assessor %1"), newer.label.rsplit(" ", 1)[-1])
        return str(newer.assessor_name)

    def current_item(self) -> Any:
        item_id = self.heat_map.current_item_id()
        if self.view is None or item_id is None:
            return None
        return next(entry for entry in self.view.items if entry.item.id == item_id)

    def _show_item(self, _item_id: str) -> None:
        entry = self.current_item()
        if entry is None:
            return
        view = self.view
        language = self.context.language
        panel = view.framework.panel(view.panel_id) or view.framework.default_panel
        attribute_set = view.framework.attribute_set_for(panel, entry.item)
        self.item_label.setText(f"{entry.item.id}  {entry.item.title.get(language)}")
        names = self.names()
        headers = [
            self.tr("Attribute"),
            *assessor_titles(names),
            self.tr("Mean"),
            self.tr("Min"),
            self.tr("Max"),
            self.tr("Spread"),
            self.tr("Consensus"),
            self.tr("Justification"),
        ]
        rows = [*entry.attributes, entry.overall]
        previous_row = self.scores_table.currentRow()
        self.scores_table.blockSignals(True)
        self.scores_table.clear()
        self.scores_table.setColumnCount(len(headers))
        self.scores_table.setHorizontalHeaderLabels(headers)
        name_columns(self.scores_table, 1, names)
        self.scores_table.setRowCount(len(rows))
        self._row_targets = []
        for row_number, row in enumerate(rows):
            if row.is_overall:
                name = self.tr("Overall")
                self._row_targets.append(None)
            else:
                name = attribute_set.attributes[row.attribute_id].title.get(language)
                self._row_targets.append(row.attribute_id)
            cells = [
                name,
                *(score_text(value) for value in row.values),
                score_text(row.mean),
                score_text(row.minimum),
                score_text(row.maximum),
                score_text(row.spread),
                score_text(row.consensus) + (" *" if row.overridden else ""),
                row.justification,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if 0 < column < len(cells) - 1:
                    cell.setTextAlignment(Qt.AlignCenter)
                if 0 < column <= len(names):
                    value = row.values[column - 1]
                    distance = (
                        abs(value - row.mean)
                        if value is not None and row.mean is not None
                        else None
                    )
                    cell.setBackground(heat_colour(distance, view.threshold))
                if column == len(names) + 4:
                    cell.setBackground(heat_colour(row.spread, view.threshold))
                if column == len(names) + 5:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                    if row.overridden:
                        cell.setToolTip(self.tr("Set by the team (* = departs from the start)"))
                self.scores_table.setItem(row_number, column, cell)
            if row.is_overall:
                for column in range(len(cells)):
                    font = self.scores_table.item(row_number, column).font()
                    font.setBold(True)
                    self.scores_table.item(row_number, column).setFont(font)
        header = self.scores_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        fit_score_columns(self.scores_table, 1, len(headers) - 2)
        # Long attribute names wrap onto two lines rather than push scores out of view.
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        names_width = self.scores_table.sizeHintForColumn(0)
        self.scores_table.setColumnWidth(0, min(names_width, max(names_width // 2 + 24, 140)))
        self.scores_table.resizeRowsToContents()
        self.scores_table.blockSignals(False)
        self.value_spin.setRange(attribute_set.min, attribute_set.max)
        self.value_spin.setSingleStep(attribute_set.step)
        self.scores_table.setCurrentCell(min(max(previous_row, 0), len(rows) - 1), 0)
        self._score_row_chosen(self.scores_table.currentRow(), 0, -1, 0)
        self.strengths_editor.set_texts(list(entry.strengths))
        self.afis_editor.set_texts(list(entry.afis))
        self.agreed_check.setChecked(entry.item.id in view.agreed_items)
        self._show_key_points()

    def _score_row_chosen(
        self, row: int, _column: int, _previous: int, _previous_column: int
    ) -> None:
        entry = self.current_item()
        if entry is None or not 0 <= row < len(self._row_targets):
            return
        score_row = [*entry.attributes, entry.overall][row]
        if score_row.consensus is not None:
            self.value_spin.setValue(int(score_row.consensus))
        self.justification_edit.setText(score_row.justification)

    # -- lifecycle --------------------------------------------------------------------

    def _who(self) -> str | None:
        return self.profile.name if self.profile is not None else None

    def start(self) -> None:
        """Freeze the individual revisions the consensus uses."""
        from ipms_desktop.consolidation.consensus import start_consensus

        if self.view is None:
            return
        database, institution, cycle = self.database, self.view.institution, self.view.cycle
        who = self._who()
        self._run_and_show(lambda: start_consensus(database, institution, cycle, by=who))

    def ask_reopen(self) -> None:
        """Ask why, then rebase the consensus on the current individual revisions."""
        if self.view is None:
            return
        self.reopen_dialog = ReopenDialog(len(self.view.newer_revisions), self)
        self.reopen_dialog.accepted.connect(
            lambda: self.reopen(self.reopen_dialog.justification() if self.reopen_dialog else "")
        )
        self.reopen_dialog.open()

    def reopen(self, justification: str) -> None:
        from ipms_desktop.consolidation.consensus_reopen import reopen_consensus

        if self.view is None:
            return
        database, institution, cycle = self.database, self.view.institution, self.view.cycle
        who = self._who()
        self._set_enabled(False)
        self._run(
            lambda: reopen_consensus(database, institution, cycle, justification, by=who),
            self._reopened,
        )

    def _reopened(self, result: Any) -> None:
        if result.dropped:
            listed = "; ".join(
                f"{d.item_id} {d.attribute_id or self.tr('Overall')}" for d in result.dropped
            )
            message = fill(
                self.tr(
                    "Reopened on the current revisions. %1 overrides kept; these no longer "
                    "apply and were removed (their individual scores changed): %2"
                ),
                str(len(result.kept)),
                listed,
            )
            self.status_line.show_message(message, "warning")
        else:
            self.status_line.show_message(
                fill(
                    self.tr("Reopened on the current revisions; all %1 overrides still apply."),
                    str(len(result.kept)),
                ),
                "success",
            )
        self.reload()

    def _key_kind(self, editor: Any) -> str:
        return "strength" if editor is self.strengths_editor else "afi"

    def _key_text(self, kind: str) -> str | None:
        entry = self.current_item()
        if entry is None or self.view is None:
            return None
        return next(
            (
                point.text
                for point in self.view.key_points
                if point.item_id == entry.item.id and point.kind == kind
            ),
            None,
        )

    def _show_key_points(self) -> None:
        """Key points in bold in their list; the button checked on the chosen key point."""
        for editor in (self.strengths_editor, self.afis_editor):
            key = self._key_text(self._key_kind(editor))
            editor.list.blockSignals(True)
            for row in range(editor.list.count()):
                entry = editor.list.item(row)
                font = entry.font()
                font.setBold(key is not None and entry.text() == key)
                entry.setFont(font)
            editor.list.blockSignals(False)
        editor = self.note_tabs.currentWidget()
        row = editor.list.currentRow()
        texts = editor.texts()
        chosen = texts[row] if 0 <= row < len(texts) else None
        key = self._key_text(self._key_kind(editor))
        self.key_button.setChecked(chosen is not None and chosen == key)

    def _key_clicked(self, checked: bool) -> None:
        from ipms_desktop.consolidation.consensus import set_key_point

        entry = self.current_item()
        editor = self.note_tabs.currentWidget()
        row = editor.list.currentRow()
        texts = editor.texts()
        if entry is None or self.view is None or not 0 <= row < len(texts):
            self.key_button.setChecked(False)
            self.status_line.show_message(
                self.tr("Choose an entry to make it the item's key point."), "warning"
            )
            return
        database, institution, cycle = self.database, self.view.institution, self.view.cycle
        who = self._who()
        kind = self._key_kind(editor)
        text = texts[row] if checked else None
        item_id = entry.item.id
        self._run_and_show(
            lambda: set_key_point(database, institution, cycle, item_id, kind, text, by=who)
        )

    def _agreed_clicked(self, checked: bool) -> None:
        from ipms_desktop.consolidation.consensus import set_item_agreed

        entry = self.current_item()
        if entry is None or self.view is None:
            return
        database, institution, cycle = self.database, self.view.institution, self.view.cycle
        who = self._who()
        item_id = entry.item.id
        self._run_and_show(
            lambda: set_item_agreed(database, institution, cycle, item_id, checked, by=who)
        )

    # -- changing ---------------------------------------------------------------------

    def _target(self) -> tuple[Any, str | None] | None:
        entry = self.current_item()
        row = self.scores_table.currentRow()
        if entry is None or not 0 <= row < len(self._row_targets):
            return None
        return entry, self._row_targets[row]

    def set_consensus(self) -> None:
        """Record the value in the spin box, with its justification, for the chosen row."""
        from ipms_desktop.consolidation.consensus import set_consensus_score

        target = self._target()
        if target is None or self.view is None:
            return
        justification = self.justification_edit.text().strip()
        if not justification:
            self.status_line.show_message(
                self.tr("Write why the team agrees on this score: a justification is required."),
                "error",
            )
            self.justification_edit.setFocus()
            return
        entry, attribute_id = target
        value = self.value_spin.value()
        database, institution, cycle = self.database, self.view.institution, self.view.cycle
        self.status_line.show_message(self.tr("Consensus saved."), "success")
        who = self._who()
        self._run_and_show(
            lambda: set_consensus_score(
                database,
                institution,
                cycle,
                entry.item.id,
                attribute_id,
                value,
                justification,
                by=who,
            )
        )

    def clear_consensus(self) -> None:
        """Let the chosen row's consensus follow the mean again."""
        from ipms_desktop.consolidation.consensus import set_consensus_score

        target = self._target()
        if target is None or self.view is None:
            return
        entry, attribute_id = target
        database, institution, cycle = self.database, self.view.institution, self.view.cycle
        self.status_line.show_message(self.tr("The consensus follows the mean again."), "success")
        who = self._who()
        self._run_and_show(
            lambda: set_consensus_score(
                database, institution, cycle, entry.item.id, attribute_id, None, by=who
            )
        )

    def _save_notes(self, kind: str, texts: list[str]) -> None:
        from ipms_desktop.consolidation.consensus import set_consensus_notes

        entry = self.current_item()
        if entry is None or self.view is None:
            return
        database, institution, cycle = self.database, self.view.institution, self.view.cycle
        who = self._who()
        self._run_and_show(
            lambda: set_consensus_notes(
                database, institution, cycle, entry.item.id, kind, texts, by=who
            ),
            self._say_key_point_followed,
        )

    def _say_key_point_followed(self, followed: Any) -> None:
        """The item's key point named the entry just edited or removed: say what became of
        it, since the feedback report quotes it."""
        from ipms_desktop.consolidation.consensus_marks import KEY_STRENGTH

        if followed is None:
            return
        strength = followed.kind == KEY_STRENGTH
        if followed.text is not None:
            text = (
                self.tr("The key strength now reads as the edited entry.")
                if strength
                else self.tr("The key area for improvement now reads as the edited entry.")
            )
        else:
            text = (
                self.tr("The key strength was removed with its entry.")
                if strength
                else self.tr("The key area for improvement was removed with its entry.")
            )
        self.status_line.show_message(text, "warning" if followed.text is None else "success")

    def combine_with_next(self) -> None:
        """Join the chosen strength or AFI with the one after it into a single entry."""
        editor = self.note_tabs.currentWidget()
        kind = "strengths" if editor is self.strengths_editor else "afis"
        texts = editor.texts()
        row = editor.list.currentRow()
        if not 0 <= row < len(texts) - 1:
            self.status_line.show_message(
                self.tr("Choose an entry that has another one after it."), "warning"
            )
            return
        texts[row : row + 2] = [f"{texts[row].rstrip(' .;')}; {texts[row + 1]}"]
        editor.set_texts(texts)
        self._save_notes(kind, texts)

    # -- export -----------------------------------------------------------------------

    def _choose_export(self) -> None:
        if self.view is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export consensus bundle"),
            f"consensus-{self.view.cycle}.ipmsb",
            file_kinds(self.tr("IPMS bundles (*.ipmsb)")),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Sign and write the consensus bundle to ``path`` (off the GUI thread)."""
        from ipms_desktop.consolidation.consensus_export import export_consensus

        if self.view is None or self.profile is None:
            return
        database, profile = self.database, self.profile
        institution, cycle = self.view.institution, self.view.cycle
        self.export_button.setEnabled(False)
        self.status_line.show_message(self.tr("Signing and writing the consensus bundle…"), "hint")
        self._run(
            lambda: export_consensus(database, institution, cycle, profile.keys, path),
            self._exported,
        )

    def _exported(self, written: Any) -> None:
        self.exported_path = Path(written.path)
        self.export_button.setEnabled(True)
        message = fill(
            self.tr("Consensus bundle written to %1 (bundle id %2). Send it to CoMSEC."),
            isolate_ltr(str(written.path)),
            isolate_ltr(written.bundle_id),
        )
        not_agreed = self.view.items_not_agreed if self.view is not None else []
        if not_agreed:
            message += " " + fill(
                self.tr("Items not marked agreed (%1) were exported as they stand."),
                str(len(not_agreed)),
            )
        self.status_line.show_message(message, "warning" if not_agreed else "success")
        self.reload()
