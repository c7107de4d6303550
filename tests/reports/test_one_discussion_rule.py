"""One discussion rule: the consensus view (the workspace reads it), ``ipms consensus show``,
the workbook and the feedback PDF flag the very same items, by the overall spread."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ipms_desktop.cli import main
from ipms_desktop.consolidation.consensus import load_consensus
from ipms_desktop.consolidation.merge import merge_bundles
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.feedback_content import feedback_html
from ipms_desktop.reports.workbook import write_workbook
from ipms_desktop.settings import CONSOLIDATION
from tests.consolidation_samples import (
    PASSPHRASE,
    assessment_document,
    incoming,
    json_opener,
    open_local,
    write_fake_bundle,
)

INSTITUTION = "Ministry of Trade"


@pytest.fixture
def team_database(tmp_path: Path) -> Path:
    """Three assessors with seeded random attribute scores (20 to 85): attributes often
    spread by 20 or more while many items' overall scores stay closer."""
    path = tmp_path / "team.ipmsdb"
    database = open_local(path)
    documents = [
        assessment_document(institution=INSTITUTION, assessor=f"Assessor {n}", seed=n + 7)
        for n in range(3)
    ]
    merge_bundles(
        database,
        [write_fake_bundle(tmp_path, incoming(d)) for d in documents],
        json_opener,
        tmp_path / "q",
    )
    database.close()
    return path


def test_view_show_workbook_and_pdf_flag_the_same_items(
    team_database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threshold = CONSOLIDATION.consensus_spread_threshold
    database = open_local(team_database)
    try:
        view = load_consensus(database, INSTITUTION, 2026)
        results = load_cycle_results(database, 2026)
    finally:
        database.close()
    from_view = {item.item.id for item in view.flagged_items}
    by_attribute = {
        item.item.id
        for item in view.items
        if any(row.spread is not None and row.spread >= threshold for row in item.attributes)
    }
    # the data tells the two rules apart: attributes flag more items than overalls do
    assert from_view and by_attribute - from_view
    for item in view.items:
        overalls = [i.score.items[item.item.id].overall for i in view.individuals]
        present = [o for o in overalls if o is not None]
        assert item.flagged == (max(present) - min(present) >= threshold)

    monkeypatch.setenv("IPMS_DB_PASSPHRASE", PASSPHRASE)
    where = ["--db", str(team_database), "--institution", INSTITUTION, "--cycle", "2026"]
    assert main(["consensus", "show", *where, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    from_show = {item["item"] for item in shown["items"] if item["flagged"]}
    assert from_show == from_view
    assert main(["consensus", "show", *where]) == 0
    text = capsys.readouterr().out
    listed = re.search(r"items to discuss first: (.*)", text)
    assert listed is not None and set(listed.group(1).split(", ")) == from_view

    (institution,) = results.institutions
    assert {s.item_id for s in institution.item_spreads() if s.flagged} == from_view
    workbook_path = tmp_path / "cycle.xlsx"
    write_workbook(results, workbook_path, "en")
    variance = load_workbook(workbook_path)["Variance"]
    header = [cell.value for cell in variance[1]]
    item_column, flag_column = header.index("Sub-criterion"), header.index("Discuss first")
    from_workbook = {
        row[item_column]
        for row in variance.iter_rows(min_row=2, values_only=True)
        if row[flag_column] is True
    }
    assert from_workbook == from_view
    # The feedback PDF is the institution's document: it carries the consensus only, so
    # it shows neither spreads nor the items flagged by them.
    html = feedback_html(institution, "en")
    assert "Discuss first" not in html and "Spread" not in html
