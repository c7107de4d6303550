"""The merge console: open a database, add bundles three ways, read the live outcomes,
and retry refused bundles from the quarantine after new trust settings arrive."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ipms_desktop.consolidation.merge import Outcome
from ipms_desktop.gui.consolidation.reasons import may_succeed_after_trust_change, plain_reason
from tests.bundles.bundle_pki import KEY_PASSPHRASE
from tests.gui_teamlead.conftest import close_window, merge_all, open_window


def outcomes(window) -> list[Outcome]:
    return [result.outcome for result in window.table.results()]


def test_folder_then_files_give_merged_duplicate_and_plain_rejection(qtbot, context, world):
    window = open_window(qtbot, context, world)
    assert window.recovery_box is not None, "a new file's recovery code must be shown once"
    assert "-" in window.recovery_box.text()
    window.recovery_box.accept()
    merge_all(qtbot, window, [world.root / "incoming"], files=4)
    by_file = {Path(r.file).name: r for r in window.table.results()}
    assert [by_file[p.name].outcome for p in world.bundles] == [Outcome.MERGED] * 3
    damaged = by_file[world.damaged.name]
    assert damaged.outcome is Outcome.REJECTED
    row = [Path(r.file).name for r in window.table.results()].index(world.damaged.name)
    meaning = window.table.item(row, window.table.MEANING).text()
    assert "damaged or incomplete" in meaning and "truncated" not in meaning
    assert "truncated" in window.table.item(row, 0).toolTip()
    assert window.counts_label.text() == window.table.counts_text()
    status = window.status_line.text()
    status = status.replace("\u2068", "").replace("\u2069", "")
    assert status.startswith("Merge done, 1 file(s) rejected"), status
    assert "3 merged, 0 already merged, 0 kept in history, 1 rejected" in status
    assert not window.status_line.progress.isVisible(), "progress folds away when done"

    merge_all(qtbot, window, [world.bundles[0]])
    assert outcomes(window)[-1] is Outcome.DUPLICATE
    assert window.table.item(4, window.table.OUTCOME).text() == "Already merged"
    assert "3 merged, 1 already merged, 0 kept in history, 1 rejected" in (
        window.counts_label.text()
    )
    window.tabs.setCurrentIndex(window.QUARANTINE_TAB)
    quarantine = window.quarantine
    assert [entry.copy.name for entry in quarantine.entries] == [world.damaged.name]
    assert quarantine.table.item(0, 3).text() == "No"
    close_window(window, context)


def test_dropping_files_merges_them(qtbot, context, world):
    window = open_window(qtbot, context, world)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in world.bundles[:2]])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.drop_zone.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier, QEvent.Drop
    )
    expected = 2
    window.drop_zone.dropEvent(drop)
    qtbot.waitUntil(
        lambda: len(window.table.results()) == expected and not window.busy, timeout=30_000
    )
    assert outcomes(window) == [Outcome.MERGED, Outcome.MERGED]
    close_window(window, context)


def test_retry_after_trust_change_merges_quarantined_bundles(qtbot, context, world):
    window = open_window(qtbot, context, world, trust_file=world.narrow_trust_file)
    merge_all(qtbot, window, world.bundles)
    assert outcomes(window) == [Outcome.REJECTED] * 3
    assert "framework version that your trust settings do not approve" in (
        window.table.item(0, window.table.MEANING).text()
    )
    quarantine = window.quarantine
    assert len(quarantine.entries) == 3
    assert {quarantine.table.item(row, 3).text() for row in range(3)} == {"Yes"}

    quarantine.retry_all()
    qtbot.waitUntil(lambda: "Retry finished" in quarantine.status_line.text(), timeout=30_000)
    assert "0 accepted, 3 still refused" in quarantine.status_line.text()
    assert len(quarantine.entries) == 3, "a refused retry must not multiply the copies"

    quarantine.load_trust(world.trust_file)
    assert window.session.trust.serial == 2
    quarantine.table.selectRow(0)
    quarantine.retry_selected()
    qtbot.waitUntil(lambda: "1 accepted" in quarantine.status_line.text(), timeout=30_000)
    assert len(quarantine.entries) == 2
    quarantine.retry_all()
    qtbot.waitUntil(lambda: "2 accepted" in quarantine.status_line.text(), timeout=30_000)
    assert quarantine.entries == []
    resolved = window.session.quarantine_dir / "resolved"
    assert len(list(resolved.glob("*.ipmsb"))) == 3, "accepted copies are kept, not deleted"
    close_window(window, context)


def test_wrong_passphrase_is_explained_and_keeps_the_input(qtbot, context, world):
    window = open_window(qtbot, context, world)
    window.recovery_box.accept()
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)
    window.close_database()
    assert window.session is None
    window.passphrase_edit.setText("not the passphrase")
    window.key_passphrase_edit.setText("test-only consolidation passphrase")
    window.open_database()
    qtbot.waitUntil(lambda: window.open_button.isEnabled(), timeout=20_000)
    assert window.session is None
    assert window.status_line.property("role") == "error"
    assert window.status_line.text()
    assert window.database_edit.text().endswith("team.ipmsdb")
    close_window(window, context)


def test_reasons_are_plain_sentences():
    assert "withdrawn" in plain_reason("signer-revoked: certificate of CN=x has been revoked")
    assert "not certified" in plain_reason("untrusted-signer: not issued by the root")
    assert "has not assigned to this institution" in plain_reason(
        "lead-not-assigned: 'Ministry of Trade' is assigned to team lead L for cycle 2026"
    )
    assert "signed assignments file" in plain_reason("assignment-missing: no team assignments")
    assert "Merge the team's assessments first" in plain_reason("based-on-invalid: bundle 7")
    assert may_succeed_after_trust_change("assignment-missing: no team assignments")
    assert "cannot be used" in plain_reason("item 1a, sound: score 7 is not legal")
    assert may_succeed_after_trust_change("framework-not-allowed: x")
    assert not may_succeed_after_trust_change("truncated: the file ends early")


def test_team_lead_profile_key_and_trust_are_used_when_no_files_are_given(qtbot, context, world):
    from ipms_desktop.gui.consolidation.window import ConsolidationWindow
    from ipms_desktop.trust.profile_credentials import recipient_private_key
    from tests.gui_teamlead.conftest import DATABASE_PASSPHRASE, readdress

    lead_key = recipient_private_key(world.profile.keys)
    addressed = readdress(world, world.bundles[0], [lead_key.public_key()])
    window = ConsolidationWindow(context, world.profile)
    qtbot.addWidget(window)
    window.show()
    window.database_edit.setText(str(world.root / "lead.ipmsdb"))
    window.passphrase_edit.setText(DATABASE_PASSPHRASE)
    window.confirm_edit.setText(DATABASE_PASSPHRASE)
    window.open_database()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    window.recovery_box.accept()
    merge_all(qtbot, window, [addressed, world.bundles[1]], files=1)
    assert outcomes(window) == [Outcome.MERGED]
    # The second file is for CoMSEC's key, not this profile's: the run stops there.
    assert "is encrypted for \u2068CoMSEC's consolidation key" in window.status_line.text()
    assert not list(window.session.quarantine_dir.glob("*"))
    close_window(window, context)


@pytest.mark.postgres
def test_merging_into_postgresql_needs_no_file_passphrase(qtbot, context, world, postgres_url):
    from ipms_desktop.gui.consolidation.window import ConsolidationWindow

    window = ConsolidationWindow(context, world.profile)
    qtbot.addWidget(window)
    window.show()
    window.database_edit.setText(postgres_url)
    assert not window.passphrase_edit.isEnabled()
    assert not window.confirm_edit.isVisible()
    window.trust_edit.setText(str(world.trust_file))
    window.key_edit.setText(str(world.ca.consolidation_key_path))
    window.key_passphrase_edit.setText(KEY_PASSPHRASE)
    window.open_database()
    qtbot.waitUntil(lambda: window.session is not None, timeout=30_000)
    assert window.recovery_box is None
    merge_all(qtbot, window, world.bundles)
    assert outcomes(window) == [Outcome.MERGED] * 3
    qtbot.waitUntil(lambda: window.consensus.view is not None, timeout=30_000)
    assert len(window.consensus.view.individuals) == 3
    close_window(window, context)


def test_cancel_stops_a_merge_between_files_and_keeps_what_merged(
    qtbot, context, world, monkeypatch
):
    """Cancel during a long merge: the file being merged finishes, the rest are left for
    later, the table shows exactly what happened, and the database can be closed."""
    import threading

    from ipms_desktop.services.consolidation_session import MergeSession

    window = open_window(qtbot, context, world)
    window.recovery_box.accept()
    first_started, release = threading.Event(), threading.Event()
    original = MergeSession.merge

    def slow_merge(self, path, quarantine_dir=None):
        first_started.set()
        release.wait(10)
        return original(self, path, quarantine_dir)

    monkeypatch.setattr(MergeSession, "merge", slow_merge)
    window.add_paths(list(world.bundles))
    assert first_started.wait(10)
    assert window.status_line.cancel_button.isVisible()
    assert not window.close_button.isEnabled()
    window.status_line.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)
    assert outcomes(window) == [Outcome.MERGED]
    assert window.status_line.text().startswith("Stopped.")
    assert window.close_button.isEnabled()

    monkeypatch.setattr(MergeSession, "merge", original)
    merge_all(qtbot, window, list(world.bundles))
    assert outcomes(window) == [Outcome.MERGED, Outcome.DUPLICATE, Outcome.MERGED, Outcome.MERGED]
    close_window(window, context)


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_a_consensus_waits_for_comsec_assignments_then_merges_on_retry(
    qtbot, context, world, language
):
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from ipms_desktop.bundles.writer import BundleSigner, write_bundle
    from ipms_desktop.consolidation.consensus import consensus_document, load_consensus
    from ipms_desktop.trust.ca_statements import assign_team
    from ipms_desktop.trust.certificates import certificate_fingerprint
    from ipms_desktop.trust.requests import build_certificate_request
    from tests.bundles.bundle_pki import CA_PASSPHRASE
    from tests.gui_teamlead.conftest import CYCLE, INSTITUTION

    context.languages.apply(language)
    window = open_window(qtbot, context, world)
    merge_all(qtbot, window, world.bundles)
    key = ed25519.Ed25519PrivateKey.generate()
    lead = world.ca.issue(build_certificate_request(key, "Lead Lina"), "team-lead", CA_PASSPHRASE)
    view = load_consensus(window.session.database, INSTITUTION, CYCLE)
    document = consensus_document(
        view,
        consensus_id="cd" * 16,
        revision=1,
        team_lead_name="Lead Lina",
        team_lead_fingerprint=certificate_fingerprint(lead),
    )
    consensus = world.root / "consensus.ipmsb"
    write_bundle(
        consensus,
        kind="consensus",
        document=document,
        evidence=[],
        signer=BundleSigner(key, lead),
        recipients=list(window.session.trust.default_recipients()),
    )
    merge_all(qtbot, window, [consensus])
    assert outcomes(window)[-1] is Outcome.REJECTED
    last = window.table.rowCount() - 1
    expected = {
        "en": "No team assignments from CoMSEC for this cycle",
        "ar": "لم تُثبَّت تكليفات الفرق",
        "ckb": "هیچ دیاریکردنێکی تیم",
    }[language]
    assert expected in window.table.item(last, window.table.MEANING).text()
    quarantine = window.quarantine
    forged = world.root / "not-signed.json"
    forged.write_text('{"document": "ipms-team-assignments", "format": 1}', encoding="utf-8")
    quarantine.install_statement(forged)
    assert quarantine.status_line.property("role") == "error"
    assert "not-signed.json" in quarantine.status_line.text()
    _, data = assign_team(
        world.ca, CA_PASSPHRASE, cycle=CYCLE, institution=INSTITUTION, team_lead=lead
    )
    assignments = world.root / "assignments-2026.json"
    assignments.write_bytes(data)
    quarantine.install_statement(assignments)
    assert quarantine.status_line.property("role") == "success"
    assert "assignments-2026.json" in quarantine.status_line.text()
    quarantine.retry_all()
    qtbot.waitUntil(lambda: not quarantine.entries, timeout=30_000)
    close_window(window, context)
    context.languages.apply("en")
