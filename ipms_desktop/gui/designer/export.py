"""Built from ui/export.ui by packaging/build_forms.py: edit the form, not this file."""

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout


class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(ExportDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"subtitle")
        self.titleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.titleLabel)

        self.recipientsLabel = QLabel(ExportDialog)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.dialogLayout.addWidget(self.recipientsLabel)

        self.recipientsList = QListWidget(ExportDialog)
        self.recipientsList.setObjectName(u"recipientsList")
        self.recipientsList.setMaximumSize(QSize(16777215, 110))

        self.dialogLayout.addWidget(self.recipientsList)

        self.recipientButtons = QHBoxLayout()
        self.recipientButtons.setObjectName(u"recipientButtons")
        self.addRecipientButton = QPushButton(ExportDialog)
        self.addRecipientButton.setObjectName(u"addRecipientButton")

        self.recipientButtons.addWidget(self.addRecipientButton)

        self.removeRecipientButton = QPushButton(ExportDialog)
        self.removeRecipientButton.setObjectName(u"removeRecipientButton")

        self.recipientButtons.addWidget(self.removeRecipientButton)

        self.recipientSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recipientButtons.addItem(self.recipientSpacer)


        self.dialogLayout.addLayout(self.recipientButtons)

        self.destinationLabel = QLabel(ExportDialog)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.dialogLayout.addWidget(self.destinationLabel)

        self.destinationRow = QHBoxLayout()
        self.destinationRow.setObjectName(u"destinationRow")
        self.destinationEdit = QLineEdit(ExportDialog)
        self.destinationEdit.setObjectName(u"destinationEdit")

        self.destinationRow.addWidget(self.destinationEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.destinationRow.addWidget(self.browseButton)


        self.dialogLayout.addLayout(self.destinationRow)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.messageLabel = QLabel(ExportDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.messageLabel)

        self.fingerprintCaption = QLabel(ExportDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")
        self.fingerprintCaption.setWordWrap(True)
        self.fingerprintCaption.setProperty(u"role", u"hint")

        self.dialogLayout.addWidget(self.fingerprintCaption)

        self.fingerprintLabel = QLabel(ExportDialog)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setAlignment(Qt.AlignCenter)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.fingerprintLabel.setProperty(u"role", u"code")

        self.dialogLayout.addWidget(self.fingerprintLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.exportButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.recipientsLabel.setBuddy(self.recipientsList)
        self.destinationLabel.setBuddy(self.destinationEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ExportDialog):
        self.recipientsLabel.setText(QCoreApplication.translate("ExportDialog", u"&Recipients (only they can open the bundle)", None))
        self.addRecipientButton.setText(QCoreApplication.translate("ExportDialog", u"Add a team lead's &certificate\u2026", None))
        self.removeRecipientButton.setText(QCoreApplication.translate("ExportDialog", u"Re&move", None))
        self.destinationLabel.setText(QCoreApplication.translate("ExportDialog", u"&Save the bundle as", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("ExportDialog", u"Bundle fingerprint: read it to the recipient by phone; they compare it with the file they received.", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"Close", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
        pass
    # retranslateUi
