"""Locking: on demand (Ctrl+L) and when idle; nothing of the content while locked."""

from __future__ import annotations

import hashlib
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ipms_desktop.gui.main_window import MainWindow
from ipms_desktop.gui.screens.editor import EditorScreen
from ipms_desktop.gui.screens.unlock import UnlockScreen


def folder_digests(folder) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def visible_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def test_ctrl_l_locks_and_unlock_returns_to_the_same_item(trained_window, qtbot, passphrase):
    window = trained_window
    institution = window.editor.detail.summary.institution
    window.editor.select_item("2b")
    qtbot.keyClick(window.editor.tree, Qt.Key_L, Qt.ControlModifier)
    assert window.locked
    assert isinstance(window.current_screen(), UnlockScreen)
    qtbot.waitUntil(lambda: not window.findChildren(EditorScreen))
    assert not window.menuBar().isVisible()
    assert all(institution not in text for text in visible_texts(window))

    unlock = window.current_screen()
    qtbot.keyClicks(unlock.passphrase_edit, passphrase)
    qtbot.keyClick(unlock.passphrase_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen), timeout=10_000)
    assert window.editor.current_item_id == "2b"


def test_wrong_passphrase_is_refused_and_changes_nothing(trained_window, qtbot):
    window = trained_window
    folder = window.context.profile_dir
    window.lock()
    before = folder_digests(folder)
    unlock = window.current_screen()
    qtbot.keyClicks(unlock.passphrase_edit, "not my passphrase at all")
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: bool(unlock.message_label.text()), timeout=10_000)
    assert "Wrong passphrase" in unlock.message_label.text()
    assert window.locked
    assert isinstance(window.current_screen(), UnlockScreen)
    assert folder_digests(folder) == before


def test_idle_window_locks_itself(trained_window, qtbot):
    window = trained_window
    assert window.idle.active
    window.idle.set_timeout(200)
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert isinstance(window.current_screen(), UnlockScreen)
    assert not window.idle.active


def test_second_instance_on_the_same_profile_is_refused(tmp_path):
    from ipms_desktop.gui.app import instance_lock

    first = instance_lock(tmp_path / "profile")
    assert first.tryLock(0)
    try:
        assert not instance_lock(tmp_path / "profile").tryLock(0)
        assert instance_lock(tmp_path / "other").tryLock(0)
    finally:
        first.unlock()


def test_lock_during_background_work_hides_at_once_and_closes_after(trained_window, qtbot):
    window = trained_window
    gate = threading.Event()
    window.context.operations.submit(lambda _progress: gate.wait(10), lambda _r: None, print)
    window.lock()
    assert not window.stack.isVisible()
    assert not window.locked  # the worker may still be using the profile
    gate.set()
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert window.stack.isVisible()
    assert isinstance(window.current_screen(), UnlockScreen)


def test_forgotten_passphrase_is_replaced_with_the_recovery_code(trained_window, qtbot):
    from ipms_desktop.gui.dialogs.recovery import RecoveryDialog
    from ipms_desktop.store.opening import unlock_profile

    window = trained_window
    window.lock()
    dialog = RecoveryDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("0000-0000-0000-0000-0000-0000-0000")
    dialog.passphrase_edit.setText("new harbour lantern orchard 9")
    dialog.confirm_edit.setText("new harbour lantern orchard 9")
    dialog.recover()
    qtbot.waitUntil(lambda: dialog.recover_button.isEnabled(), timeout=10_000)
    assert "does not open the profile" in dialog.message_label.text()
    assert "recovery code mistyped" in dialog.message_label.text()

    dialog.code_edit.setText(window.recovery_code_for_tests.lower())
    dialog.recover()
    qtbot.waitUntil(lambda: dialog.profile is not None, timeout=10_000)
    dialog.profile.close()
    unlock_profile(window.context.profile_dir, "new harbour lantern orchard 9").close()
