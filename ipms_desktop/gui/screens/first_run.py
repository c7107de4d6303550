"""First run: create the encrypted profile, show the recovery code once, then trust.

The key derivation runs off the GUI thread; the recovery code is shown on one page that
cannot be left before the assessor confirms having written it down, and is dropped from
memory when the page is left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.forms import child, load_form
from ipms_desktop.gui.message import error_text
from ipms_desktop.gui.widgets.passphrase_strength import (
    Strength,
    describe,
    estimate_bits,
    strength_of,
)
from ipms_desktop.settings import GUI

_STRENGTH_COLOURS = {
    Strength.WEAK: "#b3261e",
    Strength.FAIR: "#9a5b00",
    Strength.GOOD: "#2e7d32",
    Strength.STRONG: "#1f6f78",
}


class FirstRunScreen(QWidget):
    """Profile creation, recovery code and trust settings, in that order."""

    finished = Signal(object)  # the open Profile

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._context = context
        self._profile: Any = None
        form = load_form("first_run", self)
        self.pages = child(form, QStackedWidget, "pages")
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.passphrase_edit = child(form, QLineEdit, "passphraseEdit")
        self.confirm_edit = child(form, QLineEdit, "confirmEdit")
        self.strength_bar = child(form, QProgressBar, "strengthBar")
        self.strength_label = child(form, QLabel, "strengthLabel")
        self.profile_message = child(form, QLabel, "profileMessage")
        self.profile_busy = child(form, QProgressBar, "profileBusy")
        self.create_button = child(form, QPushButton, "createButton")
        self.code_label = child(form, QLabel, "codeLabel")
        self.written_check = child(form, QCheckBox, "writtenCheck")
        self.recovery_continue = child(form, QPushButton, "recoveryContinueButton")
        self.install_trust_button = child(form, QPushButton, "installTrustButton")
        self.training_button = child(form, QPushButton, "trainingButton")
        self.trust_message = child(form, QLabel, "trustMessage")
        self.trust_busy = child(form, QProgressBar, "trustBusy")

        self.profile_busy.hide()
        self.trust_busy.hide()
        self.passphrase_edit.textChanged.connect(self._update_strength)
        self.confirm_edit.returnPressed.connect(self._create_profile)
        self.create_button.clicked.connect(self._create_profile)
        self.written_check.toggled.connect(self.recovery_continue.setEnabled)
        self.recovery_continue.clicked.connect(self._leave_recovery_page)
        self.install_trust_button.clicked.connect(self._install_trust)
        self.training_button.clicked.connect(self._start_training)
        self._update_strength("")
        self.pages.setCurrentIndex(0)
        self.name_edit.setFocus()

    # -- profile page -----------------------------------------------------------------

    def _update_strength(self, passphrase: str) -> None:
        bits = estimate_bits(passphrase)
        strength = strength_of(bits, GUI.min_passphrase_bits)
        self.strength_bar.setValue(min(100, int(bits * 75 / GUI.min_passphrase_bits)))
        self.strength_bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {_STRENGTH_COLOURS[strength]}; }}"
        )
        self.strength_label.setText(describe(strength) if passphrase else "")

    def _create_profile(self) -> None:
        name = self.name_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        problem = None
        if not name:
            problem = self.tr("Enter your name as it should appear on your assessments.")
        elif estimate_bits(passphrase) < GUI.min_passphrase_bits:
            problem = self.tr("The passphrase is too weak: make it longer, for example add a word.")
        elif passphrase != self.confirm_edit.text():
            problem = self.tr("The two passphrases differ: type the same passphrase twice.")
        if problem:
            self.profile_message.setText(problem)
            return
        self.profile_message.clear()
        self._set_busy(True)
        folder = self._context.profile_dir
        kdf_params = self._context.kdf_params

        def work(_progress: object) -> tuple[Any, str]:
            from ipms_desktop.store.profile import Profile

            return Profile.create(folder, name, passphrase, kdf_params=kdf_params)

        self._context.tasks.start(work, self._profile_created, self._profile_failed)

    def _set_busy(self, busy: bool) -> None:
        self.profile_busy.setVisible(busy)
        for widget in (self.name_edit, self.passphrase_edit, self.confirm_edit, self.create_button):
            widget.setEnabled(not busy)

    def _profile_created(self, result: tuple[Any, str]) -> None:
        self._profile, recovery_code = result
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.code_label.setText(recovery_code)
        self.pages.setCurrentIndex(1)
        self.written_check.setFocus()

    def _profile_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.profile_message.setText(error_text(error))

    # -- recovery page ----------------------------------------------------------------

    def _leave_recovery_page(self) -> None:
        self.code_label.clear()
        self.pages.setCurrentIndex(2)
        self.install_trust_button.setFocus()

    # -- trust page -------------------------------------------------------------------

    def _install_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Trust settings file"),
            "",
            self.tr("Trust settings (*.ipmst *.json);;All files (*)"),
        )
        if path:
            self.install_trust_file(path)

    def install_trust_file(self, path: str) -> None:
        """Install the trust settings at ``path`` into the new profile (off the GUI thread)."""
        profile = self._profile
        self._run_trust_step(lambda _progress: profile.install_trust(path))

    def _start_training(self) -> None:
        from ipms_desktop.gui.training import TRAINING_CA_NAME

        profile = self._profile

        def work(_progress: object) -> None:
            from ipms_desktop.gui.training import set_up_training

            set_up_training(profile, TRAINING_CA_NAME)

        self._run_trust_step(work)

    def _run_trust_step(self, work: Any) -> None:
        self.trust_message.clear()
        self.trust_busy.show()
        self.install_trust_button.setEnabled(False)
        self.training_button.setEnabled(False)
        self._context.tasks.start(work, self._trust_done, self._trust_failed)

    def _trust_done(self, _result: object) -> None:
        self.trust_busy.hide()
        self.finished.emit(self._profile)

    def _trust_failed(self, error: BaseException) -> None:
        self.trust_busy.hide()
        self.install_trust_button.setEnabled(True)
        self.training_button.setEnabled(True)
        self.trust_message.setText(error_text(error))
