"""The consolidation window: open a database, merge bundles, look after the quarantine.

Team leads merge their team's bundles into a local encrypted file; CoMSEC merges every
team's into PostgreSQL. Once a database is open, the consensus workspace and the reports
are tabs of the same window, working on the same database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.consolidation.database import is_postgresql_target
from ipms_desktop.consolidation.merge import MergeResult, NotForThisKey, Outcome
from ipms_desktop.gui.consolidation.drop_zone import DropZone
from ipms_desktop.gui.consolidation.key_messages import (
    key_names,
    no_key_text,
    not_for_this_key_text,
)
from ipms_desktop.gui.consolidation.outcome_table import OutcomeTable
from ipms_desktop.gui.consolidation.quarantine_view import QuarantinePanel
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import file_kinds, fill, isolate_ltr
from ipms_desktop.gui.operations import Operation, OperationQueue, consolidation_resource
from ipms_desktop.gui.status_line import StatusLine
from ipms_desktop.gui.widgets.form_rows import buddy_label, path_row
from ipms_desktop.gui.window_geometry import remember_geometry, restore_geometry
from ipms_desktop.services.consolidation_session import (
    BUNDLE_SUFFIX,
    MergeSession,
    NoMergeKey,
    SessionRequest,
    bundle_files,
    is_new_local_file,
    open_session,
)
from ipms_desktop.settings import CONSOLIDATION

if TYPE_CHECKING:
    from ipms_desktop.gui.consensus.workspace import ConsensusWorkspace
    from ipms_desktop.gui.reports.panel import ReportsPanel
    from ipms_desktop.services.open_profile import OpenProfile


class ConsolidationWindow(QMainWindow):
    """Merge console, quarantine, consensus and reports over one open database."""

    MERGE_TAB, QUARANTINE_TAB, CONSENSUS_TAB, REPORTS_TAB = range(4)

    def __init__(
        self, context: AppContext, profile: OpenProfile | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consolidation"))
        self.context = context
        # As wide as the screen allows: the consensus tab shows every score side by side.
        restore_geometry(self, context.preferences, "consolidation", QSize(1366, 760))
        self.profile = profile
        self.session: MergeSession | None = None
        self.consensus: ConsensusWorkspace | None = None
        self.reports: ReportsPanel | None = None
        self.recovery_box: QMessageBox | None = None
        self._pending: list[Path] = []
        self._merging: Operation | None = None
        self._batch_shown = 0
        # Outcomes of the files added since the last summary (batches chain while adding).
        self._batch_results: list[MergeResult] = []
        # Work on the open database runs on its own queue, one piece at a time.
        self.db_queue: OperationQueue | None = None
        self.tabs = QTabWidget(self)
        self.setCentralWidget(self.tabs)
        self.tabs.addTab(self._build_merge_tab(), self.tr("&Merge"))
        self.quarantine = QuarantinePanel(context, self)
        self.quarantine.retried.connect(self._refresh_dependants)
        self.quarantine.accepted.connect(self._retried)
        self.quarantine.session_changed.connect(self._trust_changed)
        self.tabs.addTab(self.quarantine, self.tr("&Quarantine"))
        self.tabs.addTab(self._placeholder(), self.tr("&Consensus"))
        self.tabs.addTab(self._placeholder(), self.tr("&Reports"))
        self._set_open(False)
        QShortcut(QKeySequence.Close, self, activated=self.close)

    # -- layout -----------------------------------------------------------------------

    def _placeholder(self) -> QLabel:
        label = QLabel(self.tr("Open a consolidation database on the Merge tab first."))
        label.setAlignment(Qt.AlignCenter)
        label.setProperty("role", "hint")
        return label

    def _build_merge_tab(self) -> QWidget:
        page = QWidget(self)
        self.database_edit = QLineEdit(page)
        self.database_edit.setPlaceholderText(
            self.tr("a file such as team.ipmsdb, or postgresql+psycopg://user@server/ipms")
        )
        self.database_edit.textChanged.connect(self._update_source_fields)
        database_browse = QPushButton(self.tr("&Browse…"), page)
        database_browse.clicked.connect(self._choose_database)
        self.passphrase_edit = QLineEdit(page)
        self.passphrase_edit.setEchoMode(QLineEdit.Password)
        self.confirm_edit = QLineEdit(page)
        self.confirm_edit.setEchoMode(QLineEdit.Password)
        self.confirm_label = QLabel(self.tr("Repeat passphrase (new file):"), page)
        self.trust_edit = QLineEdit(page)
        self.trust_edit.setPlaceholderText(
            self.tr("empty: the trust settings installed in this profile")
        )
        trust_browse = QPushButton(self.tr("Br&owse…"), page)
        trust_browse.clicked.connect(
            lambda: self._choose_file(self.trust_edit, self.tr("Trust settings"))
        )
        self.key_edit = QLineEdit(page)
        self.key_edit.setPlaceholderText(self.tr("empty: this profile's team-lead key"))
        key_browse = QPushButton(self.tr("Bro&wse…"), page)
        key_browse.clicked.connect(
            lambda: self._choose_file(self.key_edit, self.tr("Consolidation key"))
        )
        self.key_passphrase_edit = QLineEdit(page)
        self.key_passphrase_edit.setEchoMode(QLineEdit.Password)
        self.quarantine_edit = QLineEdit(page)
        self.quarantine_edit.setPlaceholderText(
            self.tr("empty: a folder named quarantine beside the database")
        )
        quarantine_browse = QPushButton(self.tr("Brow&se…"), page)
        quarantine_browse.clicked.connect(self._choose_quarantine)
        self.open_button = QPushButton(self.tr("&Open database"), page)
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self.open_database)
        for edit in (self.passphrase_edit, self.confirm_edit, self.key_passphrase_edit):
            edit.returnPressed.connect(self.open_database)
        self.close_button = QPushButton(self.tr("C&lose database"), page)
        self.close_button.clicked.connect(self.close_database)
        self.key_button = QPushButton(self.tr("Choose the consolidation &key…"), page)
        self.key_button.clicked.connect(self._choose_merge_key)
        self.status_line = StatusLine(page)

        form = QFormLayout()
        form.addRow(
            buddy_label(self.tr("&Database:"), self.database_edit),
            path_row(self.database_edit, database_browse),
        )
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        form.addRow(
            buddy_label(self.tr("&Trust settings:"), self.trust_edit),
            path_row(self.trust_edit, trust_browse),
        )
        form.addRow(
            buddy_label(self.tr("Consolidation &key:"), self.key_edit),
            path_row(self.key_edit, key_browse),
        )
        form.addRow(self.tr("Key pass&phrase:"), self.key_passphrase_edit)
        form.addRow(
            buddy_label(self.tr("&Quarantine folder:"), self.quarantine_edit),
            path_row(self.quarantine_edit, quarantine_browse),
        )
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addWidget(self.close_button)
        open_row.addWidget(self.key_button)
        open_row.addWidget(self.status_line, 1)

        self.add_files_button = QPushButton(self.tr("Add &files…"), page)
        self.add_files_button.clicked.connect(self._choose_bundles)
        self.add_folder_button = QPushButton(self.tr("Add a f&older…"), page)
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.drop_zone = DropZone(page)
        self.drop_zone.paths_dropped.connect(self.add_paths)
        self.table = OutcomeTable(page)
        self.counts_label = QLabel(page)
        self.counts_label.setProperty("role", "hint")
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_files_button)
        add_row.addWidget(self.add_folder_button)
        add_row.addWidget(self.drop_zone, 1)

        # Once the database is open its connection details fold away to leave room for
        # the outcomes; the status line says what is open.
        self.sources_box = QWidget(page)
        self.sources_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(page)
        layout.addWidget(self.sources_box)
        layout.addLayout(open_row)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts_label)
        self._update_source_fields()
        return page

    # -- choosing files ---------------------------------------------------------------

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Consolidation database"),
            self.database_edit.text(),
            file_kinds(self.tr("Consolidation files (*.ipmsdb);;All files (*)")),
            options=QFileDialog.DontConfirmOverwrite,
        )
        if path:
            self.database_edit.setText(path)

    def _choose_file(self, edit: QLineEdit, title: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, title, edit.text())
        if path:
            edit.setText(path)

    def _choose_quarantine(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Quarantine folder"))
        if path:
            self.quarantine_edit.setText(path)

    def _choose_bundles(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add bundles"),
            "",
            fill(self.tr("IPMS bundles (*%1);;All files (*)"), BUNDLE_SUFFIX),
        )
        self.add_paths([Path(path) for path in paths])

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Add every bundle in a folder"))
        if path:
            self.add_paths([Path(path)])

    def _update_source_fields(self) -> None:
        target = self.database_edit.text().strip()
        local = not is_postgresql_target(target)
        creating = is_new_local_file(target) is True
        self.passphrase_edit.setEnabled(local)
        self.confirm_edit.setVisible(creating)
        self.confirm_label.setVisible(creating)

    # -- opening ----------------------------------------------------------------------

    def quarantine_folder(self) -> Path:
        typed = self.quarantine_edit.text().strip()
        if typed:
            return Path(typed)
        target = self.database_edit.text().strip()
        if target and not is_postgresql_target(target):
            return Path(target).parent / CONSOLIDATION.default_quarantine_dir
        return Path.home() / CONSOLIDATION.default_quarantine_dir

    def open_database(self) -> None:
        if self.session is not None or self._merging:
            return
        if self.confirm_edit.isVisible() and (
            self.confirm_edit.text() != self.passphrase_edit.text()
        ):
            self.status_line.show_message(
                self.tr("The two passphrases differ; type them again."), "error"
            )
            return
        request = SessionRequest(
            target=self.database_edit.text().strip(),
            passphrase=self.passphrase_edit.text(),
            quarantine_dir=self.quarantine_folder(),
            trust_file=Path(self.trust_edit.text().strip())
            if self.trust_edit.text().strip()
            else None,
            key_file=Path(self.key_edit.text().strip()) if self.key_edit.text().strip() else None,
            key_passphrase=self.key_passphrase_edit.text(),
        )
        profile, kdf = self.profile, self.context.kdf_params
        self.open_button.setEnabled(False)
        queue = self.context.operations.queue(consolidation_resource(request.target))
        operation = queue.submit(
            lambda _progress: open_session(request, profile, kdf),
            lambda session: self._opened(session, queue),
            self._open_failed,
        )
        self.status_line.follow(operation, self.tr("Opening the database and checking the keys…"))

    def _opened(self, session: MergeSession, queue: OperationQueue) -> None:
        from ipms_desktop.gui.consensus.workspace import ConsensusWorkspace
        from ipms_desktop.gui.reports.panel import ReportsPanel

        self.session = session
        self.db_queue = queue
        self._update_source_fields()
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.key_passphrase_edit.clear()
        self._show_open_status(session)
        self.quarantine.set_session(session, queue)
        queue.submit(
            lambda _progress: session.set_aside_merged(),
            lambda _moved: self.quarantine.refresh(),
            self.status_line.show_error,
        )
        self.consensus = ConsensusWorkspace(
            self.context, session.database, queue, self.profile, self
        )
        self.reports = ReportsPanel(
            self.context,
            session.database,
            queue,
            self,
            team_lead_name=self.profile.name if self.profile is not None else "",
        )
        self._replace_tab(self.CONSENSUS_TAB, self.consensus, self.tr("&Consensus"))
        self._replace_tab(self.REPORTS_TAB, self.reports, self.tr("&Reports"))
        self._set_open(True)
        if session.new_database is not None:
            self.recovery_box = QMessageBox(
                QMessageBox.Information,
                self.tr("New consolidation file"),
                fill(
                    self.tr(
                        "A new consolidation file was created at %1. Its recovery code is shown "
                        "only now; write it down and keep it offline:\n\n%2"
                    ),
                    isolate_ltr(str(session.new_database.path)),
                    isolate_ltr(session.new_database.recovery_code),
                ),
                QMessageBox.NoButton,
                self,
            )
            self.recovery_box.addButton(self.tr("I have written it down"), QMessageBox.AcceptRole)
            self.recovery_box.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.recovery_box.open()

    def _choose_merge_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Consolidation key"))
        if not path:
            return
        passphrase, accepted = QInputDialog.getText(
            self,
            self.tr("Consolidation key"),
            fill(self.tr("Passphrase of %1:"), isolate_ltr(Path(path).name)),
            QLineEdit.Password,
        )
        if accepted:
            self.use_key_file(Path(path), passphrase)

    def use_key_file(self, path: Path, passphrase: str) -> None:
        """Merge with the key in ``path`` from now on, without closing the database."""
        session, queue = self.session, self.db_queue
        if session is None or queue is None or self.busy:
            return
        operation = queue.submit(
            lambda _progress: session.with_key_file(path, passphrase),
            self._key_chosen,
            self.status_line.show_error,
        )
        self.status_line.follow(operation, self.tr("Opening the key file…"))

    def _key_chosen(self, session: MergeSession) -> None:
        self.session = session
        self.quarantine.set_session(session, self.db_queue)
        key_id = session.key.public_key().key_id if session.key is not None else ""
        self.status_line.show_message(
            fill(
                self.tr("Merging with %1 from now on; add the files again."),
                key_names((key_id,), session.trust),
            ),
            "success",
        )

    def _trust_changed(self, session: MergeSession) -> None:
        self.session = session
        self._show_open_status(session)

    def _show_open_status(self, session: MergeSession) -> None:
        opened = fill(
            self.tr("Open: %1. Trust settings serial %2."),
            isolate_ltr(session.database.display_name),
            str(session.trust.serial),
        )
        if session.key is None:
            self.status_line.show_message(opened + " " + no_key_text(session.trust), "warning")
        else:
            self.status_line.show_message(opened, "success")

    def _open_failed(self, error: BaseException) -> None:
        self.open_button.setEnabled(True)
        self.status_line.show_error(error)

    def _replace_tab(self, index: int, widget: QWidget, title: str) -> None:
        old = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)
        if old is not None:
            old.deleteLater()

    def close_database(self) -> None:
        if self.session is None:
            return
        if self.busy:
            self.status_line.show_message(
                self.tr("Wait until the current work finishes, then close."), "warning"
            )
            return
        self.session.close()
        self.session = None
        self.db_queue = None
        self.consensus = None
        self.reports = None
        self.quarantine.set_session(None, None)
        self._replace_tab(self.CONSENSUS_TAB, self._placeholder(), self.tr("&Consensus"))
        self._replace_tab(self.REPORTS_TAB, self._placeholder(), self.tr("&Reports"))
        self._set_open(False)
        self.status_line.show_message(self.tr("The database is closed."), "hint")

    def _set_open(self, is_open: bool) -> None:
        for widget in (
            self.database_edit,
            self.passphrase_edit,
            self.confirm_edit,
            self.trust_edit,
            self.key_edit,
            self.key_passphrase_edit,
            self.quarantine_edit,
        ):
            widget.setReadOnly(is_open)
        self.open_button.setEnabled(not is_open)
        self.close_button.setEnabled(is_open)
        self.key_button.setVisible(is_open)
        self.sources_box.setVisible(not is_open)
        for widget in (self.add_files_button, self.add_folder_button, self.drop_zone):
            widget.setEnabled(is_open)
        self.tabs.setTabEnabled(self.CONSENSUS_TAB, is_open)
        self.tabs.setTabEnabled(self.REPORTS_TAB, is_open)

    # -- merging ----------------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        """Queue files, and every bundle directly inside any folder, for merging.

        Without a consolidation key nothing is queued, so no file is read.
        """
        if self.session is None:
            return
        if self.session.key is None:
            self.status_line.show_message(no_key_text(self.session.trust), "error")
            return
        queued: list[Path] = []
        for path in paths:
            if path.is_dir():
                try:
                    queued.extend(bundle_files(path))
                except Exception as error:  # an unreadable folder is reported, not fatal
                    self.status_line.show_error(error)
            else:
                queued.append(path)
        if not queued:
            if paths:
                self.status_line.show_message(
                    self.tr("No .ipmsb files were found there."), "warning"
                )
            return
        self._pending.extend(queued)
        if self._merging is None:
            self._merge_pending()

    def _merge_pending(self) -> None:
        """Merge every queued file as one operation that can be stopped between files.

        Each file is merged in its own transaction, so stopping keeps every file merged so
        far and leaves the rest untouched; outcomes appear in the table as they come.
        """
        session, queue = self.session, self.db_queue
        if session is None or queue is None or not self._pending:
            return
        batch, self._pending = self._pending, []
        outcomes: list[Any] = []
        self._batch_shown = 0

        def work(progress: Callable[[int, int], None]) -> None:
            try:
                for index, path in enumerate(batch):
                    progress(index, len(batch))
                    outcomes.append(session.merge(path))
                progress(len(batch), len(batch))
            finally:
                # Whatever merged now leaves the quarantine, even when the run stopped.
                if outcomes:
                    session.set_aside_merged()

        self.close_button.setEnabled(False)
        operation = queue.submit(
            work,
            lambda _result: self._batch_finished(outcomes, None),
            lambda error: self._batch_finished(outcomes, error),
            lambda _done, _total: self._show_outcomes(outcomes),
            cancellable=True,
        )
        self._merging = operation
        self.status_line.follow(
            operation,
            self.tr("Merging %n files…", "", len(batch)),
        )

    def _show_outcomes(self, outcomes: list[Any]) -> None:
        """Add the outcomes the worker has produced since the last look to the table."""
        fresh = outcomes[self._batch_shown :]
        self._batch_shown += len(fresh)
        for result in fresh:
            self.table.add_result(result)
        self.counts_label.setText(self.table.counts_text())

    def _batch_finished(self, outcomes: list[Any], error: BaseException | None) -> None:
        self._show_outcomes(outcomes)
        self._merging = None
        self._batch_results.extend(outcomes)
        if isinstance(error, NotForThisKey):
            self._pending.clear()
            self._batch_results = []
            self.status_line.show_message(
                not_for_this_key_text(error, self.session.trust if self.session else None), "error"
            )
        elif isinstance(error, NoMergeKey) and self.session is not None:
            self._pending.clear()
            self._batch_results = []
            self.status_line.show_message(no_key_text(self.session.trust), "error")
        elif error is not None:
            self._pending.clear()
            self._batch_results = []
            self.status_line.show_error(error)
        elif self._pending:
            self._merge_pending()
            return
        else:
            self._finished_message(self._batch_results)
            self._batch_results = []
        self.close_button.setEnabled(self.session is not None)
        self._refresh_dependants()

    def _finished_message(self, results: list[MergeResult]) -> None:
        """Green only when every file went in; otherwise say how many of each outcome."""
        counts = self.table.counts_text(results)
        rejected = sum(1 for result in results if result.outcome is Outcome.REJECTED)
        if rejected:
            self.status_line.show_message(
                fill(
                    self.tr(
                        "Merge done, %n file(s) rejected (see the Quarantine tab): %1", "", rejected
                    ),
                    counts,
                ),
                "warning",
            )
        else:
            self.status_line.show_message(fill(self.tr("Merge finished: %1"), counts), "success")

    def _retried(self, original: str, result: MergeResult) -> None:
        """A quarantined file merged on retry: its rejection row gives way to the outcome."""
        self.table.resolve(original, result)
        self.counts_label.setText(self.table.counts_text())

    def _refresh_dependants(self) -> None:
        self.quarantine.refresh()
        if self.consensus is not None:
            self.consensus.reload_directory()

    @property
    def busy(self) -> bool:
        """Whether work on the open database is queued or running."""
        return self._merging is not None or (self.db_queue is not None and self.db_queue.busy)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy or self.context.operations.busy:
            QApplication.beep()
            event.ignore()
            return
        if self.session is not None:
            self.session.close()
            self.session = None
        remember_geometry(self, self.context.preferences, "consolidation")
        event.accept()
