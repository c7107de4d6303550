"""The consensus workspace and the reports panel over a database with three assessments."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from ipms_desktop.bundles.reader import open_bundle
from ipms_desktop.scoring import total_figure
from ipms_desktop.trust.trust_settings import load_trust_settings
from tests.bundles.bundle_pki import KEY_PASSPHRASE
from tests.gui_teamlead.conftest import CYCLE, INSTITUTION, close_window, merge_all, open_window


def consensus_ready(qtbot, context, world):
    window = open_window(qtbot, context, world)
    window.recovery_box.accept()
    merge_all(qtbot, window, world.bundles)
    window.tabs.setCurrentIndex(window.CONSENSUS_TAB)
    workspace = window.consensus
    qtbot.waitUntil(lambda: workspace.view is not None, timeout=30_000)
    return window, workspace


def test_heat_map_lists_flagged_items_first_and_hides_names(qtbot, context, world):
    window, workspace = consensus_ready(qtbot, context, world)
    view = workspace.view
    assert workspace.pairs == [(INSTITUTION, CYCLE)]
    flags = [entry.flagged for entry in view.items]
    assert any(flags) and flags == sorted(flags, reverse=True), "flagged items come first"
    heat = workspace.heat_map
    headers = [heat.horizontalHeaderItem(c).text() for c in range(heat.columnCount())]
    # Anonymised columns are titled by their letters (narrow), the full name on hover.
    assert headers[1:4] == [f"\u2068{letter}\u2069" for letter in "ABC"]
    tooltips = [heat.horizontalHeaderItem(c).toolTip() for c in range(1, 4)]
    assert tooltips == [f"Assessor \u2068{letter}\u2069" for letter in "ABC"]
    assert heat.item(0, 0).font().bold()
    first = view.items[0]
    assert heat.item(0, 0).text().startswith(first.item.id)
    spread_cell = heat.item(0, 4)
    assert spread_cell.background().color().name() != "#ffffff", "a wide spread is coloured"
    workspace.anonymised_check.setChecked(False)
    headers = [heat.horizontalHeaderItem(c).text() for c in range(heat.columnCount())]
    assert set(headers[1:4]) == {"Huda Kareem", "Omar Saleh", "Zainab Ali"}
    assert "3 assessors" in workspace.summary_label.text()
    # the consensus total in whole points, as EFQM 2013.3 shows it
    figure = total_figure(view.framework, view.score.total)
    assert figure.isdigit() and view.framework.total_decimals == 0
    assert f"consensus total {figure} of 1000 · level:" in workspace.summary_label.text()
    close_window(window, context)


def test_consensus_needs_a_justification_then_is_saved_and_cleared(qtbot, context, world):
    window, workspace = consensus_ready(qtbot, context, world)
    item_id = workspace.heat_map.current_item_id()
    workspace.scores_table.setCurrentCell(0, 0)
    row = workspace.current_item().attributes[0]
    new_value = 90 if row.consensus != 90 else 85
    workspace.value_spin.setValue(new_value)
    workspace.justification_edit.clear()
    workspace.set_consensus()
    assert workspace.status_line.property("role") == "error"
    assert "justification" in workspace.status_line.text()
    assert not workspace.current_item().attributes[0].overridden

    workspace.justification_edit.setText("Site visit showed a full review cycle")
    workspace.set_consensus()
    qtbot.waitUntil(lambda: workspace.current_item().attributes[0].overridden, timeout=20_000)
    assert workspace.heat_map.current_item_id() == item_id
    row = workspace.current_item().attributes[0]
    assert row.consensus == new_value
    consensus_column = workspace.scores_table.columnCount() - 2
    assert workspace.scores_table.item(0, consensus_column).text().endswith("*")
    assert workspace.scores_table.item(0, consensus_column + 1).text().startswith("Site visit")

    workspace.scores_table.setCurrentCell(0, 0)
    workspace.clear_consensus()
    qtbot.waitUntil(lambda: not workspace.current_item().attributes[0].overridden, timeout=20_000)
    close_window(window, context)


def test_gathered_strengths_are_edited_and_the_bundle_exported(qtbot, context, world, tmp_path):
    window, workspace = consensus_ready(qtbot, context, world)
    editor = workspace.strengths_editor
    gathered = workspace.current_item().strengths
    assert len(gathered) >= 2 and len(set(gathered)) == len(gathered)
    editor.list.item(0).setText("Leaders review the strategy every quarter")
    qtbot.waitUntil(
        lambda: (
            workspace.current_item().strengths[0] == "Leaders review the strategy every quarter"
        ),
        timeout=20_000,
    )
    before = list(workspace.current_item().strengths)
    editor.list.setCurrentRow(0)
    workspace.combine_with_next()
    qtbot.waitUntil(
        lambda: len(workspace.current_item().strengths) == len(before) - 1, timeout=20_000
    )
    assert workspace.current_item().strengths[0] == f"{before[0]}; {before[1]}"
    target = tmp_path / "out" / "consensus.ipmsb"
    target.parent.mkdir()
    workspace.export_to(target)
    qtbot.waitUntil(lambda: workspace.exported_path is not None, timeout=30_000)
    assert "consensus.ipmsb" in workspace.status_line.text()
    assert "Items not marked agreed (32)" in workspace.status_line.text()
    assert workspace.status_line.property("role") == "warning"
    trust = load_trust_settings(world.trust_file)
    opened = open_bundle(target, trust, world.ca.consolidation_private_key(KEY_PASSPHRASE))
    document = opened.document
    assert document["document"] == "ipms-consensus"
    assert len(document["based_on"]) == 3
    assert [event["event"] for event in document["lifecycle"]] == ["start"]
    assert document["lifecycle"][0]["by"] == "Team Lead"
    assert document["agreed_items"] == [] and set(document["key_points"]) == {
        "strengths",
        "areas_for_improvement",
    }
    qtbot.waitUntil(lambda: workspace.view.state == "exported", timeout=20_000)
    item_id = workspace.heat_map.current_item_id()
    assert document["items"][item_id]["strengths"][0].startswith(
        "Leaders review the strategy every quarter; "
    )
    close_window(window, context)


def test_reports_are_written_with_progress_for_chosen_institutions(qtbot, context, world):
    window, _workspace = consensus_ready(qtbot, context, world)
    window.tabs.setCurrentIndex(window.REPORTS_TAB)
    panel = window.reports
    panel.cycle_spin.setValue(CYCLE)
    panel.load_cycle()
    qtbot.waitUntil(lambda: panel.institutions_list.count() == 1, timeout=30_000)
    panel.all_check.setChecked(False)
    panel.write()
    assert panel.status_line.property("role") == "error"
    assert panel.written == []

    panel.all_check.setChecked(True)
    workbook = world.root / "reports" / "cycle"
    (world.root / "reports").mkdir()
    panel.workbook_edit.setText(str(workbook))
    panel.pdf_edit.setText(str(world.root / "reports" / "pdf"))
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("ar"))
    panel.write()
    qtbot.waitUntil(lambda: bool(panel.written), timeout=60_000)
    assert len(panel.written) == 2, "the workbook and one feedback PDF"
    assert panel.status_line.property("role") == "success"
    assert panel.open_folder_button.isEnabled()
    workbook_path = Path(str(workbook) + ".xlsx")
    assert panel.written[0] == workbook_path
    sheets = load_workbook(workbook_path, read_only=True).sheetnames
    assert len(sheets) >= 3
    pdfs = list((world.root / "reports" / "pdf").glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")
    close_window(window, context)
