"""Built from ui/new_assessment.ui by packaging/build_forms.py: edit the form, not this file."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout


class Ui_NewAssessmentDialog(object):
    def setupUi(self, NewAssessmentDialog):
        if not NewAssessmentDialog.objectName():
            NewAssessmentDialog.setObjectName(u"NewAssessmentDialog")
        self.dialogLayout = QVBoxLayout(NewAssessmentDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(NewAssessmentDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"subtitle")

        self.dialogLayout.addWidget(self.titleLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setVerticalSpacing(10)
        self.institutionLabel = QLabel(NewAssessmentDialog)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionRow = QHBoxLayout()
        self.institutionRow.setObjectName(u"institutionRow")
        self.institutionCombo = QComboBox(NewAssessmentDialog)
        self.institutionCombo.setObjectName(u"institutionCombo")
        self.institutionCombo.setMinimumSize(QSize(320, 0))
        self.institutionCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.institutionCombo.setMinimumContentsLength(30)

        self.institutionRow.addWidget(self.institutionCombo)

        self.institutionEdit = QLineEdit(NewAssessmentDialog)
        self.institutionEdit.setObjectName(u"institutionEdit")
        self.institutionEdit.setMinimumSize(QSize(320, 0))

        self.institutionRow.addWidget(self.institutionEdit)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.institutionRow)

        self.cycleLabel = QLabel(NewAssessmentDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleSpin = QSpinBox(NewAssessmentDialog)
        self.cycleSpin.setObjectName(u"cycleSpin")
        self.cycleSpin.setMinimum(2018)
        self.cycleSpin.setMaximum(2100)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cycleSpin)

        self.frameworkLabel = QLabel(NewAssessmentDialog)
        self.frameworkLabel.setObjectName(u"frameworkLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.frameworkLabel)

        self.frameworkCombo = QComboBox(NewAssessmentDialog)
        self.frameworkCombo.setObjectName(u"frameworkCombo")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.frameworkCombo)

        self.panelLabel = QLabel(NewAssessmentDialog)
        self.panelLabel.setObjectName(u"panelLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.panelLabel)

        self.panelCombo = QComboBox(NewAssessmentDialog)
        self.panelCombo.setObjectName(u"panelCombo")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.panelCombo)


        self.dialogLayout.addLayout(self.fields)

        self.messageLabel = QLabel(NewAssessmentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(NewAssessmentDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.createButton = QPushButton(NewAssessmentDialog)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.createButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.institutionLabel.setBuddy(self.institutionEdit)
        self.cycleLabel.setBuddy(self.cycleSpin)
        self.frameworkLabel.setBuddy(self.frameworkCombo)
        self.panelLabel.setBuddy(self.panelCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewAssessmentDialog)

        self.createButton.setDefault(True)

    # setupUi

    def retranslateUi(self, NewAssessmentDialog):
        self.titleLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"New assessment", None))
        self.institutionLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Institution", None))
        self.cycleLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Cycle (year)", None))
        self.frameworkLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Framework", None))
        self.panelLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"Scoring &panel", None))
        self.cancelButton.setText(QCoreApplication.translate("NewAssessmentDialog", u"Cancel", None))
        self.createButton.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Create", None))
        pass
    # retranslateUi
