"""Qt's own dialogs (the file chooser the assessor uses for evidence and exports) follow
the chosen language where Qt ships a catalogue for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _file_dialog_word() -> str:
    return QCoreApplication.translate("QFileDialog", "Look in:")


def test_qt_dialogs_speak_arabic_and_switch_back(languages) -> None:
    languages.apply("ar")
    arabic = _file_dialog_word()
    assert any("\u0600" <= character <= "\u06ff" for character in arabic)
    languages.apply("en")
    assert _file_dialog_word() == "Look in:"
