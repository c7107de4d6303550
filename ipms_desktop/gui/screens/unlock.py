"""The unlock screen: the only thing shown while the profile is locked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.designer.unlock import Ui_UnlockScreen
from ipms_desktop.gui.forms import child, load_form
from ipms_desktop.gui.i18n import LANGUAGES

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile


class UnlockScreen(QWidget):
    """Asks for the passphrase; key derivation runs off the GUI thread."""

    unlocked = Signal(object)  # the open OpenProfile
    language_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._context = context
        form = load_form(Ui_UnlockScreen, self)
        self.passphrase_edit = child(form, QLineEdit, "passphraseEdit")
        self.unlock_button = child(form, QPushButton, "unlockButton")
        self.message_label = child(form, QLabel, "messageLabel")
        self.busy_bar = child(form, QProgressBar, "busyBar")
        self.language_combo = child(form, QComboBox, "languageCombo")
        self.recover_button = child(form, QPushButton, "recoverButton")
        self.restore_button = child(form, QPushButton, "restoreButton")
        self.busy_bar.hide()
        for language in LANGUAGES:
            self.language_combo.addItem(language.native_name, language.code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(context.language))
        self.language_combo.currentIndexChanged.connect(
            lambda index: self.language_changed.emit(self.language_combo.itemData(index))
        )
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.recover_button.clicked.connect(self.recover)
        self.restore_button.clicked.connect(self.restore)
        self.restore_dialog: QDialog | None = None
        self.passphrase_edit.setFocus()

    def unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.message_label.setText(self.tr("Enter your passphrase."))
            return
        self.message_label.clear()
        self._set_busy(True)
        folder = self._context.profile_dir

        def work(_progress: object) -> OpenProfile:
            from ipms_desktop.store.opening import unlock_profile

            return unlock_profile(folder, passphrase)

        self._context.operations.submit(work, self._opened, self._failed)

    def recover(self) -> None:
        """Open the profile with the recovery code, choosing a new passphrase."""
        from ipms_desktop.gui.dialogs.recovery import RecoveryDialog

        dialog = RecoveryDialog(self._context, self)
        if dialog.exec() == RecoveryDialog.Accepted and dialog.profile is not None:
            if dialog.training_problem is not None:
                from ipms_desktop.gui.message import show_error

                show_error(self, self.tr("Training CA"), dialog.training_problem)
            self.unlocked.emit(dialog.profile)

    def restore(self) -> None:
        """Put a backup in place of this profile's data, then open it (kept in
        ``restore_dialog`` while it is shown)."""
        from ipms_desktop.gui.dialogs.restore import RestoreDialog

        self.restore_dialog = RestoreDialog(self._context, self)
        self.restore_dialog.finished.connect(self._restore_finished)
        self.restore_dialog.open()

    def _restore_finished(self, _result: int) -> None:
        dialog, self.restore_dialog = self.restore_dialog, None
        if dialog is not None and dialog.profile is not None:
            self.unlocked.emit(dialog.profile)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.passphrase_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.language_combo.setEnabled(not busy)
        self.recover_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)

    def _opened(self, profile: OpenProfile) -> None:
        self.passphrase_edit.clear()
        self._set_busy(False)
        self.unlocked.emit(profile)

    def _failed(self, error: BaseException) -> None:
        # Imported here, not before this screen's first paint (it is often the first one).
        from ipms_desktop.gui.message import error_text

        self._set_busy(False)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()
        self.message_label.setText(error_text(error))
