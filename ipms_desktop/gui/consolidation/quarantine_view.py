"""The quarantine: refused bundles, why in plain words, and a retry once trust has changed.

A bundle refused because its signer or framework was not yet in the trust settings, or
because no team assignments were installed, is merged by retrying after CoMSEC's new trust
settings or signed assignments are loaded; accepted copies move to
``resolved/`` beside the others, so nothing is deleted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.consolidation.merge import NotForThisKey, Outcome
from ipms_desktop.consolidation.quarantine import QuarantinedBundle, quarantined_bundles
from ipms_desktop.errors import IpmsError
from ipms_desktop.gui.consolidation.key_messages import no_key_text, not_for_this_key_text
from ipms_desktop.gui.consolidation.reasons import may_succeed_after_trust_change, plain_reason
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import fill, isolate_ltr, local_time
from ipms_desktop.gui.message import error_text
from ipms_desktop.gui.operations import OperationQueue
from ipms_desktop.gui.status_line import StatusLine
from ipms_desktop.services.consolidation_session import (
    MergeSession,
    NoMergeKey,
    retry_quarantined,
)


class QuarantinePanel(QWidget):
    """Lists the quarantine folder of the open session and retries chosen bundles."""

    retried = Signal()
    # A quarantined file that merged on retry: its original path and the merge result.
    accepted = Signal(str, object)
    # The session with new trust settings, for the window to use for later merges.
    session_changed = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.queue: OperationQueue | None = None
        self.session: MergeSession | None = None
        self.entries: list[QuarantinedBundle] = []
        # The technical reason of the latest retry that was refused again.
        self.last_refusal = ""
        self._retrying: list[QuarantinedBundle] = []
        self.folder_label = QLabel(self)
        self.folder_label.setProperty("role", "hint")
        self.folder_label.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Refused at"), self.tr("Why"), self.tr("Retry may help")]
        )
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.load_trust_button = QPushButton(self.tr("Load &new trust settings…"), self)
        self.load_trust_button.clicked.connect(self._choose_trust)
        self.statement_button = QPushButton(self.tr("Install &assignments or key link…"), self)
        self.statement_button.setToolTip(
            self.tr(
                "CoMSEC's signed file naming each institution's team lead for a cycle, or "
                "linking a replaced key to its predecessor"
            )
        )
        self.statement_button.clicked.connect(self._choose_statement)
        self.retry_selected_button = QPushButton(self.tr("Retry &selected"), self)
        self.retry_selected_button.clicked.connect(self.retry_selected)
        self.retry_all_button = QPushButton(self.tr("Retry &all"), self)
        self.retry_all_button.setProperty("role", "primary")
        self.retry_all_button.clicked.connect(self.retry_all)
        self.open_folder_button = QPushButton(self.tr("Open the &folder"), self)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.status_line = StatusLine(self)
        buttons = QHBoxLayout()
        for button in (
            self.load_trust_button,
            self.statement_button,
            self.retry_selected_button,
            self.retry_all_button,
            self.open_folder_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_line)
        self.set_session(None, None)

    def set_session(self, session: MergeSession | None, queue: OperationQueue | None) -> None:
        """Show ``session``'s quarantine; retries run on ``queue``, the database's queue."""
        self.session = session
        self.queue = queue
        for button in (
            self.load_trust_button,
            self.statement_button,
            self.retry_selected_button,
            self.retry_all_button,
            self.open_folder_button,
        ):
            button.setEnabled(session is not None)
        self.refresh()

    def refresh(self) -> None:
        if self.session is None:
            self.entries = []
            self.folder_label.setText(
                self.tr("Open a consolidation database to see its quarantine.")
            )
        else:
            folder = self.session.quarantine_dir
            self.folder_label.setText(
                fill(
                    self.tr("Refused bundles are copied to %1 with a note of why."),
                    isolate_ltr(str(folder)),
                )
            )
            try:
                self.entries = quarantined_bundles(folder)
            except OSError as error:
                self.entries = []
                self.status_line.show_error(error)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            values = [
                isolate_ltr(entry.copy.name),
                local_time(entry.rejected_at),
                plain_reason(entry.reason),
                self.tr("Yes") if may_succeed_after_trust_change(entry.reason) else self.tr("No"),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(f"{entry.original}\n{entry.reason}")
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        busy = bool(self._retrying)
        self.retry_all_button.setEnabled(
            self.session is not None and bool(self.entries) and not busy
        )
        self.retry_selected_button.setEnabled(
            self.session is not None and bool(self.entries) and not busy
        )

    def showEvent(self, event: QShowEvent) -> None:
        # Rows measured while the panel was hidden wrapped into narrow columns.
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _choose_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("New trust settings from CoMSEC"))
        if path:
            self.load_trust(Path(path))

    def load_trust(self, path: Path) -> None:
        """Verify with the trust settings at ``path`` from now on (until the window closes)."""
        from ipms_desktop.trust.trust_settings import load_trust_settings

        if self.session is None:
            return
        try:
            trust = load_trust_settings(path)
            self.session = self.session.with_trust(trust)
        except Exception as error:  # shown to the team lead, the old trust stays in use
            self.status_line.show_error(error)
            return
        self.session_changed.emit(self.session)
        self.status_line.show_message(
            fill(
                self.tr("Trust settings serial %1 loaded; retry the refused bundles now."),
                str(trust.serial),
            ),
            "success",
        )

    def _choose_statement(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Team assignments or key link from CoMSEC")
        )
        if path:
            self.install_statement(Path(path))

    def install_statement(self, path: Path) -> None:
        """Install CoMSEC's signed team assignments or key link into the open database."""
        if self.session is None:
            return
        try:
            self.session.install_statement(path)
        except IpmsError as error:
            self.status_line.show_message(
                fill(
                    self.tr(
                        "%1 cannot be installed (%2). Ask CoMSEC for its current signed team "
                        "assignments or key link file; nothing was changed."
                    ),
                    isolate_ltr(path.name),
                    error_text(error),
                ),
                "error",
            )
            return
        self.status_line.show_message(
            fill(self.tr("%1 installed; retry the refused bundles now."), isolate_ltr(path.name)),
            "success",
        )

    def retry_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        self._retry([self.entries[row] for row in rows if row < len(self.entries)])

    def retry_all(self) -> None:
        self._retry(list(self.entries))

    def _retry(self, entries: list[QuarantinedBundle]) -> None:
        if self.session is None or not entries or self._retrying:
            return
        self._retrying = entries
        self._accepted = 0
        self._still_refused = 0
        self.refresh()
        self._retry_next()

    def _retry_next(self) -> None:
        session, queue = self.session, self.queue
        if not self._retrying or session is None or queue is None:
            self._retrying = []
            self.status_line.show_message(
                fill(
                    self.tr("Retry finished: %1 accepted, %2 still refused."),
                    str(self._accepted),
                    str(self._still_refused),
                ),
                "success" if not self._still_refused else "warning",
            )
            self.refresh()
            self.retried.emit()
            return
        entry = self._retrying.pop(0)
        queue.submit(
            lambda _progress: retry_quarantined(session, entry), self._retried_one, self._failed
        )

    def _retried_one(self, result: Any) -> None:
        if result.outcome is Outcome.REJECTED:
            self._still_refused += 1
            self.last_refusal = result.reason
        else:
            self._accepted += 1
            self.accepted.emit(result.file, result)
        self._retry_next()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, (NotForThisKey, NoMergeKey)):
            # The key is wrong for every file alike: stop, and say which key to choose.
            self._retrying = []
            trust = self.session.trust if self.session is not None else None
            if isinstance(error, NotForThisKey):
                text = not_for_this_key_text(error, trust)
            elif trust is not None:
                text = no_key_text(trust)
            else:
                text = str(error)
            self.status_line.show_message(text, "error")
            self.refresh()
            self.retried.emit()
            return
        self._still_refused += 1
        self.status_line.show_error(error)
        self._retry_next()

    def _open_folder(self) -> None:
        if self.session is not None:
            self.session.quarantine_dir.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.session.quarantine_dir)))
