"""``ipms calc`` as a person reads it: CAF on its own 0-100 scale, provisional totals
without a level, and a displayed total that agrees with its level."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ipms_desktop.cli import main
from ipms_desktop.frameworks import load_framework


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], framework_id: str, sheet: Any) -> str:
    path = tmp_path / "sheet.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    assert main(["calc", "--framework", framework_id, str(path)]) == 0
    return capsys.readouterr().out


def _uniform(framework_id: str, score: int) -> dict[str, Any]:
    framework = load_framework(framework_id)
    panel = framework.default_panel
    return {
        item_id: {
            "attributes": dict.fromkeys(framework.attribute_set_for(panel, item).attributes, score)
        }
        for item_id, item in framework.items.items()
    }


def test_caf_is_reported_out_of_100_without_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = _uniform("caf-2020", 55)
    items["9.2"] = {"not_assessed": "no internal indicators"}
    out = _run(tmp_path, capsys, "caf-2020", {"items": items})
    # 9.2 is left out of criterion 9's mean: every criterion is 55, and so is the overall
    assert "overall score: 55.0 of 100 (provisional" in out
    assert "points" not in out and "1000" not in out and "of 150" not in out
    assert "\n9              55.0\n" in out


def test_efqm_not_assessed_total_is_provisional_without_level(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = _uniform("efqm-2013", 50)
    items["6b"] = {"not_assessed": "indicators not presented"}
    out = _run(tmp_path, capsys, "efqm-2013", {"items": items})
    # 6: 50 * .75 = 37.5 % of 150 = 56.25; total 500 - 75 + 56.25 = 481.25 -> 481
    # (version 2013.3 shows the total in whole points)
    assert "total: 481 of 1000 (provisional" in out
    assert "level: -" in out


def test_displayed_total_and_level_agree_at_a_threshold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # every item 30 % but 1a at 35 %: total 300 + 5 * 0.2 = 301 -> over 300, level 2
    items = _uniform("efqm-2013", 30)
    items["1a"] = _uniform("efqm-2013", 35)["1a"]
    out = _run(tmp_path, capsys, "efqm-2013", {"items": items})
    assert "total: 301 of 1000\n" in out
    assert "level: Level 2: Established" in out
    # exactly 300 displays as 300 beside level 1: "over 300" is not reached
    out = _run(tmp_path, capsys, "efqm-2013", {"items": _uniform("efqm-2013", 30)})
    assert "total: 300 of 1000\n" in out
    assert "level: Level 1: Developing" in out


def _efqm_2013_at(offset_item: str, attributes: dict[str, int]) -> dict[str, Any]:
    """Every item 30 % (total 300) but ``offset_item`` scored with ``attributes``."""
    items = _uniform("efqm-2013", 30)
    items[offset_item] = {"attributes": {**items[offset_item]["attributes"], **attributes}}
    return {"items": items}


@pytest.mark.parametrize(
    ("attributes", "exact", "printed", "level"),
    [
        # 1a suggests (25 + 27.5 + 30) / 3 = 27.5 %: 2.5 % of 20 points less, 299.5
        (
            {"sound": 25, "integrated": 25, "implemented": 25},
            "299.5",
            "total: 300 of 1000\n",
            "level: Level 1: Developing",
        ),
        # 1a suggests (35 + 32.5 + 30) / 3 = 32.5 %: 300.5, shown 301 (half up)
        (
            {"sound": 35, "integrated": 35, "structured": 35},
            "300.5",
            "total: 301 of 1000\n",
            "level: Level 2: Established",
        ),
    ],
)
def test_efqm_2013_total_is_printed_and_levelled_in_whole_points(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    attributes: dict[str, int],
    exact: str,
    printed: str,
    level: str,
) -> None:
    sheet = _efqm_2013_at("1a", attributes)
    out = _run(tmp_path, capsys, "efqm-2013", sheet)
    assert printed in out and level in out
    # the machine output stays unrounded
    path = tmp_path / "sheet.json"
    assert main(["calc", "--framework", "efqm-2013", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == float(exact)


def test_efqm_2020_total_is_printed_and_levelled_in_whole_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = _uniform("efqm-2020", 40)
    # 1.1: approach (30, 40) = 35, so 1.1 suggests 38 1/3 %: a third of a point less.
    items["1.1"]["attributes"]["sound"] = 30
    # 6: relevance (40, 40, 50) and performance (30, 40, 40, 40) suggest 40 5/12 %: 5/6 of
    # a point more. Total 400 - 1/3 + 5/6 = 400.5, shown 401: over 400.
    items["6"]["attributes"]["segmentation"] = 50
    items["6"]["attributes"]["trends"] = 30
    out = _run(tmp_path, capsys, "efqm-2020", {"items": items})
    assert "total: 401 of 1000\n" in out
    assert "level: Level 2: Established" in out
    # percentages and criterion points keep one decimal: 1 is 39 2/3 %, 6 is 40 5/12 %
    assert f"\n{'1':<10} {'39.7':>8} {'39.7':>8} {100:>5}\n" in out
    assert f"\n{'6':<10} {'40.4':>8} {'80.8':>8} {200:>5}\n" in out
    path = tmp_path / "sheet.json"
    assert main(["calc", "--framework", "efqm-2020", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out, parse_float=str)["total"] == "400.5"
