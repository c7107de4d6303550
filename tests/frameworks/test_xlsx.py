"""The Excel template: an exact round trip, edits that land, and problems named by cell."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import (
    Framework,
    content_hash,
    list_framework_versions,
    load_framework,
    validate_framework_data,
)
from ipms_desktop.frameworks.xlsx import (
    FrameworkWorkbookInvalid,
    collect_xlsx_problems,
    export_framework_xlsx,
    import_framework_xlsx,
)

RECORD_SHEETS = (
    "framework",
    "criteria",
    "items",
    "attribute_sets",
    "elements",
    "attributes",
    "bands",
    "guidance",
    "panels",
    "recognition_bands",
    "notes",
)


@pytest.fixture(scope="module")
def efqm_2013_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "efqm-2013.xlsx"
    export_framework_xlsx(load_framework("efqm-2013").data, path)
    return path


def _edited(template: Path, tmp_path: Path, edit: Callable[[Any], None]) -> Path:
    """A copy of ``template`` changed by ``edit(workbook)``, as an administrator would."""
    workbook = load_workbook(template)
    edit(workbook)
    path = tmp_path / "edited.xlsx"
    workbook.save(path)
    return path


def _column(sheet: Worksheet, name: str) -> int:
    headers = [cell.value for cell in sheet[1]]
    return headers.index(name) + 1


def _row(sheet: Worksheet, **match: str) -> int:
    """The number of the first row whose named columns hold the given values."""
    columns = {name: _column(sheet, name) for name in match}
    for row in range(2, sheet.max_row + 1):
        if all(sheet.cell(row, columns[name]).value == value for name, value in match.items()):
            return row
    raise AssertionError(f"no row in {sheet.title} with {match}")


def _set(workbook: Any, sheet_name: str, column: str, value: Any, **match: str) -> str:
    """Set one cell found by its row's values; returns its reference, e.g. ``items!C7``."""
    sheet = workbook[sheet_name]
    cell = sheet.cell(_row(sheet, **match), _column(sheet, column))
    cell.value = value
    return f"{sheet_name}!{cell.coordinate}"


def _problems(path: Path) -> list[str]:
    with pytest.raises(FrameworkWorkbookInvalid) as caught:
        import_framework_xlsx(path)
    assert collect_xlsx_problems(path) == caught.value.problems
    assert str(caught.value).startswith(f"framework workbook {path} has")
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize(
    "framework",
    list_framework_versions(),
    ids=lambda framework: f"{framework.id}-{framework.version}",
)
def test_round_trip_gives_the_same_json_and_hash(framework: Framework, tmp_path: Path) -> None:
    """Every version shipped, the earlier ones too (2013.1 has no scale, not_assessed or
    total_decimals keys; 2013.2 no total_decimals): the administrator may export any."""
    path = tmp_path / f"{framework.id}-{framework.version}.xlsx"
    export_framework_xlsx(framework.data, path)
    imported = import_framework_xlsx(path)
    assert imported == framework.data
    assert content_hash(imported) == framework.content_hash
    assert collect_xlsx_problems(path) == []


def test_round_trip_without_notes_and_with_awkward_texts(
    minimal_framework_data: dict[str, Any], tmp_path: Path
) -> None:
    data = copy.deepcopy(minimal_framework_data)
    data["criteria"][0]["title"]["en"] = "=SUM(A1:A3) is not a formula here"
    data["criteria"][0]["title"]["ar"] = "  مسافات في البداية والنهاية  "
    data["version"] = "2013.10"
    data["criteria"][1]["items"][0]["title"]["ckb"] = "هێڵی یەکەم\nهێڵی دووەم"
    path = tmp_path / "mini.xlsx"
    export_framework_xlsx(data, path)
    imported = import_framework_xlsx(path)
    assert imported == data
    assert "notes" not in imported
    assert content_hash(imported) == content_hash(data)


def test_export_writes_shares_as_exact_text_and_lays_out_the_sheets(tmp_path: Path) -> None:
    path = tmp_path / "caf.xlsx"
    export_framework_xlsx(load_framework("caf-2020").data, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == [*RECORD_SHEETS, "view_ar", "view_ckb"]
    items = workbook["items"]
    share = items.cell(_row(items, id="3.1"), _column(items, "share"))
    assert (share.value, share.data_type) == ("1/3", "s")
    for name in RECORD_SHEETS:
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1])
        assert not sheet.sheet_view.rightToLeft
    criteria = workbook["criteria"]
    arabic = criteria.cell(2, _column(criteria, "title_ar"))
    english = criteria.cell(2, _column(criteria, "title_en"))
    assert arabic.alignment.horizontal == "right"
    assert arabic.alignment.wrap_text
    assert english.alignment.horizontal == "left"
    assert criteria.column_dimensions["D"].width > criteria.column_dimensions["A"].width


def test_view_sheets_are_right_to_left_formulas_over_the_source_cells(
    efqm_2013_template: Path,
) -> None:
    workbook = load_workbook(efqm_2013_template)
    for name, header, notes_cell in (
        ("view_ar", "العربية", "=notes!B3"),
        ("view_ckb", "کوردی", "=notes!B4"),
    ):
        view = workbook[name]
        assert view.sheet_view.rightToLeft
        assert view.protection.sheet
        assert view.cell(1, 3).value == header
        assert view.cell(2, 1).value == '="framework / title"'
        assert view.cell(2, 2).value == "=framework!B5"
        labels = [view.cell(row, 1).value for row in range(2, view.max_row + 1)]
        guidance = [label for label in labels if label.startswith('="guidance / "')]
        assert len(guidance) == 14 * 5
        assert (
            guidance[0]
            == '="guidance / " & guidance!A2 & " / " & guidance!B2 & " / " & guidance!C2'
        )
        assert view.cell(len(labels) + 1, 3).value == notes_cell
    assert workbook["view_ar"].cell(2, 3).value == "=framework!B6"
    assert workbook["framework"]["B6"].value == load_framework("efqm-2013").title.ar


def test_export_replaces_an_existing_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    path.write_text("old content")
    export_framework_xlsx(load_framework("efqm-2020").data, path)
    assert [p.name for p in tmp_path.iterdir()] == ["template.xlsx"]
    assert import_framework_xlsx(path) == load_framework("efqm-2020").data


def test_export_refuses_invalid_data_and_unwritable_destination(
    minimal_framework_data: dict[str, Any], tmp_path: Path
) -> None:
    minimal_framework_data["criteria"][0]["items"][0]["share"] = "0.9"
    with pytest.raises(IpmsError, match=r"criteria\[0\]\.items: shares add up to"):
        export_framework_xlsx(minimal_framework_data, tmp_path / "bad.xlsx")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(IpmsError, match=r"cannot write .*t\.xlsx: folder .* does not exist"):
        export_framework_xlsx(
            load_framework("efqm-2013").data, tmp_path / "no-such-folder" / "t.xlsx"
        )


def test_edits_to_share_title_and_band_land_in_the_imported_framework(
    efqm_2013_template: Path, tmp_path: Path
) -> None:
    def edit(workbook: Any) -> None:
        _set(workbook, "items", "share", "0.75", id="8a")
        _set(workbook, "items", "share", "1/4", id="8b")
        _set(workbook, "criteria", "title_ar", "القيادة الإدارية", id="1")
        _set(workbook, "bands", "max", 17, set="radar-enabler", id="no-evidence")
        _set(workbook, "bands", "min", 18, set="radar-enabler", id="some-evidence")
        _set(workbook, "guidance", "text_ckb", "دەقی نوێ", attribute="sound", band="evidence")

    imported = import_framework_xlsx(_edited(efqm_2013_template, tmp_path, edit))
    framework = validate_framework_data(imported, "edited")
    assert [i["share"] for i in imported["criteria"][7]["items"]] == ["0.75", "1/4"]
    assert framework.criteria[0].title.ar == "القيادة الإدارية"
    bands = framework.attribute_sets["radar-enabler"].bands
    assert (bands[0].max, bands[1].min) == (17, 18)
    sound = framework.attribute_sets["radar-enabler"].attributes["sound"]
    assert sound.guidance["evidence"].ckb == "دەقی نوێ"
    assert framework.content_hash != load_framework("efqm-2013").content_hash


def test_values_excel_retypes_are_read_back_as_the_format_expects(
    efqm_2013_template: Path, tmp_path: Path
) -> None:
    def edit(workbook: Any) -> None:
        _set(workbook, "items", "share", 0.75, id="6a")
        _set(workbook, "criteria", "points", "150", id="9")
        _set(workbook, "recognition_bands", "inclusive", "false", id="ipms-level-1")
        _set(workbook, "recognition_bands", "inclusive", "=TRUE()", id="ipms-level-2")

    imported = import_framework_xlsx(_edited(efqm_2013_template, tmp_path, edit))
    assert imported["criteria"][5]["items"][0]["share"] == "0.75"
    assert imported["criteria"][8]["points"] == 150
    assert [band["inclusive"] for band in imported["recognition_bands"]] == [
        False,
        True,
        False,
        False,
    ]


def test_total_decimals_row_round_trips_and_may_be_blank_or_absent(
    efqm_2013_template: Path, tmp_path: Path
) -> None:
    """The row is in every template (a file without the key leaves it blank); a blank value
    or a workbook written before the row existed leaves the key out, so the file keeps its
    one-decimal rule and its hash; anything but 0 or 1 is named by cell."""
    sheet = load_workbook(efqm_2013_template)["framework"]
    row = _row(sheet, key="total_decimals")
    assert sheet.cell(row, _column(sheet, "value")).value == 0
    caf = tmp_path / "caf.xlsx"
    export_framework_xlsx(load_framework("caf-2020").data, caf)
    sheet = load_workbook(caf)["framework"]
    assert sheet.cell(_row(sheet, key="total_decimals"), _column(sheet, "value")).value is None

    blank = import_framework_xlsx(
        _edited(
            efqm_2013_template,
            tmp_path,
            lambda workbook: _set(workbook, "framework", "value", None, key="total_decimals"),
        )
    )
    assert "total_decimals" not in blank
    assert validate_framework_data(blank, "blank").total_decimals == 1

    def remove_row(workbook: Any) -> None:
        sheet = workbook["framework"]
        sheet.delete_rows(_row(sheet, key="total_decimals"))

    older = import_framework_xlsx(_edited(efqm_2013_template, tmp_path, remove_row))
    assert "total_decimals" not in older

    refs: list[str] = []

    def three_places(workbook: Any) -> None:
        refs.append(_set(workbook, "framework", "value", 3, key="total_decimals"))

    problems = _problems(_edited(efqm_2013_template, tmp_path, three_places))
    assert problems == [f"{refs[0]}: total_decimals must be one of 0, 1, found 3"]


def test_rows_below_a_refused_owner_are_not_reported_again(
    efqm_2013_template: Path, tmp_path: Path
) -> None:
    refs: list[str] = []

    def edit(workbook: Any) -> None:
        refs.append(_set(workbook, "attributes", "element", "approch", id="integrated"))

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert problems == [
        f"{refs[0]}: element 'approch' of set 'radar-enabler' is not listed in the elements sheet"
    ]


def test_missing_sheet_is_named(efqm_2013_template: Path, tmp_path: Path) -> None:
    path = _edited(efqm_2013_template, tmp_path, lambda wb: wb.remove(wb["bands"]))
    problems = _problems(path)
    assert len(problems) == 1
    assert problems[0].startswith("bands: the sheet is missing")


def test_missing_column_is_named(efqm_2013_template: Path, tmp_path: Path) -> None:
    path = _edited(efqm_2013_template, tmp_path, lambda wb: wb["items"].delete_cols(3))
    problems = _problems(path)
    assert problems == [
        "items!1: missing column(s) share in the header row; the columns of items are "
        "id, criterion, share, title_en, title_ar, title_ckb"
    ]


def test_bad_number_is_named_by_cell(efqm_2013_template: Path, tmp_path: Path) -> None:
    refs: list[str] = []

    def edit(workbook: Any) -> None:
        refs.append(_set(workbook, "criteria", "points", "abc", id="3"))

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert refs == ["criteria!C4"]
    assert problems[0] == "criteria!C4: points 'abc' is not a whole number"
    assert any("points add up to" in problem for problem in problems) is False


def test_merged_cells_in_a_record_row_are_named_by_cell(
    efqm_2013_template: Path, tmp_path: Path
) -> None:
    def edit(workbook: Any) -> None:
        sheet = workbook["criteria"]
        row = _row(sheet, id="3")
        sheet.merge_cells(
            start_row=row,
            end_row=row,
            start_column=_column(sheet, "kind"),
            end_column=_column(sheet, "points"),
        )

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert "criteria!C4: points an empty cell is not a whole number" in problems


def test_bad_share_text_is_named_by_cell(efqm_2013_template: Path, tmp_path: Path) -> None:
    def edit(workbook: Any) -> None:
        _set(workbook, "items", "share", "abc", id="2b")

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert problems == [
        "items!C8: share 'abc' must be a positive decimal ('0.25') or fraction ('1/3') "
        "written as a string"
    ]


def test_shares_not_adding_up_name_the_criterion_cells(
    efqm_2013_template: Path, tmp_path: Path
) -> None:
    def edit(workbook: Any) -> None:
        _set(workbook, "items", "share", "0.3", id="1a")

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert problems == [
        "items!C2, C3, C4, C5, C6: criterion '1': shares add up to 11/10, not exactly 1"
    ]


def test_duplicate_item_id_names_both_cells(efqm_2013_template: Path, tmp_path: Path) -> None:
    def edit(workbook: Any) -> None:
        _set(workbook, "items", "id", "1a", id="1b")

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert problems[0] == "items!A3: duplicate item id '1a' (first at items!A2)"
    assert not any(p.startswith("workbook") for p in problems)


def test_blank_arabic_title_is_named_by_cell(efqm_2013_template: Path, tmp_path: Path) -> None:
    def edit(workbook: Any) -> None:
        _set(workbook, "criteria", "title_ar", "   ", id="2")
        _set(workbook, "guidance", "text_ar", None, attribute="trends", band="evidence")

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert sorted(problems) == [
        "criteria!E3: title_ar missing or empty translation",
        f"guidance!E{2 + 7 * 5 + 3 * 5 + 2}: text_ar missing or empty translation",
    ]


def test_all_problems_are_reported_together(efqm_2013_template: Path, tmp_path: Path) -> None:
    def edit(workbook: Any) -> None:
        _set(workbook, "framework", "value", "EFQM", key="id")
        _set(workbook, "attribute_sets", "step", 0, id="radar-result")
        _set(workbook, "panels", "result_set", "radar-results", id="radar")
        _set(workbook, "recognition_bands", "inclusive", "perhaps", id="ipms-level-2")
        _set(workbook, "guidance", "attribute", "sond", attribute="sound", band="evidence")
        _set(workbook, "attributes", "element", "approch", id="integrated")
        workbook["view_ar"]["C3"] = "typed over the formula"
        workbook.create_sheet("scratch")
        workbook["scratch"]["A1"] = "my notes"

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    expected_starts = [
        "recognition_bands!C3: inclusive 'perhaps' must be TRUE or FALSE",
        "scratch: unknown sheet",
        "view_ar!C3: this sheet only displays",
        "framework!B3: id 'EFQM' is not a valid id",
        "attribute_sets!D3: step must be at least 1",
        "panels!C2: result_set names unknown attribute set 'radar-results'",
    ]
    for start in expected_starts:
        assert any(p.startswith(start) for p in problems), (start, problems)
    assert any(p.startswith("guidance!B") and "'sond'" in p for p in problems)
    assert any(p.startswith("attributes!B") and "'approch'" in p for p in problems)


def test_unknown_key_column_and_stray_value_are_reported(
    efqm_2013_template: Path, tmp_path: Path
) -> None:
    def edit(workbook: Any) -> None:
        sheet = workbook["framework"]
        sheet.append(["colour", "blue"])
        workbook["items"]["H1"] = "remarks"
        workbook["criteria"]["J4"] = "stray"

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert any(p.startswith("framework!A13: unknown key 'colour'") for p in problems)
    assert any(p.startswith("items!H1: unknown column 'remarks'") for p in problems)
    assert any(p.startswith("criteria!J4: value in a column without a header") for p in problems)


def test_formula_in_a_data_cell_is_refused(efqm_2013_template: Path, tmp_path: Path) -> None:
    def edit(workbook: Any) -> None:
        _set(workbook, "criteria", "points", "=50*2", id="1")

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert problems[0] == "criteria!C2: points holds a formula; type the value itself"


def test_text_file_renamed_xlsx_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "framework.xlsx"
    path.write_text("id,kind,points\n1,enabler,100\n")
    with pytest.raises(IpmsError, match=r"is not a readable Excel workbook \(\.xlsx\)"):
        import_framework_xlsx(path)
    assert len(collect_xlsx_problems(path)) == 1
    missing = tmp_path / "absent.xlsx"
    with pytest.raises(IpmsError, match="does not exist"):
        import_framework_xlsx(missing)
    with pytest.raises(IpmsError, match="is a folder"):
        import_framework_xlsx(tmp_path)


def test_emptied_sheet_is_named(efqm_2013_template: Path, tmp_path: Path) -> None:
    def edit(workbook: Any) -> None:
        workbook["panels"].delete_rows(2)

    problems = _problems(_edited(efqm_2013_template, tmp_path, edit))
    assert problems == ["panels!A2: at least one panel is required"]
