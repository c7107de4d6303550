"""The assessor's whole path: first run (training), scoring, pre-export check, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ipms_desktop.bundles.reader import open_bundle
from ipms_desktop.gui.dialogs.export import ExportDialog, run_export_flow
from ipms_desktop.gui.dialogs.pre_export_check import BLOCKING_ROLE, PreExportCheckDialog
from ipms_desktop.trust.ca import CertificateAuthority
from ipms_desktop.trust.trust_settings import load_trust_settings


def fill_everything_but(profile, assessment_id: str, framework, skip: set[str]) -> None:
    """Score every item except ``skip`` straight through the store (the GUI path is
    exercised on the items the test edits by hand)."""
    items = {}
    for item_id, item in framework.items.items():
        if item_id in skip:
            continue
        attribute_set = framework.attribute_set_for(framework.default_panel, item)
        items[item_id] = {"attributes": {a: 60 for a in attribute_set.attributes}}
    profile.assessments.fill_from_sheet(assessment_id, {"items": items})


def export_as_it_is(dialog: PreExportCheckDialog) -> int:
    """Every item is finished; the scorebook's advice alone never stops an export."""
    dialog.export_button.click()
    return PreExportCheckDialog.Accepted


def test_first_run_training_score_and_export(
    trained_window, qtbot, tmp_path, monkeypatch, passphrase
):
    window = trained_window
    editor = window.editor
    profile = window.profile
    assessment_id = editor.assessment_id
    framework = editor.framework
    assert editor.current_item_id == "1a"
    # The sample status document travels as evidence of the first item.
    assert [record.name for record in editor.page.evidence.evidence_records()] == [
        "status-document-summary.txt"
    ]

    # Score 1a by keyboard: every attribute to 70 with the arrow keys (step 5).
    for control in editor.page.controls.values():
        control.spin.setFocus()
        for _ in range(15):
            qtbot.keyClick(control.spin, Qt.Key_Up)
    stored = profile.assessments.get(assessment_id).items["1a"]
    assert set(stored.attributes.values()) == {70}
    assert editor.page.suggested_label.text().endswith("70.0")
    fill_everything_but(profile, assessment_id, framework, skip={"1a", "9b"})
    editor.refresh()

    # The pre-export check lists the one unfinished item and jumps to it.
    chosen = {}

    def pick_first_problem(dialog: PreExportCheckDialog) -> int:
        entries = [dialog.problem_list.item(row) for row in range(dialog.problem_list.count())]
        chosen["items"] = [
            entry.data(Qt.UserRole) for entry in entries if entry.data(BLOCKING_ROLE)
        ]
        if not chosen["items"]:  # only the scorebook's advice is left: export as it is
            chosen["advice"] = [entry.text() for entry in entries]
            dialog.export_button.click()
            return PreExportCheckDialog.Accepted
        assert not hasattr(dialog, "export_button"), "unfinished items: no export from here"
        assert entries[0].data(BLOCKING_ROLE), "what stops the export is listed first"
        dialog._choose(dialog.problem_list.item(0))
        return PreExportCheckDialog.Accepted

    monkeypatch.setattr(PreExportCheckDialog, "exec", pick_first_problem)
    editor.export_button.click()
    assert chosen["items"] == ["9b"]
    assert window.editor.current_item_id == "9b"

    # Mark 9b not assessed with a reason, through the page.
    page = window.editor.page
    page.not_assessed_check.setChecked(True)
    qtbot.keyClicks(page.reason_edit, "No data published for this cycle")
    qtbot.keyClick(page.reason_edit, Qt.Key_Return)
    assert profile.assessments.get(assessment_id).items["9b"].not_assessed == (
        "No data published for this cycle"
    )
    assert "—" in window.editor.tree_items["9b"].text(0)
    # 9b not assessed scores 0 (EFQM): 1 = (70 + 4 * 60) / 5 = 62; 2-5: 240; 6: 90; 7, 8:
    # 60 each; 9 = 60 * .5 = 30 % of 150 = 45. Total 557 (whole points, as EFQM 2013.3
    # shows it), provisional, with no level.
    assert window.editor.total_label.text() == "557 of 1000"
    assert window.editor.band_label.text() == (
        "Provisional: not every item is assessed, so no level is given."
    )
    axes = window.editor.chart.axes()
    assert [axis.label for axis in axes] == [c.id for c in framework.criteria]
    assert all(axis.percent is not None for axis in axes)

    destination = tmp_path / "out" / "bundle.ipmsb"
    destination.parent.mkdir()
    result = {}

    def export_now(dialog: ExportDialog) -> int:
        assert dialog.recipients_list.count() == 1
        dialog.destination_edit.setText(str(destination))
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30_000)
        result["fingerprint"] = dialog.fingerprint
        result["shown"] = dialog.fingerprint_label.text()
        return ExportDialog.Accepted

    monkeypatch.setattr(ExportDialog, "exec", export_now)
    run_export_flow(window, window.context, profile, assessment_id, window._jump_to_item)
    advice = "Scorebook: strengths written: 0; write 3 to 5."
    assert any(advice in text for text in chosen["advice"])
    assert destination.exists()
    assert result["shown"] == result["fingerprint"]
    assert len(result["fingerprint"].split()) == 8

    # The bundle opens with the training consolidation key and carries revision 1.
    authority = CertificateAuthority(window.context.training_dir)
    trust = load_trust_settings(window.context.training_dir / "training-trust-settings.ipmst")
    opened = open_bundle(destination, trust, authority.consolidation_private_key(passphrase))
    assert opened.document["revision"] == 1
    assert opened.document["items"]["9b"]["not_assessed"] == "No data published for this cycle"
    assert opened.document["items"]["1a"]["attributes"]["sound"] == 70
    assert profile.assessments.get(assessment_id).summary.status == "exported"


def test_export_failure_leaves_no_file_and_uses_no_revision(
    trained_window, qtbot, tmp_path, monkeypatch, passphrase
):
    """A failed write uses no revision: the retry's dialog, file name, bundle and profile
    all say revision 1."""
    window = trained_window
    editor = window.editor
    profile = window.profile
    fill_everything_but(profile, editor.assessment_id, editor.framework, skip=set())
    missing_folder = tmp_path / "removed-stick" / "bundle.ipmsb"
    stick = tmp_path / "stick"
    stick.mkdir()
    outcome = {}

    def export_to_missing_folder_then_retry(dialog: ExportDialog) -> int:
        planned_name = Path(dialog.destination_edit.text()).name
        dialog.destination_edit.setText(str(missing_folder))
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30_000)
        outcome["message"] = dialog.message_label.text()
        outcome["revision after failure"] = profile.assessments.get(
            editor.assessment_id
        ).summary.revision
        dialog.destination_edit.setText(str(stick / planned_name))
        dialog.start_export()
        qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30_000)
        outcome["title"] = dialog.title_label.text()
        outcome["path"] = dialog.result_path
        return ExportDialog.Accepted

    monkeypatch.setattr(ExportDialog, "exec", export_to_missing_folder_then_retry)
    monkeypatch.setattr(PreExportCheckDialog, "exec", export_as_it_is)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    run_export_flow(window, window.context, profile, editor.assessment_id, print)
    assert "not written" in outcome["message"]
    assert not missing_folder.parent.exists() or not any(Path(missing_folder.parent).iterdir())
    assert outcome["revision after failure"] == 0
    assert outcome["title"].endswith("this export will be revision 1.")
    assert outcome["path"].name.endswith("-r1.ipmsb")
    authority = CertificateAuthority(window.context.training_dir)
    trust = load_trust_settings(window.context.training_dir / "training-trust-settings.ipmst")
    opened = open_bundle(outcome["path"], trust, authority.consolidation_private_key(passphrase))
    assert opened.document["revision"] == 1
    assert profile.assessments.get(editor.assessment_id).summary.revision == 1
