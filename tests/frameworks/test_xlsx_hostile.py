"""Hostile framework workbooks: each is refused with its sheet and cell named, quickly and
in little memory, never with a traceback. Every file here is built in the test and stays
small on disk (the largest, a zip bomb, is about 40 KB)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import load_framework
from ipms_desktop.frameworks.xlsx import (
    collect_xlsx_problems,
    export_framework_xlsx,
    import_framework_xlsx,
)
from ipms_desktop.settings import INPUT

ROOT = Path(__file__).resolve().parents[2]
CRITERIA = "xl/worksheets/sheet2.xml"  # the template's second sheet is "criteria"
NOTES = "xl/worksheets/sheet11.xml"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "efqm-2013.xlsx"
    export_framework_xlsx(load_framework("efqm-2013").data, path)
    with zipfile.ZipFile(path) as archive:
        assert b'name="criteria"' in archive.read("xl/workbook.xml")
        assert b"<t>points</t>" in archive.read(CRITERIA)
    return path


def rewritten(template: Path, target: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """A copy of ``template`` with one XML part changed (and nothing else)."""
    with (
        zipfile.ZipFile(template) as source,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            copy.writestr(info.filename, change(data) if info.filename == part else data)
    return target


def with_cell(sheet_xml: bytes, row_xml: str) -> bytes:
    """``sheet_xml`` with one more row appended to its sheet data."""
    return sheet_xml.replace(b"</sheetData>", row_xml.encode() + b"</sheetData>")


def refused(path: Path) -> str:
    with pytest.raises(IpmsError) as caught:
        import_framework_xlsx(path)
    problems = collect_xlsx_problems(path)
    assert problems, "collect_xlsx_problems agrees that the file is refused"
    return str(caught.value)


def test_a_value_at_the_last_cell_of_excel_is_refused_by_name(template, tmp_path) -> None:
    path = rewritten(
        template,
        tmp_path / "far.xlsx",
        NOTES,
        lambda xml: with_cell(
            xml, '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        ),
    )
    assert "notes!XFD1048576" in refused(path)


def test_a_declared_dimension_is_not_trusted(template, tmp_path) -> None:
    """A sheet that claims A1:XFD1048576 is read over its real extent and imports as before."""
    path = rewritten(
        template,
        tmp_path / "dimension.xlsx",
        CRITERIA,
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml),
    )
    assert import_framework_xlsx(path) == load_framework("efqm-2013").data


def test_memory_stays_small_for_the_last_cell_and_a_lying_dimension(template, tmp_path) -> None:
    """Before the scan, the first of these drove a reader past 5 GB."""
    far = rewritten(
        template,
        tmp_path / "far.xlsx",
        CRITERIA,
        lambda xml: with_cell(
            re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml),
            '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
        ),
    )
    script = (
        "import sys\n"
        "from ipms_desktop.errors import IpmsError\n"
        "from ipms_desktop.frameworks.xlsx import import_framework_xlsx\n"
        "try:\n"
        "    import_framework_xlsx(sys.argv[1])\n"
        "except IpmsError as error:\n"
        "    print('refused:', error)\n"
        "status = open('/proc/self/status').read()\n"
        "print([line for line in status.splitlines() if line.startswith('VmHWM')][0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(far)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    assert "refused:" in done.stdout and "criteria!XFD1048576" in done.stdout
    peak_kib = int(done.stdout.split("VmHWM:")[1].split()[0])
    assert peak_kib < 250 * 1024, done.stdout


def test_merged_cells_give_problems_not_a_traceback(template, tmp_path) -> None:
    source = load_workbook(template)
    source["items"].merge_cells("A2:B3")
    path = tmp_path / "merged.xlsx"
    source.save(path)
    problems = collect_xlsx_problems(path)
    assert problems and all(str(problem).startswith("items!") for problem in problems), problems


def test_a_five_thousand_digit_number_is_refused_by_cell(template, tmp_path) -> None:
    path = rewritten(
        template,
        tmp_path / "digits.xlsx",
        CRITERIA,
        lambda xml: with_cell(xml, f'<row r="40"><c r="C40"><v>{"9" * 5000}</v></c></row>'),
    )
    message = refused(path)
    assert "criteria!C40" in message and "cannot be read" in message
    assert len(message) < 500, "the number is not echoed in full"


@pytest.mark.parametrize(
    ("row_xml", "named"),
    [
        ('<row r="1048577"><c r="A1048577"><v>1</v></c></row>', "outside Excel's"),
        (
            f'<row r="{INPUT.workbook_max_rows + 1}"><c r="A{INPUT.workbook_max_rows + 1}">'
            "<v>1</v></c></row>",
            f"criteria!A{INPUT.workbook_max_rows + 1}",
        ),
        ('<row r="45"><c r="ZZ45"><v>1</v></c></row>', "criteria!ZZ45"),
        ('<row r="45"><c r="1A"><v>1</v></c></row>', "not a cell reference"),
        ('<row r="x45"><c><v>1</v></c></row>', "not a row number"),
        (
            f'<row r="45"><c r="A45" t="inlineStr"><is><t>{"w" * 40000}</t></is></c></row>',
            "criteria!A45: 40,000 characters",
        ),
        ('<row r="45"><c r="A45" t="s"><v>x9</v></c></row>', "criteria!A45"),
    ],
)
def test_rows_columns_and_texts_past_the_limits(template, tmp_path, row_xml, named) -> None:
    path = rewritten(
        template, tmp_path / "hostile.xlsx", CRITERIA, lambda xml: with_cell(xml, row_xml)
    )
    assert named in refused(path)


def test_an_empty_styled_row_far_below_is_harmless(template, tmp_path) -> None:
    """LibreOffice may write formatted but empty rows down to the last one."""
    path = rewritten(
        template,
        tmp_path / "styled.xlsx",
        CRITERIA,
        lambda xml: with_cell(
            xml, '<row r="1048576" customHeight="1" ht="12"><c r="A1048576" s="1"/></row>'
        ),
    )
    assert import_framework_xlsx(path) == load_framework("efqm-2013").data


def test_a_zip_bomb_is_refused_before_it_is_unpacked(template, tmp_path) -> None:
    """40 MB of spaces compress to about 40 KB; the zip's own sizes are checked first."""
    padding = b" " * (INPUT.workbook_max_unpacked_bytes + 1024)
    path = rewritten(
        template,
        tmp_path / "bomb.xlsx",
        NOTES,
        lambda xml: xml.replace(b"<sheetData>", padding + b"<sheetData>"),
    )
    assert path.stat().st_size < 200_000
    assert "unpacks to" in refused(path)


def test_entity_expansion_is_refused(template, tmp_path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    )
    path = rewritten(
        template,
        tmp_path / "laughs.xlsx",
        CRITERIA,
        lambda xml: (
            laughs
            + with_cell(xml, '<row r="45"><c r="A45" t="inlineStr"><is><t>&c;</t></is></c></row>')
        ),
    )
    assert "damaged or not a workbook" in refused(path)


def test_too_many_parts_or_sheets(template, tmp_path) -> None:
    many = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(many, "w") as copy:
        for info in source.infolist():
            copy.writestr(info.filename, source.read(info.filename))
        for index in range(INPUT.workbook_max_parts):
            copy.writestr(f"customXml/item{index}.xml", b"<a/>")
    assert "parts" in refused(many)

    sheets = load_workbook(template)
    for index in range(INPUT.workbook_max_sheets):
        sheets.create_sheet(f"extra{index}")
    crowded = tmp_path / "sheets.xlsx"
    sheets.save(crowded)
    assert "sheets, more than" in refused(crowded)


def test_files_that_are_not_workbooks(tmp_path) -> None:
    pdf = tmp_path / "framework.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n" + b"0" * 1000)
    assert "not a readable Excel workbook" in refused(pdf)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "not a readable Excel workbook" in refused(empty)
    not_excel = tmp_path / "other.xlsx"
    with zipfile.ZipFile(not_excel, "w") as archive:
        archive.writestr("word/document.xml", b"<w/>")
    assert "damaged or not a workbook" in refused(not_excel)
    with pytest.raises(IpmsError, match="is a folder"):
        import_framework_xlsx(tmp_path)


def test_oversized_file_is_refused_without_being_read(tmp_path) -> None:
    sparse = tmp_path / "huge.xlsx"
    with open(sparse, "wb") as handle:
        handle.truncate(INPUT.workbook_max_bytes + 1)  # sparse: nothing written to disk
    assert "more than the" in refused(sparse)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_fifo_is_refused_without_waiting(tmp_path) -> None:
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ipms_desktop",
            "frameworks",
            "import",
            str(fifo),
            "--out",
            str(tmp_path / "out.json"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "not an ordinary file" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_command_line_gives_one_line_for_each_refusal(template, tmp_path) -> None:
    path = rewritten(
        template,
        tmp_path / "digits.xlsx",
        CRITERIA,
        lambda xml: with_cell(xml, f'<row r="40"><c r="C40"><v>{"9" * 5000}</v></c></row>'),
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ipms_desktop",
            "frameworks",
            "import",
            str(path),
            "--out",
            str(tmp_path / "out.json"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "criteria!C40" in done.stderr
    assert not (tmp_path / "out.json").exists()


def test_round_trip_is_unchanged(template) -> None:
    data = import_framework_xlsx(template)
    assert json.dumps(data, sort_keys=True) == json.dumps(
        load_framework("efqm-2013").data, sort_keys=True
    )
