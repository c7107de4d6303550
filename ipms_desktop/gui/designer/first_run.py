"""Built from ui/first_run.ui by packaging/build_forms.py: edit the form, not this file."""

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QFrame, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget


class Ui_FirstRunScreen(object):
    def setupUi(self, FirstRunScreen):
        if not FirstRunScreen.objectName():
            FirstRunScreen.setObjectName(u"FirstRunScreen")
        self.outerLayout = QVBoxLayout(FirstRunScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.card = QFrame(FirstRunScreen)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(600, 0))
        self.card.setMaximumSize(QSize(720, 16777215))
        self.card.setProperty(u"role", u"card")
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(32, 28, 32, 28)
        self.pages = QStackedWidget(self.card)
        self.pages.setObjectName(u"pages")
        self.profilePage = QWidget()
        self.profilePage.setObjectName(u"profilePage")
        self.profileLayout = QVBoxLayout(self.profilePage)
        self.profileLayout.setSpacing(10)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileTitle = QLabel(self.profilePage)
        self.profileTitle.setObjectName(u"profileTitle")
        self.profileTitle.setProperty(u"role", u"title")

        self.profileLayout.addWidget(self.profileTitle)

        self.profileHint = QLabel(self.profilePage)
        self.profileHint.setObjectName(u"profileHint")
        self.profileHint.setWordWrap(True)
        self.profileHint.setProperty(u"role", u"hint")

        self.profileLayout.addWidget(self.profileHint)

        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setVerticalSpacing(10)
        self.nameLabel = QLabel(self.profilePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.profilePage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.passphraseLabel = QLabel(self.profilePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(self.profilePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(self.profilePage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.profilePage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.strengthCaption = QLabel(self.profilePage)
        self.strengthCaption.setObjectName(u"strengthCaption")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strengthCaption)

        self.strengthBar = QProgressBar(self.profilePage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(100)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strengthBar)


        self.profileLayout.addLayout(self.profileForm)

        self.strengthLabel = QLabel(self.profilePage)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)
        self.strengthLabel.setProperty(u"role", u"hint")

        self.profileLayout.addWidget(self.strengthLabel)

        self.profileMessage = QLabel(self.profilePage)
        self.profileMessage.setObjectName(u"profileMessage")
        self.profileMessage.setWordWrap(True)
        self.profileMessage.setProperty(u"role", u"error")

        self.profileLayout.addWidget(self.profileMessage)

        self.profileContinueButton = QPushButton(self.profilePage)
        self.profileContinueButton.setObjectName(u"profileContinueButton")
        self.profileContinueButton.setProperty(u"role", u"primary")

        self.profileLayout.addWidget(self.profileContinueButton)

        self.restoreButton = QPushButton(self.profilePage)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setFlat(True)

        self.profileLayout.addWidget(self.restoreButton)

        self.pages.addWidget(self.profilePage)
        self.trustPage = QWidget()
        self.trustPage.setObjectName(u"trustPage")
        self.trustLayout = QVBoxLayout(self.trustPage)
        self.trustLayout.setSpacing(12)
        self.trustLayout.setObjectName(u"trustLayout")
        self.trustTitle = QLabel(self.trustPage)
        self.trustTitle.setObjectName(u"trustTitle")
        self.trustTitle.setProperty(u"role", u"title")

        self.trustLayout.addWidget(self.trustTitle)

        self.trustHint = QLabel(self.trustPage)
        self.trustHint.setObjectName(u"trustHint")
        self.trustHint.setWordWrap(True)
        self.trustHint.setProperty(u"role", u"hint")

        self.trustLayout.addWidget(self.trustHint)

        self.installTrustButton = QPushButton(self.trustPage)
        self.installTrustButton.setObjectName(u"installTrustButton")
        self.installTrustButton.setProperty(u"role", u"primary")

        self.trustLayout.addWidget(self.installTrustButton)

        self.trainingButton = QPushButton(self.trustPage)
        self.trainingButton.setObjectName(u"trainingButton")

        self.trustLayout.addWidget(self.trainingButton)

        self.trainingHint = QLabel(self.trustPage)
        self.trainingHint.setObjectName(u"trainingHint")
        self.trainingHint.setWordWrap(True)
        self.trainingHint.setProperty(u"role", u"hint")

        self.trustLayout.addWidget(self.trainingHint)

        self.trustMessage = QLabel(self.trustPage)
        self.trustMessage.setObjectName(u"trustMessage")
        self.trustMessage.setWordWrap(True)
        self.trustMessage.setProperty(u"role", u"error")

        self.trustLayout.addWidget(self.trustMessage)

        self.trustBusy = QProgressBar(self.trustPage)
        self.trustBusy.setObjectName(u"trustBusy")
        self.trustBusy.setMaximum(0)
        self.trustBusy.setTextVisible(False)

        self.trustLayout.addWidget(self.trustBusy)

        self.pages.addWidget(self.trustPage)
        self.recoveryPage = QWidget()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryLayout.setSpacing(12)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryTitle = QLabel(self.recoveryPage)
        self.recoveryTitle.setObjectName(u"recoveryTitle")
        self.recoveryTitle.setProperty(u"role", u"title")

        self.recoveryLayout.addWidget(self.recoveryTitle)

        self.recoveryHint = QLabel(self.recoveryPage)
        self.recoveryHint.setObjectName(u"recoveryHint")
        self.recoveryHint.setWordWrap(True)
        self.recoveryHint.setProperty(u"role", u"hint")

        self.recoveryLayout.addWidget(self.recoveryHint)

        self.codeLabel = QLabel(self.recoveryPage)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setAlignment(Qt.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.codeLabel.setProperty(u"role", u"code")

        self.recoveryLayout.addWidget(self.codeLabel)

        self.writtenCheck = QCheckBox(self.recoveryPage)
        self.writtenCheck.setObjectName(u"writtenCheck")

        self.recoveryLayout.addWidget(self.writtenCheck)

        self.recoveryContinueButton = QPushButton(self.recoveryPage)
        self.recoveryContinueButton.setObjectName(u"recoveryContinueButton")
        self.recoveryContinueButton.setEnabled(False)
        self.recoveryContinueButton.setProperty(u"role", u"primary")

        self.recoveryLayout.addWidget(self.recoveryContinueButton)

        self.pages.addWidget(self.recoveryPage)

        self.cardLayout.addWidget(self.pages)


        self.outerLayout.addWidget(self.card, 0, Qt.AlignHCenter)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunScreen)

        self.profileContinueButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstRunScreen):
        self.profileTitle.setText(QCoreApplication.translate("FirstRunScreen", u"Create your profile", None))
        self.profileHint.setText(QCoreApplication.translate("FirstRunScreen", u"Everything you enter is kept encrypted on this laptop. Choose a long passphrase that only you know: a few unrelated words are easy to remember and hard to guess.", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstRunScreen", u"Your &name", None))
        self.passphraseLabel.setText(QCoreApplication.translate("FirstRunScreen", u"&Passphrase", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunScreen", u"&Repeat passphrase", None))
        self.strengthCaption.setText(QCoreApplication.translate("FirstRunScreen", u"Strength", None))
        self.profileContinueButton.setText(QCoreApplication.translate("FirstRunScreen", u"&Continue", None))
        self.restoreButton.setText(QCoreApplication.translate("FirstRunScreen", u"Restore a profile from a &backup\u2026", None))
        self.trustTitle.setText(QCoreApplication.translate("FirstRunScreen", u"Trust settings", None))
        self.trustHint.setText(QCoreApplication.translate("FirstRunScreen", u"Your profile is created when you choose one of these. Trust settings name CoMSEC's certificate authority and the consolidation keys your exports are encrypted to. Install the file you received with this laptop, or start a training profile to practise on your own.", None))
        self.installTrustButton.setText(QCoreApplication.translate("FirstRunScreen", u"&Install trust settings from a file\u2026", None))
        self.trainingButton.setText(QCoreApplication.translate("FirstRunScreen", u"Start a &training profile", None))
        self.trainingHint.setText(QCoreApplication.translate("FirstRunScreen", u"Training creates a practice certificate authority and consolidation key on this laptop and a sample case, so that you can score, export, merge and report alone. Training exports are not accepted by CoMSEC.", None))
        self.recoveryTitle.setText(QCoreApplication.translate("FirstRunScreen", u"Your recovery code", None))
        self.recoveryHint.setText(QCoreApplication.translate("FirstRunScreen", u"If you forget your passphrase, this code is the only way to open your profile. Write it on paper now and keep the paper away from this laptop. It is shown only once.", None))
        self.writtenCheck.setText(QCoreApplication.translate("FirstRunScreen", u"I have &written the recovery code down", None))
        self.recoveryContinueButton.setText(QCoreApplication.translate("FirstRunScreen", u"&Continue", None))
        pass
    # retranslateUi
