"""Unlocking with the recovery code and choosing a new passphrase at once.

The code written down at creation opens the profile; the passphrase slot is then rewrapped
under the new passphrase (the data key and the database are unchanged), and a training CA
beside the profile follows it (``services.profiles.recover_with_code``). Both steps run off
the GUI thread because each derives a key with Argon2id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.message import error_text
from ipms_desktop.gui.widgets.passphrase_feedback import meter_text, verdict_problem
from ipms_desktop.gui.window_geometry import grow_to_fit_text
from ipms_desktop.services.passphrase_policy import assess_passphrase

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile


class RecoveryDialog(QDialog):
    """On success ``profile`` holds the unlocked profile, already under the new passphrase."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover the profile"))
        self.setMinimumWidth(560)
        self._context = context
        self.profile: OpenProfile | None = None
        # Set when the training CA's key files could not follow the new passphrase.
        self.training_problem: BaseException | None = None
        intro = QLabel(
            self.tr(
                "Type the recovery code you wrote down when the profile was created, then "
                "choose a new passphrase. Your assessments are not changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.Password)
        self.strength_label = QLabel(self)
        self.strength_label.setProperty("role", "hint")
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        fields = QFormLayout()
        fields.addRow(self.tr("&Recovery code"), self.code_edit)
        fields.addRow(self.tr("&New passphrase"), self.passphrase_edit)
        fields.addRow(self.tr("Re&peat it"), self.confirm_edit)
        fields.addRow("", self.strength_label)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.recover_button = QPushButton(self.tr("&Unlock and set the passphrase"), self)
        self.recover_button.setDefault(True)
        self.recover_button.setProperty("role", "primary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.recover_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy_bar)
        layout.addLayout(buttons)
        self.passphrase_edit.textChanged.connect(
            lambda text: self.strength_label.setText(meter_text(assess_passphrase(text)))
        )
        self.cancel_button.clicked.connect(self.reject)
        self.recover_button.clicked.connect(self.recover)

    def recover(self) -> None:
        code = self.code_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        problem = None
        if not code:
            problem = self.tr("Type the recovery code.")
        elif (refused := verdict_problem(assess_passphrase(passphrase))) is not None:
            problem = refused
        elif passphrase != self.confirm_edit.text():
            problem = self.tr("The two passphrases differ: type the same passphrase twice.")
        if problem:
            self.message_label.setText(problem)
            grow_to_fit_text(self)
            return
        folder = self._context.profile_dir
        kdf_params = self._context.kdf_params

        def work(_progress: object) -> Any:
            from ipms_desktop.services.profiles import recover_with_code

            return recover_with_code(folder, code, passphrase, kdf_params=kdf_params)

        self.message_label.clear()
        self._set_busy(True)
        self._context.operations.submit(work, self._recovered, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.code_edit, self.passphrase_edit, self.confirm_edit):
            widget.setEnabled(not busy)
        self.recover_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def _recovered(self, result: Any) -> None:
        self.profile, changed = result
        self.training_problem = changed.training_problem
        self._set_busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message_label.setText(error_text(error))
        grow_to_fit_text(self)
