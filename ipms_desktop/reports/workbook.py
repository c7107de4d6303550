"""The cycle workbook (.xlsx): summary, heat map, variance, trends, calibration, and one sheet
per institution. CoMSEC's own: it names the assessors (calibration) and shows their scores.

Written with openpyxl's write-only mode so that 500 institutions stay in bounded memory,
and saved atomically (temporary file, fsync, replace). Every score is stored as a number
with a display format, never as text, so CoMSEC can sort, filter and chart it. Its few
kinds of styled cell have their styles made once per workbook (``_Book``), and each row is
written as text (``reports.sheet_rows``, ``_RowSheet``): benchmarks/bench_report.py
measures it.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, RadarChart, Reference
from openpyxl.chart.title import Title, title_maker
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import RowDimension

from ipms_desktop.atomic import atomic_writer
from ipms_desktop.frameworks import Framework
from ipms_desktop.provisioning import Institution
from ipms_desktop.reports.bidi import isolate
from ipms_desktop.reports.calibration import calibration_rows
from ipms_desktop.reports.catalogue import RIGHT_TO_LEFT, assessor_name, check_language, tr
from ipms_desktop.reports.cell_text import cell_text, needs_quote_prefix
from ipms_desktop.reports.cycle_results import CycleResults, InstitutionResults, ScoredAssessment
from ipms_desktop.reports.sheet_rows import (
    CellStyle,
    StyledValue,
    raw_text_writer,
    row_attributes,
    row_xml,
)
from ipms_desktop.scoring import displayed_total

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
_FLAG_FILL = PatternFill("solid", fgColor="F8D7A9")
_WRAP = Alignment(wrap_text=True, vertical="top")
# A cell's horizontal alignment, made once each: a short figure between long texts is
# centred, clear of a neighbour's clipped text; a plain text keeps to the sheet's start
# side whatever its own direction, so an English name in an Arabic sheet does not run into
# the figure beside it (nor an Arabic name in an English sheet).
_ALIGNED = {side: Alignment(horizontal=side) for side in ("center", "left", "right")}
_SHEET_NAME_LIMIT = 31
_FORBIDDEN_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
POINTS_FORMAT = "0.0"
# A line chart of more institutions than this is unreadable: it draws those whose total
# changed most.
_TREND_CHART_INSTITUTIONS = 12
PERCENT_FORMAT = "0.0"


def number(value: Fraction | None) -> float | None:
    """A score as a spreadsheet number (exact values are kept in the database)."""
    # What float(value) works out, without its generic dispatch (200,000 cells).
    return None if value is None else value.numerator / value.denominator


def yes_no_format(language: str) -> str:
    """A true-or-false cell's format: the words in the report's language. LibreOffice
    otherwise shows some such cells as TRUE and others as 1; Excel shows its own words."""
    yes, no = tr("yes", language), tr("no", language)
    return f'"{yes}";"{yes}";"{no}"'


def total_format(framework: Framework) -> str:
    """The display format of a total: whole points or one decimal, as the framework says."""
    places = framework.total_decimals
    return "0." + "0" * places if places else "0"


def competition_ranks(totals: Sequence[Fraction | None]) -> list[int | None]:
    """1, 2, 2, 4 ranking by descending total; rows without a total get no rank."""
    first_place: dict[Fraction, int] = {}
    for place, total in enumerate(sorted((t for t in totals if t is not None), reverse=True), 1):
        first_place.setdefault(total, place)
    return [None if t is None else first_place[t] for t in totals]


class _PreparedCell(Cell):
    """A cell whose style was registered once (``_Book``): it carries its style id, so
    writing it needs no look-up in the workbook's style list."""

    # Shadow the base class's properties, which look the style up (or scan it) per cell.
    __slots__ = ("has_style", "style_id")


class _RowSheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows hold numbers, texts, true or false, and prepared
    values (``StyledValue``), each row written as text (``reports.sheet_rows``).

    Where the sheet's stream is not the one that module knows, openpyxl writes the rows,
    with styled values going through one reused cell: made per value, a cell costs more
    than writing it."""

    def __init__(self, parent: Workbook, title: str) -> None:
        super().__init__(parent, title)
        self._styled = _PreparedCell(self, 1, 1)
        self._row_attributes: dict[int, str] = {}

    def _write_rows(self) -> Generator[None, Sequence[Any], None]:
        """openpyxl's loop from a row sent to the sheet's stream (openpyxl 3.1)."""
        try:
            stream = self._writer.xf.send(True)  # type: ignore[attr-defined]
        except StopIteration:
            self._already_saved()  # type: ignore[attr-defined]
        write = raw_text_writer(stream)
        heights = self.row_dimensions  # type: ignore[attr-defined]
        with stream.element("sheetData"):
            row_index = 1
            try:
                while True:
                    values = yield
                    if write is None:
                        cells = self._values_to_row(values, row_index)
                        self._writer.write_row(stream, cells, row_index)  # type: ignore[attr-defined]
                    else:
                        attributes = self._attributes(heights.get(row_index))
                        write(row_xml(row_index, values, attributes))
                    row_index += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)  # type: ignore[attr-defined]

    def _attributes(self, dimension: RowDimension | None) -> str:
        """A row's height attributes, worked out once per height (``_Book.row_dimension``)."""
        key = id(dimension)
        attributes = self._row_attributes.get(key)
        if attributes is None:
            attributes = self._row_attributes[key] = row_attributes(dimension)
        return attributes

    def _values_to_row(self, values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
        plain = WriteOnlyCell(self)
        styled = self._styled
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            if type(value) is StyledValue:
                cell: Cell = styled
                style = value.style
                styled._style = style.array  # type: ignore[attr-defined]
                styled.style_id = style.id  # type: ignore[misc]
                styled.has_style = style.has_style  # type: ignore[misc]
                styled.value = value.value
                if style.text:
                    styled.data_type = "s"
            else:
                cell = plain
                cell.value = value
                if isinstance(value, str):  # a text, even one that reads as an error code
                    cell.data_type = "s"
            cell.column = column
            cell.row = row_idx
            yield cell


class _Book:
    """The workbook being written, and each kind of styled cell's style, registered once.

    Setting a cell's format, font, fill or alignment looks each up in the workbook's
    lists, and writing the cell looks its whole style up again: for hundreds of thousands
    of cells the styles are made here once, and every cell of a kind shares its array."""

    def __init__(self) -> None:
        self.workbook = Workbook(write_only=True)
        self._styles: dict[
            tuple[str | None, bool, bool, bool, bool, bool, str | None], CellStyle
        ] = {}
        self._heights: dict[float, RowDimension] = {}
        self._titles: dict[str, Title] = {}

    def chart_title(self, text: str) -> Title:
        """A chart's title, made once for every chart that bears it (two per institution)."""
        title = self._titles.get(text)
        if title is None:
            title = self._titles[text] = title_maker(text)
        return title

    def row_dimension(self, sheet: WriteOnlyWorksheet, height: float) -> RowDimension:
        """A row of ``height`` points, made once for every row that tall: a write-only sheet
        writes only a row's attributes (height and custom height), not its number."""
        dimension = self._heights.get(height)
        if dimension is None:
            dimension = RowDimension(sheet, ht=height)  # type: ignore[arg-type]
            self._heights[height] = dimension
        return dimension

    def style(
        self,
        sheet: WriteOnlyWorksheet,
        number_format: str | None,
        *,
        flagged: bool,
        text: bool,
        header: bool,
        quoted: bool = False,
        wrap: bool = True,
        horizontal: str | None = None,
    ) -> CellStyle:
        """The style of this kind of cell (``sheet``: any of the book's); a text wraps
        unless told not to (a plain row's text), and an unwrapped cell may be aligned."""
        key = (number_format, flagged, text, header, quoted, wrap, horizontal)
        style = self._styles.get(key)
        if style is None:
            template = WriteOnlyCell(sheet)
            if number_format:
                template.number_format = number_format
            if header:
                template.font = _HEADER_FONT
                template.fill = _HEADER_FILL
            if flagged:
                template.fill = _FLAG_FILL
            if (text and wrap) or header:
                template.alignment = _WRAP
            elif horizontal:
                template.alignment = _ALIGNED[horizontal]
            if quoted:
                template.quotePrefix = True
            array = template._style  # type: ignore[attr-defined]
            style_list = self.workbook._cell_styles  # type: ignore[attr-defined]
            style = CellStyle(array, style_list.add(array), text, any(array))
            self._styles[key] = style
        return style


class _Sheet:
    """A write-only sheet with styled header cells and the report's conventions."""

    def __init__(
        self,
        book: _Book,
        title: str,
        language: str,
        *,
        frozen: str,
        widths: Sequence[float],
    ) -> None:
        # A write-only sheet writes its views and columns before its first row, so the
        # direction, frozen panes and widths are set here, before anything is appended.
        # openpyxl's stubs leave out most of what a write-only sheet has at run time.
        sheet: Any = _RowSheet(book.workbook, title)
        book.workbook._add_sheet(sheet)  # type: ignore[attr-defined]
        self.sheet: WriteOnlyWorksheet = sheet
        self.language = language
        self.rows = 0
        self.book = book
        # A number cell's style by format, flag and header: the most frequent look-up.
        self._number_styles: dict[tuple[str | None, bool, bool, str | None], CellStyle] = {}
        # The side a plain text keeps to (``_ALIGNED``), and its styles (by quote prefix).
        self._start = "left"
        self._text_styles: dict[bool, CellStyle] = {}
        if language in RIGHT_TO_LEFT:
            self.sheet.sheet_view.rightToLeft = True
            self._start = "right"
        self.sheet.freeze_panes = frozen
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self.sheet.page_setup.orientation = "landscape"
        self.sheet.sheet_properties.pageSetUpPr.fitToPage = True
        self.sheet.page_setup.fitToWidth = 1
        self.sheet.page_setup.fitToHeight = 0

    def header(self, labels: Sequence[str], height: float = 32) -> None:
        self.row_height(height)
        self.append([self.cell(label, header=True) for label in labels])

    def row_height(self, height: float) -> None:
        """The height of the next row appended (set before it is written)."""
        # openpyxl's stubs leave out the row dimensions a write-only sheet has at run time.
        rows = self.sheet.row_dimensions  # type: ignore[attr-defined]
        rows[self.rows + 1] = self.book.row_dimension(self.sheet, height)

    def append(self, values: Sequence[Any]) -> None:
        """One row; every text in it becomes a text cell (``reports.cell_text``)."""
        self.sheet.append([self._text(v) if isinstance(v, str) else v for v in values])
        self.rows += 1

    def _text(self, text: str) -> StyledValue:
        """A plain row's text as a cell holds it, at the sheet's start side, with the quote
        prefix where editing it could make it a formula."""
        quoted = needs_quote_prefix(text)
        style = self._text_styles.get(quoted)
        if style is None:
            style = self._text_styles[quoted] = self.book.style(
                self.sheet,
                None,
                flagged=False,
                text=True,
                header=False,
                quoted=quoted,
                wrap=False,
                horizontal=self._start,
            )
        return StyledValue(cell_text(text, self.language), style)

    def cell(
        self,
        value: Any,
        number_format: str | None = None,
        *,
        flagged: bool = False,
        header: bool = False,
        centred: bool = False,
    ) -> StyledValue | None:
        """A styled value: a number in ``number_format``, a text wrapped at the top (always
        text, never a formula: ``reports.cell_text``), ``flagged`` in the discussion
        colour; ``centred`` (a short figure or code) is centred, and a text then unwrapped."""
        if value is None and not flagged:
            return None  # an empty cell needs no style
        if not isinstance(value, str):
            horizontal = "center" if centred else None
            key = (number_format, flagged, header, horizontal)
            style = self._number_styles.get(key)
            if style is None:
                style = self.book.style(
                    self.sheet,
                    number_format,
                    flagged=flagged,
                    text=False,
                    header=header,
                    horizontal=horizontal,
                )
                self._number_styles[key] = style
            return StyledValue(value, style)
        style = self.book.style(
            self.sheet,
            number_format,
            flagged=flagged,
            text=True,
            header=header,
            quoted=needs_quote_prefix(value),
            wrap=not centred,
            horizontal="center" if centred else None,
        )
        return StyledValue(cell_text(value, self.language), style)

    def filter(self, last_row: int, columns: int) -> None:
        # openpyxl's stubs leave out the auto filter a write-only sheet has at run time.
        self.sheet.auto_filter.ref = (  # type: ignore[attr-defined]
            f"A1:{get_column_letter(columns)}{max(last_row, 1)}"
        )


def sheet_names(institutions: Sequence[str], reserved: Sequence[str]) -> list[str]:
    """Excel-legal, unique sheet names (at most 31 characters, no []:*?/\\)."""
    taken = {name.casefold() for name in reserved}
    names = []
    for institution in institutions:
        cleaned = " ".join(_FORBIDDEN_IN_SHEET_NAMES.sub(" ", institution).split())
        base = cleaned.strip("'") or "Institution"
        candidate = base[:_SHEET_NAME_LIMIT]
        counter = 2
        while candidate.casefold() in taken:
            suffix = f" ({counter})"
            candidate = base[: _SHEET_NAME_LIMIT - len(suffix)] + suffix
            counter += 1
        taken.add(candidate.casefold())
        names.append(candidate)
    return names


def source_name(assessment: ScoredAssessment, language: str) -> str:
    if assessment.is_consensus:
        return tr("consensus", language)
    return assessor_name(assessment.label, language)


def write_workbook(
    results: CycleResults,
    out: Path,
    language: str = "en",
    institutions: Sequence[Institution] = (),
) -> None:
    """Write the cycle workbook to ``out`` atomically; ``institutions`` (the provisioned
    list) groups the summary and heat map by sector and governorate when it carries them."""
    check_language(language)
    # The temporary file is created first, so an unwritable folder fails before any work.
    with atomic_writer(Path(out)) as handle:
        build_workbook(results, language, institutions).save(handle)


def _grouping(
    results: CycleResults, institutions: Sequence[Institution]
) -> tuple[list[str], dict[str, list[str | None]]]:
    """The group columns the list carries (sector, governorate) and each institution's."""
    known = {entry.name: entry for entry in institutions}
    fields = [
        field
        for field in ("sector", "governorate")
        if any(getattr(known.get(i.institution), field, None) for i in results.institutions)
    ]
    values = {
        i.institution: [getattr(known.get(i.institution), field, None) for field in fields]
        for i in results.institutions
    }
    return fields, values


def build_workbook(
    results: CycleResults, language: str, institutions: Sequence[Institution] = ()
) -> Workbook:
    """The whole cycle workbook, in write-only mode (sheets stream to temporary files)."""
    book = _Book()
    fields, groups = _grouping(results, institutions)
    by_framework: dict[str, list[InstitutionResults]] = {}
    for institution in results.institutions:
        by_framework.setdefault(institution.framework.id, []).append(institution)
    summary_titles = []
    for framework_id, group in by_framework.items():
        title = tr("summary", language)
        if len(by_framework) > 1:
            title = f"{title} {framework_id}"[:_SHEET_NAME_LIMIT]
        summary_titles.append(title)
        _summary_sheet(book, title, group, language, fields, groups)
    heat_titles = []
    for framework_id, group in by_framework.items():
        title = tr("heat_map", language)
        if len(by_framework) > 1:
            title = f"{title} {framework_id}"[:_SHEET_NAME_LIMIT]
        heat_titles.append(title)
        _heat_map_sheet(book, title, group, language, fields, groups)
    reserved = [
        *summary_titles,
        *heat_titles,
        tr("variance", language),
        tr("trends", language),
        tr("calibration", language),
    ]
    _variance_sheet(book, results, language)
    if len(results.cycles) > 1:
        _trends_sheet(book, results, language)
    _calibration_sheet(book, results, language)
    if _has_notes(results):
        reserved.append(tr("notes", language))
        _notes_sheet(book, results, language)
    names = sheet_names([i.institution for i in results.institutions], reserved)
    for name, institution in zip(names, results.institutions, strict=True):
        _institution_sheet(book, name, institution, language)
    return book.workbook


def _has_notes(results: CycleResults) -> bool:
    return bool(results.set_aside) or any(i.consensus_conflict for i in results.institutions)


def _notes_sheet(book: _Book, results: CycleResults, language: str) -> None:
    """What a reader must know before trusting the figures: consensus conflicts and
    merged bundles the report leaves out, one line each, never silently."""
    sheet = _Sheet(book, tr("notes", language), language, frozen="A2", widths=[32, 110])
    sheet.header([tr("institution", language), tr("note", language)])
    for institution in results.institutions:
        if institution.consensus_conflict:
            leads = ", ".join(c.signer_name for c in institution.consensus_conflict)
            text = tr(
                "consensus_conflict",
                language,
                count=str(len(institution.consensus_conflict)),
                leads=leads,
            )
            sheet.append([institution.institution, text])
    for left_out in results.set_aside:
        text = tr("set_aside", language, bundle=left_out.bundle_id, reason=left_out.reason)
        sheet.append([left_out.institution, text])


def _criterion_header(framework: Framework, language: str) -> list[str]:
    return [f"{c.id} {c.title.get(language)}" for c in framework.criteria]


def headline_criterion(
    institution: InstitutionResults, criterion_id: str, key: str
) -> Fraction | None:
    """A criterion's ``points`` or ``percent``: the consensus's, else the mean over the
    individual assessments that have it."""
    values = [
        value
        for assessment in institution.headline
        if (value := getattr(assessment.score.criteria[criterion_id], key)) is not None
    ]
    return sum(values, Fraction(0)) / len(values) if values else None


def headline_source(institution: InstitutionResults, language: str) -> str:
    """What the institution's row rests on: the consensus, or the individual mean."""
    return tr("consensus" if institution.consensus else "mean_of_individuals", language)


def _ordered(
    group: Sequence[InstitutionResults], groups: Mapping[str, list[str | None]]
) -> tuple[list[InstitutionResults], dict[str, int | None]]:
    """Rows grouped by the list's fields (when any), ranked by headline total inside."""
    ranks = dict(
        zip(
            (i.institution for i in group),
            competition_ranks([i.shown_headline_total for i in group]),
            strict=True,
        )
    )

    def key(institution: InstitutionResults) -> tuple[Any, ...]:
        fields = tuple(
            (value is None, value or "") for value in groups.get(institution.institution, [])
        )
        rank = ranks[institution.institution]
        return (*fields, rank is None, rank or 0, institution.institution)

    return sorted(group, key=key), ranks


def _summary_sheet(
    book: _Book,
    title: str,
    group: list[InstitutionResults],
    language: str,
    fields: Sequence[str],
    groups: Mapping[str, list[str | None]],
) -> None:
    """One row per institution: the consensus, else the mean of the individual totals
    (marked as such, and given no level), ranked on that figure."""
    framework = group[0].framework
    sheet = _Sheet(
        book,
        title,
        language,
        frozen=f"{get_column_letter(3 + len(fields))}2",
        widths=[32, *([18] * len(fields)), 22, *([14] * len(framework.criteria)), 10, 24, 8],
    )
    header = [
        tr("institution", language),
        *(tr(field, language) for field in fields),
        tr("source", language),
        *_criterion_header(framework, language),
        tr("overall_score" if framework.reports_percent else "total", language),
        tr("band", language),
        tr("rank", language),
    ]
    sheet.header(header, height=60)
    rows, ranks = _ordered(group, groups)
    for institution in rows:
        # The mean of individual totals is given no level: only a consensus is.
        band = None
        if institution.consensus is not None:
            score = institution.consensus.score
            band = score.band.title.get(language) if score.band else None
        if any(a.score.provisional for a in institution.headline):
            band = tr("provisional", language)
        sheet.append(
            [
                institution.institution,
                *(groups[institution.institution]),
                headline_source(institution, language),
                *(
                    sheet.cell(
                        number(headline_criterion(institution, c.id, "points")), POINTS_FORMAT
                    )
                    for c in framework.criteria
                ),
                # The total as shown (by the institution's own framework version), the
                # figure its level and rank are decided on.
                sheet.cell(
                    number(institution.shown_headline_total),
                    total_format(institution.framework),
                ),
                band,
                ranks[institution.institution],
            ]
        )
    sheet.filter(sheet.rows, len(header))


def _heat_map_sheet(
    book: _Book,
    title: str,
    group: list[InstitutionResults],
    language: str,
    fields: Sequence[str],
    groups: Mapping[str, list[str | None]],
) -> None:
    """Criterion percentages across institutions, coloured from red (0) through yellow
    (50) to green (100), with the legend in the first row."""
    framework = group[0].framework
    first_value_column = 3 + len(fields)
    sheet = _Sheet(
        book,
        title,
        language,
        frozen=f"{get_column_letter(first_value_column)}4",
        widths=[32, *([18] * len(fields)), 22, *([12] * len(framework.criteria))],
    )
    sheet.append([tr("heat_legend", language)])
    sheet.append(
        [
            tr("legend", language),
            *([None] * (first_value_column - 2)),
            sheet.cell(0, PERCENT_FORMAT),
            sheet.cell(50, PERCENT_FORMAT),
            sheet.cell(100, PERCENT_FORMAT),
        ]
    )
    header = [
        tr("institution", language),
        *(tr(field, language) for field in fields),
        tr("source", language),
        *_criterion_header(framework, language),
    ]
    sheet.header(header, height=60)
    rows, _ranks = _ordered(group, groups)
    for institution in rows:
        sheet.append(
            [
                institution.institution,
                *(groups[institution.institution]),
                headline_source(institution, language),
                *(
                    sheet.cell(
                        number(headline_criterion(institution, c.id, "percent")), PERCENT_FORMAT
                    )
                    for c in framework.criteria
                ),
            ]
        )
    last_column = get_column_letter(first_value_column + len(framework.criteria) - 1)
    first_column = get_column_letter(first_value_column)
    scale = ColorScaleRule(
        start_type="num",
        start_value=0,
        start_color="F8696B",
        mid_type="num",
        mid_value=50,
        mid_color="FFEB84",
        end_type="num",
        end_value=100,
        end_color="63BE7B",
    )
    # openpyxl's stubs leave out the conditional formats a write-only sheet has at run time.
    formats = sheet.sheet.conditional_formatting  # type: ignore[attr-defined]
    formats.add(f"{first_column}2:{get_column_letter(first_value_column + 2)}2", scale)
    formats.add(f"{first_column}4:{last_column}{max(sheet.rows, 4)}", scale)


def _calibration_sheet(book: _Book, results: CycleResults, language: str) -> None:
    """Each assessor's mean deviation from the consensus per criterion, this cycle and
    across every cycle in the database (CoMSEC only: names are shown)."""
    rows = calibration_rows(results)
    criteria: list[str] = []
    for row in rows:
        criteria.extend(c for c in row.deviations if c not in criteria)
    sheet = _Sheet(
        book,
        tr("calibration", language),
        language,
        frozen="C3",
        widths=[28, 14, 14, *([12] * len(criteria))],
    )
    sheet.append([tr("calibration_note", language)])
    sheet.header(
        [
            tr("assessor_name", language),
            tr("scope", language),
            tr("institutions_count", language),
            *(f"{tr('criterion', language)} {c}" for c in criteria),
        ]
    )
    for row in rows:
        scope = (
            f"{tr('cycle', language)} {results.cycle}"
            if row.this_cycle
            else tr("all_cycles", language)
        )
        sheet.append(
            [
                row.assessor,
                scope,
                row.institutions,
                *(sheet.cell(number(row.deviations.get(c)), PERCENT_FORMAT) for c in criteria),
            ]
        )


def _variance_sheet(book: _Book, results: CycleResults, language: str) -> None:
    sheet = _Sheet(
        book,
        tr("variance", language),
        language,
        frozen="C2",
        widths=[32, 10, 48, 10, 10, 10, 10, 10, 14, 12],
    )
    header = [
        tr("institution", language),
        tr("item", language),
        tr("title", language),
        tr("individual", language),
        tr("mean", language),
        tr("minimum", language),
        tr("maximum", language),
        tr("spread", language),
        tr("discuss_first", language),
        tr("consensus", language),
    ]
    sheet.header(header)
    # Sorted on the spread as the sheet shows it (a float compares far faster than a
    # fraction: 16,000 rows for 500 institutions).
    rows = [
        (institution, spread, float(value))
        for institution in results.institutions
        for spread in institution.item_spreads()
        if (value := spread.spread) is not None
    ]
    rows.sort(key=lambda row: (-row[2], row[0].institution, row[1].item_id))
    yes_no = yes_no_format(language)
    for institution, spread, _ in rows:
        item = institution.framework.items[spread.item_id]
        sheet.append(
            [
                institution.institution,
                sheet.cell(spread.item_id, centred=True),
                item.title.get(language),
                sheet.cell(sum(v is not None for v in spread.values), centred=True),
                sheet.cell(number(spread.mean), PERCENT_FORMAT),
                sheet.cell(number(spread.minimum), PERCENT_FORMAT),
                sheet.cell(number(spread.maximum), PERCENT_FORMAT),
                sheet.cell(number(spread.spread), PERCENT_FORMAT, flagged=spread.flagged),
                sheet.cell(spread.flagged, yes_no, centred=True),
                sheet.cell(number(spread.consensus), PERCENT_FORMAT),
            ]
        )
    sheet.filter(sheet.rows, len(header))


def _trends_sheet(book: _Book, results: CycleResults, language: str) -> None:
    """Each institution's headline total per cycle, then each figure's source (consensus,
    or the mean of the individual totals), the change since the cycle before, and a line
    chart of the largest changes (``_trend_chart``)."""
    cycles = results.cycles
    sheet = _Sheet(
        book,
        tr("trends", language),
        language,
        frozen="B2",
        widths=[32, *([12] * len(cycles)), *([22] * len(cycles)), 10],
    )
    header = [
        tr("institution", language),
        *(f"{tr('cycle', language)} {c}" for c in cycles),
        *(f"{tr('source', language)} {c}" for c in cycles),
        tr("change", language),
    ]
    sheet.header(header)
    changes: list[tuple[Fraction, str, int]] = []  # size of the change, institution, row
    for institution, per_cycle in results.trends.items():
        sources = results.trend_sources.get(institution, {})
        frameworks = results.trend_frameworks[institution]
        # Each cycle's total as its own framework version shows it; the change is the
        # difference of the two latest figures shown, in the finer of their formats.
        figures = {
            c: displayed_total(frameworks[c], value)
            for c in cycles
            if (value := per_cycle.get(c)) is not None
        }
        present = [c for c in cycles if c in figures]
        change: Fraction | None = None
        change_format = POINTS_FORMAT
        if len(present) >= 2 and present[-1] == cycles[-1]:
            before, latest = present[-2:]
            change = figures[latest] - figures[before]
            formats = (total_format(frameworks[before]), total_format(frameworks[latest]))
            change_format = max(formats, key=len)
            changes.append((abs(change), institution, sheet.rows + 1))
        sheet.append(
            [
                institution,
                *(
                    sheet.cell(number(figures.get(c)), total_format(frameworks[c]))
                    if c in frameworks
                    else None
                    for c in cycles
                ),
                *(
                    tr("consensus" if sources[c] else "mean_of_individuals", language)
                    if c in sources
                    else None
                    for c in cycles
                ),
                sheet.cell(number(change), change_format),
            ]
        )
    sheet.filter(sheet.rows, len(header))
    _trend_chart(sheet, len(cycles), changes, language, beside=len(header) + 2)


def _trend_chart(
    sheet: _Sheet,
    cycles: int,
    changes: Sequence[tuple[Fraction, str, int]],
    language: str,
    beside: int,
) -> None:
    """A line chart (axis from 0) of the institutions whose total changed most since the
    cycle before, in the sheet's order; beside the table, where it is seen without
    scrolling past hundreds of rows. Without any change there is no trend to draw."""
    largest = sorted(changes, key=lambda change: (-change[0], change[1]))
    rows = sorted(row for _size, _institution, row in largest[:_TREND_CHART_INSTITUTIONS])
    if not rows:
        return
    chart = LineChart()
    chart.title = tr("trend_chart", language)
    chart.y_axis.scaling.min = 0
    for row in rows:
        chart.add_data(
            Reference(sheet.sheet, min_col=1, max_col=1 + cycles, min_row=row, max_row=row),
            from_rows=True,
            titles_from_data=True,
        )
    chart.set_categories(Reference(sheet.sheet, min_col=2, max_col=1 + cycles, min_row=1))
    chart.height, chart.width = 10, 18
    # openpyxl's stubs type add_chart for ordinary sheets only; write-only sheets share it.
    sheet.sheet.add_chart(chart, f"{get_column_letter(beside)}2")  # type: ignore[misc]


def _institution_sheet(book: _Book, name: str, results: InstitutionResults, language: str) -> None:
    framework = results.framework
    individuals = [assessor_name(i.label, language) for i in results.individuals]
    sheet = _Sheet(
        book,
        name,
        language,
        frozen="C2",
        widths=[12, 48, 10, *([12] * (len(individuals) + 3)), 60, 60],
    )
    header = [
        tr("item", language),
        tr("title", language),
        tr("criterion", language),
        *individuals,
        tr("mean", language),
        tr("spread", language),
        tr("consensus", language),
        tr("strengths", language),
        tr("afis", language),
    ]
    sheet.header(header)
    for spread in results.item_spreads():
        item = framework.items[spread.item_id]
        strengths = results.texts(item.id, "strengths")
        afis = results.texts(item.id, "afis")
        lines = max(_lines([item.title.get(language)], 50), _lines(strengths, 62), _lines(afis, 62))
        sheet.row_height(15 * lines)
        sheet.append(
            [
                item.id,
                sheet.cell(item.title.get(language)),
                item.criterion,
                *(sheet.cell(number(v), PERCENT_FORMAT) for v in spread.values),
                sheet.cell(number(spread.mean), PERCENT_FORMAT),
                sheet.cell(number(spread.spread), PERCENT_FORMAT, flagged=spread.flagged),
                sheet.cell(number(spread.consensus), PERCENT_FORMAT),
                sheet.cell(_lines_text(strengths)),
                sheet.cell(_lines_text(afis)),
            ]
        )
    sheet.filter(sheet.rows, len(header))
    sheet.append([])
    _criteria_table(sheet, results, language)


def _lines_text(texts: Sequence[str]) -> str:
    """Several lines in one cell, each marked with its own direction: a cell's direction
    comes from its first line, and an English line in Arabic text would print reordered."""
    return "\n".join(isolate(text) for text in texts)


def _lines(texts: Sequence[str], characters_per_line: int) -> int:
    """Roughly how many wrapped lines ``texts`` need, so rows are tall enough to print."""
    return max(1, sum(-(-max(len(text), 1) // characters_per_line) for text in texts))


def _criteria_table(sheet: _Sheet, results: InstitutionResults, language: str) -> None:
    """Criterion percentages per assessment and headline points, with the two charts."""
    framework = results.framework
    columns: list[ScoredAssessment] = [*results.headline]
    if results.consensus is not None:
        columns.extend(results.individuals)
    sheet.header(
        [
            tr("criterion", language),
            tr("title", language),
            *(f"{source_name(a, language)} %" for a in columns),
            tr("score_0_100" if framework.reports_percent else "points", language),
        ]
    )
    header_row = sheet.rows
    headline = results.headline
    for criterion in framework.criteria:
        points = [a.score.criteria[criterion.id].points for a in headline]
        present = [p for p in points if p is not None]
        sheet.append(
            [
                criterion.id,
                criterion.title.get(language),
                *(
                    sheet.cell(number(a.score.criteria[criterion.id].percent), PERCENT_FORMAT)
                    for a in columns
                ),
                sheet.cell(
                    number(sum(present, Fraction(0)) / len(present)) if present else None,
                    POINTS_FORMAT,
                ),
            ]
        )
    first, last = header_row + 1, sheet.rows
    radar = RadarChart()
    radar.type = "marker"
    radar.title = sheet.book.chart_title(tr("criteria_profile", language))
    radar.y_axis.scaling.min = 0
    radar.y_axis.scaling.max = 100
    data = Reference(
        sheet.sheet, min_col=3, max_col=2 + len(columns), min_row=header_row, max_row=last
    )
    labels = Reference(sheet.sheet, min_col=1, min_row=first, max_row=last)
    radar.add_data(data, titles_from_data=True)
    radar.set_categories(labels)
    radar.height, radar.width = 10, 13
    # openpyxl's stubs type add_chart for ordinary sheets only; write-only sheets share it.
    sheet.sheet.add_chart(radar, f"A{last + 3}")  # type: ignore[misc]
    bars = BarChart()
    bars.type = "col"
    bars.title = sheet.book.chart_title(tr("criterion_points", language))
    points_column = 3 + len(columns)
    bars.add_data(
        Reference(sheet.sheet, min_col=points_column, min_row=header_row, max_row=last),
        titles_from_data=True,
    )
    bars.set_categories(labels)
    bars.legend = None
    bars.y_axis.scaling.min = 0
    bars.height, bars.width = 10, 16
    sheet.sheet.add_chart(bars, f"D{last + 3}")  # type: ignore[misc]
