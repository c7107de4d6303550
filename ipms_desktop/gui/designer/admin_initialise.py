"""Built from ui/admin_initialise.ui by packaging/build_forms.py: edit the form, not this file."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget


class Ui_AdminInitialisePage(object):
    def setupUi(self, AdminInitialisePage):
        if not AdminInitialisePage.objectName():
            AdminInitialisePage.setObjectName(u"AdminInitialisePage")
        self.pageLayout = QVBoxLayout(AdminInitialisePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.introLabel = QLabel(AdminInitialisePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.introLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.nameLabel = QLabel(AdminInitialisePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.caNameEdit = QLineEdit(AdminInitialisePage)
        self.caNameEdit.setObjectName(u"caNameEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caNameEdit)

        self.caPassphraseLabel = QLabel(AdminInitialisePage)
        self.caPassphraseLabel.setObjectName(u"caPassphraseLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.caPassphraseLabel)

        self.caPassphraseEdit = QLineEdit(AdminInitialisePage)
        self.caPassphraseEdit.setObjectName(u"caPassphraseEdit")
        self.caPassphraseEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.caPassphraseEdit)

        self.caRepeatLabel = QLabel(AdminInitialisePage)
        self.caRepeatLabel.setObjectName(u"caRepeatLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.caRepeatLabel)

        self.caRepeatEdit = QLineEdit(AdminInitialisePage)
        self.caRepeatEdit.setObjectName(u"caRepeatEdit")
        self.caRepeatEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.caRepeatEdit)

        self.keyPassphraseLabel = QLabel(AdminInitialisePage)
        self.keyPassphraseLabel.setObjectName(u"keyPassphraseLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keyPassphraseLabel)

        self.keyPassphraseEdit = QLineEdit(AdminInitialisePage)
        self.keyPassphraseEdit.setObjectName(u"keyPassphraseEdit")
        self.keyPassphraseEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keyPassphraseEdit)

        self.keyRepeatLabel = QLabel(AdminInitialisePage)
        self.keyRepeatLabel.setObjectName(u"keyRepeatLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.keyRepeatLabel)

        self.keyRepeatEdit = QLineEdit(AdminInitialisePage)
        self.keyRepeatEdit.setObjectName(u"keyRepeatEdit")
        self.keyRepeatEdit.setEchoMode(QLineEdit.Password)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keyRepeatEdit)


        self.pageLayout.addLayout(self.fields)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.initialiseButton = QPushButton(AdminInitialisePage)
        self.initialiseButton.setObjectName(u"initialiseButton")
        self.initialiseButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.initialiseButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttonRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.caNameEdit)
        self.caPassphraseLabel.setBuddy(self.caPassphraseEdit)
        self.caRepeatLabel.setBuddy(self.caRepeatEdit)
        self.keyPassphraseLabel.setBuddy(self.keyPassphraseEdit)
        self.keyRepeatLabel.setBuddy(self.keyRepeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caNameEdit, self.caPassphraseEdit)
        QWidget.setTabOrder(self.caPassphraseEdit, self.caRepeatEdit)
        QWidget.setTabOrder(self.caRepeatEdit, self.keyPassphraseEdit)
        QWidget.setTabOrder(self.keyPassphraseEdit, self.keyRepeatEdit)
        QWidget.setTabOrder(self.keyRepeatEdit, self.initialiseButton)

        self.retranslateUi(AdminInitialisePage)
    # setupUi

    def retranslateUi(self, AdminInitialisePage):
        self.introLabel.setText(QCoreApplication.translate("AdminInitialisePage", u"This folder holds no certificate authority. Initialise one here: it makes the root certificate, the consolidation key pair and an empty revocation list. Keep both passphrases apart and the folder backed up offline.", None))
        self.nameLabel.setText(QCoreApplication.translate("AdminInitialisePage", u"Root certificate &name:", None))
        self.caNameEdit.setPlaceholderText(QCoreApplication.translate("AdminInitialisePage", u"e.g. CoMSEC IPMS Root 2026", None))
        self.caPassphraseLabel.setText(QCoreApplication.translate("AdminInitialisePage", u"Root key pass&phrase:", None))
        self.caRepeatLabel.setText(QCoreApplication.translate("AdminInitialisePage", u"&Repeat it:", None))
        self.keyPassphraseLabel.setText(QCoreApplication.translate("AdminInitialisePage", u"Consolidation &key passphrase:", None))
        self.keyRepeatLabel.setText(QCoreApplication.translate("AdminInitialisePage", u"R&epeat it:", None))
        self.initialiseButton.setText(QCoreApplication.translate("AdminInitialisePage", u"&Initialise the CA", None))
        pass
    # retranslateUi
