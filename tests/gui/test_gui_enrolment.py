"""The provisioned path: first run with CoMSEC's trust file, then enrolment, then export."""

from __future__ import annotations

from cryptography.hazmat.primitives.serialization import Encoding

from ipms_desktop.gui.dialogs.credentials import CredentialsDialog
from ipms_desktop.gui.dialogs.export import ExportDialog
from ipms_desktop.gui.screens.first_run import FirstRunScreen
from ipms_desktop.gui.screens.home import HomeScreen
from ipms_desktop.trust.ca import CertificateAuthority


def test_trust_file_first_run_then_enrolment(window, qtbot, tmp_path, context, passphrase):
    authority = CertificateAuthority.create(
        tmp_path / "ca", "CoMSEC Test Root", "ca pass", "key pass", kdf=context.key_file_kdf
    )
    trust_file = tmp_path / "trust.ipmst"
    trust_file.write_bytes(authority.trust_settings("ca pass"))

    window.current_screen().language_chosen.emit("en")
    first_run = window.current_screen()
    assert isinstance(first_run, FirstRunScreen)
    first_run.name_edit.setText("Omar Khalid")
    first_run.passphrase_edit.setText(passphrase)
    first_run.confirm_edit.setText(passphrase)
    first_run.profile_continue.click()
    first_run.install_trust_file(tmp_path / "missing.ipmst")
    qtbot.waitUntil(lambda: bool(first_run.trust_message.text()), timeout=10_000)
    assert "missing.ipmst" in first_run.trust_message.text()
    first_run.install_trust_file(trust_file)
    qtbot.waitUntil(
        lambda: first_run.pages.currentIndex() == first_run.RECOVERY_PAGE, timeout=30_000
    )
    first_run.written_check.setChecked(True)
    first_run.recovery_continue.click()
    assert isinstance(window.current_screen(), HomeScreen)
    profile = window.profile
    assessment_id = profile.assessments.create("Ministry of Trade", "efqm-2020", 2026)

    export = ExportDialog(context, profile, assessment_id, window)
    qtbot.addWidget(export)
    assert "no certificate" in export.message_label.text()
    assert not export.export_button.isEnabled()

    credentials = CredentialsDialog(context, profile, window)
    qtbot.addWidget(credentials)
    assert "CoMSEC Test Root" in credentials.trust_value.text()
    request = tmp_path / "request.pem"
    credentials.write_request(request)
    issued = authority.issue(request.read_bytes(), "assessor", "ca pass")
    certificate = tmp_path / "assessor.pem"
    certificate.write_bytes(issued.public_bytes(Encoding.PEM))
    credentials.install_certificate(certificate)
    assert credentials.message_label.text() == "Certificate installed."

    export = ExportDialog(context, profile, assessment_id, window)
    qtbot.addWidget(export)
    assert export.export_button.isEnabled()
    assert export.message_label.text() == ""
