"""Create an assessment: institution, cycle, framework and (where there is a choice) panel.

When the installation was provisioned with CoMSEC's list of institutions the institution is
chosen from that list, so every assessor names an institution the same way and the team
lead's merge finds them together; free text is offered only when there is no list (or it
cannot be read, which is said).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, list_frameworks
from ipms_desktop.gui.designer.new_assessment import Ui_NewAssessmentDialog
from ipms_desktop.gui.forms import child, load_form
from ipms_desktop.gui.message import error_text
from ipms_desktop.provisioning import load_institutions, provisioned_institutions_path


class NewAssessmentDialog(QDialog):
    """Collects the fields of a new assessment; the caller asks the profile to create it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self._language = language
        form = load_form(Ui_NewAssessmentDialog, self)
        self.institution_edit = child(form, QLineEdit, "institutionEdit")
        self.institution_combo = child(form, QComboBox, "institutionCombo")
        self._institution_label = child(form, QLabel, "institutionLabel")
        self.cycle_spin = child(form, QSpinBox, "cycleSpin")
        self.framework_combo = child(form, QComboBox, "frameworkCombo")
        self.panel_combo = child(form, QComboBox, "panelCombo")
        self.panel_label = child(form, QLabel, "panelLabel")
        self.message_label = child(form, QLabel, "messageLabel")
        self.create_button = child(form, QPushButton, "createButton")
        cancel_button = child(form, QPushButton, "cancelButton")
        self.setContentsMargins(16, 12, 16, 12)
        self.cycle_spin.setValue(date.today().year)
        self._frameworks: list[Framework] = list_frameworks()
        for framework in self._frameworks:
            self.framework_combo.addItem(framework.title.get(language), framework.id)
        self.framework_combo.currentIndexChanged.connect(self._framework_changed)
        self._framework_changed()
        self.create_button.clicked.connect(self._accept_if_complete)
        cancel_button.clicked.connect(self.reject)
        self.provisioned = self._offer_provisioned_institutions()
        field = self.institution_combo if self.provisioned else self.institution_edit
        self.institution_combo.setVisible(self.provisioned)
        self.institution_edit.setVisible(not self.provisioned)
        self._institution_label.setBuddy(field)
        field.setFocus()

    def _offer_provisioned_institutions(self) -> bool:
        """Fill the list with the institutions CoMSEC provisioned; ``False`` when there is
        none (or it cannot be read: then the fault is named and free text remains)."""
        path = provisioned_institutions_path()
        if path is None:
            return False
        try:
            names = load_institutions(path)
        except IpmsError as error:
            self.message_label.setText(error_text(error))
            return False
        self.institution_combo.addItems(list(names))
        self.institution_combo.setPlaceholderText(self.tr("Choose the institution"))
        self.institution_combo.setCurrentIndex(-1)
        return True

    def _framework_changed(self) -> None:
        framework = self.framework
        self.panel_combo.clear()
        for panel in framework.panels:
            self.panel_combo.addItem(panel.title.get(self._language), panel.id)
        several = len(framework.panels) > 1
        self.panel_combo.setVisible(several)
        self.panel_label.setVisible(several)

    @property
    def framework(self) -> Framework:
        return self._frameworks[max(self.framework_combo.currentIndex(), 0)]

    @property
    def institution(self) -> str:
        if self.provisioned:
            return (
                self.institution_combo.currentText()
                if self.institution_combo.currentIndex() >= 0
                else ""
            )
        return self.institution_edit.text().strip()

    @property
    def cycle(self) -> int:
        return self.cycle_spin.value()

    @property
    def panel_id(self) -> str:
        return str(self.panel_combo.currentData())

    def _accept_if_complete(self) -> None:
        if not self.institution:
            if self.provisioned:
                self.message_label.setText(self.tr("Choose the institution being assessed."))
                self.institution_combo.setFocus()
            else:
                self.message_label.setText(self.tr("Enter the institution being assessed."))
                self.institution_edit.setFocus()
            return
        self.accept()
