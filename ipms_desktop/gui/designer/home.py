"""Built from ui/home.ui by packaging/build_forms.py: edit the form, not this file."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout


class Ui_HomeScreen(object):
    def setupUi(self, HomeScreen):
        if not HomeScreen.objectName():
            HomeScreen.setObjectName(u"HomeScreen")
        self.homeLayout = QVBoxLayout(HomeScreen)
        self.homeLayout.setSpacing(12)
        self.homeLayout.setObjectName(u"homeLayout")
        self.homeLayout.setContentsMargins(24, 20, 24, 20)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(HomeScreen)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerRow.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.assessorLabel = QLabel(HomeScreen)
        self.assessorLabel.setObjectName(u"assessorLabel")
        self.assessorLabel.setProperty(u"role", u"hint")

        self.headerRow.addWidget(self.assessorLabel)


        self.homeLayout.addLayout(self.headerRow)

        self.hintLabel = QLabel(HomeScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.homeLayout.addWidget(self.hintLabel)

        self.table = QTableWidget(HomeScreen)
        if (self.table.columnCount() < 5):
            self.table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.homeLayout.addWidget(self.table)

        self.emptyLabel = QLabel(HomeScreen)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.homeLayout.addWidget(self.emptyLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(10)
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(HomeScreen)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.newButton)

        self.openButton = QPushButton(HomeScreen)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.exportButton = QPushButton(HomeScreen)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonRow.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.deleteButton = QPushButton(HomeScreen)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)


        self.homeLayout.addLayout(self.buttonRow)


        self.retranslateUi(HomeScreen)
    # setupUi

    def retranslateUi(self, HomeScreen):
        self.titleLabel.setText(QCoreApplication.translate("HomeScreen", u"Assessments", None))
        self.hintLabel.setText(QCoreApplication.translate("HomeScreen", u"Open an assessment with Enter or a double click. Every change is saved as you make it.", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HomeScreen", u"Institution", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HomeScreen", u"Cycle", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HomeScreen", u"Framework", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HomeScreen", u"Progress", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HomeScreen", u"Status", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Assessments", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("HomeScreen", u"No assessments yet. Create one with New assessment (Ctrl+N).", None))
        self.newButton.setText(QCoreApplication.translate("HomeScreen", u"&New assessment\u2026", None))
        self.openButton.setText(QCoreApplication.translate("HomeScreen", u"&Open", None))
        self.exportButton.setText(QCoreApplication.translate("HomeScreen", u"E&xport\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("HomeScreen", u"&Delete\u2026", None))
        pass
    # retranslateUi
