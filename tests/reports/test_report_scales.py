"""Reports carry each framework's own scale and its not-assessed policy: CAF on 0-100
with no points, an EFQM consensus with an item not assessed as a provisional total with
no level, and a total shown with the figure its level was decided on."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from ipms_desktop.consolidation.consensus import consensus_document, load_consensus
from ipms_desktop.consolidation.merge import merge_bundles
from ipms_desktop.frameworks import load_framework
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.feedback_pdf import feedback_html
from ipms_desktop.reports.workbook import write_workbook
from tests.consolidation_samples import (
    assessment_document,
    assign_team,
    fingerprint_of,
    incoming,
    json_opener,
    open_local,
    write_fake_bundle,
)

CAF_BODY = "Tax Authority"
EFQM_BODY = "Ministry of Trade"


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("scales")
    database = open_local(folder / "cycle.db")
    caf = load_framework("caf-2020")
    documents = [
        assessment_document(caf, institution=CAF_BODY, assessor=f"CAF {n}", base=base)
        for n, base in enumerate((60, 70))
    ]
    efqm = [
        assessment_document(institution=EFQM_BODY, assessor=f"EFQM {n}", base=base)
        for n, base in enumerate((40, 50))
    ]
    for document in efqm:
        document["items"]["6b"] = {"not_assessed": "no performance indicators presented"}
    merge_bundles(
        database,
        [write_fake_bundle(folder, incoming(d)) for d in documents + efqm],
        json_opener,
        folder,
    )
    view = load_consensus(database, EFQM_BODY, 2026)
    consensus = consensus_document(
        view,
        consensus_id="d" * 32,
        revision=1,
        team_lead_name="Lead",
        team_lead_fingerprint=fingerprint_of("Lead"),
    )
    assign_team(database, EFQM_BODY, 2026, "Lead")
    merge_bundles(database, [write_fake_bundle(folder, incoming(consensus))], json_opener, folder)
    yield load_cycle_results(database, 2026)
    database.close()


def _institution(results, name: str):
    return next(i for i in results.institutions if i.institution == name)


def test_efqm_consensus_with_an_item_not_assessed_is_provisional(results) -> None:
    trade = _institution(results, EFQM_BODY)
    score = trade.consensus.score
    assert score.items["6b"].state.value == "not_assessed"
    # 45 % everywhere, 6b counted 0: 450 - 45 % * 0.25 * 150 = 433.125, shown 433
    assert score.total == 433 + 1 / 8
    assert score.shown_total == "433"
    assert score.provisional and score.band is None
    html = feedback_html(trade, "en")
    assert "<b>Total:</b> 433 / 1000" in html
    assert "<b>Level:</b> –" in html
    assert "Provisional: 6b not assessed and counted as 0" in html
    arabic = feedback_html(trade, "ar")
    assert "مؤقت: 6b لم تُقيَّم وحُسبت صفرًا" in arabic


def test_caf_is_reported_on_its_own_scale(results) -> None:
    caf = _institution(results, CAF_BODY)
    for assessment in caf.individuals:
        assert assessment.score.total in (60, 70)
        assert {c.points for c in assessment.score.criteria.values()} == {None}
    html = feedback_html(caf, "en")
    assert "<b>Overall score (0-100):</b> 65.0 / 100" in html
    assert "1000" not in html


def test_workbook_shows_caf_scores_and_provisional_levels(results, tmp_path: Path) -> None:
    out = tmp_path / "cycle.xlsx"
    write_workbook(results, out, "en")
    workbook = load_workbook(out)
    sheets = [workbook[name] for name in workbook.sheetnames if name.startswith("Summary")]
    rows = {}
    headers = {}
    for sheet in sheets:
        header = [cell.value for cell in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            rows[(row[0].value, row[1].value)] = (header, row)
            headers[row[0].value] = header
    caf_header = headers[CAF_BODY]
    assert caf_header[-3:] == ["Overall score (0-100)", "Level", "Rank"]
    _, caf_row = rows[(CAF_BODY, "Assessor A")]
    values = [cell.value for cell in caf_row]
    assert values[2:11] == [60] * 9  # criterion scores, not points
    assert values[11] == 60 and caf_row[11].number_format == "0.0"
    efqm_header, efqm_row = rows[(EFQM_BODY, "Consensus")]
    assert efqm_header[-3:] == ["Total", "Level", "Rank"]
    assert efqm_row[-3].number_format == "0"  # whole points, the figure levels use
    assert efqm_row[-2].value == "Provisional"
    caf_sheet = workbook[CAF_BODY]
    caf_table = [[cell.value for cell in row] for row in caf_sheet.iter_rows()]
    criteria_header = next(row for row in caf_table if row[:1] == ["Criterion"])
    assert "Score" in criteria_header and "Points" not in criteria_header
