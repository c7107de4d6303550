"""Home (create, open, delete confirmed), evidence (add, open a copy), credentials."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QMessageBox

from ipms_desktop.gui.dialogs import new_assessment
from ipms_desktop.gui.dialogs.credentials import CredentialsDialog
from ipms_desktop.gui.dialogs.new_assessment import NewAssessmentDialog
from ipms_desktop.gui.screens.editor import EditorScreen
from ipms_desktop.gui.screens.home import HomeScreen


def test_create_open_and_delete_from_home(trained_window, qtbot, monkeypatch):
    window = trained_window
    window.show_home()
    home = window.home
    assert isinstance(home, HomeScreen)
    assert home.table.rowCount() == 1

    monkeypatch.setattr(new_assessment, "provisioned_institutions_path", lambda: None)
    home.create_assessment()
    dialog = home.new_dialog
    dialog.institution_edit.setText("Ministry of Youth and Sports")
    dialog.framework_combo.setCurrentIndex(dialog.framework_combo.findData("caf-2020"))
    assert dialog.panel_combo.isVisibleTo(dialog)  # CAF has two panels to choose from
    dialog.panel_combo.setCurrentIndex(1)
    dialog.cycle_spin.setValue(2025)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), EditorScreen))
    created = window.editor.assessment_id
    window.show_home()
    home = window.home
    assert home.table.rowCount() == 2
    home.refresh(select_id=created)
    summary = next(s for s in window.profile.assessments.summaries() if s.id == created)
    assert (summary.institution, summary.cycle, summary.framework_id) == (
        "Ministry of Youth and Sports",
        2025,
        "caf-2020",
    )
    assert summary.panel == "fine-tuned"
    assert home.table.item(home.table.currentRow(), 3).text() == "0 of 28 items"

    # Refusing the confirmation deletes nothing; accepting deletes.
    answers = iter([False, True])
    monkeypatch.setattr("ipms_desktop.gui.screens.home.confirm", lambda *args: next(answers))
    home.delete_selected()
    assert len(window.profile.assessments.summaries()) == 2
    home.delete_selected()
    assert created not in {s.id for s in window.profile.assessments.summaries()}
    assert home.table.rowCount() == 1

    home.table.setCurrentCell(0, 0)
    home.open_button.click()
    assert isinstance(window.current_screen(), EditorScreen)


def test_new_assessment_needs_an_institution(context, qtbot):
    dialog = NewAssessmentDialog("en")
    qtbot.addWidget(dialog)
    dialog._accept_if_complete()
    assert dialog.result() != NewAssessmentDialog.Accepted
    assert "institution" in dialog.message_label.text()


def test_evidence_is_added_listed_and_copied_out(trained_window, qtbot, tmp_path, monkeypatch):
    editor = trained_window.editor
    evidence_file = tmp_path / "minutes.txt"
    evidence_file.write_text("Minutes of the strategy review, March.", encoding="utf-8")
    editor.add_evidence_files([evidence_file])
    qtbot.waitUntil(lambda: len(editor.page.evidence.evidence_records()) == 2, timeout=10_000)
    digest = hashlib.sha256(evidence_file.read_bytes()).hexdigest()
    table = editor.page.evidence.table
    rows = {table.item(row, 0).text(): row for row in range(table.rowCount())}
    assert table.item(rows["minutes.txt"], 2).toolTip() == digest
    assert "(2)" in editor.page.tabs.tabText(4)

    opened = []
    monkeypatch.setattr(
        "ipms_desktop.gui.screens.editor.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    copy = tmp_path / "copy" / "minutes.txt"
    copy.parent.mkdir()
    editor.open_evidence_copy(digest, copy)
    assert copy.read_bytes() == evidence_file.read_bytes()
    assert opened == [str(copy)]

    warnings = []

    def decline(box: QMessageBox) -> int:
        warnings.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", decline)
    editor._open_evidence_copy(digest, "minutes.txt")
    assert "outside the encrypted profile" in warnings[0]
    assert opened == [str(copy)]


def test_enrolment_request_and_certificate(trained_window, qtbot, tmp_path, passphrase):
    from ipms_desktop.trust.ca import CertificateAuthority

    dialog = CredentialsDialog(trained_window.context, trained_window.profile, trained_window)
    qtbot.addWidget(dialog)
    assert "Training CA" in dialog.trust_value.text()
    assert dialog.fingerprint_value.text().startswith("sha256:")
    request = tmp_path / "request.pem"
    dialog.write_request(request)
    assert request.read_bytes().startswith(b"-----BEGIN CERTIFICATE REQUEST-----")
    authority = CertificateAuthority(trained_window.context.training_dir)
    issued = authority.issue(request.read_bytes(), "team-lead", passphrase)
    from cryptography.hazmat.primitives.serialization import Encoding

    certificate = tmp_path / "issued.pem"
    certificate.write_bytes(issued.public_bytes(Encoding.PEM))
    dialog.install_certificate(certificate)
    assert dialog.message_label.text() == "Certificate installed."
    dialog.install_certificate(tmp_path / "request.pem")
    assert "not a PEM certificate" in dialog.message_label.text()
    dialog.install_trust(trained_window.context.training_dir / "training-trust-settings.ipmst")
    assert "already installed" in dialog.message_label.text()
