"""First run: name and passphrase, trust settings (or training), then the recovery code.

The profile is created only once the assessor has chosen how it is trusted, because
CoMSEC's trust settings may ask for an escrow key slot, which is written at creation. Key
derivation and the training CA run off the GUI thread. The recovery code is shown on one
page that cannot be left before the assessor confirms having written it down.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.designer.first_run import Ui_FirstRunScreen
from ipms_desktop.gui.forms import child, load_form
from ipms_desktop.gui.message import error_text
from ipms_desktop.gui.widgets.passphrase_feedback import (
    STRENGTH_COLOURS,
    meter_text,
    verdict_problem,
)
from ipms_desktop.provisioning import provisioned_trust_path
from ipms_desktop.services.passphrase_policy import assess_passphrase

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile
    from ipms_desktop.services.training import TrainingSetup


class FirstRunScreen(QWidget):
    """Name and passphrase, then trust (file or training), then the recovery code."""

    finished = Signal(object)  # the open OpenProfile
    training_ready = Signal(object)  # a TrainingSetup, when training was chosen

    PROFILE_PAGE, TRUST_PAGE, RECOVERY_PAGE = range(3)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._context = context
        self._profile: OpenProfile | None = None
        self._recovery_code = ""
        self._passphrase = ""
        self._holder_name = ""
        self.training: TrainingSetup | None = None
        form = load_form(Ui_FirstRunScreen, self)
        self.pages = child(form, QStackedWidget, "pages")
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.passphrase_edit = child(form, QLineEdit, "passphraseEdit")
        self.confirm_edit = child(form, QLineEdit, "confirmEdit")
        self.strength_bar = child(form, QProgressBar, "strengthBar")
        self.strength_label = child(form, QLabel, "strengthLabel")
        self.profile_message = child(form, QLabel, "profileMessage")
        self.profile_continue = child(form, QPushButton, "profileContinueButton")
        self.restore_button = child(form, QPushButton, "restoreButton")
        self.code_label = child(form, QLabel, "codeLabel")
        self.written_check = child(form, QCheckBox, "writtenCheck")
        self.recovery_continue = child(form, QPushButton, "recoveryContinueButton")
        self.install_trust_button = child(form, QPushButton, "installTrustButton")
        self.training_button = child(form, QPushButton, "trainingButton")
        self.training_hint = child(form, QLabel, "trainingHint")
        self.trust_message = child(form, QLabel, "trustMessage")
        self.trust_busy = child(form, QProgressBar, "trustBusy")

        self.trust_busy.hide()
        self.passphrase_edit.textChanged.connect(self._update_strength)
        self.confirm_edit.returnPressed.connect(self._check_profile_page)
        self.profile_continue.clicked.connect(self._check_profile_page)
        self.restore_button.clicked.connect(self.restore)
        self.restore_dialog: QDialog | None = None
        self.written_check.toggled.connect(self.recovery_continue.setEnabled)
        self.recovery_continue.clicked.connect(self._finish)
        self.install_trust_button.clicked.connect(self._choose_trust_file)
        self.training_button.clicked.connect(self.start_training)
        self._update_strength("")
        self.pages.setCurrentIndex(self.PROFILE_PAGE)
        self.name_edit.setFocus()

    # -- name and passphrase ----------------------------------------------------------

    def _update_strength(self, passphrase: str) -> None:
        verdict = assess_passphrase(passphrase)
        self.strength_bar.setValue(verdict.meter_percent)
        self.strength_bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {STRENGTH_COLOURS[verdict.strength]}; }}"
        )
        self.strength_label.setText(meter_text(verdict))

    def _check_profile_page(self) -> None:
        passphrase = self.passphrase_edit.text()
        problem = None
        if not self.name_edit.text().strip():
            problem = self.tr("Enter your name as it should appear on your assessments.")
        elif (refused := verdict_problem(assess_passphrase(passphrase))) is not None:
            problem = refused
        elif passphrase != self.confirm_edit.text():
            problem = self.tr("The two passphrases differ: type the same passphrase twice.")
        if problem:
            self.profile_message.setText(problem)
            return
        self.profile_message.clear()
        self._holder_name = self.name_edit.text().strip()
        self._passphrase = passphrase
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.pages.setCurrentIndex(self.TRUST_PAGE)
        self.install_trust_button.setFocus()
        provisioned = provisioned_trust_path()
        if provisioned is not None:
            self.install_provisioned_trust(provisioned)

    def restore(self) -> None:
        """Instead of a new profile, bring back one from a backup (a new laptop, say)."""
        from ipms_desktop.gui.dialogs.restore import RestoreDialog

        self.restore_dialog = RestoreDialog(self._context, self)
        self.restore_dialog.finished.connect(self._restore_finished)
        self.restore_dialog.open()

    def _restore_finished(self, _result: int) -> None:
        dialog, self.restore_dialog = self.restore_dialog, None
        if dialog is not None and dialog.profile is not None:
            self.finished.emit(dialog.profile)

    def install_provisioned_trust(self, path: Path) -> None:
        """An installer provisioned by CoMSEC carries its trust settings: install them
        without offering training; if they fail to verify, the file chooser remains."""
        self.training_button.hide()
        self.training_hint.hide()
        self.install_trust_file(path)
        self.trust_message.setText(
            self.tr("Installing the trust settings this installation was provisioned with…")
        )

    # -- trust: a file or training ----------------------------------------------------

    def _choose_trust_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Trust settings file"),
            "",
            self.tr("Trust settings (*.ipmst);;All files (*)"),
        )
        if path:
            self.install_trust_file(Path(path))

    def install_trust_file(self, path: Path) -> None:
        """Create the profile (with CoMSEC's escrow slot if the file asks) and install ``path``."""

        def work(_progress: object) -> None:
            from ipms_desktop.trust.profile_credentials import escrow_key_bytes, install_trust
            from ipms_desktop.trust.trust_settings import load_trust_settings

            settings = load_trust_settings(path)
            profile = self._ensure_profile(escrow_key_bytes(settings))
            install_trust(profile.keys, settings)

        self._run_trust_step(work)

    def start_training(self) -> None:
        """Create the profile, a training CA beside it, and the sample case."""
        passphrase = self._passphrase
        language = self._context.language
        kdf = self._context.key_file_kdf

        def work(_progress: object) -> None:
            from ipms_desktop.services.training import set_up_training

            profile = self._ensure_profile(None)
            self.training = set_up_training(profile, passphrase, language, key_file_kdf=kdf)

        self._run_trust_step(work)

    def _ensure_profile(self, escrow_public_key: bytes | None) -> OpenProfile:
        """Create the profile once (on the worker thread, from values captured on the GUI
        thread); a retry after a failed trust step reuses it."""
        if self._profile is not None:
            return self._profile
        from ipms_desktop.services.profiles import create_profile

        self._profile, self._recovery_code = create_profile(
            self._context.profile_dir,
            self._holder_name,
            self._passphrase,
            escrow_public_key=escrow_public_key,
            kdf_params=self._context.kdf_params,
        )
        return self._profile

    def _run_trust_step(self, work: Any) -> None:
        self.trust_message.clear()
        self.trust_busy.show()
        self.install_trust_button.setEnabled(False)
        self.training_button.setEnabled(False)
        self._context.operations.submit(work, self._trust_done, self._trust_failed)

    def _trust_done(self, _result: object) -> None:
        self.trust_busy.hide()
        self._passphrase = ""
        self.code_label.setText(self._recovery_code)
        self.pages.setCurrentIndex(self.RECOVERY_PAGE)
        self.written_check.setFocus()

    def _trust_failed(self, error: BaseException) -> None:
        self.trust_busy.hide()
        self.install_trust_button.setEnabled(True)
        self.training_button.setEnabled(True)
        self.trust_message.setText(error_text(error))

    # -- recovery code ----------------------------------------------------------------

    def _finish(self) -> None:
        self.code_label.clear()
        self._recovery_code = ""
        if self.training is not None:
            self.training_ready.emit(self.training)
        self.finished.emit(self._profile)
