"""Help > Guide: the assessment workflow, from a new assessment to the backup.

The guide is a static document per language in ``resources/guide`` (the one loader,
``resources.guide_path``), so it is written and reviewed like any other text we ship;
F1 in the editor stays the guidance for one attribute.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipms_desktop.gui.i18n import RIGHT_TO_LEFT_LANGUAGES
from ipms_desktop.resources import guide_path


class GuideDialog(QDialog):
    """The guide in ``language``, laid out in that language's direction."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assessor's guide"))
        right_to_left = language in RIGHT_TO_LEFT_LANGUAGES
        direction = Qt.RightToLeft if right_to_left else Qt.LeftToRight
        self.setLayoutDirection(direction)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setLayoutDirection(direction)
        option = self.browser.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignRight if right_to_left else Qt.AlignLeft)
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.browser.document().setDefaultTextOption(option)
        self.browser.document().setDocumentMargin(16)
        self.browser.setHtml(guide_path(language).read_text(encoding="utf-8"))
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.resize(760, 620)
