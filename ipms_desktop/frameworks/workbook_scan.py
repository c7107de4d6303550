"""Checking a framework workbook's package before openpyxl reads a cell of it.

An .xlsx file is a zip of XML parts, and nothing in it can be trusted: the declared
dimension of a sheet (``A1:XFD1048576`` makes a naive reader build 17 billion cells), the
sizes the zip claims, the numbers (a 5,000-digit integer breaks Python's ``int``), the
row numbers, the length of a text. This scan streams each part once with ``defusedxml``
(no entity expansion, no external references), within the limits of
``settings.INPUT``, and refuses the first fault with its sheet and cell named. It returns
where each sheet's values really end, so the reader asks openpyxl for exactly that range.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from openpyxl.utils import get_column_letter

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import frameworks as msgs
from ipms_desktop.settings import INPUT
from ipms_desktop.user_files import check_regular_file

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PACKAGE_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_COORDINATE = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_EXCEL_MAX_ROWS = 1048576
_EXCEL_MAX_COLUMNS = 16384
_NUMBER = re.compile(r"[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]{1,3})?")


@dataclass(frozen=True)
class SheetExtent:
    """The last row and column of a sheet that hold a value (0 for an empty sheet)."""

    last_row: int
    last_column: int


class _Refused(IpmsError):
    """A fault found inside one part; named inside the refusal of the file, so the GUI
    words it in the person's language too."""


def scan_workbook(path: Path) -> dict[str, SheetExtent]:
    """Each sheet's real extent, by name; an ``IpmsError`` names the first fault found."""
    check_regular_file(path, "framework workbook", INPUT.workbook_max_bytes)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise IpmsError(msgs.NOT_READABLE_EXCEL_WORKBOOK_XLSX, path=path) from None
    with archive:
        try:
            return _scan(archive)
        except _Refused as refusal:
            raise IpmsError(msgs.FRAMEWORK_WORKBOOK, path=path, refusal=refusal) from None
        except (DefusedXmlException, SyntaxError, zipfile.BadZipFile, KeyError, OSError) as error:
            raise IpmsError(
                msgs.FRAMEWORK_WORKBOOK_DAMAGED_NOT_WORKBOOK, path=path, name__=type(error).__name__
            ) from None


def _scan(archive: zipfile.ZipFile) -> dict[str, SheetExtent]:
    parts = archive.infolist()
    if len(parts) > INPUT.workbook_max_parts:
        raise _Refused(
            msgs.SCAN_TOO_MANY_PARTS, parts=f"{len(parts):,}", limit=INPUT.workbook_max_parts
        )
    unpacked = sum(part.file_size for part in parts)
    if unpacked > INPUT.workbook_max_unpacked_bytes:
        raise _Refused(
            msgs.SCAN_UNPACKS_TOO_LARGE,
            size=f"{unpacked:,}",
            limit=f"{INPUT.workbook_max_unpacked_bytes:,}",
        )
    sheets = _sheet_parts(archive)
    if len(sheets) > INPUT.workbook_max_sheets:
        raise _Refused(
            msgs.SCAN_TOO_MANY_SHEETS, sheets=len(sheets), limit=INPUT.workbook_max_sheets
        )
    if "xl/sharedStrings.xml" in archive.namelist():
        _check_shared_strings(archive)
    return {name: _scan_sheet(archive, name, part) for name, part in sheets}


def _sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """``(sheet name, part path)`` in workbook order, from the workbook and its relationships."""
    targets: dict[str, str] = {}
    with archive.open("xl/_rels/workbook.xml.rels") as stream:
        for element in _elements(stream, f"{_PACKAGE_RELATIONSHIP}Relationship"):
            target = element.get("Target", "")
            resolved = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
            targets[element.get("Id", "")] = resolved
    sheets: list[tuple[str, str]] = []
    with archive.open("xl/workbook.xml") as stream:
        for element in _elements(stream, f"{_MAIN}sheet"):
            name = element.get("name", "")
            part = targets.get(element.get(_RELATIONSHIP_ID, ""), "")
            if part in archive.namelist():
                sheets.append((name, part))
            if len(sheets) > INPUT.workbook_max_sheets:
                break
    return sheets


def _check_shared_strings(archive: zipfile.ZipFile) -> None:
    with archive.open("xl/sharedStrings.xml") as stream:
        for index, element in enumerate(_elements(stream, f"{_MAIN}si")):
            length = sum(len(text.text or "") for text in element.iter(f"{_MAIN}t"))
            if length > INPUT.workbook_max_cell_chars:
                raise _Refused(
                    msgs.SCAN_SHARED_TEXT_TOO_LONG,
                    index=index,
                    length=f"{length:,}",
                    limit=f"{INPUT.workbook_max_cell_chars:,}",
                )


def _scan_sheet(archive: zipfile.ZipFile, name: str, part: str) -> SheetExtent:
    last_row = last_column = 0
    row = column = 0
    with archive.open(part) as stream:
        for element in _elements(stream, f"{_MAIN}row"):
            row = _row_number(element.get("r"), row + 1, name)
            column = 0
            for cell in element.iter(f"{_MAIN}c"):
                row, column = _position(cell.get("r"), row, column + 1, name)
                if not _holds_value(cell, name, f"{get_column_letter(column)}{row}"):
                    continue
                where = f"{name}!{get_column_letter(column)}{row}"
                if row > INPUT.workbook_max_rows:
                    raise _Refused(
                        msgs.SCAN_VALUE_BELOW_LAST_ROW,
                        cell=where,
                        limit=f"{INPUT.workbook_max_rows:,}",
                    )
                if column > INPUT.workbook_max_columns:
                    raise _Refused(
                        msgs.SCAN_VALUE_RIGHT_OF_LAST_COLUMN,
                        cell=where,
                        limit=get_column_letter(INPUT.workbook_max_columns),
                    )
                last_row = max(last_row, row)
                last_column = max(last_column, column)
    return SheetExtent(last_row, last_column)


def _row_number(text: str | None, default: int, sheet: str) -> int:
    if text is None:
        number = default
    elif text.isascii() and text.isdigit() and len(text) <= 7:
        number = int(text)
    else:
        raise _Refused(msgs.SCAN_ROW_NOT_A_NUMBER, sheet=sheet, value=repr(text[:20]))
    if not 1 <= number <= _EXCEL_MAX_ROWS:
        raise _Refused(msgs.SCAN_ROW_OUTSIDE_EXCEL, sheet=sheet, value=f"{number:,}")
    return number


def _position(text: str | None, row: int, column: int, sheet: str) -> tuple[int, int]:
    if text is not None:
        match = _COORDINATE.fullmatch(text)
        if match is None:
            raise _Refused(msgs.SCAN_CELL_NOT_A_REFERENCE, sheet=sheet, value=repr(text[:20]))
        column = 0
        for letter in match.group(1):
            column = column * 26 + ord(letter) - ord("A") + 1
        row = int(match.group(2))
    if not 1 <= row <= _EXCEL_MAX_ROWS or not 1 <= column <= _EXCEL_MAX_COLUMNS:
        if text:
            raise _Refused(msgs.SCAN_CELL_OUTSIDE_EXCEL, sheet=sheet, value=text)
        raise _Refused(msgs.SCAN_UNNAMED_CELL_OUTSIDE_EXCEL, sheet=sheet)
    return row, column


def _holds_value(cell: Any, sheet: str, coordinate: str) -> bool:
    """Whether the cell holds anything; a value no reader could take is refused."""
    where = f"{sheet}!{coordinate}"
    value = cell.find(f"{_MAIN}v")
    formula = cell.find(f"{_MAIN}f")
    inline = "".join(text.text or "" for text in cell.iter(f"{_MAIN}t"))
    text = value.text if value is not None and value.text is not None else ""
    kind = cell.get("t", "n")
    if len(text) > INPUT.workbook_max_cell_chars or len(inline) > INPUT.workbook_max_cell_chars:
        raise _Refused(
            msgs.SCAN_CELL_TOO_LONG,
            cell=where,
            length=f"{max(len(text), len(inline)):,}",
            limit=f"{INPUT.workbook_max_cell_chars:,}",
        )
    unreadable = len(text) > INPUT.workbook_max_number_chars or not _NUMBER.fullmatch(text)
    if kind == "n" and text and unreadable:
        shown = text[:24] + ("…" if len(text) > 24 else "")
        raise _Refused(
            msgs.SCAN_NUMBER_UNREADABLE,
            cell=where,
            number=shown,
            limit=INPUT.workbook_max_number_chars,
        )
    if kind == "s" and text and not (text.isascii() and text.isdigit() and len(text) <= 9):
        raise _Refused(msgs.SCAN_NO_SUCH_SHARED_TEXT, cell=where, value=repr(text[:24]))
    return bool(text or inline or (formula is not None and formula.text))


def _elements(stream: IO[bytes], tag: str) -> Iterator[Any]:
    """Each complete ``tag`` element of an XML part; once used it is dropped from its parent,
    so memory stays flat however many there are."""
    open_elements: list[Any] = []
    for event, element in iterparse(stream, events=("start", "end")):
        if event == "start":
            open_elements.append(element)
            continue
        open_elements.pop()
        if element.tag == tag:
            yield element
            element.clear()
            if open_elements:
                open_elements[-1].remove(element)
