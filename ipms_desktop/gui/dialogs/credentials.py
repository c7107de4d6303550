"""Enrolment and trust: the certificate request, the issued certificate, trust updates.

The key pairs are made and kept inside the encrypted profile; only the request (public
keys and the assessor's name) leaves it, as a file for CoMSEC's administrator.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.errors import IpmsError
from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.i18n import file_kinds, fill, isolate_ltr
from ipms_desktop.gui.message import error_text

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile


class CredentialsDialog(QDialog):
    """Shows the installed trust settings and certificate, and changes them."""

    def __init__(
        self, context: AppContext, profile: OpenProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Credentials"))
        self.setMinimumWidth(640)
        self._context = context
        self._profile = profile
        self.trust_value = QLabel(self)
        self.certificate_value = QLabel(self)
        self.fingerprint_value = QLabel(self)
        self.fingerprint_value.setLayoutDirection(Qt.LeftToRight)
        self.fingerprint_value.setProperty("role", "hint")
        for label in (self.trust_value, self.certificate_value, self.fingerprint_value):
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        facts = QFormLayout()
        facts.setVerticalSpacing(8)
        facts.addRow(self.tr("Trust settings:"), self.trust_value)
        facts.addRow(self.tr("Your certificate:"), self.certificate_value)
        facts.addRow("", self.fingerprint_value)
        hint = QLabel(
            self.tr(
                "To enrol: write a certificate request, give the file to CoMSEC's "
                "administrator, then install the certificate you receive."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.request_button = QPushButton(self.tr("Write certificate &request…"), self)
        self.certificate_button = QPushButton(self.tr("Install &certificate…"), self)
        self.trust_button = QPushButton(self.tr("Install &trust settings…"), self)
        close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for button in (self.request_button, self.certificate_button, self.trust_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SetMinimumSize)
        layout.setSpacing(12)
        layout.addLayout(facts)
        layout.addWidget(hint)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.request_button.clicked.connect(self._choose_request_file)
        self.certificate_button.clicked.connect(self._choose_certificate)
        self.trust_button.clicked.connect(self._choose_trust_file)
        close_button.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        from ipms_desktop.trust.certificates import certificate_fingerprint, subject_text
        from ipms_desktop.trust.profile_credentials import (
            CERTIFICATE_SECRET,
            installed_trust,
            load_certificate_file,
        )

        try:
            trust = installed_trust(self._profile.keys)
        except IpmsError as error:
            self.trust_value.setText(error_text(error))
            trust = None
        if trust is not None:
            self.trust_value.setText(
                fill(self.tr("%1, serial %2"), subject_text(trust.root), str(trust.serial))
            )
        elif not self.trust_value.text():
            self.trust_value.setText(self.tr("none installed"))
        stored = self._profile.keys.get_secret(CERTIFICATE_SECRET)
        if stored is None:
            self.certificate_value.setText(self.tr("none installed"))
        else:
            certificate = load_certificate_file(stored, "profile")
            self.certificate_value.setText(
                fill(
                    self.tr("%1, valid until %2"),
                    subject_text(certificate),
                    certificate.not_valid_after_utc.date().isoformat(),
                )
            )
            self.fingerprint_value.setText(certificate_fingerprint(certificate))

    def _show(self, text: str, role: str) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("role", role)
        self.message_label.style().polish(self.message_label)

    def _documents(self) -> Path:
        return Path(QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation))

    def _choose_request_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the certificate request as"),
            str(self._documents() / "certificate-request.pem"),
            file_kinds(self.tr("Certificate requests (*.pem)")),
        )
        if path:
            self.write_request(Path(path))

    def write_request(self, path: Path) -> None:
        from ipms_desktop.atomic import write_bytes_atomically
        from ipms_desktop.trust.profile_credentials import certificate_request

        try:
            write_bytes_atomically(
                path, certificate_request(self._profile.keys, self._profile.name)
            )
        except IpmsError as error:
            self._show(error_text(error), "error")
            return
        self._show(
            fill(
                self.tr("Request written to %1. Give it to CoMSEC's administrator."),
                isolate_ltr(str(path)),
            ),
            "success",
        )

    def _choose_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Your certificate"), "", file_kinds(self.tr("Certificates (*.pem *.crt)"))
        )
        if path:
            self.install_certificate(Path(path))

    def install_certificate(self, path: Path) -> None:
        from ipms_desktop.trust.profile_credentials import install_certificate

        try:
            install_certificate(self._profile.keys, path.read_bytes(), str(path))
        except OSError as error:
            self._show(str(error), "error")
            return
        except IpmsError as error:
            self._show(error_text(error), "error")
            return
        self._show(self.tr("Certificate installed."), "success")
        self.refresh()

    def _choose_trust_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Trust settings file"),
            "",
            file_kinds(self.tr("Trust settings (*.ipmst)")),
        )
        if path:
            self.install_trust(Path(path))

    def install_trust(self, path: Path) -> None:
        """Install newer trust settings from the same root (a rollback is refused)."""
        from ipms_desktop.trust.profile_credentials import (
            check_trust_update,
            installed_trust,
        )
        from ipms_desktop.trust.profile_credentials import (
            install_trust as keep_trust_settings,
        )
        from ipms_desktop.trust.trust_settings import load_trust_settings

        try:
            update = load_trust_settings(path)
            if not check_trust_update(installed_trust(self._profile.keys), update):
                self._show(self.tr("These trust settings are already installed."), "hint")
                return
            keep_trust_settings(self._profile.keys, update)
        except IpmsError as error:
            self._show(error_text(error), "error")
            return
        self._show(self.tr("Trust settings installed."), "success")
        self.refresh()
