"""EFQM 2013.3 and 2020.3 show the total, and decide its level, in whole points; the
versions before them keep one decimal for what was scored against them."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from ipms_desktop.frameworks import Framework, content_hash, load_framework, load_framework_version
from ipms_desktop.scoring import displayed_total, score_sheet, total_figure

PREVIOUS = Path(__file__).resolve().parents[2] / "resources" / "frameworks" / "previous"


def previous_version(framework_id: str, version: str) -> Framework:
    data = json.loads((PREVIOUS / f"{framework_id}-{version}.json").read_text(encoding="utf-8"))
    framework = load_framework_version(framework_id, content_hash(data))
    assert framework is not None and framework.version == version
    return framework


def uniform(framework: Framework, score: int) -> dict[str, Any]:
    panel = framework.default_panel
    return {
        item_id: {
            "attributes": dict.fromkeys(framework.attribute_set_for(panel, item).attributes, score)
        }
        for item_id, item in framework.items.items()
    }


@pytest.mark.parametrize(
    ("framework_id", "exact", "shown", "level"),
    [
        # EFQM 2013: level 1 from 200 (inclusive), then over 300, 400, 500.
        ("efqm-2013", "199.49", "199", None),
        ("efqm-2013", "199.5", "200", "ipms-level-1"),
        ("efqm-2013", "299.5", "300", "ipms-level-1"),
        ("efqm-2013", "300.4", "300", "ipms-level-1"),
        ("efqm-2013", "300.49999", "300", "ipms-level-1"),
        ("efqm-2013", "300.5", "301", "ipms-level-2"),
        ("efqm-2013", "400.5", "401", "ipms-level-3"),
        ("efqm-2013", "500.4", "500", "ipms-level-3"),
        ("efqm-2013", "500.5", "501", "ipms-level-4"),
        # EFQM 2020: over 300, 400, 500, 600, 700.
        ("efqm-2020", "300.49", "300", None),
        ("efqm-2020", "300.5", "301", "ipms-level-1"),
        ("efqm-2020", "399.5", "400", "ipms-level-1"),
        ("efqm-2020", "400.4", "400", "ipms-level-1"),
        ("efqm-2020", "400.5", "401", "ipms-level-2"),
        ("efqm-2020", "700.4", "700", "ipms-level-4"),
        ("efqm-2020", "700.5", "701", "ipms-level-5"),
    ],
)
def test_level_boundaries_in_whole_points(
    framework_id: str, exact: str, shown: str, level: str | None
) -> None:
    framework = load_framework(framework_id)
    assert framework.version in ("2013.3", "2020.3") and framework.total_decimals == 0
    total = Fraction(exact)
    assert total_figure(framework, total) == shown
    band = framework.band_for_total(displayed_total(framework, total))
    assert (band.id if band else None) == level


def test_a_third_of_a_point_rounds_on_its_exact_value() -> None:
    framework = load_framework("efqm-2013")
    assert total_figure(framework, Fraction(901, 3)) == "300"  # 300.333...
    assert total_figure(framework, Fraction(1801, 6)) == "300"  # 300.1666...
    assert total_figure(framework, Fraction(601, 2)) == "301"  # 300.5 exactly: half up


@pytest.mark.parametrize(
    ("framework_id", "version", "exact", "shown", "reached"),
    [
        ("efqm-2013", "2013.2", "300.4", "300.4", 300),
        ("efqm-2013", "2013.2", "299.96", "300.0", 200),
        ("efqm-2013", "2013.2", "199.5", "199.5", None),  # 2013.3 shows 200: level 1
        ("efqm-2013", "2013.1", "300.05", "300.1", 300),
        ("efqm-2020", "2020.2", "400.4", "400.4", 400),
        ("efqm-2020", "2020.1", "400.04", "400.0", 300),
    ],
)
def test_earlier_versions_keep_one_decimal(
    framework_id: str, version: str, exact: str, shown: str, reached: int | None
) -> None:
    """``reached``: the threshold of the level given (2013.1 and 2020.1 name their levels
    differently; the thresholds are the same)."""
    framework = previous_version(framework_id, version)
    assert framework.total_decimals == 1
    assert total_figure(framework, Fraction(exact)) == shown
    band = framework.band_for_total(displayed_total(framework, Fraction(exact)))
    assert (band.min_total if band else None) == reached


def _efqm_2013_sheet_at_300_25(framework: Framework) -> dict[str, Any]:
    """Every item 30 % (300 points) but 7b at 35 % (+1.25) and 1a at 25 % (-1)."""
    items = uniform(framework, 30)
    items["7b"] = uniform(framework, 35)["7b"]
    items["1a"] = uniform(framework, 25)["1a"]
    return {"items": items}


def _efqm_2020_sheet_at_400_22(framework: Framework) -> dict[str, Any]:
    """Every part and criterion 40 % (400 points) but 1.1's assessment and refinement
    (40, 40, 50): 1.1 suggests 41 1/9 %, worth 2/9 of a point more."""
    items = uniform(framework, 40)
    items["1.1"]["attributes"]["improvement_innovation"] = 50
    return {"items": items}


@pytest.mark.parametrize(
    ("framework_id", "earlier", "sheet", "exact", "whole", "tenths", "levels"),
    [
        (
            "efqm-2013",
            "2013.2",
            _efqm_2013_sheet_at_300_25,
            Fraction("300.25"),
            "300",
            "300.3",
            ("ipms-level-1", "ipms-level-2"),
        ),
        (
            "efqm-2020",
            "2020.2",
            _efqm_2020_sheet_at_400_22,
            400 + Fraction(2, 9),
            "400",
            "400.2",
            ("ipms-level-1", "ipms-level-2"),
        ),
    ],
)
def test_one_sheet_scored_on_the_new_and_the_earlier_version(
    framework_id: str,
    earlier: str,
    sheet: Any,
    exact: Fraction,
    whole: str,
    tenths: str,
    levels: tuple[str, str],
) -> None:
    """The same scores: the new version shows whole points and levels on them; a document
    scored on the earlier version still shows and levels one decimal."""
    current = load_framework(framework_id)
    before = previous_version(framework_id, earlier)
    now = score_sheet(current, sheet(current))
    then = score_sheet(before, sheet(before))
    assert now.total == then.total == exact  # the computation itself is unchanged
    assert (total_figure(current, exact), now.shown_total) == (whole, Fraction(whole))
    assert (total_figure(before, exact), then.shown_total) == (tenths, Fraction(tenths))
    assert now.band is not None and then.band is not None
    assert (now.band.id, then.band.id) == levels
