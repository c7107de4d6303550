"""The worked examples of docs/scoring.md, reproduced through ``ipms calc --json``.

Each test also checks that the figure it reproduces is the one the document prints, so
the document and the engine cannot drift apart unnoticed.
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from ipms_desktop.cli import main
from ipms_desktop.frameworks import Framework, content_hash, load_framework, load_framework_version
from ipms_desktop.scoring import display, displayed_total, total_figure
from ipms_desktop.scoring.discussion import starting_value

DOC = (Path(__file__).resolve().parents[2] / "docs" / "scoring.md").read_text(encoding="utf-8")


def uniform(framework_id: str, score: int, panel: str | None = None) -> dict[str, Any]:
    framework = load_framework(framework_id)
    chosen = framework.panel(panel)
    return {
        item_id: {
            "attributes": dict.fromkeys(framework.attribute_set_for(chosen, item).attributes, score)
        }
        for item_id, item in framework.items.items()
    }


def calc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], framework_id: str, sheet: dict[str, Any]
) -> dict[str, Any]:
    path = tmp_path / "sheet.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    assert main(["calc", "--framework", framework_id, str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out, parse_float=Decimal)


def test_efqm_2013_with_6b_not_assessed(tmp_path: Path, capsys) -> None:
    items = uniform("efqm-2013", 50)
    items["6a"] = uniform("efqm-2013", 60)["6a"]
    items["6b"] = {"not_assessed": "performance indicators not presented"}
    out = calc(tmp_path, capsys, "efqm-2013", {"items": items})
    assert out["criteria"]["6"] == {"percent": 45, "points": Decimal("67.5")}
    assert out["total"] == Decimal("492.5")
    assert (out["provisional"], out["band"]) == (True, None)
    assert "**492.5, provisional, no level**" in DOC
    items["6b"] = uniform("efqm-2013", 50)["6b"]
    out = calc(tmp_path, capsys, "efqm-2013", {"items": items})
    assert out["total"] == Decimal("511.25")
    assert (out["provisional"], out["band"]) == (False, "ipms-level-4")
    # version 2013.3 shows the total in whole points: 511.25 -> 511
    assert total_figure(load_framework("efqm-2013"), Fraction(out["total"])) == "511"
    assert "**511, Level 4: Leading**" in DOC


def test_efqm_2020_with_a_result_criterion_not_assessed(tmp_path: Path, capsys) -> None:
    items = uniform("efqm-2020", 40)
    items["7"] = {"not_assessed": "performance data withheld"}
    out = calc(tmp_path, capsys, "efqm-2020", {"items": items})
    assert out["criteria"]["7"] == {"percent": 0, "points": 0}
    assert (out["total"], out["provisional"], out["band"]) == (320, True, None)
    assert "**320, provisional, no level**" in DOC
    out = calc(tmp_path, capsys, "efqm-2020", {"items": uniform("efqm-2020", 40)})
    assert (out["total"], out["band"]) == (400, "ipms-level-1")
    assert total_figure(load_framework("efqm-2020"), Fraction(out["total"])) == "400"
    assert "**400, Level 1: Developing**" in DOC


def test_caf_with_a_sub_criterion_left_blank(tmp_path: Path, capsys) -> None:
    items = uniform("caf-2020", 55, "classical")
    items["6.1"] = {"attributes": {"score": 70}}
    items["6.2"] = {"not_assessed": "no performance data"}
    out = calc(tmp_path, capsys, "caf-2020", {"panel": "classical", "items": items})
    assert out["criteria"]["6"]["percent"] == 70
    total = Fraction(out["total"]).limit_denominator(1000)
    assert total == Fraction(510, 9)
    assert display(total, 1) == "56.7" and out["provisional"] is True
    assert out["band"] is None
    assert "**56.7 of 100,\nprovisional**" in DOC


def _efqm_2013_version(version: str) -> Framework:
    current = load_framework("efqm-2013")
    if current.version == version:
        return current
    folder = Path(__file__).resolve().parents[2] / "resources" / "frameworks" / "previous"
    data = json.loads((folder / f"efqm-2013-{version}.json").read_text(encoding="utf-8"))
    framework = load_framework_version("efqm-2013", content_hash(data))
    assert framework is not None and framework.version == version
    return framework


@pytest.mark.parametrize(
    ("version", "exact", "shown", "level"),
    [
        ("2013.3", "199.5", "200", "Level 1: Developing"),
        ("2013.3", "299.49", "299", "Level 1: Developing"),
        ("2013.3", "299.5", "300", "Level 1: Developing"),
        ("2013.3", "300.4", "300", "Level 1: Developing"),
        ("2013.3", "300.5", "301", "Level 2: Established"),
        ("2013.2", "299.96", "300.0", "Level 1: Developing"),
        ("2013.2", "300.05", "300.1", "Level 2: Established"),
        ("2013.2", "300.4", "300.4", "Level 2: Established"),
    ],
)
def test_display_and_level_tables(version: str, exact: str, shown: str, level: str) -> None:
    framework = _efqm_2013_version(version)
    figure = displayed_total(framework, Fraction(exact))
    assert total_figure(framework, Fraction(exact)) == shown
    assert figure == Fraction(shown)
    band = framework.band_for_total(figure)
    assert band is not None and band.title.en == level
    table = DOC.split(f"| exact total (EFQM 2013, version {version}) | displayed | level |")[1]
    table = table.split("\n\n")[0]
    assert f"| {exact} | {shown} | {level}" in table


def test_consensus_starting_examples() -> None:
    grid = load_framework("efqm-2013").attribute_sets["radar-enabler"]
    assert starting_value(grid, [Fraction(25), Fraction(20)]) == 20
    assert starting_value(grid, [Fraction(25), Fraction(30)]) == 30
    assert (
        "Two assessors at 25 and 20 (mean\n  22.5) start at 20; at 25 and 30 (mean 27.5) at 30"
        in DOC
    )
