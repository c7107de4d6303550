"""The first screen of a new installation: choose the working language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QWidget

from ipms_desktop.gui.designer.language import Ui_LanguageScreen
from ipms_desktop.gui.forms import child, load_form
from ipms_desktop.gui.i18n import LANGUAGES

# LANGUAGE_CODE_ROLE written out: this screen can be the first one painted, and reading Qt's
# namespace costs some 12 ms in PySide6 (see gui.first_paint).
LANGUAGE_CODE_ROLE = 0x0100


class LanguageScreen(QWidget):
    """Lists the three working languages by their own names; emits the chosen code."""

    language_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        form = load_form(Ui_LanguageScreen, self)
        self.language_list = child(form, QListWidget, "languageList")
        self.continue_button = child(form, QPushButton, "continueButton")
        for language in LANGUAGES:
            entry = QListWidgetItem(language.native_name)
            entry.setData(LANGUAGE_CODE_ROLE, language.code)
            self.language_list.addItem(entry)
            if language.code == current:
                self.language_list.setCurrentItem(entry)
        self.language_list.itemActivated.connect(lambda _entry: self._choose())
        self.continue_button.clicked.connect(self._choose)
        self.language_list.setFocus()

    def _choose(self) -> None:
        entry = self.language_list.currentItem()
        if entry is not None:
            self.language_chosen.emit(str(entry.data(LANGUAGE_CODE_ROLE)))
