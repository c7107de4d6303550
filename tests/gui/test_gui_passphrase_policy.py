"""The one passphrase policy in the window: the first run refuses a weak passphrase in each
language and creates nothing; the recovery dialog refuses one too; after a recovery the
training CA signs with the new passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from PySide6.QtCore import Qt

from ipms_desktop.gui.administration.window import AdministrationWindow
from ipms_desktop.gui.dialogs.recovery import RecoveryDialog
from ipms_desktop.gui.screens.editor import EditorScreen
from ipms_desktop.gui.screens.first_run import FirstRunScreen
from ipms_desktop.gui.screens.language import LanguageScreen
from ipms_desktop.trust.requests import build_certificate_request

NEW_PASSPHRASE = "amber valley teapot harbour 7"

# What the assessor reads under the field and when Continue is refused, per language.
TOO_SHORT = {
    "en": ("Too short: at least 12 characters.", "The passphrase is too short"),
    "ar": ("قصيرة جدًا: 12 حرفًا على الأقل.", "عبارة المرور قصيرة جدًا"),
    "ckb": ("زۆر کورتە: لانیکەم 12 پیت.", "دەستەواژەی نهێنی زۆر کورتە"),
}
TOO_WEAK = {
    "en": "The passphrase is too weak",
    "ar": "عبارة المرور ضعيفة جدًا",
    "ckb": "دەستەواژەی نهێنی زۆر لاوازە",
}


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_first_run_refuses_a_weak_passphrase_and_creates_nothing(window, qtbot, context, language):
    screen = window.current_screen()
    assert isinstance(screen, LanguageScreen)
    screen.language_chosen.emit(language)
    first_run = window.current_screen()
    assert isinstance(first_run, FirstRunScreen)
    qtbot.keyClicks(first_run.name_edit, "Layla Hassan")
    qtbot.keyClicks(first_run.passphrase_edit, "Tr0ub4dor&3")
    meter, refusal = TOO_SHORT[language]
    assert first_run.strength_label.text() == meter
    qtbot.keyClicks(first_run.confirm_edit, "Tr0ub4dor&3")
    qtbot.keyClick(first_run.confirm_edit, Qt.Key_Return)
    assert first_run.pages.currentIndex() == first_run.PROFILE_PAGE
    assert first_run.profile_message.text().startswith(refusal)
    assert "12" in first_run.profile_message.text()

    for edit in (first_run.passphrase_edit, first_run.confirm_edit):
        edit.clear()
        qtbot.keyClicks(edit, "aaaaaaaaaaaaaaaaaaaaaaaa")
    first_run.profile_continue.click()
    assert first_run.pages.currentIndex() == first_run.PROFILE_PAGE
    assert first_run.profile_message.text().startswith(TOO_WEAK[language])
    assert not context.profile_dir.exists()
    assert not context.training_dir.exists()


def test_training_ca_signs_with_the_new_passphrase_after_recovery(
    trained_window, qtbot, context, passphrase, tmp_path, monkeypatch
):
    window = trained_window
    recovery_code = window.recovery_code_for_tests
    window.lock()
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    unlock = window.current_screen()
    seen: dict[str, str] = {}

    def recover_in_dialog(dialog: RecoveryDialog) -> int:
        qtbot.keyClicks(dialog.code_edit, recovery_code)
        qtbot.keyClicks(dialog.passphrase_edit, "short one")
        qtbot.keyClicks(dialog.confirm_edit, "short one")
        dialog.recover_button.click()
        seen["refused"] = dialog.message_label.text()
        for edit in (dialog.passphrase_edit, dialog.confirm_edit):
            edit.clear()
            qtbot.keyClicks(edit, NEW_PASSPHRASE)
        seen["meter"] = dialog.strength_label.text()
        dialog.recover_button.click()
        qtbot.waitUntil(lambda: dialog.profile is not None, timeout=30_000)
        return RecoveryDialog.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", recover_in_dialog)
    unlock.recover_button.click()
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen), timeout=10_000)
    assert seen["refused"].startswith("The passphrase is too short")
    assert seen["meter"] in ("Good.", "Strong.")

    request = tmp_path / "second-trainee.pem"
    request.write_bytes(
        build_certificate_request(ed25519.Ed25519PrivateKey.generate(), "Second Trainee")
    )
    admin = AdministrationWindow(context, context.training_dir, window.profile)
    qtbot.addWidget(admin)
    admin.show()
    admin.load_request(request)
    admin.role_combo.setCurrentIndex(admin.role_combo.findData("assessor"))
    admin.certificate_out_edit.setText(str(tmp_path / "old.pem"))
    admin.passphrase_edit.setText(passphrase)
    admin.sign_request()
    qtbot.waitUntil(lambda: not admin.busy, timeout=30_000)
    assert admin.status_line.property("role") == "error"
    assert "passphrase" in admin.status_line.text().lower(), admin.status_line.text()
    assert not (tmp_path / "old.pem").exists()

    admin.certificate_out_edit.setText(str(tmp_path / "new.pem"))
    admin.passphrase_edit.setText(NEW_PASSPHRASE)
    admin.sign_request()
    qtbot.waitUntil(lambda: not admin.busy, timeout=30_000)
    assert admin.status_line.property("role") == "success", admin.status_line.text()
    assert Path(tmp_path / "new.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE")
    admin.close()
