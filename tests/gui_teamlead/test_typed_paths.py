"""Whatever a person types into a path field, the window answers in words, never a traceback.

Each field gets the characters one key at a time (every keystroke runs the field's
handlers), then Enter, then the window's own action; pytest-qt fails the test on any
exception raised inside a Qt callback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ipms_desktop.gui.administration.window import AdministrationWindow
from ipms_desktop.gui.consolidation.window import ConsolidationWindow

TYPED = ["/", "//", ".", "..", "~", "a/", "/proc/self/mem", "/dev/null", "\u202e.ipmsdb", " "]


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    for character in text:
        if character.isascii():
            qtbot.keyClicks(edit, character)
        else:  # QTest cannot synthesise every character; insert it as typed text
            edit.insert(character)
    qtbot.keyClick(edit, Qt.Key_Return)


@pytest.mark.parametrize("typed", TYPED)
def test_consolidation_fields_take_any_text(qtbot, context, world, typed: str) -> None:
    window = ConsolidationWindow(context, world.profile)
    qtbot.addWidget(window)
    window.show()
    for edit in (window.database_edit, window.trust_edit, window.key_edit, window.quarantine_edit):
        type_into(qtbot, edit, typed)
    window.passphrase_edit.setText("granite meadow compass harbour 2026")
    window.confirm_edit.setText("granite meadow compass harbour 2026")
    window.open_database()
    qtbot.waitUntil(lambda: window.open_button.isEnabled(), timeout=20_000)
    assert window.session is None
    assert window.status_line.property("role") == "error"
    assert "Unexpected error" not in window.status_line.text()
    context.operations.wait_for_all(10_000)
    window.close()


def test_a_folder_as_database_is_named_as_such(qtbot, context, world) -> None:
    window = ConsolidationWindow(context, world.profile)
    qtbot.addWidget(window)
    window.show()
    type_into(qtbot, window.database_edit, "/")
    assert not window.confirm_edit.isVisible(), "a folder is not a new file"
    window.passphrase_edit.setText("granite meadow compass harbour 2026")
    window.open_database()
    qtbot.waitUntil(lambda: window.open_button.isEnabled(), timeout=20_000)
    assert window.status_line.text().startswith("\u2068/\u2069 is a folder or not a file name")
    assert not any(Path("/").glob("*.ipmsdb.slots"))
    window.close()


@pytest.mark.parametrize("typed", TYPED)
def test_administration_fields_take_any_text(qtbot, context, world, typed: str) -> None:
    window = AdministrationWindow(context, world.ca.folder)
    qtbot.addWidget(window)
    window.show()
    for edit in window.findChildren(QLineEdit):
        if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly():
            type_into(qtbot, edit, typed)
    window.passphrase_edit.setText("not the root passphrase")
    window.sign_request()
    window.publish_trust()
    context.operations.wait_for_all(20_000)
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)
    assert "Unexpected error" not in window.status_line.text()
    window.close()
