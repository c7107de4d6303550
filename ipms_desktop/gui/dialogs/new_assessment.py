"""Create an assessment: institution, cycle, framework and (where there is a choice) panel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, list_frameworks
from ipms_desktop.gui.forms import child, load_form
from ipms_desktop.gui.message import error_text
from ipms_desktop.provisioning import load_institutions, provisioned_institutions_path


class NewAssessmentDialog(QDialog):
    """Collects the fields of a new assessment; the caller asks the profile to create it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self._language = language
        form = load_form("new_assessment", self)
        self.institution_edit = child(form, QLineEdit, "institutionEdit")
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
        self._offer_provisioned_institutions()
        self.institution_edit.setFocus()

    def _offer_provisioned_institutions(self) -> None:
        """Complete institution names from the list CoMSEC provisioned, when there is one,
        so that every assessor spells an institution the same way."""
        path = provisioned_institutions_path()
        if path is None:
            return
        try:
            names = load_institutions(path)
        except IpmsError as error:
            self.message_label.setText(error_text(error))
            return
        completer = QCompleter(list(names), self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.institution_edit.setCompleter(completer)

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
        return self.institution_edit.text().strip()

    @property
    def cycle(self) -> int:
        return self.cycle_spin.value()

    @property
    def panel_id(self) -> str:
        return str(self.panel_combo.currentData())

    def _accept_if_complete(self) -> None:
        if not self.institution:
            self.message_label.setText(self.tr("Enter the institution being assessed."))
            self.institution_edit.setFocus()
            return
        self.accept()
