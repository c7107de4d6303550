"""The reports show an EFQM 2013.3 total in whole points and one scored on 2013.2 to one
decimal, each beside the level its figure reaches: the feedback PDF read back with
pdftotext, the workbook's total cells read back with openpyxl."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ipms_desktop.consolidation.merge import merge_bundles
from ipms_desktop.frameworks import Framework, content_hash, load_framework, load_framework_version
from ipms_desktop.reports.bidi import left_to_right
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.feedback_content import feedback_html
from ipms_desktop.reports.feedback_pdf import write_feedback_reports
from ipms_desktop.reports.workbook import write_workbook
from tests.consolidation_samples import (
    assessment_document,
    incoming,
    json_opener,
    open_local,
    write_fake_bundle,
)
from tests.tooling import needs_program

PLANNING = "Ministry of Planning"  # 2026 on 2013.3: 300.25, shown 300; 2025 on 2013.2
WATER = "Ministry of Water Resources"  # 2026 on 2013.2: 300.25, shown 300.3
HOUSING = "Ministry of Housing"  # 2026 on 2013.3: exactly 300, shown 300

_FORMAT_CHARACTERS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LEVEL_1 = "Level 1: Developing"
_LEVEL_2 = "Level 2: Established"


def _version_2013_2() -> Framework:
    folder = Path(__file__).resolve().parents[2] / "resources" / "frameworks" / "previous"
    data = json.loads((folder / "efqm-2013-2013.2.json").read_text(encoding="utf-8"))
    framework = load_framework_version("efqm-2013", content_hash(data))
    assert framework is not None and framework.version == "2013.2"
    return framework


def _document(framework: Framework, institution: str, cycle: int, tweaks: dict[str, int]):
    """Every attribute 30 (300 points), then each item in ``tweaks`` scored that value."""
    document = assessment_document(
        framework, institution=institution, cycle=cycle, assessor=f"{institution} A", base=30
    )
    for item_id, score in tweaks.items():
        attributes = document["items"][item_id]["attributes"]
        document["items"][item_id]["attributes"] = dict.fromkeys(attributes, score)
    return document


def _agreed(institution: Any) -> Any:
    """The institution as if its one assessment were the agreed consensus."""
    (assessment,) = institution.individuals
    return replace(institution, consensus=replace(assessment, is_consensus=True))


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("whole-points")
    database = open_local(folder / "cycle.db")
    current, earlier = load_framework("efqm-2013"), _version_2013_2()
    # 7b at 35 % adds 1.25 points, 1a at 25 % takes 1 away: 300.25
    at_300_25 = {"7b": 35, "1a": 25}
    documents = [
        _document(current, PLANNING, 2026, at_300_25),
        _document(earlier, PLANNING, 2025, {"7b": 35}),  # 301.25, shown 301.3 in 2025
        _document(earlier, WATER, 2026, at_300_25),
        _document(current, HOUSING, 2026, {}),
    ]
    paths = [write_fake_bundle(folder, incoming(d)) for d in documents]
    merge_bundles(database, paths, json_opener, folder / "q")
    loaded = load_cycle_results(database, 2026)
    yield replace(loaded, institutions=tuple(_agreed(i) for i in loaded.institutions))
    database.close()


def _institution(results: Any, name: str) -> Any:
    return next(i for i in results.institutions if i.institution == name)


def test_the_sample_totals(results) -> None:
    planning, water = _institution(results, PLANNING), _institution(results, WATER)
    assert planning.framework.version == "2013.3" and water.framework.version == "2013.2"
    assert planning.consensus.score.total == water.consensus.score.total == 300.25
    assert planning.previous.total == 301.25
    assert _institution(results, HOUSING).consensus.score.total == 300


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_feedback_html_marks_the_whole_point_total_left_to_right(results, language) -> None:
    planning = feedback_html(_institution(results, PLANNING), language)
    assert left_to_right("300 / 1000") in planning and "300.3" not in planning
    # the previous cycle (2013.2's 301.25) is shown by this report's rule, and the change
    # is the difference of the two figures shown: 300 - 301
    assert left_to_right("−1") in planning and left_to_right("301 / 1000") in planning
    water = feedback_html(_institution(results, WATER), language)
    assert left_to_right("300.3 / 1000") in water


def _text(pdf: Path) -> str:
    output = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return _FORMAT_CHARACTERS.sub("", unicodedata.normalize("NFKC", output))


def _letters(text: str) -> str:
    """Only the letters: pdftotext reorders words of right-to-left lines and drops Kurdish
    "ە" and "ێ" in some joined forms."""
    return "".join(c for c in text if unicodedata.category(c).startswith("L") and c not in "ەێ")


def _carries(text: str, phrase: str) -> bool:
    letters = _letters(text)
    return all(_letters(word) in letters for word in phrase.split())


@needs_program("pdftotext", "pdftotext (Debian: apt-get install poppler-utils)")
@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_feedback_pdf_reads_back_whole_points_beside_the_level_they_reach(
    results, tmp_path, language
) -> None:
    written = {
        path.name.split(" 2026 ")[0]: path
        for path in write_feedback_reports(results, tmp_path, language)
    }
    planning = _text(written[PLANNING])
    # 300.25 under 2013.3: 300, which is not over 300, so level 1
    assert "300 / 1000" in planning and "300.3" not in planning
    levels = load_framework("efqm-2013").recognition_bands
    title = {band.title.en: band.title.get(language) for band in levels}
    total_line = next(line for line in planning.splitlines() if "300 / 1000" in line)
    assert _carries(total_line, title[_LEVEL_1]) and not _carries(total_line, title[_LEVEL_2])
    # the same exact total scored on 2013.2 keeps one decimal, and level 2
    water = _text(written[WATER])
    assert "300.3 / 1000" in water
    total_line = next(line for line in water.splitlines() if "300.3 / 1000" in line)
    assert _carries(total_line, title[_LEVEL_2]) and not _carries(total_line, title[_LEVEL_1])
    if language == "en":
        flat = re.sub(r"\s+", " ", planning)
        assert "Total: 300 / 1000 Level: Level 1: Developing" in flat
        assert "Change since cycle 2025: −1 (301 / 1000)" in flat
        assert "Total: 300.3 / 1000 Level: Level 2: Established" in re.sub(r"\s+", " ", water)


def test_workbook_totals_are_whole_numbers_with_a_whole_number_format(results, tmp_path):
    out = tmp_path / "cycle.xlsx"
    write_workbook(results, out, "en")
    workbook = load_workbook(out)
    summary = workbook["Summary"]
    header = [cell.value for cell in summary[1]]
    total, level, rank = (header.index(name) for name in ("Total", "Level", "Rank"))
    rows = {row[0].value: row for row in summary.iter_rows(min_row=2)}
    planning, water, housing = rows[PLANNING], rows[WATER], rows[HOUSING]
    assert (planning[total].value, planning[total].number_format) == (300, "0")
    assert planning[level].value == _LEVEL_1
    assert (water[total].value, water[total].number_format) == (300.3, "0.0")
    assert water[level].value == _LEVEL_2
    assert (housing[total].value, housing[total].number_format) == (300, "0")
    # ranked on the figures shown: 300.25 and 300 are both 300, so they share rank 2
    assert (water[rank].value, planning[rank].value, housing[rank].value) == (1, 2, 2)
    # criterion points keep one decimal
    assert planning[header.index("1 Leadership")].number_format == "0.0"

    trends = workbook["Trends"]
    header = [cell.value for cell in trends[1]]
    row = next(r for r in trends.iter_rows(min_row=2) if r[0].value == PLANNING)
    before, after, change = (
        row[header.index(name)] for name in ("Cycle 2025", "Cycle 2026", "Change")
    )
    # each cycle as its own version shows it; the change in the finer of the two formats
    assert (before.value, before.number_format) == (301.3, "0.0")
    assert (after.value, after.number_format) == (300, "0")
    assert change.value == pytest.approx(-1.3) and change.number_format == "0.0"
