"""Hand-worked examples for every shipped framework, checked through ``ipms calc --json``.

The arithmetic is written out beside each expected number so a reviewer can redo it
with pencil and paper. Sheets are built item by item; ``uniform`` gives every attribute
of an item the same score (so the item's suggested overall is that score).
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from ipms_desktop.cli import main
from ipms_desktop.frameworks import load_framework


def uniform(framework_id: str, item_id: str, score: int, panel: str | None = None) -> dict:
    framework = load_framework(framework_id)
    attribute_set = framework.attribute_set_for(framework.panel(panel), framework.items[item_id])
    return {"attributes": dict.fromkeys(attribute_set.attributes, score)}


def calc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], framework_id: str, sheet: dict[str, Any]
) -> dict[str, Any]:
    path = tmp_path / "sheet.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    assert main(["calc", "--framework", framework_id, str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out, parse_float=Decimal)


def exact(value: Fraction | int) -> Decimal:
    """The JSON number expected for an exact value (28 significant digits if it recurs)."""
    fraction = Fraction(value)
    return Decimal(fraction.numerator) / Decimal(fraction.denominator)


def items_of(framework_id: str, criterion_id: str) -> list[str]:
    return [i.id for i in load_framework(framework_id).criterion(criterion_id).items]


# ---------------------------------------------------------------- EFQM 2013


def test_efqm2013_uniform_criteria(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = "efqm-2013"
    items: dict[str, Any] = {}
    for criterion in "12345":
        for item in items_of(f, criterion):
            items[item] = uniform(f, item, 60)  # every enabler item 60 % -> 60 points each
    items |= {
        "6a": uniform(f, "6a", 40),
        "6b": uniform(f, "6b", 80),  # 40*.75 + 80*.25 = 50 % of 150
        "7a": uniform(f, "7a", 50),
        "7b": uniform(f, "7b", 50),  # 50 % of 100
        "8a": uniform(f, "8a", 30),
        "8b": uniform(f, "8b", 70),  # 30*.5 + 70*.5 = 50 % of 100
        "9a": uniform(f, "9a", 20),
        "9b": uniform(f, "9b", 60),  # 20*.5 + 60*.5 = 40 % of 150
    }
    out = calc(tmp_path, capsys, f, {"items": items})
    assert [out["criteria"][c]["points"] for c in "123456789"] == [
        60,
        60,
        60,
        60,
        60,
        75,
        50,
        50,
        60,
    ]
    # total = 5 * 60 + 75 + 50 + 50 + 60 = 535, over 500: the programme's level 4
    assert out["total"] == 535
    assert out["band"] == "ipms-level-4"
    assert out["provisional"] is False
    assert out["not_assessed"] == []


def test_efqm2013_mixed_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = "efqm-2013"
    items: dict[str, Any] = {
        # approach (55+50)/2 = 52.5; deployment (60+45)/2 = 52.5; A&R (40+35+45)/3 = 40
        # suggested 1a = (52.5 + 52.5 + 40) / 3 = 145/3 = 48 1/3
        "1a": {
            "attributes": {
                "sound": 55,
                "integrated": 50,
                "implemented": 60,
                "structured": 45,
                "measurement": 40,
                "learning_creativity": 35,
                "improvement_innovation": 45,
            }
        },
        "3a": {"not_assessed": "HR department not visited"},
        "4a": {"overall": 70, "justification": "partnership agreements seen on site"},
        # relevance (50+50+35)/3 = 45; performance (40+30+20+30)/4 = 30; 6a = 37.5
        "6a": {
            "attributes": {
                "scope_relevance": 50,
                "integrity": 50,
                "segmentation": 35,
                "trends": 40,
                "targets": 30,
                "comparisons": 20,
                "causes": 30,
            }
        },
        "6b": uniform(f, "6b", 10),
        "7a": uniform(f, "7a", 20),
        "7b": {"not_assessed": "no people indicators yet"},
        "8a": uniform(f, "8a", 25),
        "8b": uniform(f, "8b", 25),
        "9a": uniform(f, "9a", 15),
        "9b": uniform(f, "9b", 25),
    }
    for item in ["1b", "1c", "1d", "1e"]:
        items[item] = uniform(f, item, 25)
    for item in items_of(f, "2"):
        items[item] = uniform(f, item, 35)
    for item in ["3b", "3c", "3d", "3e"]:
        items[item] = uniform(f, item, 40)
    for item in ["4b", "4c", "4d", "4e"]:
        items[item] = uniform(f, item, 30)
    for item in items_of(f, "5"):
        items[item] = uniform(f, item, 45)
    out = calc(tmp_path, capsys, f, {"items": items})
    assert out["items"]["1a"]["suggested"] == exact(Fraction(145, 3))
    assert out["items"]["4a"] == {"state": "scored", "suggested": None, "overall": 70}
    # 1: (145/3 + 4*25) / 5 = 89/3 % -> 89/3 points
    assert out["criteria"]["1"]["points"] == exact(Fraction(89, 3))
    # 3: 3a not assessed counts 0: 4 * 40 * 0.2 = 32 % (not 40 % re-weighted over 3b-3e)
    assert out["criteria"]["3"]["percent"] == 32
    # 4: (70 + 4 * 30) / 5 = 38 %
    assert out["criteria"]["4"]["points"] == 38
    # 6: 37.5 * .75 + 10 * .25 = 30.625 % of 150 = 45.9375 points
    assert out["criteria"]["6"]["points"] == Decimal("45.9375")
    # 7: 7b not assessed counts 0: 20 * .75 = 15 % of 100 = 15 points (not 20)
    assert out["criteria"]["7"]["points"] == 15
    # 9: 15 * .5 + 25 * .5 = 20 % of 150 = 30 points
    assert out["criteria"]["9"]["points"] == 30
    # total = 89/3 + 35 + 32 + 38 + 45 + 735/16 + 15 + 25 + 30 = 14189/48 = 295.604...
    # (re-weighting over what is left would have given 14813/48 = 308.6 and a level)
    assert out["total"] == exact(Fraction(14189, 48))
    assert out["provisional"] is True
    assert out["band"] is None
    assert out["not_assessed"] == ["3a", "7b"]


def test_efqm2013_band_edge_is_exclusive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = "efqm-2013"
    framework = load_framework(f)
    # every item 30 % -> every criterion 30 % of its points -> total exactly 300
    out = calc(tmp_path, capsys, f, {"items": {i: uniform(f, i, 30) for i in framework.items}})
    assert out["total"] == 300
    # "over 300" is not reached by exactly 300: the level stays level 1 (from 200)
    assert out["band"] == "ipms-level-1"


# ---------------------------------------------------------------- EFQM 2020


def test_efqm2020_uniform_criteria(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = "efqm-2020"
    levels = {"1": 50, "2": 60, "3": 40, "4": 70, "5": 30, "6": 60, "7": 50}
    items = {i: uniform(f, i, levels[c]) for c in levels for i in items_of(f, c)}
    out = calc(tmp_path, capsys, f, {"items": items})
    # points: 50 + 60 + 40 + 70 % of 200 = 140 + 30 + 60 % of 200 = 120 + 50 % of 200 = 100
    assert [out["criteria"][c]["points"] for c in "1234567"] == [50, 60, 40, 140, 30, 120, 100]
    assert out["total"] == 540
    assert out["band"] == "ipms-level-3"  # over 500


def test_efqm2020_mixed_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = "efqm-2020"
    items: dict[str, Any] = {
        # approach (60+40)/2 = 50; deployment (70+50)/2 = 60; A&R (30+40+50)/3 = 40 -> 50
        "1.1": {
            "attributes": {
                "sound": 60,
                "integrated": 40,
                "implemented": 70,
                "structured": 50,
                "measurement": 30,
                "learning_creativity": 40,
                "improvement_innovation": 50,
            }
        },
        "1.2": {"overall": 80, "justification": "strategy reviewed with every stakeholder group"},
        "4.1": {"not_assessed": "value design not in scope this cycle"},
        # relevance (70+50+30)/3 = 50; performance (40+60+20+40)/4 = 40 -> 45
        "6": {
            "attributes": {
                "scope_relevance": 70,
                "integrity": 50,
                "segmentation": 30,
                "trends": 40,
                "targets": 60,
                "comparisons": 20,
                "future_focus": 40,
            }
        },
        "7": uniform(f, "7", 50),
    }
    for item in ["1.3", "1.4", "1.5"]:
        items[item] = uniform(f, item, 20)
    for criterion, level in (("2", 10), ("3", 0), ("5", 100)):
        for item in items_of(f, criterion):
            items[item] = uniform(f, item, level)
    for item in ["4.2", "4.3", "4.4"]:
        items[item] = uniform(f, item, 60)
    out = calc(tmp_path, capsys, f, {"items": items})
    assert out["items"]["1.1"]["suggested"] == 50
    # 1: (50 + 80 + 3 * 20) / 5 = 38 % -> 38 points
    assert out["criteria"]["1"]["points"] == 38
    # 4: 4.1 not assessed counts 0: 3 * 60 * 0.25 = 45 % of 200 = 90 points
    assert out["criteria"]["4"]["points"] == 90
    # 6: 45 % of 200 = 90 points
    assert out["criteria"]["6"]["points"] == 90
    # total = 38 + 10 + 0 + 90 + 100 + 90 + 100 = 428, provisional: no level
    assert out["total"] == 428
    assert out["provisional"] is True
    assert out["band"] is None
    assert out["not_assessed"] == ["4.1"]


def test_efqm2020_result_criterion_not_assessed_gives_a_provisional_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = "efqm-2020"
    framework = load_framework(f)
    items = {i: uniform(f, i, 40) for i in framework.items}
    items["7"] = {"not_assessed": "performance data withheld"}
    out = calc(tmp_path, capsys, f, {"items": items})
    # criterion 7 not assessed scores 0: the total is 40 % of the other 800 points, and it
    # is provisional, so it gets no level (320 would otherwise be over 300)
    assert out["criteria"]["7"] == {"percent": 0, "points": 0}
    assert out["criteria"]["6"]["points"] == 80  # 40 % of 200
    assert out["total"] == 320
    assert out["provisional"] is True
    assert out["band"] is None


# ---------------------------------------------------------------- CAF 2020


def score(value: int) -> dict[str, Any]:
    return {"attributes": {"score": value}}


def test_caf_classical_panel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = "caf-2020"
    items = {i: score(55) for c in "12345" for i in items_of(f, c)}
    items |= {
        "6.1": score(40),
        "6.2": score(80),  # (40 + 80) / 2 = 60
        "7.1": score(33),
        "7.2": score(67),  # (33 + 67) / 2 = 50
        "8.1": score(71),
        "8.2": score(71),  # 71
        "9.1": score(100),
        "9.2": score(0),
    }  # 50
    out = calc(tmp_path, capsys, f, {"panel": "classical", "items": items})
    # CAF's own scale: every criterion 0-100, no points and no weighting between criteria
    assert out["scale"] == "percent"
    criteria = [out["criteria"][c]["percent"] for c in "123456789"]
    assert criteria == [55, 55, 55, 55, 55, 60, 50, 71, 50]
    assert [out["criteria"][c]["points"] for c in "123456789"] == criteria
    # overall = (5 * 55 + 60 + 50 + 71 + 50) / 9 = 506/9 = 56.2...; CAF has no levels
    assert out["total"] == exact(Fraction(506, 9))
    assert out["band"] is None
    assert out["provisional"] is False


def test_caf_fine_tuned_panel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = "caf-2020"

    def pdca(plan: int, do: int, check: int, act: int) -> dict[str, Any]:
        return {"attributes": {"plan": plan, "do": do, "check": check, "act": act}}

    def results(trends: int, targets: int) -> dict[str, Any]:
        return {"attributes": {"trends": trends, "targets": targets}}

    items: dict[str, Any] = {
        "1.1": pdca(60, 50, 40, 30),  # (60 + 50 + 40 + 30) / 4 = 45
        "1.2": pdca(20, 20, 20, 20),
        "1.3": pdca(20, 20, 20, 20),
        "1.4": pdca(20, 20, 20, 20),
        "3.1": pdca(10, 10, 10, 10),
        "3.2": pdca(20, 20, 20, 20),
        "3.3": pdca(31, 31, 31, 31),
        "4.6": {"not_assessed": "no facilities data"},
        "6.1": results(70, 50),
        "6.2": results(10, 20),  # 60 and 15 -> 37.5 % of 150
        "7.1": results(40, 40),
        "7.2": results(40, 40),
        "8.1": results(91, 91),
        "8.2": {"not_assessed": "no survey"},
        "9.1": results(100, 100),
        "9.2": results(100, 100),
    }
    for criterion in "25":
        for item in items_of(f, criterion):
            items[item] = pdca(0, 0, 0, 0)
    for item in ["4.1", "4.2", "4.3", "4.4", "4.5"]:
        items[item] = pdca(50, 50, 50, 50)
    out = calc(tmp_path, capsys, f, {"panel": "fine-tuned", "items": items})
    # 1: (45 + 3 * 20) / 4 = 26.25
    assert out["criteria"]["1"]["percent"] == Decimal("26.25")
    # 3: (10 + 20 + 31) / 3 = 61/3
    assert out["criteria"]["3"]["percent"] == exact(Fraction(61, 3))
    # 4: 4.6 not assessed, so the mean is over the 5 assessed items at 50 -> 50
    assert out["criteria"]["4"]["percent"] == 50
    # 6: (60 + 15) / 2 = 37.5
    assert out["criteria"]["6"]["percent"] == Decimal("37.5")
    # 8: 8.2 not assessed -> 91
    assert out["criteria"]["8"]["percent"] == 91
    # overall = (26.25 + 0 + 61/3 + 50 + 0 + 37.5 + 40 + 91 + 100) / 9 = 4381/108 = 40.56...
    assert out["total"] == exact(Fraction(4381, 108))
    assert out["provisional"] is True
    assert out["band"] is None
    assert out["not_assessed"] == ["4.6", "8.2"]


def test_caf_rejects_fractions_and_other_panels_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sheet.json"
    path.write_text('{"panel": "classical", "items": {"1.1": {"attributes": {"score": 55.5}}}}')
    assert main(["calc", "--framework", "caf-2020", str(path)]) == 1
    assert "1.1, attribute score: 55.5 is not a legal score; use 0 to 100 in steps of 1" in (
        capsys.readouterr().err
    )
    path.write_text('{"panel": "classical", "items": {"1.1": {"attributes": {"plan": 50}}}}')
    assert main(["calc", "--framework", "caf-2020", str(path)]) == 1
    assert "unknown attribute 'plan'" in capsys.readouterr().err
