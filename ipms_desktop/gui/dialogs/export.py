"""Exporting an assessment: the pre-export check, then recipients, destination and progress.

The bundle is written by ``services.assessment_export`` on a worker thread: the check
first, then the bundle (atomic, so a failure such as a full disk or a removed stick leaves
no file), and only then the revision is recorded, so a failed attempt uses no revision and
the revision shown, in the file name and in the bundle agree. The fingerprint shown at the end is
the SHA-256 of the whole bundle file, grouped for reading aloud over the phone; the
receiver compares it with ``sha256sum`` of the file they got.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ipms_desktop.errors import IpmsError
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.designer.export import Ui_ExportDialog
from ipms_desktop.gui.dialogs.pre_export_check import PreExportCheckDialog
from ipms_desktop.gui.forms import child, load_form
from ipms_desktop.gui.i18n import fill, isolate_ltr
from ipms_desktop.gui.message import confirm, error_text
from ipms_desktop.services.assessment_export import (
    BUNDLE_SUFFIX,
    export_assessment,
    plan_export,
)
from ipms_desktop.services.completeness import check_assessment

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile

FINGERPRINT_GROUPS = 8


def bundle_fingerprint(path: Path) -> str:
    """The first 128 bits of the file's SHA-256 as eight groups of four hex digits."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    hex_digest = digest.hexdigest()
    return " ".join(hex_digest[i : i + 4] for i in range(0, FINGERPRINT_GROUPS * 4, 4))


class ExportDialog(QDialog):
    """Recipients, destination, progress and the resulting fingerprint."""

    def __init__(
        self, context: AppContext, profile: OpenProfile, assessment_id: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export assessment"))
        self.setMinimumWidth(620)
        self._context = context
        self._profile = profile
        self.assessment_id = assessment_id
        self._extra_recipients: list[Any] = []
        self.result_path: Path | None = None
        self.fingerprint = ""
        form = load_form(Ui_ExportDialog, self)
        self.setContentsMargins(16, 12, 16, 12)
        self.title_label = child(form, QLabel, "titleLabel")
        self.recipients_list = child(form, QListWidget, "recipientsList")
        self.add_recipient_button = child(form, QPushButton, "addRecipientButton")
        self.remove_recipient_button = child(form, QPushButton, "removeRecipientButton")
        self.destination_edit = child(form, QLineEdit, "destinationEdit")
        self.browse_button = child(form, QPushButton, "browseButton")
        self.progress_bar = child(form, QProgressBar, "progressBar")
        self.message_label = child(form, QLabel, "messageLabel")
        self.fingerprint_caption = child(form, QLabel, "fingerprintCaption")
        self.fingerprint_label = child(form, QLabel, "fingerprintLabel")
        self.export_button = child(form, QPushButton, "exportButton")
        self.close_button = child(form, QPushButton, "closeButton")
        self.destination_edit.setLayoutDirection(Qt.LeftToRight)
        self.fingerprint_label.setLayoutDirection(Qt.LeftToRight)
        self.fingerprint_caption.hide()
        self.fingerprint_label.hide()
        self.progress_bar.hide()

        self.plan = plan_export(profile, assessment_id)
        self.title_label.setText(
            fill(
                self.tr("%1, cycle %2: this export will be revision %3."),
                self.plan.institution,
                str(self.plan.cycle),
                str(self.plan.revision),
            )
        )
        self.destination_edit.setText(str(self._default_folder() / self.plan.file_name))
        self._list_trusted_recipients()
        self.add_recipient_button.clicked.connect(self._choose_team_lead_certificate)
        self.remove_recipient_button.clicked.connect(self._remove_recipient)
        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.recipients_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    # -- recipients -------------------------------------------------------------------

    def _default_folder(self) -> Path:
        """A folder that exists: the last one exported to, else Documents (made if missing,
        as on a fresh machine), else the home folder."""
        for remembered in self._profile.settings.output_folders():
            if remembered.is_dir():
                return remembered
        documents = Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))
        try:
            documents.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return Path.home()
        return documents

    def _list_trusted_recipients(self) -> None:
        from ipms_desktop.trust.profile_credentials import CERTIFICATE_SECRET, installed_trust

        try:
            trust = installed_trust(self._profile.keys)
        except IpmsError as error:
            self.message_label.setText(error_text(error))
            return
        if trust is None:
            self.message_label.setText(
                self.tr(
                    "This profile has no trust settings yet, so there is no one to export to. "
                    "Install CoMSEC's trust settings under Profile, Credentials."
                )
            )
            self.export_button.setEnabled(False)
            return
        if self._profile.keys.get_secret(CERTIFICATE_SECRET) is None:
            self.message_label.setText(
                self.tr(
                    "This profile has no certificate yet, so it cannot sign an export. Write a "
                    "certificate request under Profile, Credentials, and install the certificate "
                    "CoMSEC issues."
                )
            )
            self.export_button.setEnabled(False)
        for key in trust.default_recipients():
            entry = QListWidgetItem(
                fill(self.tr("CoMSEC consolidation (key %1)"), isolate_ltr(key.key_id[:16]))
            )
            entry.setData(Qt.UserRole, None)
            self.recipients_list.addItem(entry)

    def _choose_team_lead_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Team lead's certificate"),
            "",
            self.tr("Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.add_team_lead_certificate(Path(path))

    def add_team_lead_certificate(self, path: Path) -> None:
        """Add the recipient key certified in ``path`` (checked against the trust root)."""
        from ipms_desktop.trust.certificates import subject_text
        from ipms_desktop.trust.profile_credentials import (
            load_certificate_file,
            recipient_from_certificate,
            require_trust,
        )

        try:
            data = path.read_bytes()
            trust = require_trust(self._profile.keys)
            key = recipient_from_certificate(data, str(path), trust)
            holder = subject_text(load_certificate_file(data, str(path)))
        except OSError as error:
            self.message_label.setText(
                fill(self.tr("%1 cannot be read: %2"), isolate_ltr(str(path)), error.strerror or "")
            )
            return
        except IpmsError as error:
            self.message_label.setText(error_text(error))
            return
        self.message_label.clear()
        self._extra_recipients.append(key)
        entry = QListWidgetItem(fill(self.tr("Team lead: %1"), holder))
        entry.setData(Qt.UserRole, len(self._extra_recipients) - 1)
        self.recipients_list.addItem(entry)
        self._update_buttons()

    def _remove_recipient(self) -> None:
        entry = self.recipients_list.currentItem()
        if entry is None or entry.data(Qt.UserRole) is None:
            return
        self._extra_recipients[entry.data(Qt.UserRole)] = None
        self.recipients_list.takeItem(self.recipients_list.row(entry))
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.recipients_list.currentItem()
        self.remove_recipient_button.setEnabled(
            entry is not None and entry.data(Qt.UserRole) is not None
        )

    # -- destination and export -------------------------------------------------------

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the bundle as"),
            self.destination_edit.text(),
            self.tr("IPMS bundles (*.ipmsb)"),
        )
        if path:
            self.destination_edit.setText(path)

    def start_export(self) -> None:
        text = self.destination_edit.text().strip()
        if not text:
            self.message_label.setText(self.tr("Choose where to save the bundle."))
            return
        destination = Path(text)
        if destination.suffix != BUNDLE_SUFFIX:
            destination = destination.with_name(destination.name + ".ipmsb")
        if destination.exists() and not confirm(
            self,
            self.tr("Replace file"),
            fill(self.tr("%1 already exists. Replace it?"), isolate_ltr(str(destination))),
            self.tr("Replace"),
        ):
            return
        profile = self._profile
        assessment_id = self.assessment_id
        extras = [key for key in self._extra_recipients if key is not None]
        total = self.plan.evidence_bytes
        revision = self.plan.revision

        def work(progress: Callable[[int, int], None]) -> tuple[Any, str]:
            exported = export_assessment(
                profile,
                assessment_id,
                destination,
                extras,
                expected_revision=revision,
                progress=progress,
            )
            return exported.bundle, bundle_fingerprint(exported.path)

        self.message_label.clear()
        self.progress_bar.show()
        self.progress_bar.setRange(0, 0 if total == 0 else 1000)
        for widget in (
            self.export_button,
            self.close_button,
            self.browse_button,
            self.destination_edit,
            self.add_recipient_button,
            self.remove_recipient_button,
        ):
            widget.setEnabled(False)
        self._context.operations.submit(work, self._exported, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress_bar.setValue(int(done * 1000 / total))

    def _exported(self, result: tuple[Any, str]) -> None:
        written, fingerprint = result
        self.result_path = Path(written.path)
        self.fingerprint = fingerprint
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(1000)
        self.message_label.setProperty("role", "success")
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(
            fill(self.tr("Bundle written: %1"), isolate_ltr(str(written.path)))
        )
        self.fingerprint_label.setText(fingerprint)
        self.fingerprint_caption.show()
        self.fingerprint_label.show()
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Done"))
        self.close_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.progress_bar.hide()
        self.message_label.setText(
            fill(
                self.tr("The bundle was not written (no partial file is left): %1"),
                error_text(error),
            )
        )
        for widget in (
            self.export_button,
            self.close_button,
            self.browse_button,
            self.destination_edit,
            self.add_recipient_button,
        ):
            widget.setEnabled(True)
        self._update_buttons()


def run_export_flow(
    parent: QWidget,
    context: AppContext,
    profile: OpenProfile,
    assessment_id: str,
    jump_to_item: Callable[[str, str], None],
) -> None:
    """Check completeness first (jumping to an incomplete item on request), then export.

    Unfinished items stop the export; the scorebook's advice alone is shown with a choice
    to export as it is."""
    from ipms_desktop.frameworks import load_framework

    problems = check_assessment(profile.assessments, assessment_id)
    if problems:
        framework = load_framework(profile.assessments.get(assessment_id).summary.framework_id)
        check = PreExportCheckDialog(framework, context.language, problems, parent)
        accepted = check.exec() == QDialog.Accepted
        if accepted and check.chosen_item is not None:
            jump_to_item(assessment_id, check.chosen_item)
        if not (accepted and check.export_anyway):
            return
    ExportDialog(context, profile, assessment_id, parent).exec()
