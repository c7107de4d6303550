"""Whatever closes the window or the profile, an edit in progress is saved first.

Each case types into a field the way a person does (key clicks, no Enter, focus left
where it is), then closes by one path: the title bar or Alt+F4 (the window's close
event), Quit, Lock (Ctrl+L) or the idle lock. A new window is then opened on the same
profile, unlocked by typing the passphrase, and the value is found where it was typed.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from ipms_desktop.gui.main_window import MainWindow
from ipms_desktop.gui.screens.editor import EditorScreen
from ipms_desktop.gui.screens.unlock import UnlockScreen


def reopen(qtbot, window: MainWindow, passphrase: str) -> MainWindow:
    """A new window on the same profile, unlocked by typing; returns it on the editor."""
    context = window.context
    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    again.start(context)
    unlock = again.current_screen()
    assert isinstance(unlock, UnlockScreen)
    qtbot.keyClicks(unlock.passphrase_edit, passphrase)
    qtbot.keyClick(unlock.passphrase_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: again.profile is not None, timeout=10_000)
    return again


def unlock_again(qtbot, window: MainWindow, passphrase: str) -> MainWindow:
    unlock = window.current_screen()
    assert isinstance(unlock, UnlockScreen)
    qtbot.keyClicks(unlock.passphrase_edit, passphrase)
    qtbot.keyClick(unlock.passphrase_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen), timeout=10_000)
    return window


def close_by_window(qtbot, window: MainWindow, passphrase: str) -> MainWindow:
    assert window.close(), "the window closed"
    return reopen(qtbot, window, passphrase)


def close_by_quit(qtbot, window: MainWindow, passphrase: str) -> MainWindow:
    window.quit_action.trigger()
    assert not window.isVisible()
    return reopen(qtbot, window, passphrase)


def close_by_lock_shortcut(qtbot, window: MainWindow, passphrase: str) -> MainWindow:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_L, Qt.ControlModifier)
    assert window.locked
    return unlock_again(qtbot, window, passphrase)


def close_by_idle_lock(qtbot, window: MainWindow, passphrase: str) -> MainWindow:
    window.idle.idle.emit()
    assert window.locked
    return unlock_again(qtbot, window, passphrase)


CLOSERS: dict[str, Callable[..., MainWindow]] = {
    "window": close_by_window,
    "quit": close_by_quit,
    "lock": close_by_lock_shortcut,
    "idle-lock": close_by_idle_lock,
}


def stored_item(window: MainWindow, item_id: str):
    editor = window.editor
    if editor is None:
        assessment_id = window.profile.assessments.summaries()[0].id
    else:
        assessment_id = editor.assessment_id
    return window.profile.assessments.get(assessment_id).items.get(item_id)


@pytest.mark.parametrize("closer", CLOSERS)
def test_a_score_typed_without_enter_is_saved(trained_window, qtbot, passphrase, closer):
    window = trained_window
    window.editor.select_item("2a")
    spin = next(iter(window.editor.page.controls.values())).spin
    attribute = next(iter(window.editor.page.controls))
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "65")
    again = CLOSERS[closer](qtbot, window, passphrase)
    assert stored_item(again, "2a").attributes[attribute] == 65


@pytest.mark.parametrize("closer", CLOSERS)
def test_a_strength_being_written_is_saved(trained_window, qtbot, passphrase, closer):
    window = trained_window
    window.editor.select_item("3c")
    page = window.editor.page
    strengths = page.text_editors["strengths"]
    page.tabs.setCurrentWidget(strengths)
    strengths.add_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert editor.parent() is strengths.list.viewport()
    qtbot.keyClicks(editor, "Quarterly reviews are minuted and followed up")
    again = CLOSERS[closer](qtbot, window, passphrase)
    assert stored_item(again, "3c").strengths == ("Quarterly reviews are minuted and followed up",)


def test_a_reason_typed_then_the_window_closed_is_saved(trained_window, qtbot, passphrase):
    window = trained_window
    window.editor.select_item("9b")
    page = window.editor.page
    page.not_assessed_check.setChecked(True)
    qtbot.keyClicks(page.reason_edit, "No data for this cycle")
    again = close_by_window(qtbot, window, passphrase)
    assert stored_item(again, "9b").not_assessed == "No data for this cycle"


def test_an_illegal_score_is_explained_beside_its_field_and_not_saved(
    trained_window, qtbot, passphrase
):
    window = trained_window
    window.editor.select_item("2a")
    page = window.editor.page
    qtbot.waitUntil(page.isVisible)
    control = next(iter(page.controls.values()))
    attribute = next(iter(page.controls))
    assert stored_item(window, "2a") is None
    control.spin.setFocus()
    control.spin.selectAll()
    qtbot.keyClicks(control.spin, "57")
    qtbot.keyClick(control.spin, Qt.Key_Return)
    assert control.problem_label.isVisible()
    assert "57 is not a legal score" in control.problem_label.text()
    qtbot.keyClicks(control.spin, "55")
    qtbot.keyClick(control.spin, Qt.Key_Return)
    assert not control.problem_label.isVisible(), "a legal score clears the explanation"
    qtbot.keyClick(control.spin, Qt.Key_Up)
    qtbot.keyClick(control.spin, Qt.Key_Down)
    control.spin.selectAll()
    qtbot.keyClicks(control.spin, "57")
    again = close_by_window(qtbot, window, passphrase)
    assert stored_item(again, "2a").attributes[attribute] == 55, "the refused 57 was not saved"


def type_overall_needing_justification(qtbot, window: MainWindow, item_id: str) -> None:
    """Scores 2a's attributes at 50, then types an agreed overall of 90 (far from 50)."""
    window.editor.select_item(item_id)
    page = window.editor.page
    for control in page.controls.values():
        control.spin.setFocus()
        control.spin.selectAll()
        qtbot.keyClicks(control.spin, "50")
        qtbot.keyClick(control.spin, Qt.Key_Return)
    page = window.editor.page
    page.overall_spin.setFocus()
    page.overall_spin.selectAll()
    qtbot.keyClicks(page.overall_spin, "90")
    qtbot.keyClick(page.overall_spin, Qt.Key_Return)


def test_an_overall_awaiting_its_justification_stays_a_visible_draft(
    trained_window, qtbot, passphrase
):
    window = trained_window
    type_overall_needing_justification(qtbot, window, "2a")
    page = window.editor.page
    assert page.draft_label.isVisibleTo(page)
    assert stored_item(window, "2a").overall is None, "not saved without its justification"
    assert window.editor.tree_items["2a"].text(0).startswith("✎")

    window.editor.select_item("2b")
    window.editor.select_item("2a")
    page = window.editor.page
    assert page.overall_spin.score() == 90, "the draft is still on its item"
    assert page.draft_label.isVisibleTo(page)

    strengths = page.text_editors["strengths"]
    strengths.add_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "Plans are reviewed yearly")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert window.editor.page.overall_spin.score() == 90, "saving a strength keeps the draft"

    window.lock()
    unlock_again(qtbot, window, passphrase)
    page = window.editor.page
    assert window.editor.current_item_id == "2a"
    assert page.overall_spin.score() == 90, "a lock keeps the draft"

    page.justification_edit.setFocus()
    qtbot.keyClicks(page.justification_edit, "Site visit showed a mature cycle")
    page.flush()
    assert stored_item(window, "2a").overall == 90
    assert not window.context.drafts
    assert not window.editor.tree_items["2a"].text(0).startswith("✎")


def test_closing_with_a_draft_asks_first(trained_window, qtbot, passphrase):
    window = trained_window
    type_overall_needing_justification(qtbot, window, "2a")
    window.editor.select_item("1b")
    assert not window.close(), "the window stays open while the question is asked"
    box = window.drafts_box
    assert box is not None and "2a" in box.text()
    (back,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.RejectRole]
    back.click()
    qtbot.waitUntil(lambda: window.drafts_box is None)
    assert window.isVisible() and window.editor.current_item_id == "2a"
    assert window.editor.page.overall_spin.score() == 90

    window.close()
    box = window.drafts_box
    (drop,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.DestructiveRole]
    drop.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    again = reopen(qtbot, window, passphrase)
    assert stored_item(again, "2a").overall is None
