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


def test_qt_dialogs_speak_kurdish_from_our_own_catalogue(languages, qtbot) -> None:
    """Qt ships no Kurdish: the file dialog's words come from qt_ckb.ts, in every label a
    person reads, and English comes back afterwards."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    languages.apply("ckb")
    assert _file_dialog_word() == "گەڕان لە:"
    dialog = QFileDialog(None, "", "", "")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&گەڕان لە:", "&جۆری فایل:", "&ناوی فایل:"} <= labels, labels
    assert not {"&Look in:", "Files of &type:", "File &name:"} & labels
    languages.apply("en")
    assert _file_dialog_word() == "Look in:"
