"""The Excel template administrators edit frameworks in, and its exact way back to JSON.

A framework is written as one sheet per kind of record (criteria, items, bands,
guidance, ...) with one row per record, so an administrator can sort, filter and
translate in a spreadsheet. The workbook is the single source on import: every value
of the framework file has exactly one cell, and reading it back gives the same JSON
(hence the same content hash). Two display-only sheets, ``view_ar`` and ``view_ckb``,
show every text beside its English in a right-to-left sheet; they hold formulas that
point at the source cells, so they follow edits and are never read as data.

Import reports every problem with the sheet, the cell and what is wrong, because the
person fixing it works in Excel, not in the JSON paths the validator speaks.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ipms_desktop.atomic import atomic_writer
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks.model import LANGUAGES
from ipms_desktop.frameworks.problems import (
    Phrase,
    Problem,
    ProblemsFound,
    english_list,
    error_problem,
    phrase,
)
from ipms_desktop.frameworks.validation import framework_problems, validate_framework_data
from ipms_desktop.frameworks.workbook_scan import SheetExtent, scan_workbook
from ipms_desktop.messages import frameworks as msgs
from ipms_desktop.messages.registry import Message

RTL_LANGUAGES = ("ar", "ckb")
VIEW_SHEETS = {language: f"view_{language}" for language in RTL_LANGUAGES}
_VIEW_HEADERS = {
    "ar": ("الموضع", "English", "العربية"),
    "ckb": ("شوێن", "English", "کوردی"),
}
_FRAMEWORK_KEYS = (
    ("format", "int", "file format version; always 1"),
    ("id", "text", "framework id: lower-case letters, digits and '-'; names the JSON file"),
    ("version", "text", "publisher's version label, e.g. 2013.1"),
    ("title_en", "text", "framework name in English"),
    ("title_ar", "text", "framework name in Arabic"),
    ("title_ckb", "text", "framework name in Kurdish (Sorani)"),
    ("total_points", "int", "points of a perfect assessment; criteria points must add up to it"),
    (
        "justification_threshold",
        "int",
        "an agreed overall departing from the suggested one by this much needs a justification",
    ),
    (
        "scale",
        "text",
        "points (criteria weighted into a total) or percent (all scores 0-100); blank means points",
    ),
    (
        "not_assessed",
        "text",
        "zero (counts 0, total provisional) or exclude (means over assessed); blank means zero",
    ),
    (
        "total_decimals",
        "int",
        "places the total is shown and its level decided with: 0 (whole points) or 1; "
        "blank means 1",
    ),
)
# Keys a framework file may leave out (files written before they existed, such as EFQM
# 2013.1): a blank value, or no row in a workbook written before the key existed, leaves
# the key out of the file, so that its content hash holds.
_OPTIONAL_KEYS = frozenset({"scale", "not_assessed", "total_decimals"})


@dataclass(frozen=True)
class _Column:
    """One column of a record sheet: its header, the kind of value and its display width."""

    name: str
    kind: str
    width: int

    @property
    def language(self) -> str | None:
        suffix = self.name.rsplit("_", 1)[-1]
        return suffix if self.kind == "text" and suffix in LANGUAGES else None


def _titles(prefix: str = "title", width: int = 45) -> tuple[_Column, ...]:
    return tuple(_Column(f"{prefix}_{language}", "text", width) for language in LANGUAGES)


_SHEETS: dict[str, tuple[_Column, ...]] = {
    "framework": (
        _Column("key", "id", 26),
        _Column("value", "text", 45),
        _Column("meaning", "note", 60),
    ),
    "criteria": (
        _Column("id", "id", 8),
        _Column("kind", "id", 10),
        _Column("points", "int", 9),
        *_titles(),
    ),
    "items": (
        _Column("id", "id", 8),
        _Column("criterion", "id", 10),
        _Column("share", "share", 9),
        *_titles(),
    ),
    "attribute_sets": (
        _Column("id", "id", 24),
        _Column("min", "int", 6),
        _Column("max", "int", 6),
        _Column("step", "int", 6),
        *_titles(),
    ),
    "elements": (
        _Column("set", "id", 24),
        _Column("id", "id", 24),
        *_titles(width=30),
    ),
    "attributes": (
        _Column("set", "id", 24),
        _Column("element", "id", 24),
        _Column("id", "id", 24),
        *_titles(width=30),
    ),
    "bands": (
        _Column("set", "id", 24),
        _Column("id", "id", 24),
        _Column("min", "int", 6),
        _Column("max", "int", 6),
        *_titles(width=35),
    ),
    "guidance": (
        _Column("set", "id", 22),
        _Column("attribute", "id", 22),
        _Column("band", "id", 22),
        *_titles("text", width=55),
    ),
    "panels": (
        _Column("id", "id", 14),
        _Column("enabler_set", "id", 24),
        _Column("result_set", "id", 24),
        *_titles(width=35),
    ),
    "recognition_bands": (
        _Column("id", "id", 16),
        _Column("min_total", "int", 10),
        _Column("inclusive", "bool", 10),
        *_titles(width=40),
    ),
    "notes": (
        _Column("language", "id", 10),
        _Column("text", "text", 100),
    ),
}

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="top", wrap_text=True, readingOrder=2)
_TEXT_FORMAT = "@"
_LINE_HEIGHT = 15
_VIEW_WIDTHS = (44, 55, 55)


@dataclass(frozen=True)
class _TextSource:
    """A text of the framework: where its cells are and what they hold, for the view sheets."""

    label: str
    label_formula: str
    cells: dict[str, str]
    text: dict[str, str]


# ------------------------------------------------------------------------- export


def export_framework_xlsx(framework_json: dict[str, Any], path: Path) -> None:
    """Write ``framework_json`` as an editable template at ``path`` (atomically).

    The data is validated first, so a template is only ever made from a correct
    framework and imports back to the very same JSON.
    """
    validate_framework_data(framework_json, str(framework_json.get("id", "(framework data)")))
    workbook = _template(framework_json)
    path = Path(path)
    with atomic_writer(path) as handle:
        workbook.save(handle)


def _template(data: dict[str, Any]) -> Workbook:
    workbook = Workbook()
    for blank in list(workbook.worksheets):
        workbook.remove(blank)
    sheets = {name: _record_sheet(workbook, name) for name in _SHEETS}
    texts: list[_TextSource] = []

    def add(name: str, values: dict[str, Any], prefix: str = "title") -> None:
        cells = _append(sheets[name], values)
        keys = [column.name for column in _SHEETS[name] if column.kind == "id"]
        parts = ' & " / " & '.join(f"{name}!{cells[key]}" for key in keys)
        texts.append(
            _TextSource(
                " / ".join([name, *(str(values[key]) for key in keys)]),
                f'="{name} / " & {parts}',
                {lang: f"{name}!{cells[f'{prefix}_{lang}']}" for lang in LANGUAGES},
                {lang: values[f"{prefix}_{lang}"] for lang in LANGUAGES},
            )
        )

    frame = sheets["framework"]
    title_cells: dict[str, str] = {}
    for key, kind, meaning in _FRAMEWORK_KEYS:
        language = key.removeprefix("title_")
        if key.startswith("title_"):
            value = data["title"][language]
        else:
            value = data.get(key) if key in _OPTIONAL_KEYS else data[key]
        cells = _append(frame, {"key": key, "value": value, "meaning": meaning})
        if kind == "int":
            frame[cells["value"]].number_format = "0"
            frame[cells["value"]].alignment = _LEFT
        if key.startswith("title_"):
            if language in RTL_LANGUAGES:
                frame[cells["value"]].alignment = _RIGHT
            title_cells[language] = f"framework!{cells['value']}"
    texts.append(
        _TextSource("framework / title", '="framework / title"', title_cells, data["title"])
    )

    for attribute_set in data["attribute_sets"]:
        set_id = attribute_set["id"]
        add(
            "attribute_sets",
            {k: attribute_set[k] for k in ("id", "min", "max", "step")}
            | _title_values(attribute_set["title"]),
        )
        for band in attribute_set["bands"]:
            add(
                "bands",
                {"set": set_id, "id": band["id"], "min": band["min"], "max": band["max"]}
                | _title_values(band["title"]),
            )
        for element in attribute_set["elements"]:
            add(
                "elements",
                {"set": set_id, "id": element["id"]} | _title_values(element["title"]),
            )
            for attribute in element["attributes"]:
                add(
                    "attributes",
                    {"set": set_id, "element": element["id"], "id": attribute["id"]}
                    | _title_values(attribute["title"]),
                )
                for entry in attribute["guidance"]:
                    add(
                        "guidance",
                        {"set": set_id, "attribute": attribute["id"], "band": entry["band"]}
                        | _title_values(entry["text"], "text"),
                        "text",
                    )
    for panel in data["panels"]:
        add(
            "panels",
            {
                "id": panel["id"],
                "enabler_set": panel["attribute_sets"]["enabler"],
                "result_set": panel["attribute_sets"]["result"],
            }
            | _title_values(panel["title"]),
        )
    for criterion in data["criteria"]:
        add(
            "criteria",
            {k: criterion[k] for k in ("id", "kind", "points")} | _title_values(criterion["title"]),
        )
        for item in criterion["items"]:
            add(
                "items",
                {"id": item["id"], "criterion": criterion["id"], "share": item["share"]}
                | _title_values(item["title"]),
            )
    for band in data["recognition_bands"]:
        add(
            "recognition_bands",
            {k: band[k] for k in ("id", "min_total", "inclusive")} | _title_values(band["title"]),
        )
    if "notes" in data:
        note_cells = {}
        for language in LANGUAGES:
            cells = _append(
                sheets["notes"], {"language": language, "text": data["notes"][language]}
            )
            if language in RTL_LANGUAGES:
                sheets["notes"][cells["text"]].alignment = _RIGHT
            note_cells[language] = f"notes!{cells['text']}"
        texts.append(_TextSource("notes", '="notes"', note_cells, data["notes"]))

    for language in RTL_LANGUAGES:
        _view_sheet(workbook, language, texts)
    for sheet in workbook.worksheets:
        sheet.auto_filter.ref = sheet.dimensions if sheet.max_row > 1 else None
    return workbook


def _title_values(text: dict[str, str], prefix: str = "title") -> dict[str, str]:
    return {f"{prefix}_{language}": text[language] for language in LANGUAGES}


def _record_sheet(workbook: Workbook, name: str) -> Worksheet:
    sheet = workbook.create_sheet(name)
    for index, column in enumerate(_SHEETS[name], start=1):
        header = sheet.cell(row=1, column=index, value=column.name)
        header.font = _HEADER_FONT
        header.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    _print_setup(sheet)
    return sheet


def _print_setup(sheet: Worksheet) -> None:
    """Print each sheet as one table: landscape, as wide as the page, header on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = "1:1"


def _append(sheet: Worksheet, values: dict[str, Any]) -> dict[str, str]:
    """Write one record as the next row; returns each column's cell coordinate."""
    row = sheet.max_row + 1
    coordinates: dict[str, str] = {}
    for index, column in enumerate(_SHEETS[sheet.title], start=1):
        if column.name not in values:
            continue
        cell = sheet.cell(row=row, column=index)
        if not isinstance(cell, Cell):  # the template's own sheets have no merged cells
            raise TypeError(f"{sheet.title}!{cell.coordinate} is a merged cell")
        _set_value(cell, values[column.name])
        if column.kind in ("text", "share", "id", "note"):
            cell.number_format = _TEXT_FORMAT
        cell.alignment = _RIGHT if column.language in RTL_LANGUAGES else _LEFT
        coordinates[column.name] = cell.coordinate
    shown = [(values[c.name], c.width) for c in _SHEETS[sheet.title] if c.name in values]
    _fit_row(sheet, row, shown)
    return coordinates


def _fit_row(sheet: Worksheet, row: int, shown: Iterable[tuple[Any, int]]) -> None:
    """Make a row tall enough for its wrapped texts: spreadsheets do not do it on opening."""
    lines = 1
    for value, width in shown:
        if isinstance(value, str):
            per_line = max(width - 4, 8)
            wrapped = sum(-(-len(part) // per_line) or 1 for part in value.split("\n"))
            lines = max(lines, wrapped)
    if lines > 1:
        sheet.row_dimensions[row].height = _LINE_HEIGHT * lines


def _set_value(cell: Cell, value: Any) -> None:
    try:
        cell.value = value
    except IllegalCharacterError as error:
        raise IpmsError(
            msgs.FRAMEWORK_TEXT_CONTAINS_CONTROL_CHARACTER, value=repr(value)
        ) from error
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def _view_sheet(workbook: Workbook, language: str, texts: list[_TextSource]) -> None:
    sheet = workbook.create_sheet(VIEW_SHEETS[language])
    sheet.sheet_view.rightToLeft = True
    for index, (header, width) in enumerate(
        zip(_VIEW_HEADERS[language], _VIEW_WIDTHS, strict=True), 1
    ):
        cell = sheet.cell(row=1, column=index, value=header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _RIGHT
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row, source in enumerate(texts, start=2):
        sheet.cell(row=row, column=1, value=source.label_formula).alignment = _LEFT
        sheet.cell(row=row, column=2, value=f"={source.cells['en']}").alignment = _LEFT
        sheet.cell(row=row, column=3, value=f"={source.cells[language]}").alignment = _RIGHT
        shown = (source.label, source.text["en"], source.text[language])
        _fit_row(sheet, row, zip(shown, _VIEW_WIDTHS, strict=True))
    sheet.freeze_panes = "A2"
    _print_setup(sheet)
    sheet.protection.sheet = True


# ------------------------------------------------------------------------- import


class FrameworkWorkbookInvalid(ProblemsFound):
    """An edited template cannot be imported; ``problems`` names each with its cell."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(
            msgs.FRAMEWORK_WORKBOOK_INVALID,
            path=path,
            problems=english_list(problems, self.named),
            count=len(problems),
        )


def import_framework_xlsx(path: Path) -> dict[str, Any]:
    """The framework JSON held in the template at ``path``, validated.

    Raises ``FrameworkWorkbookInvalid`` listing every problem with its sheet and cell,
    or an ``IpmsError`` if the file is not a readable workbook.
    """
    path = Path(path)
    data, problems = _read(path)
    if problems or data is None:
        raise FrameworkWorkbookInvalid(path, problems)
    return data


def collect_xlsx_problems(path: Path) -> list[Problem]:
    """Every problem of the template at ``path`` (empty when it imports cleanly); a file
    that is no readable workbook is the one problem."""
    try:
        return _read(Path(path))[1]
    except IpmsError as error:
        return [error_problem(error)]


def _read(path: Path) -> tuple[dict[str, Any] | None, list[Problem]]:
    extents = scan_workbook(path)
    workbook = _open(path)
    try:
        reader = _WorkbookReader(workbook, extents)
        data = reader.framework_data()
    except _UNREADABLE as error:
        raise _unreadable(path, error) from None
    finally:
        workbook.close()
    if data is None:
        return None, reader.problems
    _, validation = framework_problems(data)
    reader.add_validation_problems(validation)
    return data, reader.problems


def _open(path: Path) -> Any:
    """The workbook, read-only: rows are streamed, never all cells built at once."""
    try:
        return load_workbook(path, read_only=True, data_only=False)
    except _UNREADABLE as error:
        raise _unreadable(path, error) from None


# What openpyxl raises on a package that the scan let through but it still cannot read.
_UNREADABLE = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
    zipfile.BadZipFile,
    SyntaxError,
)


def _unreadable(path: Path, error: BaseException) -> IpmsError:
    return IpmsError(msgs.NOT_READABLE_WORKBOOK, path=path, error_type=type(error).__name__)


@dataclass(frozen=True)
class _Cell:
    """One cell as read: where it is, its value and openpyxl's type code (``f`` formula)."""

    row: int
    column: int
    value: Any
    data_type: str

    @property
    def column_letter(self) -> str:
        return get_column_letter(self.column)

    @property
    def coordinate(self) -> str:
        return f"{self.column_letter}{self.row}"


@dataclass
class _Row:
    """One record row: its raw values and the coordinate of each column's cell."""

    sheet: str
    number: int
    values: dict[str, Any]
    cells: dict[str, _Cell]

    def ref(self, column: str) -> str:
        cell = self.cells.get(column)
        letter = cell.column_letter if cell is not None else "A"
        return f"{self.sheet}!{letter}{self.number}"


@dataclass
class _Location:
    """Where a JSON path's value sits in the workbook, and what to call it there."""

    ref: str
    label: str | Phrase  # a column name as typed, or a row named by its kind and id


@dataclass
class _Owner:
    """A record other rows attach to (a set, element, attribute or criterion) and its path."""

    record: dict[str, Any]
    path: str


@dataclass(frozen=True)
class _Parent:
    """How a child sheet names its owner: the owner's key, the row's own key, the column."""

    owner_key: Callable[[_Row], tuple[str, ...]]
    own_key: Callable[[_Row], tuple[str, ...]]
    column: str
    sheet: str


@dataclass
class _WorkbookReader:
    """Reads the record sheets, building the JSON and remembering where each value came from."""

    workbook: Any
    extents: dict[str, SheetExtent]
    problems: list[Problem] = field(default_factory=list)
    bad_refs: set[str] = field(default_factory=set)
    located: dict[str, _Location] = field(default_factory=dict)
    refused: set[tuple[str, ...]] = field(default_factory=set)
    structural: bool = False

    def problem(self, ref: str, message: Message, **values: object) -> None:
        """Report a cell's problem; a cell already reported keeps its first message."""
        if ref not in self.bad_refs:
            self.report(ref, message, **values)
            self.bad_refs.add(ref)

    def report(self, where: str, message: Message, **values: object) -> None:
        """Report a problem of a sheet, or of a cell that may have more than one."""
        self.problems.append(Problem(where, phrase(message, **values)))

    def locate(self, path: str, ref: str, label: str | Phrase) -> None:
        self.located[path] = _Location(ref, label)

    # -- sheets and cells

    def sheet_rows(
        self, name: str, first_row: int = 1, columns: int | None = None
    ) -> Iterator[list[_Cell]]:
        """The sheet's rows up to its last value as the scan found it (never the sheet's own,
        untrusted, dimension), each a list of cells from column A."""
        extent = self.extents.get(name)
        if extent is None or extent.last_row < first_row:
            return
        last_column = extent.last_column if columns is None else min(columns, extent.last_column)
        if last_column < 1:
            return
        rows = self.workbook[name].iter_rows(
            min_row=first_row, max_row=extent.last_row, max_col=last_column
        )
        for number, cells in enumerate(rows, start=first_row):
            yield [
                _Cell(number, column, cell.value, getattr(cell, "data_type", "n"))
                for column, cell in enumerate(cells, start=1)
            ]

    def rows(self, name: str) -> list[_Row]:
        if name not in self.workbook.sheetnames:
            self.report(name, msgs.SHEET_MISSING, sheets=", ".join(_SHEETS))
            self.structural = True
            return []
        expected = [column.name for column in _SHEETS[name]]
        positions: dict[str, int] = {}
        header = next(self.sheet_rows(name, 1), [])
        for cell in header:
            raw = cell.value
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            title = str(raw).strip().lower()
            if title not in expected:
                self.problem(
                    f"{name}!{cell.coordinate}",
                    msgs.UNKNOWN_COLUMN,
                    column=raw,
                    sheet=name,
                    columns=", ".join(expected),
                )
                self.structural = True
            elif title in positions:
                self.problem(f"{name}!{cell.coordinate}", msgs.COLUMN_TWICE, column=title)
                self.structural = True
            else:
                positions[title] = cell.column
        missing = [column for column in expected if column not in positions]
        if missing:
            self.report(
                f"{name}!1",
                msgs.MISSING_COLUMNS,
                missing=", ".join(missing),
                sheet=name,
                columns=", ".join(expected),
            )
            self.structural = True
            return []
        found: list[_Row] = []
        for cells in self.sheet_rows(name, 2):
            by_name = {
                column: cells[index - 1]
                for column, index in positions.items()
                if index - 1 < len(cells)
            }
            for cell in cells:
                if not _blank(cell.value) and cell.column not in positions.values():
                    self.problem(f"{name}!{cell.coordinate}", msgs.VALUE_WITHOUT_HEADER)
            if all(_blank(cell.value) for cell in by_name.values()):
                continue
            row_number = next(iter(by_name.values())).row
            for column, cell in by_name.items():
                if cell.data_type == "f" and _formula_boolean(cell.value) is None:
                    self.problem(
                        f"{name}!{cell.coordinate}", msgs.CELL_HOLDS_FORMULA, column=column
                    )
            found.append(
                _Row(name, row_number, {c: cell.value for c, cell in by_name.items()}, by_name)
            )
        return found

    def text(self, row: _Row, column: str) -> str:
        value = row.values.get(column)
        if value is None:
            return ""
        if isinstance(value, bool):
            return str(value).upper()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return value if isinstance(value, str) else str(value)

    def integer(self, row: _Row, column: str) -> int | None:
        value = row.values.get(column)
        if isinstance(value, bool):
            value = None
        elif isinstance(value, int):
            return value
        elif (isinstance(value, float) and value.is_integer()) or (
            isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value)
        ):
            return int(value)
        if _blank(value):
            self.problem(row.ref(column), msgs.EMPTY_NOT_WHOLE_NUMBER, column=column)
        else:
            self.problem(row.ref(column), msgs.VALUE_NOT_WHOLE_NUMBER, column=column, value=value)
        return None

    def boolean(self, row: _Row, column: str) -> bool | None:
        value = row.values.get(column)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        if _formula_boolean(value) is not None:
            return _formula_boolean(value)
        if _blank(value):
            self.problem(row.ref(column), msgs.EMPTY_NOT_TRUE_OR_FALSE, column=column)
        else:
            self.problem(row.ref(column), msgs.VALUE_NOT_TRUE_OR_FALSE, column=column, value=value)
        return None

    def share(self, row: _Row, column: str) -> str:
        value = row.values.get(column)
        if isinstance(value, float):
            return repr(value)
        return self.text(row, column)

    def title(self, row: _Row, path: str, prefix: str = "title") -> dict[str, str]:
        text: dict[str, str] = {}
        for language in LANGUAGES:
            column = f"{prefix}_{language}"
            text[language] = self.text(row, column)
            self.locate(f"{path}.{language}", row.ref(column), column)
        self.locate(path, row.ref(f"{prefix}_en"), prefix)
        return text

    def unique(self, rows: list[_Row], key: Any, column: str, duplicate: Message) -> list[_Row]:
        """The rows whose key is new; a repeated key is reported at its cell."""
        first: dict[Any, _Row] = {}
        kept: list[_Row] = []
        for row in rows:
            value = key(row)
            if value in first:
                self.problem(
                    row.ref(column),
                    duplicate,
                    value=self.text(row, column),
                    first=first[value].ref(column),
                )
                continue
            first[value] = row
            kept.append(row)
        return kept

    def view_sheets(self) -> None:
        for sheet_name in self.workbook.sheetnames:
            if sheet_name in _SHEETS:
                continue
            if sheet_name not in VIEW_SHEETS.values():
                self.report(sheet_name, msgs.UNKNOWN_SHEET, sheets=", ".join(_SHEETS))
                continue
            for row in self.sheet_rows(sheet_name, 2, columns=3):
                for cell in row:
                    if cell.data_type != "f" and not _blank(cell.value):
                        self.report(f"{sheet_name}!{cell.coordinate}", msgs.VIEW_SHEET_EDITED)

    # -- building the framework data

    def framework_data(self) -> dict[str, Any] | None:
        """The framework JSON, or ``None`` when a sheet or column is missing or unknown."""
        for sheet in ("attribute_sets", "panels", "criteria", "recognition_bands"):
            self.locate(sheet, f"{sheet}!A2", "")
        data = self.top_level()
        sets = self.attribute_sets()
        data["panels"] = self.panels()
        data["attribute_sets"] = sets
        data["criteria"] = self.criteria()
        data["recognition_bands"] = self.recognition_bands()
        notes = self.notes()
        if notes is not None:
            data["notes"] = notes
        self.view_sheets()
        ordered = {key: data[key] for key in _TOP_LEVEL_ORDER if key in data}
        return None if self.structural else ordered

    def top_level(self) -> dict[str, Any]:
        rows = self.rows("framework")
        known = {key: kind for key, kind, _ in _FRAMEWORK_KEYS}
        values: dict[str, Any] = {}
        refs: dict[str, str] = {}
        for row in self.unique(
            rows, lambda r: self.text(r, "key").strip(), "key", msgs.DUPLICATE_KEY_ROW
        ):
            key = self.text(row, "key").strip()
            if key not in known:
                self.problem(
                    row.ref("key"), msgs.UNKNOWN_FRAMEWORK_KEY, key=key, keys=", ".join(known)
                )
                continue
            refs[key] = row.ref("value")
            if key in _OPTIONAL_KEYS and _blank(row.values.get("value")):
                continue
            if known[key] == "int":
                values[key] = self.integer(row, "value")
            else:
                values[key] = self.text(row, "value")
        for key in known:
            if key not in refs and rows and key not in _OPTIONAL_KEYS:
                self.report("framework", msgs.KEY_ROW_MISSING, key=key)
                self.structural = True
        data: dict[str, Any] = {
            key: values.get(key)
            for key in known
            if not key.startswith("title_") and (key in values or key not in _OPTIONAL_KEYS)
        }
        data["title"] = {lang: values.get(f"title_{lang}", "") for lang in LANGUAGES}
        for key, ref in refs.items():
            if key.startswith("title_"):
                self.locate(f"title.{key.removeprefix('title_')}", ref, key)
            else:
                self.locate(key, ref, key)
        self.locate("title", refs.get("title_en", "framework!A1"), "title")
        return data

    def attribute_sets(self) -> list[dict[str, Any]]:
        rows = self.unique(
            self.rows("attribute_sets"), lambda r: self.text(r, "id"), "id", msgs.DUPLICATE_ID_ROW
        )
        sets: dict[tuple[str, ...], _Owner] = {}
        for index, row in enumerate(rows):
            path = f"attribute_sets[{index}]"
            set_id = self.text(row, "id")
            record: dict[str, Any] = {
                "id": set_id,
                "title": self.title(row, f"{path}.title"),
                "min": self.integer(row, "min"),
                "max": self.integer(row, "max"),
                "step": self.integer(row, "step"),
                "elements": [],
                "bands": [],
            }
            sets[("attribute set", set_id)] = _Owner(record, path)
            for column in ("id", "min", "max", "step"):
                self.locate(f"{path}.{column}", row.ref(column), column)
            for part in ("", ".elements", ".bands"):
                self.locate(
                    f"{path}{part}", row.ref("id"), phrase(msgs.LABEL_ATTRIBUTE_SET, name=set_id)
                )
        self.bands(sets)
        elements = self.elements(sets)
        attributes = self.attributes(elements)
        self.guidance(attributes)
        return [owner.record for owner in sets.values()]

    def bands(self, sets: dict[tuple[str, ...], _Owner]) -> None:
        rows = self.unique(
            self.rows("bands"),
            lambda r: (self.text(r, "set"), self.text(r, "id")),
            "id",
            msgs.DUPLICATE_BAND_IN_SET_ROW,
        )
        for row, owner, path in self.children(rows, sets, "bands", self.in_set("band")):
            band_id = self.text(row, "id")
            owner.record["bands"].append(
                {
                    "id": band_id,
                    "min": self.integer(row, "min"),
                    "max": self.integer(row, "max"),
                    "title": self.title(row, f"{path}.title"),
                }
            )
            for column in ("id", "min", "max"):
                self.locate(f"{path}.{column}", row.ref(column), column)
            self.locate(path, row.ref("id"), phrase(msgs.LABEL_BAND, name=band_id))

    def elements(self, sets: dict[tuple[str, ...], _Owner]) -> dict[tuple[str, ...], _Owner]:
        rows = self.unique(
            self.rows("elements"),
            lambda r: (self.text(r, "set"), self.text(r, "id")),
            "id",
            msgs.DUPLICATE_ELEMENT_IN_SET_ROW,
        )
        elements: dict[tuple[str, ...], _Owner] = {}
        for row, owner, path in self.children(rows, sets, "elements", self.in_set("element")):
            element_id = self.text(row, "id")
            record = {
                "id": element_id,
                "title": self.title(row, f"{path}.title"),
                "attributes": [],
            }
            owner.record["elements"].append(record)
            elements[("element", owner.record["id"], element_id)] = _Owner(record, path)
            self.locate(f"{path}.id", row.ref("id"), "id")
            for part in ("", ".attributes"):
                self.locate(
                    f"{path}{part}", row.ref("id"), phrase(msgs.LABEL_ELEMENT, name=element_id)
                )
        return elements

    def attributes(self, elements: dict[tuple[str, ...], _Owner]) -> dict[tuple[str, ...], _Owner]:
        rows = self.unique(
            self.rows("attributes"),
            lambda r: (self.text(r, "set"), self.text(r, "id")),
            "id",
            msgs.DUPLICATE_ATTRIBUTE_IN_SET_ROW,
        )
        attributes: dict[tuple[str, ...], _Owner] = {}
        parent = _Parent(
            lambda r: ("element", self.text(r, "set"), self.text(r, "element")),
            lambda r: ("attribute", self.text(r, "set"), self.text(r, "id")),
            "element",
            "elements",
        )
        for row, owner, path in self.children(rows, elements, "attributes", parent):
            attribute_id = self.text(row, "id")
            record = {
                "id": attribute_id,
                "title": self.title(row, f"{path}.title"),
                "guidance": [],
            }
            owner.record["attributes"].append(record)
            attributes[("attribute", self.text(row, "set"), attribute_id)] = _Owner(record, path)
            self.locate(f"{path}.id", row.ref("id"), "id")
            for part in ("", ".guidance"):
                self.locate(
                    f"{path}{part}", row.ref("id"), phrase(msgs.LABEL_ATTRIBUTE, name=attribute_id)
                )
        return attributes

    def guidance(self, attributes: dict[tuple[str, ...], _Owner]) -> None:
        rows = self.unique(
            self.rows("guidance"),
            lambda r: (self.text(r, "set"), self.text(r, "attribute"), self.text(r, "band")),
            "band",
            msgs.DUPLICATE_GUIDANCE_BAND_ROW,
        )
        parent = _Parent(
            lambda r: ("attribute", self.text(r, "set"), self.text(r, "attribute")),
            lambda r: ("guidance", self.text(r, "set"), self.text(r, "attribute")),
            "attribute",
            "attributes",
        )
        for row, owner, path in self.children(rows, attributes, "guidance", parent):
            owner.record["guidance"].append(
                {"band": self.text(row, "band"), "text": self.title(row, f"{path}.text", "text")}
            )
            self.locate(f"{path}.band", row.ref("band"), "band")
            self.locate(path, row.ref("band"), "guidance")

    def in_set(self, kind: str) -> _Parent:
        """Bands and elements name their attribute set in the ``set`` column."""
        return _Parent(
            lambda r: ("attribute set", self.text(r, "set")),
            lambda r: (kind, self.text(r, "set"), self.text(r, "id")),
            "set",
            "attribute_sets",
        )

    def children(
        self,
        rows: list[_Row],
        owners: dict[tuple[str, ...], _Owner],
        list_key: str,
        parent: _Parent,
    ) -> Iterator[tuple[_Row, _Owner, str]]:
        """Each row with its owner record and the JSON path its new entry will have.

        A row whose owner is missing is reported once, at the owner's cell; rows below an
        owner that was itself refused are not reported again.
        """
        for row in rows:
            owner_key = parent.owner_key(row)
            owner = owners.get(owner_key)
            if owner is None:
                if owner_key not in self.refused:
                    kind, *names = owner_key
                    where = row.ref(parent.column)
                    if len(names) > 1:
                        self.problem(
                            where,
                            _NOT_LISTED[kind],
                            name=names[-1],
                            set_id=names[0],
                            sheet=parent.sheet,
                        )
                    else:
                        self.problem(where, _NOT_LISTED[kind], name=names[-1], sheet=parent.sheet)
                self.refused.add(parent.own_key(row))
                continue
            yield row, owner, f"{owner.path}.{list_key}[{len(owner.record[list_key])}]"

    def panels(self) -> list[dict[str, Any]]:
        rows = self.unique(
            self.rows("panels"), lambda r: self.text(r, "id"), "id", msgs.DUPLICATE_PANEL_ID_ROW
        )
        panels: list[dict[str, Any]] = []
        for index, row in enumerate(rows):
            path = f"panels[{index}]"
            panels.append(
                {
                    "id": self.text(row, "id"),
                    "title": self.title(row, f"{path}.title"),
                    "attribute_sets": {
                        "enabler": self.text(row, "enabler_set"),
                        "result": self.text(row, "result_set"),
                    },
                }
            )
            self.locate(f"{path}.id", row.ref("id"), "id")
            self.locate(f"{path}.attribute_sets.enabler", row.ref("enabler_set"), "enabler_set")
            self.locate(f"{path}.attribute_sets.result", row.ref("result_set"), "result_set")
            self.locate(path, row.ref("id"), phrase(msgs.LABEL_PANEL, name=self.text(row, "id")))
        return panels

    def criteria(self) -> list[dict[str, Any]]:
        rows = self.unique(
            self.rows("criteria"),
            lambda r: self.text(r, "id"),
            "id",
            msgs.DUPLICATE_CRITERION_ID_ROW,
        )
        criteria: dict[tuple[str, ...], _Owner] = {}
        for index, row in enumerate(rows):
            path = f"criteria[{index}]"
            criterion_id = self.text(row, "id")
            record: dict[str, Any] = {
                "id": criterion_id,
                "kind": self.text(row, "kind"),
                "points": self.integer(row, "points"),
                "title": self.title(row, f"{path}.title"),
                "items": [],
            }
            criteria[("criterion", criterion_id)] = _Owner(record, path)
            for column in ("id", "kind", "points"):
                self.locate(f"{path}.{column}", row.ref(column), column)
            for part in ("", ".items"):
                self.locate(
                    f"{path}{part}", row.ref("id"), phrase(msgs.LABEL_CRITERION, name=criterion_id)
                )
        if rows:
            first, last = rows[0].ref("points"), rows[-1].ref("points").split("!")[1]
            self.locate("criteria", f"{first}:{last}", "")

        item_rows = self.unique(
            self.rows("items"), lambda r: self.text(r, "id"), "id", msgs.DUPLICATE_ITEM_ID_ROW
        )
        parent = _Parent(
            lambda r: ("criterion", self.text(r, "criterion")),
            lambda r: ("item", self.text(r, "id")),
            "criterion",
            "criteria",
        )
        share_cells: dict[str, list[str]] = {}
        for row, owner, path in self.children(item_rows, criteria, "items", parent):
            item_id = self.text(row, "id")
            owner.record["items"].append(
                {
                    "id": item_id,
                    "title": self.title(row, f"{path}.title"),
                    "share": self.share(row, "share"),
                }
            )
            share_cells.setdefault(owner.path, []).append(row.ref("share").split("!")[1])
            for column in ("id", "share"):
                self.locate(f"{path}.{column}", row.ref(column), column)
            self.locate(path, row.ref("id"), phrase(msgs.LABEL_ITEM, name=item_id))
        for owner in criteria.values():
            if owner.path in share_cells:
                self.locate(
                    f"{owner.path}.items",
                    f"items!{', '.join(share_cells[owner.path])}",
                    phrase(msgs.LABEL_CRITERION, name=owner.record["id"]),
                )
        return [owner.record for owner in criteria.values()]

    def recognition_bands(self) -> list[dict[str, Any]]:
        rows = self.unique(
            self.rows("recognition_bands"),
            lambda r: self.text(r, "id"),
            "id",
            msgs.DUPLICATE_BAND_ID_ROW,
        )
        bands: list[dict[str, Any]] = []
        for index, row in enumerate(rows):
            path = f"recognition_bands[{index}]"
            bands.append(
                {
                    "id": self.text(row, "id"),
                    "min_total": self.integer(row, "min_total"),
                    "inclusive": self.boolean(row, "inclusive"),
                    "title": self.title(row, f"{path}.title"),
                }
            )
            for column in ("id", "min_total", "inclusive"):
                self.locate(f"{path}.{column}", row.ref(column), column)
            self.locate(
                path, row.ref("id"), phrase(msgs.LABEL_RECOGNITION_BAND, name=self.text(row, "id"))
            )
        if rows:
            self.locate(
                "recognition_bands",
                f"recognition_bands!B{rows[0].number}:B{rows[-1].number}",
                "",
            )
        return bands

    def notes(self) -> dict[str, str] | None:
        rows = self.unique(
            self.rows("notes"),
            lambda r: self.text(r, "language").strip(),
            "language",
            msgs.DUPLICATE_LANGUAGE_ROW,
        )
        if not rows:
            return None
        notes: dict[str, str] = {}
        for row in rows:
            language = self.text(row, "language").strip()
            if language not in LANGUAGES:
                self.problem(
                    row.ref("language"),
                    msgs.UNKNOWN_NOTES_LANGUAGE,
                    language=language,
                    languages=", ".join(LANGUAGES),
                )
                continue
            notes[language] = self.text(row, "text")
            self.locate(
                f"notes.{language}", row.ref("text"), phrase(msgs.LABEL_NOTES_IN, language=language)
            )
        self.locate("notes", f"notes!A{rows[0].number}", "notes")
        return {language: notes.get(language, "") for language in LANGUAGES}

    # -- validator problems, turned into cell references

    def add_validation_problems(self, problems: list[Problem]) -> None:
        """The validator's problems at the cells they come from, after what the cell holds;
        a duplicate was already named at its row, with the row it repeats."""
        for problem in problems:
            if problem.what.message in _VALIDATOR_DUPLICATES:
                continue
            path = str(problem.location)
            location = self.lookup(path)
            if location is None:
                self.problems.append(Problem(phrase(msgs.IN_WORKBOOK, path=path), problem.what))
            elif location.ref not in self.bad_refs:
                what = problem.what
                if location.label:
                    what = phrase(msgs.LABELLED, label=location.label, problem=what)
                self.problems.append(Problem(location.ref, what))

    def lookup(self, path: str) -> _Location | None:
        while path:
            if path in self.located:
                return self.located[path]
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                return None
            path = path[:cut]
        return None


# A row whose owner is not listed, by the owner's kind.
_NOT_LISTED = {
    "attribute set": msgs.ATTRIBUTE_SET_NOT_LISTED,
    "element": msgs.ELEMENT_NOT_LISTED,
    "attribute": msgs.ATTRIBUTE_NOT_LISTED,
    "criterion": msgs.CRITERION_NOT_LISTED,
}

_VALIDATOR_DUPLICATES = frozenset(
    {
        msgs.DUPLICATE_BAND_ID,
        msgs.DUPLICATE_ELEMENT_ID,
        msgs.DUPLICATE_ATTRIBUTE_ID,
        msgs.DUPLICATE_CRITERION_ID,
        msgs.DUPLICATE_ITEM_ID,
        msgs.DUPLICATE_PANEL_ID,
        msgs.DUPLICATE_ATTRIBUTE_SET_ID,
    }
)

_TOP_LEVEL_ORDER = (
    "format",
    "id",
    "version",
    "title",
    "total_points",
    "justification_threshold",
    "scale",
    "not_assessed",
    "total_decimals",
    "panels",
    "attribute_sets",
    "criteria",
    "recognition_bands",
    "notes",
)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _formula_boolean(value: Any) -> bool | None:
    """LibreOffice saves a TRUE/FALSE cell as the formula ``=TRUE()``; read it as the value."""
    if isinstance(value, str):
        match = re.fullmatch(r"=\s*(TRUE|FALSE)\s*(\(\s*\))?\s*", value, re.IGNORECASE)
        if match:
            return match.group(1).upper() == "TRUE"
    return None
