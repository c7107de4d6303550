"""Rows written as text (reports.sheet_rows) are the bytes openpyxl writes for them.

The same hostile rows go through the workbook's sheets twice: once as text, once through
openpyxl's own cell writer (what the workbook falls back to when the sheet's stream is
not the standard library's). Every part of the two files must be identical."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ipms_desktop.reports import sheet_rows, workbook
from ipms_desktop.reports.workbook import POINTS_FORMAT, _Book, _Sheet, write_workbook

TEXTS = [
    "plain",
    "",
    " leading",
    "trailing ",
    "   ",
    "\t tab first",
    "a & b < c > d ]]> &amp;",
    "\"double\" and 'single' quotes",
    "two\nlines",
    "carriage\r\nreturn",
    "نفّذت الوزارة 81% من الموازنة",
    "کۆی گشتی 551 خاڵ",
    "\u200eمارک\u200f mixed English",
    "emoji \U0001f600 outside the basic plane",
    '=HYPERLINK("http://x.invalid")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "#N/A",
    "#REF!",
    "control \x01 nul \x00 escape \x1b[31m",
    "lone surrogate \ud800 and non-character \uffff",
    "no-break space at the end\u00a0",
    "\u00a0",
    "x" * 40_000,
]
NUMBERS: list[Any] = [
    0,
    1,
    -1,
    10**15,
    10**17,
    2**53 + 1,
    0.1,
    1 / 3,
    1e-20,
    1e20,
    -0.0,
    float("nan"),
    float("inf"),
    Decimal("0.1"),
    Decimal("1E+2"),
    True,
    False,
]


def _write(target: Path) -> None:
    book = _Book()
    for language in ("en", "ar"):
        sheet = _Sheet(book, f"Rows {language}", language, frozen="B2", widths=[20, 30, 12])
        sheet.header(["Text", "Styled text", "Number", "Styled number", "Flagged"])
        for index, text in enumerate(TEXTS):
            sheet.row_height(15 * (1 + index % 3) + 7.5 * (index % 2))
            sheet.append([text, sheet.cell(text), None, sheet.cell(None, flagged=True)])
        for number in NUMBERS:
            sheet.append(
                [
                    None,
                    None,
                    number,
                    sheet.cell(number, POINTS_FORMAT),
                    sheet.cell(number, POINTS_FORMAT, flagged=True),
                    sheet.cell(number, header=True),
                ]
            )
        sheet.append([])
        sheet.append([None, None, None])
        sheet.filter(sheet.rows, 6)
    book.workbook.save(target)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        # the creation time is the one part that differs between two saves
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def _counting_row_xml(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = workbook.row_xml

    def counted(*arguments: Any) -> str:
        calls.append(1)
        return original(*arguments)

    monkeypatch.setattr(workbook, "row_xml", counted)
    return calls


def test_rows_as_text_are_the_bytes_openpyxl_writes(tmp_path: Path, monkeypatch) -> None:
    calls = _counting_row_xml(monkeypatch)
    _write(tmp_path / "text.xlsx")
    assert len(calls) == 2 * (1 + len(TEXTS) + len(NUMBERS) + 2), "every row went as text"
    monkeypatch.setattr(workbook, "raw_text_writer", lambda _stream: None)
    _write(tmp_path / "openpyxl.xlsx")
    assert len(calls) == 2 * (1 + len(TEXTS) + len(NUMBERS) + 2), "none did the second time"
    ours, theirs = _parts(tmp_path / "text.xlsx"), _parts(tmp_path / "openpyxl.xlsx")
    assert ours.keys() == theirs.keys()
    for name in ours:
        assert ours[name] == theirs[name], name


def test_the_rows_read_back_as_written(tmp_path: Path) -> None:
    _write(tmp_path / "rows.xlsx")
    sheet = load_workbook(tmp_path / "rows.xlsx")["Rows ar"]
    texts = [row[0] for row in sheet.iter_rows(min_row=2, max_row=1 + len(TEXTS), values_only=True)]
    assert texts[0] == "plain" and texts[1] is None  # an empty text is an empty cell
    assert texts[2:7] == [" leading", "trailing ", "   ", "\t tab first", TEXTS[6]]
    assert texts[14].startswith("=HYPERLINK") and texts[18] == "#N/A"
    assert texts[20] == "control \ufffd nul \ufffd escape \ufffd[31m"
    assert texts[21] == "lone surrogate \ufffd and non-character \ufffd"
    assert texts[24].startswith("xxx") and "40,000" in texts[24] and len(texts[24]) == 32767
    formula_cell = sheet.cell(row=2 + 14, column=1)
    assert formula_cell.data_type == "s" and formula_cell.quotePrefix
    assert sheet.cell(row=2 + 18, column=1).data_type == "s"  # a text, not an error code
    numbers = [
        row[2]
        for row in sheet.iter_rows(min_row=2 + len(TEXTS), max_row=1 + len(TEXTS) + len(NUMBERS))
    ]
    # 16 significant digits, as openpyxl writes them (Excel keeps 15)
    assert [cell.value for cell in numbers[:11]] == [pytest.approx(n) for n in NUMBERS[:11]]
    assert numbers[5].value == 2**53  # 2**53 + 1 needs 17
    assert numbers[11].value is None and numbers[12].value is None  # not a number, infinite
    assert numbers[15].value is True and numbers[16].value is False
    assert sheet.row_dimensions[3].height == 37.5
    assert sheet.sheet_view.rightToLeft


def test_a_value_no_cell_can_hold_is_refused() -> None:
    with pytest.raises(TypeError, match="Fraction"):
        sheet_rows.row_xml(1, [Fraction(1, 3)], "")


def test_the_cycle_workbook_goes_as_text(results, tmp_path: Path, monkeypatch) -> None:
    """With the libraries this project installs, no row falls back to openpyxl's writer."""
    calls = _counting_row_xml(monkeypatch)
    write_workbook(results, tmp_path / "cycle.xlsx", "en")
    with zipfile.ZipFile(tmp_path / "cycle.xlsx") as archive:
        rows = sum(
            archive.read(name).count(b"<row ")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/sheet")
        )
    assert rows > 100
    assert len(calls) == rows, "openpyxl wrote rows itself: is lxml installed here?"
