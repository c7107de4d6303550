"""Shortcuts keep working after the language changes, any number of times."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence


def test_ctrl_q_still_quits_after_language_changes(trained_window, qtbot) -> None:
    window = trained_window
    for code in ("ar", "ckb", "en", "ar"):
        window.set_language(code)
    qtbot.wait(10)  # let the replaced actions be deleted
    quitting = [
        action
        for action in window.findChildren(QAction)
        if action.shortcut() == QKeySequence("Ctrl+Q")
    ]
    assert len(quitting) == 1, "one action per shortcut, never an ambiguous pair"
    qtbot.keyClick(window.editor.tree, Qt.Key_Q, Qt.ControlModifier)
    assert not window.isVisible()
    window.set_language("en")


def test_ctrl_l_still_locks_after_a_language_change(trained_window, qtbot) -> None:
    window = trained_window
    window.set_language("ckb")
    window.set_language("en")
    qtbot.keyClick(window.editor.tree, Qt.Key_L, Qt.ControlModifier)
    assert window.locked
