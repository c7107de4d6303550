"""The cycle workbook and the feedback PDFs, read back and rendered."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ipms_desktop.errors import IpmsError
from ipms_desktop.reports.catalogue import tr
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.workbook import competition_ranks, sheet_names, write_workbook
from tests.reports.conftest import ELECTRICITY, TRADE, YOUTH
from tests.tooling import needs_program


def _is_number(value: object) -> bool:
    """Stored as a number, not as text (whole values read back as int)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def test_summary_uses_consensus_where_agreed_and_stores_numbers(results, tmp_path):
    out = tmp_path / "cycle.xlsx"
    write_workbook(results, out, "en")
    workbook = load_workbook(out)
    assert workbook.sheetnames[:3] == ["Summary", "Variance", "Trends"]
    summary = workbook["Summary"]
    header = [cell.value for cell in summary[1]]
    assert header[:3] == ["Institution", "Source", "1 Leadership"]
    assert header[-3:] == ["Total", "Level", "Rank"]
    rows = list(summary.iter_rows(min_row=2, values_only=True))
    sources = {(row[0], row[1]) for row in rows}
    assert (TRADE, "Consensus") in sources
    assert (ELECTRICITY, "Assessor A") in sources and (ELECTRICITY, "Assessor B") in sources
    assert len(rows) == 4  # consensus row + two individuals + one individual
    for row in rows:
        assert all(_is_number(value) for value in row[2:12]), row
    totals = [row[11] for row in rows]
    assert sorted(row[13] for row in rows) == sorted(competition_ranks(totals))
    assert summary.freeze_panes == "C2" and summary.auto_filter.ref == "A1:N5"
    assert summary.sheet_view.rightToLeft in (None, False)


def test_institution_sheets_variance_and_trends(results, tmp_path):
    out = tmp_path / "cycle.xlsx"
    write_workbook(results, out, "en")
    workbook = load_workbook(out)
    trade = workbook[TRADE]
    assert [cell.value for cell in trade[1]][:3] == ["Sub-criterion", "Title", "Criterion"]
    first_item = [cell.value for cell in trade[2]]
    assert first_item[0] == "1a"
    assert all(_is_number(value) for value in first_item[3:9])
    assert "Leaders  meet staff every month".lower().replace("  ", " ") in first_item[9]
    kinds = sorted(type(chart).__name__ for chart in trade._charts)
    assert kinds == ["BarChart", "RadarChart"]
    assert trade.freeze_panes == "C2"
    variance = workbook["Variance"]
    spreads = [row[7] for row in variance.iter_rows(min_row=2, values_only=True)]
    assert spreads == sorted(spreads, reverse=True) and spreads[0] == 25.0
    assert variance.cell(2, 9).value is True  # discuss first: spread 25 >= 20
    trends = workbook["Trends"]
    assert [cell.value for cell in trends[1]] == ["Institution", "Cycle 2025", "Cycle 2026"]
    trend_rows = {row[0]: row[1:] for row in trends.iter_rows(min_row=2, values_only=True)}
    assert trend_rows[YOUTH][0] is None and _is_number(trend_rows[YOUTH][1])
    assert trend_rows[TRADE][1] > trend_rows[TRADE][0]
    # ":" and "/" are not allowed in sheet names.
    assert "Ministry of Youth Sports Cultur" in workbook.sheetnames
    with zipfile.ZipFile(out) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 6
        assert b"radarChart" in archive.read(charts[0])


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_arabic_and_kurdish_workbooks_are_right_to_left_and_translated(results, tmp_path, language):
    out = tmp_path / f"cycle-{language}.xlsx"
    write_workbook(results, out, language)
    workbook = load_workbook(out)
    assert workbook.sheetnames[0] == tr("summary", language)
    for sheet in workbook.worksheets:
        assert sheet.sheet_view.rightToLeft is True
    summary = workbook.worksheets[0]
    assert summary.cell(1, 1).value == tr("institution", language)
    assert summary.cell(1, 3).value.startswith("1 ")
    assert summary.cell(1, 3).value != "1 Leadership"


def test_single_cycle_has_no_trends_and_unknown_cycle_is_refused(cycle_database, tmp_path):
    earlier = load_cycle_results(cycle_database, 2025)
    out = tmp_path / "2025.xlsx"
    write_workbook(earlier, out, "en")
    assert "Trends" not in load_workbook(out).sheetnames
    with pytest.raises(IpmsError, match="nothing is merged for cycle 2031"):
        load_cycle_results(cycle_database, 2019 + 12)


def test_failed_write_leaves_nothing_and_keeps_the_old_file(results, tmp_path):
    with pytest.raises(IpmsError, match=r"cannot write .*cycle\.xlsx: folder .* does not exist"):
        write_workbook(results, tmp_path / "missing" / "cycle.xlsx", "en")
    existing = tmp_path / "cycle.xlsx"
    existing.write_bytes(b"previous report")
    with pytest.raises(IpmsError, match="unknown report language"):
        write_workbook(results, existing, "fr")
    assert existing.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cycle.xlsx"]


def test_sheet_names_are_legal_and_unique():
    names = sheet_names(["A" * 40, "A" * 40, "x[1]:y", "Summary"], ["Summary"])
    assert names[0] == "A" * 31 and names[1] == "A" * 27 + " (2)"
    assert names[2] == "x 1 y" and names[3] == "Summary (2)"
    assert all(len(name) <= 31 for name in names)


def _render(pdf: Path, prefix: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True, timeout=120)
    return sorted(prefix.parent.glob(prefix.name + "*.png"))


@needs_program("libreoffice", "LibreOffice (Debian: apt-get install libreoffice-calc-nogui)")
def test_libreoffice_opens_and_prints_the_workbooks(results, tmp_path):
    for language in ("en", "ar"):
        write_workbook(results, tmp_path / f"cycle-{language}.xlsx", language)
    converted = subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "cycle-en.xlsx"),
            str(tmp_path / "cycle-ar.xlsx"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert converted.returncode == 0, converted.stderr
    for language in ("en", "ar"):
        pages = _render(tmp_path / f"cycle-{language}.pdf", tmp_path / f"page-{language}")
        # Summary, variance, trends and three institutions: at least one page each.
        assert len(pages) >= 6
        assert all(page.stat().st_size > 1000 for page in pages)


class Stop(Exception):
    """What the window's Cancel raises from the progress callback."""


def test_the_window_s_reports_draw_pdfs_in_a_child_and_stop_cleanly(results, tmp_path):
    """The PDFs are drawn in a child process (the window keeps painting); they arrive one by
    one, and stopping after the first leaves finished files only, no partial one."""
    from ipms_desktop.services.cycle_reports import write_reports

    chosen = [institution.institution for institution in results.institutions]
    reports: list[tuple[int, int]] = []
    written = write_reports(
        results,
        chosen,
        tmp_path / "cycle.xlsx",
        tmp_path / "pdf",
        "en",
        lambda done, total: reports.append((done, total)),
        draft=True,
    )
    assert len(written) == 4 and all(path.exists() for path in written)
    assert reports[-1] == (4, 4) and [done for done, _ in reports] == sorted(
        done for done, _ in reports
    )

    def stop_after_the_first_pdf(done: int, total: int) -> None:
        if done >= 2:
            raise Stop

    folder = tmp_path / "stopped"
    with pytest.raises(Stop):
        write_reports(
            results,
            chosen,
            tmp_path / "again.xlsx",
            folder,
            "en",
            stop_after_the_first_pdf,
            draft=True,
        )
    left = sorted(path.name for path in folder.iterdir())
    assert len(left) >= 1 and all(name.endswith(".pdf") for name in left), left
    assert all(path.stat().st_size > 1000 for path in folder.iterdir())
