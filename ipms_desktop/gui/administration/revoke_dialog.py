"""Asking why a certificate is revoked, after the root key's passphrase has been checked.

The question "this cannot be undone" comes only once the passphrase is known to be right,
so an administrator never confirms an irreversible step that then fails. The reason is
chosen explicitly (no default) and is written into the revocation list entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.i18n import fill, isolate_ltr
from ipms_desktop.services.authority_folder import IssuedCertificate


class RevokeDialog(QDialog):
    """The reason for revoking ``entry``; accepted only once a reason is chosen."""

    def __init__(self, entry: IssuedCertificate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke certificate"))
        self.entry = entry
        question = QLabel(
            fill(
                self.tr(
                    "Revoke the certificate of %1 (%2)? Bundles they sign will be refused once "
                    "the new trust settings reach the profiles. This cannot be undone."
                ),
                isolate_ltr(entry.holder),
                isolate_ltr(entry.fingerprint),
            ),
            self,
        )
        question.setWordWrap(True)
        question.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reason_combo = QComboBox(self)
        self.reason_combo.addItem(self.tr("Choose the reason…"), None)
        for code, text in (
            ("key-compromise", self.tr("The key may be known to someone else")),
            ("affiliation-changed", self.tr("The holder left or changed institution")),
            ("superseded", self.tr("Replaced by a new certificate")),
            ("privilege-withdrawn", self.tr("The holder may no longer assess")),
            ("cessation-of-operation", self.tr("The role is no longer needed")),
        ):
            self.reason_combo.addItem(text, code)
        self.reason_combo.currentIndexChanged.connect(self._update_buttons)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_combo)
        self.buttons = QDialogButtonBox(self)
        self.revoke_button = self.buttons.addButton(
            self.tr("Revoke"), QDialogButtonBox.DestructiveRole
        )
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.revoke_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.resize(560, self.sizeHint().height())

    @property
    def reason(self) -> str | None:
        """The RFC 5280 reason code chosen (``None`` until one is chosen)."""
        data = self.reason_combo.currentData()
        return data if isinstance(data, str) else None

    def _update_buttons(self) -> None:
        self.revoke_button.setEnabled(self.reason is not None)
