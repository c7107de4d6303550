"""The consensus lifecycle in the workspace, driven by clicks in each language: Start
freezes the revisions, a newer revision merged afterwards raises the banner and changes
no total, Reopen asks for a justification and rebases, and items are marked agreed."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from PySide6.QtCore import QCoreApplication, Qt

from ipms_desktop.bundles.writer import BundleSigner, write_bundle
from ipms_desktop.trust.certificates import certificate_fingerprint
from ipms_desktop.trust.requests import build_certificate_request
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.bundles.bundle_pki import CA_PASSPHRASE
from tests.consolidation_samples import assessment_document
from tests.gui_teamlead.conftest import CYCLE, INSTITUTION, close_window, merge_all, open_window

LANGUAGES = ["en", "ar", "ckb"]


def _translated(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


class Assessor:
    """One assessor with a key of their own, who can send a revised assessment."""

    def __init__(self, world, name: str) -> None:
        self.world = world
        self.key = ed25519.Ed25519PrivateKey.generate()
        self.certificate = world.ca.issue(
            build_certificate_request(self.key, name), "assessor", CA_PASSPHRASE
        )
        self.document = assessment_document(
            institution=INSTITUTION, cycle=CYCLE, assessor=name, seed=7, base=50
        )
        self.document["assessor"]["certificate_fingerprint"] = certificate_fingerprint(
            self.certificate
        )

    def bundle(self, revision: int) -> Path:
        self.document["revision"] = revision
        path = self.world.root / f"revised-{revision}.ipmsb"
        write_bundle(
            path,
            kind="assessment",
            document=self.document,
            evidence=[],
            signer=BundleSigner(self.key, self.certificate),
            recipients=list(load_trust_settings(self.world.trust_file).default_recipients()),
        )
        return path


def _open_workspace(qtbot, context, world, bundles=None, size=None):
    """The team lead's window with the team's bundles merged, on the consensus workspace
    (at ``size`` when given, before anything is merged)."""
    window = open_window(qtbot, context, world)
    window.recovery_box.accept()
    if size is not None:
        window.resize(*size)
    merge_all(qtbot, window, world.bundles if bundles is None else bundles)
    window.tabs.setCurrentIndex(window.CONSENSUS_TAB)
    workspace = window.consensus
    qtbot.waitUntil(lambda: workspace.view is not None, timeout=30_000)
    return window, workspace


@pytest.mark.parametrize("language", LANGUAGES)
def test_start_banner_reopen_and_agree_by_clicks(qtbot, context, world, language):
    context.languages.apply(language)
    assessor = Assessor(world, "Revising Assessor")
    window, workspace = _open_workspace(
        qtbot, context, world, bundles=[*world.bundles, assessor.bundle(1)]
    )

    # Open: the state says so, Start is offered, no banner.
    assert workspace.view.state == "open"
    assert workspace.state_label.text() == _translated(
        "ConsensusWorkspace",
        "Not started: the consensus follows the current individual revisions. Start it (or "
        "make a first change) to freeze them.",
    )
    assert workspace.start_button.isEnabled() and not workspace.banner.isVisible()
    qtbot.mouseClick(workspace.start_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: workspace.view.state == "started", timeout=20_000)
    assert not workspace.start_button.isEnabled()
    started = _translated("ConsensusWorkspace", "Started on %1 by %2: individual revisions frozen.")
    assert started.split("%1")[0] in workspace.state_label.text()
    assert "Team Lead" in workspace.state_label.text()
    total = workspace.view.score.total

    # Mark the chosen item agreed: the count follows.
    item_id = workspace.heat_map.current_item_id()
    qtbot.mouseClick(workspace.agreed_check, Qt.LeftButton)
    qtbot.waitUntil(lambda: item_id in workspace.view.agreed_items, timeout=20_000)
    assert workspace.agreed_check.isChecked()
    count = workspace.agreed_count_label.text()
    assert "1" in count and "32" in count
    assert count == _translated("ConsensusWorkspace", "%1 of %2 items agreed").replace(
        "%1", "1"
    ).replace("%2", "32")

    # A newer revision merged now: the banner, the same total.
    assessor.document["items"]["1a"]["attributes"] = dict.fromkeys(
        assessor.document["items"]["1a"]["attributes"], 100
    )
    window.tabs.setCurrentIndex(0)
    merge_all(qtbot, window, [assessor.bundle(2)])
    window.tabs.setCurrentIndex(window.CONSENSUS_TAB)
    qtbot.waitUntil(lambda: bool(workspace.view.newer_revisions), timeout=30_000)
    qtbot.waitUntil(workspace.banner.isVisible, timeout=5_000)
    assert workspace.view.score.total == total
    label = workspace.view.newer_revisions[0].label.rsplit(" ", 1)[-1]
    assert label in workspace.banner_label.text()
    assert workspace.banner_label.text() != ""

    # Reopen: the dialog refuses an empty justification, then rebases.
    qtbot.mouseClick(workspace.reopen_button, Qt.LeftButton)
    dialog = workspace.reopen_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert dialog.windowTitle() == _translated("ReopenDialog", "Reopen the consensus")
    assert not dialog.reopen_button.isEnabled()
    qtbot.keyClicks(dialog.justification_edit, "   ")
    assert not dialog.reopen_button.isEnabled()
    dialog.justification_edit.clear()
    qtbot.keyClicks(dialog.justification_edit, "The assessor corrected 1a")
    qtbot.mouseClick(dialog.reopen_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: workspace.view.newer_revisions == (), timeout=30_000)
    qtbot.waitUntil(lambda: not workspace.banner.isVisible(), timeout=5_000)
    assert [e.event for e in workspace.view.lifecycle] == ["start", "reopen"]
    assert workspace.view.lifecycle[-1].justification == "The assessor corrected 1a"
    assert workspace.view.score.total != total
    reopened = _translated("ConsensusWorkspace", "Started; reopened on %1 by %2.")
    assert reopened.split("%1")[0] in workspace.state_label.text()
    close_window(window, context)
    context.languages.apply("en")


def test_a_first_edit_starts_the_consensus_and_says_so(qtbot, context, world):
    window, workspace = _open_workspace(qtbot, context, world)
    assert workspace.view.state == "open"
    workspace.scores_table.setCurrentCell(0, 0)
    workspace.justification_edit.setText("Site visit showed a full review cycle")
    qtbot.mouseClick(workspace.set_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: workspace.view.state == "started", timeout=20_000)
    assert "Consensus started" in workspace.status_line.text()
    assert workspace.state_label.text().startswith("Started on ")
    close_window(window, context)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_strength_is_made_the_key_point_and_undone_by_clicks(qtbot, context, world, language):
    context.languages.apply(language)
    window, workspace = _open_workspace(qtbot, context, world)
    assert workspace.key_button.text() == _translated("ConsensusWorkspace", "&Key point")
    item_id = workspace.heat_map.current_item_id()
    editor = workspace.strengths_editor
    editor.list.setCurrentRow(1)
    chosen = editor.texts()[1]
    qtbot.mouseClick(workspace.key_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(workspace.view.key_points), timeout=20_000)
    [point] = workspace.view.key_points
    assert (point.item_id, point.kind, point.text) == (item_id, "strength", chosen)
    qtbot.waitUntil(lambda: editor.list.item(1).font().bold(), timeout=5_000)
    assert not editor.list.item(0).font().bold()
    assert workspace.key_button.isChecked()
    editor.list.setCurrentRow(0)
    assert not workspace.key_button.isChecked()
    workspace.note_tabs.setCurrentWidget(workspace.afis_editor)
    workspace.afis_editor.list.setCurrentRow(0)
    assert not workspace.key_button.isChecked(), "no key area for improvement yet"
    workspace.note_tabs.setCurrentWidget(editor)
    editor.list.setCurrentRow(1)
    assert workspace.key_button.isChecked()
    qtbot.mouseClick(workspace.key_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: workspace.view.key_points == (), timeout=20_000)
    assert not editor.list.item(1).font().bold()
    assert workspace.view.state == "started", "the first key point started the consensus"
    close_window(window, context)
    context.languages.apply("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_key_strength_follows_its_entry_when_edited_by_keyboard(
    qtbot, context, world, language
):
    """The feedback report quotes the key strength: editing its entry (F2, typing, Enter)
    makes the key point read the same, and the team lead is told so."""
    from PySide6.QtWidgets import QLineEdit

    context.languages.apply(language)
    window, workspace = _open_workspace(qtbot, context, world)
    editor = workspace.strengths_editor
    editor.list.setCurrentRow(1)
    qtbot.mouseClick(workspace.key_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(workspace.view.key_points), timeout=20_000)

    editor.list.setFocus()
    editor.list.setCurrentRow(1)
    qtbot.keyClick(editor.list, Qt.Key_F2)
    line = next(e for e in editor.list.viewport().findChildren(QLineEdit) if e.isVisible())
    line.selectAll()
    qtbot.keyClicks(line, "Leaders review the strategy with every unit each year")
    qtbot.keyClick(line, Qt.Key_Return)
    qtbot.waitUntil(
        lambda: (
            [p.text for p in workspace.view.key_points]
            == ["Leaders review the strategy with every unit each year"]
        ),
        timeout=20_000,
    )
    assert workspace.status_line.text() == _translated(
        "ConsensusWorkspace", "The key strength now reads as the edited entry."
    )
    qtbot.waitUntil(lambda: editor.list.item(1).font().bold(), timeout=5_000)
    close_window(window, context)
    context.languages.apply("en")


def test_the_workspace_dividers_stay_where_the_team_lead_left_them(qtbot, context, world):
    """At 1366x768 the texts get little room; the team lead drags the divider once."""
    window, workspace = _open_workspace(qtbot, context, world, size=(1366, 768))
    scores, texts = workspace.detail_splitter.sizes()
    workspace.detail_splitter.moveSplitter(scores - 120, 1)  # what a drag of the handle does
    moved = workspace.detail_splitter.sizes()
    assert moved[1] > texts + 100
    close_window(window, context)

    again = open_window(qtbot, context, world)
    again.resize(1366, 768)
    again.tabs.setCurrentIndex(again.CONSENSUS_TAB)
    qtbot.waitUntil(lambda: again.consensus.view is not None, timeout=30_000)
    restored = again.consensus.detail_splitter.sizes()
    assert restored[1] == moved[1], "the texts keep the room they were given"
    assert abs(restored[0] - moved[0]) <= 2  # the window's own height may differ by a pixel
    close_window(again, context)


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_on_a_1366_by_768_screen_an_item_s_attribute_rows_are_in_view(
    qtbot, context, world, language
):
    """A team lead on a 1366x768 laptop sees every attribute row of the item without
    scrolling the table, with strengths below it, in each language. (The item's overall
    row follows; the item list beside it shows the same overall figures.) With the
    document cut of the Arabic-script font, three attribute rows of seven showed in Arabic
    and Kurdish."""
    context.languages.apply(language)
    window, workspace = _open_workspace(qtbot, context, world, size=(1366, 768))
    table, strengths = workspace.scores_table, workspace.strengths_editor.list
    attributes = range(table.rowCount() - 1)  # the last row is the item's overall
    assert len(attributes) == 7  # EFQM 2013's RADAR attributes for an enabler
    for row in attributes:
        assert table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height()
    assert strengths.count() >= 2
    assert strengths.viewport().height() >= 2 * strengths.sizeHintForRow(0)
    close_window(window, context)
    context.languages.apply("en")
