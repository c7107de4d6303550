"""Restoring the profile from a backup, then unlocking it.

Offered on the unlock screen and on a first run. On a first run (no profile in the folder
yet) the backup brings its own key-slot file, so it opens with the passphrase it was
made with. Over an existing profile the folder's key slots are kept, so the passphrase
that opens the profile now opens the restored data, and the replaced database is set
aside in the profile folder rather than deleted (``services.profiles.restore_profile``).
Both steps derive a key, so they run off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import file_kinds
from ipms_desktop.gui.status_line import ROLES, StatusLine
from ipms_desktop.gui.widgets.form_rows import button_row, keep_text_visible, path_row
from ipms_desktop.services.profiles import SLOTS_SUFFIX

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile


class RestoreDialog(QDialog):
    """Backup file and passphrase; on success ``profile`` holds the restored, open profile."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        from ipms_desktop.store.paths import slot_file_path

        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(620)
        self._context = context
        self.profile: OpenProfile | None = None
        self._over_existing = slot_file_path(context.profile_dir).exists()
        if self._over_existing:
            text = self.tr(
                "The backup replaces the assessments in this profile; what it replaces is kept "
                "aside in the profile folder, not deleted. Type the passphrase that opens this "
                "profile now."
            )
        else:
            text = self.tr(
                "The backup becomes the profile on this laptop. Its key-slot file must be "
                "beside it, as the backup wrote it. Type the passphrase the backup was made "
                "with; the profile then opens with it."
            )
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(self)
        self.file_edit.setLayoutDirection(Qt.LeftToRight)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.Password)
        self.passphrase_edit.returnPressed.connect(self.restore)
        fields = QFormLayout()
        fields.addRow(self.tr("Backup &file"), path_row(self.file_edit, browse))
        fields.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        # A row holding a layout has no buddy of its own: the label's mnemonic needs one.
        file_label = fields.labelForField(fields.itemAt(0, QFormLayout.FieldRole).layout())
        if isinstance(file_label, QLabel):
            file_label.setBuddy(self.file_edit)
        self.status_line = StatusLine(self)
        buttons, self.cancel_button, self.restore_button = button_row(
            self, self.tr("Cancel"), self.tr("&Restore and unlock"), self.restore
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.status_line)
        layout.addLayout(buttons)
        keep_text_visible(self)
        self.file_edit.setFocus()

    def _browse(self) -> None:
        start = self.file_edit.text() or QStandardPaths.writableLocation(
            QStandardPaths.DocumentsLocation
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup file"),
            start,
            file_kinds(self.tr("Profile backups (*.db);;All files (*)")),
        )
        if path:
            self.file_edit.setText(path)

    def _problem(self) -> tuple[str, QLineEdit] | None:
        typed = self.file_edit.text().strip()
        if not typed or not Path(typed).is_file():
            return self.tr("Choose the backup file, for example on your USB stick."), self.file_edit
        if typed.endswith(SLOTS_SUFFIX):
            return (
                self.tr("Choose the backup itself, not its key-slot file."),
                self.file_edit,
            )
        if not self.passphrase_edit.text():
            return self.tr("Enter your passphrase."), self.passphrase_edit
        return None

    def restore(self) -> None:
        if not self.restore_button.isEnabled():
            return
        problem = self._problem()
        if problem is not None:
            text, field = problem
            self.status_line.show_message(text, ROLES.error)
            field.setFocus()
            return
        folder = self._context.profile_dir
        backup = Path(self.file_edit.text().strip())
        passphrase = self.passphrase_edit.text()

        def work(_progress: object) -> OpenProfile:
            from ipms_desktop.services.profiles import restore_profile
            from ipms_desktop.store.opening import unlock_profile

            restore_profile(folder, backup, passphrase)
            return unlock_profile(folder, passphrase)

        self._set_busy(True)
        operation = self._context.operations.submit(work, self._restored, self._failed)
        self.status_line.follow(operation, self.tr("Restoring the backup…"))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.file_edit, self.passphrase_edit, self.restore_button):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def _restored(self, profile: OpenProfile) -> None:
        self.profile = profile
        self.passphrase_edit.clear()
        self._set_busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status_line.show_error(error)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
