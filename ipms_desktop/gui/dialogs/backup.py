"""An encrypted backup of the profile to a folder the assessor chooses (a USB stick).

The copy is ciphertext throughout and travels with its key-slot file; it opens with the
profile's passphrase or recovery code. It runs on the profile's queue with a progress bar
and a Cancel button; a stopped backup leaves no partial file, and an existing backup is
never replaced.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import fill, isolate_ltr
from ipms_desktop.gui.status_line import StatusLine
from ipms_desktop.gui.widgets.form_rows import buddy_label, button_row, keep_text_visible, path_row

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile


class BackupDialog(QDialog):
    """Choose a folder, back up, follow the progress; the written paths are kept."""

    def __init__(self, context: AppContext, profile: OpenProfile, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up the profile"))
        self.setMinimumWidth(620)
        self._context = context
        self._profile = profile
        self.written: tuple[Path, Path] | None = None
        intro = QLabel(
            self.tr(
                "The backup is encrypted like the profile and opens only with your passphrase "
                "or recovery code. Keep it on a USB stick or another drive, away from this "
                "laptop. An existing backup is never replaced."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setLayoutDirection(Qt.LeftToRight)
        self.folder_edit.setText(str(self._default_folder()))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        buttons, self.close_button, self.backup_button = button_row(
            self, self.tr("Close"), self.tr("&Back up"), self.start_backup
        )
        self.status_line = StatusLine(self)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Folder:"), self.folder_edit))
        row.addLayout(path_row(self.folder_edit, browse), 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status_line)
        layout.addLayout(buttons)
        keep_text_visible(self)

    def _default_folder(self) -> Path:
        for folder in self._profile.settings.output_folders():
            if folder.is_dir():
                return folder
        return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backup"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def start_backup(self) -> None:
        from ipms_desktop.services.profiles import backup_profile

        typed = self.folder_edit.text().strip()
        folder = Path(typed) if typed else None
        if folder is None or not folder.is_dir():
            self.status_line.show_message(
                self.tr("Choose a folder that exists, for example on a USB stick."), "error"
            )
            self.folder_edit.setFocus()
            return
        profile = self._profile
        self._set_busy(True)
        operation = self._context.operations.submit(
            lambda progress: backup_profile(profile, folder, progress=progress),
            self._written,
            self._failed,
            cancellable=True,
        )
        self.status_line.follow(operation, self.tr("Writing the encrypted backup…"))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.backup_button, self.close_button, self.folder_edit):
            widget.setEnabled(not busy)

    def _written(self, written: tuple[Path, Path]) -> None:
        self.written = written
        self._set_busy(False)
        self.backup_button.setEnabled(False)
        self.close_button.setText(self.tr("Done"))
        self.close_button.setFocus()
        self.status_line.show_message(
            fill(
                self.tr("Backup written: %1 (with its key-slot file %2)."),
                isolate_ltr(str(written[0])),
                isolate_ltr(written[1].name),
            ),
            "success",
        )

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status_line.show_error(error)
