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
    # 6: 50 * .75 = 37.5 % of 150 = 56.25; total 500 - 75 + 56.25 = 481.25 -> 481.3
    assert "total: 481.3 of 1000 (provisional" in out
    assert "level: -" in out


def test_displayed_total_and_level_agree_at_a_threshold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # every item 30 % but 1a at 35 %: total 300 + 5 * 0.2 = 301 -> over 300, level 2
    items = _uniform("efqm-2013", 30)
    items["1a"] = _uniform("efqm-2013", 35)["1a"]
    out = _run(tmp_path, capsys, "efqm-2013", {"items": items})
    assert "total: 301.0 of 1000\n" in out
    assert "level: Level 2: Established" in out
    # exactly 300 displays as 300.0 beside level 1: "over 300" is not reached
    out = _run(tmp_path, capsys, "efqm-2013", {"items": _uniform("efqm-2013", 30)})
    assert "total: 300.0 of 1000\n" in out
    assert "level: Level 1: Developing" in out
