"""Scoring rules on a small framework, each with its arithmetic written out."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, validate_framework_data
from ipms_desktop.scoring import ItemState, display, dumps_exact, exact_decimal, score_sheet


@pytest.fixture
def mini(minimal_framework_data: dict[str, Any]) -> Framework:
    return validate_framework_data(minimal_framework_data, "mini.json")


FULL_1A = {"sound": 55, "integrated": 50, "measurement": 40, "learning": 35, "improvement": 45}


def test_element_means_and_suggested_overall(mini: Framework) -> None:
    result = score_sheet(mini, {"items": {"1a": {"attributes": FULL_1A}}})
    item = result.items["1a"]
    # approach = (55 + 50) / 2 = 52.5; review = (40 + 35 + 45) / 3 = 40
    assert item.elements == {"approach": Fraction(105, 2), "review": Fraction(40)}
    # suggested = (52.5 + 40) / 2 = 46.25, and with no entered overall it is the overall
    assert item.suggested == Fraction(185, 4)
    assert item.overall == item.suggested
    assert item.state is ItemState.SCORED


def test_criterion_points_total_and_band(mini: Framework) -> None:
    sheet = {
        "items": {
            "1a": {"attributes": FULL_1A},
            "1b": {"overall": 60, "justification": "site visit showed mature deployment"},
            "2a": {"attributes": {"trends": 40, "targets": 30}},
            "2b": {"attributes": {"trends": 80, "targets": 90}},
        }
    }
    result = score_sheet(mini, sheet)
    # criterion 1: (46.25 * 0.5 + 60 * 0.5) = 53.125 %; points = 53.125 / 100 * 60 = 31.875
    assert result.criteria["1"].percent == Fraction("53.125")
    assert result.criteria["1"].points == Fraction("31.875")
    # criterion 2: 2a = 35, 2b = 85; 35 * 3/4 + 85 * 1/4 = 47.5 %; points = 0.475 * 40 = 19
    assert result.criteria["2"].percent == Fraction("47.5")
    assert result.criteria["2"].points == 19
    # total = 31.875 + 19 = 50.875 > 50 -> "recognised" (threshold 50, exclusive)
    assert result.total == Fraction("50.875")
    assert result.band is not None and result.band.id == "recognised"
    assert result.complete


def _with_policy(data: dict[str, Any], policy: str) -> Framework:
    return validate_framework_data({**data, "not_assessed": policy}, "mini.json")


NOT_ASSESSED_1B = {
    "items": {
        "1a": {"attributes": dict.fromkeys(FULL_1A, 80)},
        "1b": {"not_assessed": "department closed during the visit"},
        "2a": {"overall": 50, "justification": "no attributes scored in training"},
        "2b": {"overall": 50, "justification": "no attributes scored in training"},
    }
}


def test_not_assessed_counts_zero_and_total_is_provisional(mini: Framework) -> None:
    """Policy ``zero`` (EFQM): a not-assessed item never raises the total."""
    result = score_sheet(mini, NOT_ASSESSED_1B)
    # criterion 1: 80 * 0.5 + 0 * 0.5 = 40 %, not 80 % re-weighted over 1a alone
    assert result.criteria["1"].percent == 40
    assert result.criteria["1"].points == 24  # 40 % of 60
    assert result.criteria["1"].assessed_share == 1
    assert result.total == 24 + 20  # criterion 2: 50 % of 40
    assert result.provisional
    assert result.band is None  # 44 would reach no level anyway; see the next test
    json_out = result.to_json()
    assert json_out["not_assessed"] == ["1b"]
    assert json_out["provisional"] is True
    assert json_out["band"] is None
    assert json_out["complete"] is False


def test_provisional_total_gets_no_level_even_above_a_threshold(mini: Framework) -> None:
    sheet = {
        "items": {
            "1a": {"attributes": dict.fromkeys(FULL_1A, 100)},
            "1b": {"attributes": dict.fromkeys(FULL_1A, 100)},
            "2a": {"not_assessed": "no data"},
            "2b": {"overall": 100, "justification": "agreed at the visit"},
        }
    }
    result = score_sheet(mini, sheet)
    # 60 + 100 * 0.25 % of 40 = 60 + 10 = 70, above the level at 50, but provisional
    assert result.total == 70
    assert result.provisional and result.band is None
    del sheet["items"]["2a"]["not_assessed"]
    sheet["items"]["2a"]["attributes"] = {"trends": 0, "targets": 0}
    scored = score_sheet(mini, sheet)
    assert scored.total == 70 and not scored.provisional
    assert scored.band is not None and scored.band.id == "recognised"


def test_exclude_policy_averages_over_what_is_assessed(
    minimal_framework_data: dict[str, Any],
) -> None:
    """Policy ``exclude`` (CAF): means over the assessed items; still provisional."""
    result = score_sheet(_with_policy(minimal_framework_data, "exclude"), NOT_ASSESSED_1B)
    # criterion 1 rests on 1a alone: 80 * 0.5 / 0.5 = 80 %
    assert result.criteria["1"].percent == 80
    assert result.criteria["1"].points == 48
    assert result.criteria["1"].assessed_share == Fraction(1, 2)
    assert result.total == 48 + 20
    assert result.provisional and result.band is None


def test_criterion_with_nothing_assessed(minimal_framework_data: dict[str, Any]) -> None:
    sheet = {
        "items": {
            "1a": {"attributes": dict.fromkeys(FULL_1A, 80)},
            "1b": {"attributes": dict.fromkeys(FULL_1A, 80)},
            "2a": {"not_assessed": "no data"},
            "2b": {"not_assessed": "no data"},
        }
    }
    zero = score_sheet(_with_policy(minimal_framework_data, "zero"), sheet)
    # zero: criterion 2 scores 0, the total is 48 + 0 and provisional
    assert zero.criteria["2"].percent == 0 and zero.criteria["2"].points == 0
    assert zero.total == 48 and zero.provisional and zero.band is None
    exclude = score_sheet(_with_policy(minimal_framework_data, "exclude"), sheet)
    # exclude on a points scale: criterion 2 has no score, so there is no total
    assert exclude.criteria["2"].percent is None and exclude.total is None
    assert exclude.band is None and not exclude.provisional


def test_displayed_total_and_level_never_contradict(mini: Framework) -> None:
    """The level is decided on the total as displayed: a file without ``total_decimals``
    (as every file before the key) shows it to 1 decimal, half up."""
    from ipms_desktop.scoring.engine import displayed_total, total_figure

    assert mini.total_decimals == 1
    assert displayed_total(mini, Fraction("49.96")) == 50  # shown "50.0": not above 50
    assert displayed_total(mini, Fraction("50.04")) == 50  # shown "50.0": not above 50
    assert displayed_total(mini, Fraction("50.05")) == Fraction("50.1")  # "50.1": above
    assert total_figure(mini, Fraction("50.04")) == "50.0"
    below = mini.band_for_total(displayed_total(mini, Fraction("50.04")))
    assert below is not None and below.id == "committed"
    level = mini.band_for_total(displayed_total(mini, Fraction("50.05")))
    assert level is not None and level.id == "recognised"


def test_whole_points_total_decides_the_level_on_the_whole_figure(
    minimal_framework_data: dict[str, Any],
) -> None:
    """Under ``total_decimals: 0`` the total is shown, and levelled, in whole points: the
    scored sheet's band agrees with the figure, half up at .5."""
    from ipms_desktop.scoring.engine import displayed_total, total_figure

    minimal_framework_data["total_decimals"] = 0
    whole = validate_framework_data(minimal_framework_data, "mini.json")
    assert total_figure(whole, Fraction("50.49")) == "50"
    assert total_figure(whole, Fraction("50.5")) == "51"
    assert whole.band_for_total(displayed_total(whole, Fraction("50.49"))).id == "committed"
    assert whole.band_for_total(displayed_total(whole, Fraction("50.5"))).id == "recognised"
    # Every item 50 but 2b (a tenth of a point per percent) suggesting (50 + 55) / 2:
    # total 50.25, shown 50 beside "committed"; the same sheet on one decimal shows 50.3,
    # which is above 50.
    enabler = dict.fromkeys(("sound", "integrated", "measurement", "learning", "improvement"), 50)
    items: dict[str, Any] = {"1a": {"attributes": enabler}, "1b": {"attributes": enabler}}
    items["2a"] = {"attributes": {"trends": 50, "targets": 50}}
    items["2b"] = {"attributes": {"trends": 50, "targets": 55}}
    scored = score_sheet(whole, {"items": items})
    assert scored.total == Fraction("50.25") and scored.shown_total == 50
    assert scored.band is not None and scored.band.id == "committed"
    del minimal_framework_data["total_decimals"]
    tenths = score_sheet(
        validate_framework_data(minimal_framework_data, "mini.json"), {"items": items}
    )
    assert tenths.shown_total == Fraction("50.3")
    assert tenths.band is not None and tenths.band.id == "recognised"
    items["2b"] = {"attributes": {"trends": 55, "targets": 55}}  # 50.5, shown 51: above 50
    scored = score_sheet(whole, {"items": items})
    assert scored.total == Fraction("50.5") and total_figure(whole, scored.total) == "51"
    assert scored.band is not None and scored.band.id == "recognised"


def test_partial_attributes_are_incomplete_not_zero(mini: Framework) -> None:
    result = score_sheet(mini, {"items": {"1a": {"attributes": {"sound": 55, "integrated": 45}}}})
    item = result.items["1a"]
    assert item.state is ItemState.INCOMPLETE
    assert item.elements == {"approach": 50}
    assert item.suggested is None
    assert result.to_json()["incomplete"] == ["1a"]
    assert result.criteria["1"].percent is None


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (57, "57 is not a legal score; use 0 to 100 in steps of 5"),
        (105, "105 is not a legal score"),
        (-5, "-5 is not a legal score"),
        ("55", "score must be a number"),
        (True, "score must be a number"),
        (float("nan"), "finite number"),
        (52.5, "52.5 is not a legal score"),
    ],
)
def test_illegal_attribute_scores_are_refused(mini: Framework, value: Any, words: str) -> None:
    with pytest.raises(IpmsError, match="item 1a, attribute sound") as caught:
        score_sheet(mini, {"items": {"1a": {"attributes": {"sound": value}}}})
    assert words in str(caught.value)


def test_legal_scores_in_other_numeric_forms(mini: Framework) -> None:
    result = score_sheet(
        mini, {"items": {"2a": {"attributes": {"trends": 55.0, "targets": Decimal("60.0")}}}}
    )
    assert result.items["2a"].suggested == Fraction(115, 2)


def test_justification_needed_from_the_threshold(mini: Framework) -> None:
    base = {"attributes": dict.fromkeys(FULL_1A, 50)}  # suggested exactly 50
    ok_below = score_sheet(mini, {"items": {"1a": base | {"overall": 55}}})
    assert ok_below.items["1a"].overall == 55  # departs 5 < 10
    with pytest.raises(IpmsError, match=r"departs from the suggested 50.0 by 10.0 points"):
        score_sheet(mini, {"items": {"1a": base | {"overall": 60}}})
    agreed = score_sheet(
        mini, {"items": {"1a": base | {"overall": 60, "justification": "strong evidence"}}}
    )
    assert agreed.items["1a"].overall == 60
    assert agreed.items["1a"].suggested == 50
    assert agreed.items["1a"].departure == 10


def test_overall_without_attributes_needs_justification(mini: Framework) -> None:
    with pytest.raises(IpmsError, match="without complete attribute scores"):
        score_sheet(mini, {"items": {"1b": {"overall": 40}}})


@pytest.mark.parametrize(
    ("sheet", "words"),
    [
        ({"items": {"9z": {}}}, "item 9z: not in framework mini"),
        ({"items": {"1a": {"atributes": {}}}}, "unknown key(s) atributes"),
        ({"items": {"1a": {"attributes": {"trends": 50}}}}, "unknown attribute 'trends'"),
        ({"items": {"1a": {"not_assessed": ""}}}, "must give the reason"),
        ({"items": {"1a": {"not_assessed": "x", "overall": 50}}}, "also scored"),
        ({"items": {"1a": {"attributes": [50]}}}, "'attributes' must be an object"),
        ({"items": {"1a": {"overall": 50, "justification": 3}}}, "'justification' must be text"),
        ({"panel": "fine", "items": {}}, "has no panel 'fine'; use one of: radar"),
        ({"item": {}}, "no 'items' object"),
        ([], "must be a JSON object"),
    ],
)
def test_malformed_sheets_are_refused_by_name(mini: Framework, sheet: Any, words: str) -> None:
    with pytest.raises(IpmsError) as caught:
        score_sheet(mini, sheet)
    assert words in str(caught.value)


def test_band_edges_use_the_exact_total(mini: Framework) -> None:
    def total_of(percent: int) -> Any:
        items = {i: {"overall": percent, "justification": "fixed"} for i in mini.items}
        return score_sheet(mini, {"items": items})

    assert total_of(20).band.id == "committed"  # exactly 20, inclusive
    assert total_of(15).band is None
    assert total_of(50).band.id == "committed"  # exactly 50: "over 50" not reached
    assert total_of(55).band.id == "recognised"


def test_machine_output_is_unrounded(mini: Framework) -> None:
    result = score_sheet(
        mini, {"items": {"1a": {"attributes": {**FULL_1A, "measurement": 45, "learning": 35}}}}
    )
    # review = (45 + 35 + 45) / 3 = 41 2/3; suggested = (52.5 + 41 2/3) / 2 = 47 1/12
    assert result.items["1a"].suggested == Fraction(565, 12)
    decoded = json.loads(dumps_exact(result.to_json()), parse_float=Decimal)
    assert decoded["items"]["1a"]["suggested"] == Decimal("47.08333333333333333333333333")
    assert decoded["items"]["1b"]["suggested"] is None
    assert exact_decimal(Fraction(185, 4)) == Decimal("46.25")


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (Fraction(1, 20), 1, "0.1"),
        (Fraction(3, 20), 1, "0.2"),
        (Fraction(145, 3), 1, "48.3"),
        (Fraction(9, 4), 1, "2.3"),
        (Fraction(1001, 2), 0, "501"),
        (Fraction(999, 2), 0, "500"),
        (Fraction(50), 1, "50.0"),
    ],
)
def test_display_rounds_half_up(value: Fraction, places: int, shown: str) -> None:
    assert display(value, places) == shown
