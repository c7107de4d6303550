"""What an assessor does without the command line, driven through the window: change the
passphrase, back up to a USB stick and restore on another laptop, read the guide in each
language, and start a new assessment on a provisioned institution."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ipms_desktop.gui.context import AppContext
from ipms_desktop.gui.dialogs import new_assessment
from ipms_desktop.gui.main_window import MainWindow
from ipms_desktop.gui.operations import Operations
from ipms_desktop.gui.preferences import Preferences
from ipms_desktop.gui.screens.editor import EditorScreen
from ipms_desktop.gui.screens.first_run import FirstRunScreen
from ipms_desktop.gui.screens.home import HomeScreen
from ipms_desktop.gui.screens.unlock import UnlockScreen
from ipms_desktop.gui.widgets.passphrase_feedback import refusal_text
from ipms_desktop.services.passphrase_policy import PassphraseReason
from ipms_desktop.services.profiles import backup_file_name
from ipms_desktop.services.training import training_ca_folder
from ipms_desktop.trust.ca import CertificateAuthority
from tests.gui.conftest import CHEAP_KEY_FILE_KDF, CHEAP_PROFILE_KDF

NEW_PASSPHRASE = "copper kettle meadow signal 77"
GUIDE_TITLES = {"en": "The assessor's guide", "ar": "دليل المقيِّم", "ckb": "ڕێبەری هەڵسەنگێنەر"}


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def unlock_with(window: MainWindow, qtbot, passphrase: str) -> UnlockScreen:
    unlock = window.current_screen()
    assert isinstance(unlock, UnlockScreen)
    unlock.message_label.clear()
    type_into(qtbot, unlock.passphrase_edit, passphrase)
    qtbot.keyClick(unlock.passphrase_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: not window.locked or bool(unlock.message_label.text()), timeout=10_000)
    return unlock


def score_first_attribute(window: MainWindow, qtbot, value: int) -> str:
    attribute, control = next(iter(window.editor.page.controls.items()))
    type_into(qtbot, control.spin, str(value))
    qtbot.keyClick(control.spin, Qt.Key_Tab)
    return attribute


# -- passphrase ----------------------------------------------------------------------------


def test_change_passphrase_refuses_weak_then_the_new_one_unlocks(trained_window, qtbot, passphrase):
    window = trained_window
    window.passphrase_action.trigger()
    dialog = window.passphrase_dialog
    assert dialog is not None and dialog.isVisible()

    type_into(qtbot, dialog.current_edit, passphrase)
    type_into(qtbot, dialog.new_edit, "short pass")
    assert dialog.meter.label.text().startswith("Too short")
    type_into(qtbot, dialog.confirm_edit, "short pass")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key_Return)
    assert dialog.status_line.text() == refusal_text(PassphraseReason.TOO_SHORT)
    assert dialog.status_line.property("role") == "error"
    assert dialog.changed is None

    type_into(qtbot, dialog.current_edit, "not the passphrase at all")
    type_into(qtbot, dialog.new_edit, NEW_PASSPHRASE)
    assert dialog.meter.label.text() in ("Good.", "Strong.")
    type_into(qtbot, dialog.confirm_edit, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.change_button.isEnabled(), timeout=10_000)
    assert dialog.status_line.text().startswith("Wrong current passphrase")
    assert dialog.changed is None

    type_into(qtbot, dialog.current_edit, passphrase)
    qtbot.mouseClick(dialog.change_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.changed is not None, timeout=10_000)
    assert dialog.status_line.property("role") == "success"
    assert dialog.changed.training_problem is None
    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.passphrase_dialog is None)

    window.lock_action.trigger()
    unlock = unlock_with(window, qtbot, passphrase)
    assert window.locked
    assert unlock.message_label.text().startswith("Wrong passphrase")
    unlock_with(window, qtbot, NEW_PASSPHRASE)
    assert not window.locked
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen))

    # The training CA followed: it signs with the new passphrase, no longer with the old.
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.hazmat.primitives.serialization import Encoding

    from ipms_desktop.errors import IpmsError
    from ipms_desktop.trust.requests import build_certificate_request

    authority = CertificateAuthority(training_ca_folder(window.context.profile_dir))
    request = build_certificate_request(ed25519.Ed25519PrivateKey.generate(), "Second Trainee")
    issued = authority.issue(request, "assessor", NEW_PASSPHRASE)
    assert issued.public_bytes(Encoding.PEM).startswith(b"-----BEGIN CERTIFICATE")
    with pytest.raises(IpmsError, match="wrong passphrase"):
        authority.root_key(passphrase)


# -- backup and restore --------------------------------------------------------------------


def back_up_to(window: MainWindow, qtbot, stick: Path) -> Path:
    window.backup_action.trigger()
    dialog = window.backup_dialog
    type_into(qtbot, dialog.folder_edit, str(stick))
    qtbot.mouseClick(dialog.backup_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    copy = dialog.written[0]
    label = dialog.status_line.label
    bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
    assert bottom <= dialog.height(), "the message naming the backup is not cut off"
    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    return copy


def restore_through_dialog(screen, qtbot, backup: Path, passphrase: str) -> None:
    qtbot.mouseClick(screen.restore_button, Qt.LeftButton)
    dialog = screen.restore_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.file_edit, str(backup))
    type_into(qtbot, dialog.passphrase_edit, "wrong passphrase entirely")
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10_000)
    assert dialog.status_line.text().startswith("Wrong passphrase")
    type_into(qtbot, dialog.passphrase_edit, passphrase)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key_Return)


@pytest.fixture
def second_laptop(tmp_path, qapp, languages, qtbot):
    """Another window on a profile folder that does not exist yet."""
    context = AppContext(
        profile_dir=tmp_path / "second-laptop" / "profile",
        preferences=Preferences(tmp_path / "second-laptop.ini"),
        languages=languages,
        operations=Operations(qapp),
        kdf_params=CHEAP_PROFILE_KDF,
        key_file_kdf=CHEAP_KEY_FILE_KDF,
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.start(context)
    yield window
    context.operations.wait_for_all(10_000)
    if window.profile is not None:
        window.profile.close()
        window.profile = None


def test_backup_restored_on_a_new_laptop_has_the_same_scores(
    trained_window, second_laptop, qtbot, tmp_path, passphrase
):
    window = trained_window
    attribute = score_first_attribute(window, qtbot, 45)
    assessment_id = window.editor.assessment_id
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    backup = back_up_to(window, qtbot, stick)
    window.close()

    second_laptop.current_screen().language_chosen.emit("en")
    first_run = second_laptop.current_screen()
    assert isinstance(first_run, FirstRunScreen)
    restore_through_dialog(first_run, qtbot, backup, passphrase)
    qtbot.waitUntil(lambda: second_laptop.profile is not None, timeout=20_000)
    home = second_laptop.current_screen()
    assert isinstance(home, HomeScreen)
    assert home.selected_id() == assessment_id
    qtbot.keyClick(home.table, Qt.Key_Return)
    qtbot.waitUntil(lambda: isinstance(second_laptop.current_screen(), EditorScreen))
    editor = second_laptop.editor
    editor.select_item("1a")
    assert editor.page.controls[attribute].spin.value() == 45

    second_laptop.lock_action.trigger()
    unlock_with(second_laptop, qtbot, passphrase)
    assert not second_laptop.locked, "the restored profile opens with the backup's passphrase"


def test_restore_from_the_unlock_screen_puts_back_the_earlier_scores(
    trained_window, qtbot, tmp_path, passphrase
):
    window = trained_window
    attribute = score_first_attribute(window, qtbot, 45)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    backup = back_up_to(window, qtbot, stick)
    score_first_attribute(window, qtbot, 70)
    window.lock_action.trigger()
    unlock = window.current_screen()
    restore_through_dialog(unlock, qtbot, backup, passphrase)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen), timeout=20_000)
    window.editor.select_item("1a")
    assert window.editor.page.controls[attribute].spin.value() == 45
    set_aside = [p.name for p in window.context.profile_dir.iterdir() if ".damaged-" in p.name]
    assert set_aside, "the replaced database is kept aside, not deleted"


def test_a_backup_never_replaces_another(trained_window, qtbot, tmp_path):
    window = trained_window
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    now = datetime.now()
    earlier = {}
    for seconds in range(-1, 30):
        name = backup_file_name(window.profile.name, now + timedelta(seconds=seconds))
        (stick / name).write_bytes(b"an earlier backup")
        earlier[name] = b"an earlier backup"
    window.backup_action.trigger()
    dialog = window.backup_dialog
    type_into(qtbot, dialog.folder_edit, str(stick))
    qtbot.mouseClick(dialog.backup_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=20_000)
    assert dialog.written is None
    assert dialog.status_line.property("role") == "error"
    assert "a backup is never overwritten" in dialog.status_line.text()
    assert {path.name: path.read_bytes() for path in stick.iterdir()} == earlier


# -- the guide -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_the_guide_opens_in_the_chosen_language(trained_window, qtbot, passphrase, language):
    window = trained_window
    window.lock_action.trigger()
    unlock = window.current_screen()
    unlock.language_combo.setCurrentIndex(unlock.language_combo.findData(language))
    unlock_with(window, qtbot, passphrase)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen))
    assert window.editor.guidance_action.shortcut().toString() == "F1", "F1 stays item guidance"

    window.guide_action.trigger()
    dialog = window.guide_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.startswith(GUIDE_TITLES[language])
    assert "RADAR" in text and ".ipmsb" in text
    expected = Qt.RightToLeft if language in ("ar", "ckb") else Qt.LeftToRight
    assert dialog.layoutDirection() == expected
    assert dialog.browser.document().firstBlock().textDirection() == expected
    assert dialog.windowTitle() == window.guide_action.text().replace("&", "")
    width = QApplication.primaryScreen().availableGeometry().width()
    assert dialog.frameGeometry().width() <= width
    dialog.close()
    qtbot.waitUntil(lambda: window.guide_dialog is None)


# -- new assessment ------------------------------------------------------------------------


def provision_institutions(tmp_path, monkeypatch, names: list[str]) -> None:
    listing = tmp_path / "institutions.json"
    document = {"document": "ipms-institutions", "format": 1, "institutions": names}
    listing.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(new_assessment, "provisioned_institutions_path", lambda: listing)


def test_new_assessment_opens_after_create_on_a_provisioned_institution(
    trained_window, qtbot, tmp_path, monkeypatch
):
    provision_institutions(
        tmp_path, monkeypatch, ["Ministry of Trade", "Ministry of Electricity", "وزارة التجارة"]
    )
    window = trained_window
    window.new_action.trigger()
    dialog = window.home.new_dialog
    assert dialog is not None and dialog.isVisible()
    combo = dialog.institution_combo
    assert combo.isVisible() and not dialog.institution_edit.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Ministry of Trade",
        "Ministry of Electricity",
        "وزارة التجارة",
    ]
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
    assert dialog.message_label.text() == "Choose the institution being assessed."
    assert dialog.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key_Down)
    qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentText() == "Ministry of Electricity"
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)

    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen))
    summary = window.editor.detail.summary
    assert summary.institution == "Ministry of Electricity"
    assert len(window.profile.assessments.summaries()) == 2


def test_new_assessment_takes_free_text_without_a_provisioned_list(
    trained_window, qtbot, monkeypatch
):
    monkeypatch.setattr(new_assessment, "provisioned_institutions_path", lambda: None)
    window = trained_window
    window.new_action.trigger()
    dialog = window.home.new_dialog
    assert dialog.institution_edit.isVisible() and not dialog.institution_combo.isVisible()
    type_into(qtbot, dialog.institution_edit, "Ministry of Youth and Sports")
    qtbot.keyClick(dialog.institution_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen))
    assert window.editor.detail.summary.institution == "Ministry of Youth and Sports"
