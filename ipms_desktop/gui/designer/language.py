"""Built from ui/language.ui by packaging/build_forms.py: edit the form, not this file."""

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout


class Ui_LanguageScreen(object):
    def setupUi(self, LanguageScreen):
        if not LanguageScreen.objectName():
            LanguageScreen.setObjectName(u"LanguageScreen")
        self.outerLayout = QVBoxLayout(LanguageScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.cardRow = QHBoxLayout()
        self.cardRow.setObjectName(u"cardRow")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardRow.addItem(self.leftSpacer)

        self.card = QFrame(LanguageScreen)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(520, 0))
        self.card.setMaximumSize(QSize(640, 16777215))
        self.card.setProperty(u"role", u"card")
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(14)
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

        self.languageList = QListWidget(self.card)
        self.languageList.setObjectName(u"languageList")
        self.languageList.setMinimumSize(QSize(0, 130))

        self.cardLayout.addWidget(self.languageList)

        self.continueButton = QPushButton(self.card)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setProperty(u"role", u"primary")

        self.cardLayout.addWidget(self.continueButton)


        self.cardRow.addWidget(self.card)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cardRow.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.cardRow)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(LanguageScreen)

        self.continueButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LanguageScreen):
        self.titleLabel.setText(QCoreApplication.translate("LanguageScreen", u"Welcome to IPMS Desktop", None))
        self.hintLabel.setText(QCoreApplication.translate("LanguageScreen", u"Choose the language you will work in. You can change it later on the unlock screen.", None))
#if QT_CONFIG(accessibility)
        self.languageList.setAccessibleName(QCoreApplication.translate("LanguageScreen", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.continueButton.setText(QCoreApplication.translate("LanguageScreen", u"&Continue", None))
        pass
    # retranslateUi
