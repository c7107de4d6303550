"""The reports on each framework's own scale: CAF out of 100 with no points, and a
provisional EFQM total (an item not assessed) shown as provisional with no level."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ipms_desktop.consolidation.merge import merge_bundles
from ipms_desktop.frameworks import load_framework
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.feedback_content import feedback_html
from ipms_desktop.reports.workbook import write_workbook
from tests.consolidation_samples import (
    assessment_document,
    incoming,
    json_opener,
    open_local,
    write_fake_bundle,
)

CAF_BODY = "Directorate of Statistics"
EFQM_BODY = "Ministry of Trade"


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("scales")
    database = open_local(folder / "cycle.db")
    caf = assessment_document(
        load_framework("caf-2020"), institution=CAF_BODY, assessor="CAF assessor", base=55
    )
    caf["items"]["9.2"] = {"not_assessed": "no internal indicators yet"}
    efqm = assessment_document(institution=EFQM_BODY, assessor="EFQM assessor", base=50)
    efqm["items"]["6b"] = {"not_assessed": "indicators not presented"}
    paths = [write_fake_bundle(folder, incoming(d)) for d in (caf, efqm)]
    merge_bundles(database, paths, json_opener, folder / "q")
    yield load_cycle_results(database, 2026)
    database.close()


def _institution(results, name):
    return next(i for i in results.institutions if i.institution == name)


def _as_agreed(institution):
    """The institution as if its one assessment had been agreed as the consensus: the
    feedback report shows scores only for a consensus."""
    (assessment,) = institution.individuals
    return replace(institution, consensus=replace(assessment, is_consensus=True))


def test_caf_is_on_its_own_scale_in_the_workbook(results, tmp_path: Path) -> None:
    caf = _institution(results, CAF_BODY)
    (assessment,) = caf.individuals
    assert assessment.score.total == 55  # every criterion 55; 9.2 left out of 9's mean
    out = tmp_path / "cycle.xlsx"
    write_workbook(results, out, "en")
    workbook = load_workbook(out)
    caf_sheets = [
        sheet
        for sheet in workbook.worksheets
        if any(row[0] == CAF_BODY for row in sheet.iter_rows(min_row=2, values_only=True))
        and "Overall score (0–100)" in [c.value for c in sheet[1]]
    ]
    assert caf_sheets, "a summary sheet of the CAF assessments reports an overall out of 100"
    row = next(r for r in caf_sheets[0].iter_rows(min_row=2, values_only=True) if r[0] == CAF_BODY)
    numbers = [v for v in row if isinstance(v, int | float) and not isinstance(v, bool)]
    assert 55 in numbers and all(v <= 100 for v in numbers)


def test_provisional_total_has_no_level_in_workbook_and_pdf(results, tmp_path: Path) -> None:
    efqm = _institution(results, EFQM_BODY)
    (assessment,) = efqm.individuals
    # 6: 50 * .75 = 37.5 % of 150 = 56.25; total 500 - 75 + 56.25 = 481.25, provisional
    assert assessment.score.total == 481.25 and assessment.score.provisional
    out = tmp_path / "cycle.xlsx"
    write_workbook(results, out, "ar")
    texts = [
        str(value)
        for sheet in load_workbook(out).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert any("مؤقت" in text for text in texts)


@pytest.mark.parametrize(
    ("language", "provisional", "overall"),
    [
        ("en", "provisional", "Overall score (0–100)"),
        ("ar", "مؤقت", "الدرجة الإجمالية (0–100)"),
        ("ckb", "کاتی", "نمرەی گشتی (0–100)"),
    ],
)
def test_feedback_report_headline_per_framework(results, language, provisional, overall) -> None:
    caf_html = feedback_html(_as_agreed(_institution(results, CAF_BODY)), language)
    assert overall in caf_html and "/ 100" in caf_html and "1000" not in caf_html
    # CAF's overall keeps its tenth (55.0 / 100); EFQM 2013.3's 481.25 is shown 481
    assert "\u200e55.0 / 100\u200e" in caf_html
    efqm_html = feedback_html(_as_agreed(_institution(results, EFQM_BODY)), language)
    assert "\u200e481 / 1000\u200e" in efqm_html
    assert provisional in efqm_html
