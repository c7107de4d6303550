"""Home (create, open, delete confirmed), evidence (add, open a copy), credentials."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QMessageBox

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

    def fill_and_accept(dialog: NewAssessmentDialog) -> int:
        dialog.institution_edit.setText("Ministry of Youth and Sports")
        dialog.framework_combo.setCurrentIndex(dialog.framework_combo.findData("caf-2020"))
        assert dialog.panel_combo.isVisibleTo(dialog)  # CAF has two panels to choose from
        dialog.panel_combo.setCurrentIndex(1)
        dialog.cycle_spin.setValue(2025)
        dialog._accept_if_complete()
        return NewAssessmentDialog.Accepted

    monkeypatch.setattr(NewAssessmentDialog, "exec", fill_and_accept)
    home.create_assessment()
    assert home.table.rowCount() == 2
    created = home.selected_id()
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


def test_an_efqm_total_with_unscored_items_is_provisional(trained_window):
    editor = trained_window.editor
    assert not editor.scores.complete
    assert editor.scores.provisional and editor.scores.band is None
    total = editor.total_label.text().replace("\u2068", "").replace("\u2069", "")
    assert total == f"{editor.scores.shown_total} of 1000"
    assert editor.band_label.text() == "Provisional: unscored items count 0; no level yet."


def test_a_caf_assessment_shows_scores_out_of_100(trained_window, qtbot, monkeypatch):
    window = trained_window
    window.show_home()
    home = window.home

    def fill_and_accept(dialog: NewAssessmentDialog) -> int:
        dialog.institution_edit.setText("General Tax Authority")
        dialog.framework_combo.setCurrentIndex(dialog.framework_combo.findData("caf-2020"))
        dialog._accept_if_complete()
        return NewAssessmentDialog.Accepted

    monkeypatch.setattr(NewAssessmentDialog, "exec", fill_and_accept)
    home.create_assessment()
    created = home.selected_id()
    rows = [r for r in range(home.table.rowCount()) if home.table.item(r, 0).text()]
    for row in rows:
        home.table.setCurrentCell(row, 0)
        if home.selected_id() == created:
            break
    home.open_button.click()
    editor = window.current_screen()
    assert isinstance(editor, EditorScreen)
    assert editor.framework.id == "caf-2020"

    def shown(text: str) -> str:  # without the directional isolates around values
        return text.replace("\u2068", "").replace("\u2069", "")

    cells = [shown(editor.criteria_table.item(r, 1).text()) for r in range(9)]
    assert cells == ["– of 100"] * 9  # CAF criteria have no points
    assert shown(editor.total_label.text()) == "– of 100"
    assert editor.band_label.text() == "The overall score appears when an item is scored."


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
