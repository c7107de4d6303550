"""The training walk in the windows: a trainee made by the first run reaches the team
lead's window from the menu and merges, agrees and exports a consensus with no key file
and no trust file, because the training profile carries the team-lead credential."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ipms_desktop.bundles.reader import verify_bundle
from ipms_desktop.consolidation.merge import Outcome
from ipms_desktop.gui.main_window import MainWindow
from ipms_desktop.services.assessment_export import export_assessment
from ipms_desktop.services.training import TRAINING_TRUST_FILE, training_ca_folder
from ipms_desktop.trust.extensions import ROLE_TEAM_LEAD, role_of
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.gui.conftest import drive_first_run_with_training
from tests.gui_teamlead.conftest import DATABASE_PASSPHRASE
from tests.store.conftest import full_sheet


@pytest.fixture
def window(context, qtbot) -> Iterator[MainWindow]:
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.resize(1280, 720)
    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.start(context)
    yield main_window
    context.operations.wait_for_all(10_000)
    if main_window.profile is not None:
        main_window.profile.close()
        main_window.profile = None


def test_a_trainee_merges_and_exports_a_consensus_from_the_team_lead_window(
    window, qtbot, tmp_path: Path
):
    drive_first_run_with_training(window, qtbot, "en")
    profile = window.profile
    [summary] = profile.assessments.summaries()
    profile.assessments.fill_from_sheet(summary.id, full_sheet("efqm-2013", 50))
    bundle = tmp_path / "usb" / "sample.ipmsb"
    bundle.parent.mkdir()
    export_assessment(profile, summary.id, bundle)

    menus = window.team_menus
    menus.merge_action.trigger()
    qtbot.waitUntil(lambda: menus.consolidation_window is not None)
    lead = menus.consolidation_window
    lead.database_edit.setText(str(tmp_path / "team.ipmsdb"))
    lead.passphrase_edit.setText(DATABASE_PASSPHRASE)
    lead.confirm_edit.setText(DATABASE_PASSPHRASE)
    qtbot.mouseClick(lead.open_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: lead.session is not None, timeout=20_000)
    lead.recovery_box.accept()
    assert "No consolidation key" not in lead.status_line.text()
    lead.add_paths([bundle])
    qtbot.waitUntil(lambda: bool(lead.table.results()) and not lead.busy, timeout=30_000)
    assert [r.outcome for r in lead.table.results()] == [Outcome.MERGED]
    assert "Merge finished" in lead.status_line.text()

    lead.tabs.setCurrentIndex(lead.CONSENSUS_TAB)
    workspace = lead.consensus
    qtbot.waitUntil(lambda: workspace.view is not None, timeout=20_000)
    consensus = tmp_path / "usb" / "consensus.ipmsb"
    workspace.export_to(consensus)
    qtbot.waitUntil(lambda: workspace.exported_path == consensus, timeout=20_000)
    trust = load_trust_settings(training_ca_folder(profile.folder) / TRAINING_TRUST_FILE)
    signer = verify_bundle(consensus, trust).signer.certificate
    assert isinstance(signer, x509.Certificate) and role_of(signer) == ROLE_TEAM_LEAD
    window.context.operations.wait_for_all(20_000)
    lead.close()
