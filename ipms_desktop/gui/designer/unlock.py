"""Built from ui/unlock.ui by packaging/build_forms.py: edit the form, not this file."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout


class Ui_UnlockScreen(object):
    def setupUi(self, UnlockScreen):
        if not UnlockScreen.objectName():
            UnlockScreen.setObjectName(u"UnlockScreen")
        self.outerLayout = QVBoxLayout(UnlockScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.cardRow = QHBoxLayout()
        self.cardRow.setObjectName(u"cardRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardRow.addItem(self.leftSpacer)

        self.card = QFrame(UnlockScreen)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(520, 0))
        self.card.setMaximumSize(QSize(640, 16777215))
        self.card.setProperty(u"role", u"card")
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(32, 28, 32, 28)
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.cardLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(self.card)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.cardLayout.addWidget(self.hintLabel)

        self.passphraseLabel = QLabel(self.card)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.cardLayout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.card)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.cardLayout.addWidget(self.passphraseEdit)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.cardLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(self.card)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.cardLayout.addWidget(self.busyBar)

        self.unlockButton = QPushButton(self.card)
        self.unlockButton.setObjectName(u"unlockButton")
        self.unlockButton.setProperty(u"role", u"primary")

        self.cardLayout.addWidget(self.unlockButton)

        self.recoverButton = QPushButton(self.card)
        self.recoverButton.setObjectName(u"recoverButton")
        self.recoverButton.setFlat(True)

        self.cardLayout.addWidget(self.recoverButton)

        self.restoreButton = QPushButton(self.card)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setFlat(True)

        self.cardLayout.addWidget(self.restoreButton)

        self.languageRow = QHBoxLayout()
        self.languageRow.setObjectName(u"languageRow")
        self.languageLabel = QLabel(self.card)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageRow.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(self.card)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageRow.addWidget(self.languageCombo)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageRow.addItem(self.languageSpacer)


        self.cardLayout.addLayout(self.languageRow)


        self.cardRow.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.cardRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UnlockScreen)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, UnlockScreen):
        self.titleLabel.setText(QCoreApplication.translate("UnlockScreen", u"Profile locked", None))
        self.hintLabel.setText(QCoreApplication.translate("UnlockScreen", u"Your assessments are encrypted on this laptop. Enter your passphrase to open them.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockScreen", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockScreen", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("UnlockScreen", u"&Unlock", None))
        self.recoverButton.setText(QCoreApplication.translate("UnlockScreen", u"&Forgot the passphrase? Use the recovery code\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("UnlockScreen", u"Restore from a &backup\u2026", None))
        self.languageLabel.setText(QCoreApplication.translate("UnlockScreen", u"&Language", None))
        pass
    # retranslateUi
