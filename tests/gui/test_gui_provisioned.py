"""A provisioned installation: the first run installs CoMSEC's trust settings by itself,
and new assessments choose the institution from the provisioned list."""

from __future__ import annotations

import json

from ipms_desktop.gui.dialogs import new_assessment
from ipms_desktop.gui.dialogs.new_assessment import NewAssessmentDialog
from ipms_desktop.gui.screens import first_run as first_run_module
from ipms_desktop.gui.screens.first_run import FirstRunScreen
from ipms_desktop.gui.screens.home import HomeScreen
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.profile_credentials import installed_trust


def test_first_run_installs_the_provisioned_trust_settings(
    window, qtbot, tmp_path, context, passphrase, monkeypatch
):
    authority = CertificateAuthority.create(
        tmp_path / "ca",
        "CoMSEC Provisioning Root",
        "ca pass",
        "key pass",
        kdf=context.key_file_kdf,
    )
    trust_file = tmp_path / "provisioning" / "trust.json"
    trust_file.parent.mkdir()
    trust_file.write_bytes(authority.trust_settings("ca pass"))
    monkeypatch.setattr(first_run_module, "provisioned_trust_path", lambda: trust_file)

    window.current_screen().language_chosen.emit("en")
    screen = window.current_screen()
    assert isinstance(screen, FirstRunScreen)
    screen.name_edit.setText("Omar Khalid")
    screen.passphrase_edit.setText(passphrase)
    screen.confirm_edit.setText(passphrase)
    screen.profile_continue.click()
    assert screen.training_button.isHidden()
    assert screen.training_hint.isHidden()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.RECOVERY_PAGE, timeout=30_000)
    screen.written_check.setChecked(True)
    screen.recovery_continue.click()
    assert isinstance(window.current_screen(), HomeScreen)
    trust = installed_trust(window.profile.keys)
    assert trust is not None
    assert trust.root.subject.rfc4514_string() == "CN=CoMSEC Provisioning Root"


def test_a_forged_provisioned_file_is_named_and_the_chooser_remains(
    window, qtbot, tmp_path, passphrase, monkeypatch
):
    forged = tmp_path / "trust.json"
    forged.write_text('{"payload": "AAAA", "signature": "AAAA"}')
    monkeypatch.setattr(first_run_module, "provisioned_trust_path", lambda: forged)
    window.current_screen().language_chosen.emit("en")
    screen = window.current_screen()
    screen.name_edit.setText("Omar Khalid")
    screen.passphrase_edit.setText(passphrase)
    screen.confirm_edit.setText(passphrase)
    screen.profile_continue.click()
    qtbot.waitUntil(lambda: "trust.json" in screen.trust_message.text(), timeout=10_000)
    assert screen.pages.currentIndex() == screen.TRUST_PAGE
    assert screen.install_trust_button.isEnabled()
    assert screen.training_button.isHidden()


def test_new_assessment_offers_only_the_provisioned_institutions(qtbot, tmp_path, monkeypatch):
    listing = tmp_path / "institutions.json"
    listing.write_text(
        json.dumps(
            {
                "document": "ipms-institutions",
                "format": 1,
                "institutions": ["Ministry of Trade", "Ministry of Electricity", "وزارة التجارة"],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(new_assessment, "provisioned_institutions_path", lambda: listing)
    dialog = NewAssessmentDialog("en")
    qtbot.addWidget(dialog)
    combo = dialog.institution_combo
    assert dialog.provisioned and not combo.isEditable()
    names = [combo.itemText(row) for row in range(combo.count())]
    assert names == ["Ministry of Trade", "Ministry of Electricity", "وزارة التجارة"]
    assert combo.currentIndex() == -1, "nothing is chosen for the assessor"
    assert dialog.institution == ""
    assert dialog.message_label.text() == ""


def test_a_malformed_institutions_list_is_named(qtbot, tmp_path, monkeypatch):
    listing = tmp_path / "institutions.json"
    listing.write_text("[1, 2", encoding="utf-8")
    monkeypatch.setattr(new_assessment, "provisioned_institutions_path", lambda: listing)
    dialog = NewAssessmentDialog("en")
    qtbot.addWidget(dialog)
    assert not dialog.provisioned, "free text remains when the list cannot be read"
    assert "institutions.json" in dialog.message_label.text()
