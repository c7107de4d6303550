"""Backing up from the Profile menu: written with its key slots, stopped with Cancel
(nothing left), never replacing an earlier backup; then restored and found again."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from ipms_desktop.services import profiles
from ipms_desktop.services.profiles import restore_profile
from ipms_desktop.store.opening import unlock_profile


def open_backup(window, qtbot):
    window.back_up()
    dialog = window.backup_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_backup_then_restore_finds_the_scores(trained_window, qtbot, tmp_path, passphrase):
    window = trained_window
    spin = next(iter(window.editor.page.controls.values())).spin
    attribute = next(iter(window.editor.page.controls))
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "45")  # not confirmed: the backup takes it anyway
    assessment_id = window.editor.assessment_id
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    dialog = open_backup(window, qtbot)
    dialog.folder_edit.setText(str(stick))
    qtbot.mouseClick(dialog.backup_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    copy, slots = dialog.written
    assert copy.parent == stick and slots.exists()
    assert dialog.status_line.property("role") == "success"
    assert str(copy) in dialog.status_line.text()

    again = open_backup(window, qtbot)
    again.folder_edit.setText(str(copy))  # a file, not a folder
    again.backup_button.click()
    assert again.status_line.property("role") == "error"
    again.close()

    profile_dir = window.context.profile_dir
    window.close()
    restore_profile(profile_dir, copy, passphrase)
    with unlock_profile(profile_dir, passphrase) as restored:
        assert restored.assessments.get(assessment_id).items["1a"].attributes[attribute] == 45


def test_cancel_stops_the_backup_and_leaves_nothing(trained_window, qtbot, tmp_path, monkeypatch):
    window = trained_window
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    started, release = threading.Event(), threading.Event()
    real_backup = profiles.backup_profile

    def slow_backup(profile, destination, *, now=None, progress=None):
        def held(done: int, total: int) -> None:
            started.set()
            release.wait(10)
            progress(done, total)

        return real_backup(profile, destination, now=now, progress=held)

    monkeypatch.setattr(profiles, "backup_profile", slow_backup)
    dialog = open_backup(window, qtbot)
    dialog.folder_edit.setText(str(stick))
    dialog.backup_button.click()
    assert started.wait(10)
    assert dialog.status_line.cancel_button.isVisible()
    assert not dialog.close_button.isEnabled(), "no closing while the copy runs"
    dialog.status_line.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=20_000)
    assert dialog.written is None
    assert dialog.status_line.text().startswith("Stopped.")
    assert list(Path(stick).iterdir()) == []
