"""Changing the profile's passphrase: the current one, then a new one the policy accepts.

Only the passphrase's key slot is rewrapped (the data key and the database stay as they
are), and a training CA beside the profile follows the new passphrase
(``services.profiles.change_passphrase``). The new passphrase is judged on the GUI thread
as it is typed; the change itself derives keys with Argon2id, so it runs on the profile's
queue and is not cancellable (it is short, and half a change would be worse than none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.message import error_text
from ipms_desktop.gui.status_line import ROLES, StatusLine
from ipms_desktop.gui.widgets.form_rows import button_row, keep_text_visible
from ipms_desktop.gui.widgets.passphrase_feedback import StrengthMeter, verdict_problem
from ipms_desktop.services.passphrase_policy import assess_passphrase

if TYPE_CHECKING:
    from ipms_desktop.services.open_profile import OpenProfile
    from ipms_desktop.services.profiles import PassphraseChanged


class PassphraseChangeDialog(QDialog):
    """Current, new and repeated passphrase; ``changed`` is set once the change stands."""

    def __init__(self, context: AppContext, profile: OpenProfile, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(600)
        self._context = context
        self._profile = profile
        self.changed: PassphraseChanged | None = None
        intro = QLabel(
            self.tr(
                "The new passphrase opens this profile from now on; the recovery code you "
                "wrote down stays valid. Backups made earlier still open with the passphrase "
                "they were made with."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current_edit = self._password_field()
        self.new_edit = self._password_field()
        self.confirm_edit = self._password_field()
        self.meter = StrengthMeter(self)
        self.new_edit.textChanged.connect(self.meter.follow)
        self.confirm_edit.returnPressed.connect(self.change)
        fields = QFormLayout()
        fields.addRow(self.tr("&Current passphrase"), self.current_edit)
        fields.addRow(self.tr("&New passphrase"), self.new_edit)
        fields.addRow("", self.meter)
        fields.addRow(self.tr("Re&peat it"), self.confirm_edit)
        self.status_line = StatusLine(self)
        buttons, self.close_button, self.change_button = button_row(
            self, self.tr("Cancel"), self.tr("C&hange the passphrase"), self.change
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.status_line)
        layout.addLayout(buttons)
        keep_text_visible(self)
        self.current_edit.setFocus()

    def _password_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.Password)
        return field

    def _problem(self) -> tuple[str, QLineEdit] | None:
        """What stops the change before any key is derived, and the field to fix."""
        new = self.new_edit.text()
        if not self.current_edit.text():
            return self.tr("Type your current passphrase."), self.current_edit
        refused = verdict_problem(assess_passphrase(new))
        if refused is not None:
            return refused, self.new_edit
        if new != self.confirm_edit.text():
            return (
                self.tr("The two passphrases differ: type the same passphrase twice."),
                self.confirm_edit,
            )
        if new == self.current_edit.text():
            return (
                self.tr("The new passphrase is the same as the current one: choose another."),
                self.new_edit,
            )
        return None

    def change(self) -> None:
        from ipms_desktop.services.profiles import change_passphrase

        if not self.change_button.isEnabled():
            return
        problem = self._problem()
        if problem is not None:
            text, field = problem
            self.status_line.show_message(text, ROLES.error)
            field.setFocus()
            field.selectAll()
            return
        profile, kdf_params = self._profile, self._context.kdf_params
        old, new = self.current_edit.text(), self.new_edit.text()
        self._set_busy(True)
        operation = self._context.operations.submit(
            lambda _progress: change_passphrase(profile, old, new, kdf_params=kdf_params),
            self._changed,
            self._failed,
        )
        self.status_line.follow(operation, self.tr("Changing the passphrase…"))

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.current_edit,
            self.new_edit,
            self.confirm_edit,
            self.change_button,
            self.close_button,
        ):
            widget.setEnabled(not busy)

    def _changed(self, changed: PassphraseChanged) -> None:
        self.changed = changed
        self._set_busy(False)
        for field in (self.current_edit, self.new_edit, self.confirm_edit):
            field.clear()
            field.setEnabled(False)
        self.change_button.setEnabled(False)
        self.close_button.setText(self.tr("Done"))
        self.close_button.setFocus()
        if changed.training_problem is not None:
            self.status_line.show_message(error_text(changed.training_problem), ROLES.warning)
            return
        self.status_line.show_message(
            self.tr("The passphrase is changed. Use the new one the next time you unlock."),
            ROLES.success,
        )

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status_line.show_error(error)
        self.current_edit.setFocus()
        self.current_edit.selectAll()
