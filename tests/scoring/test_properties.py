"""Property-based checks of the scoring engine on every shipped framework and a small one.

Bounds (nothing leaves 0..max), monotonicity (a higher attribute never lowers the total)
and not-assessed handling (the framework's policy: 0 with a provisional total, or left
out of the means).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipms_desktop.frameworks import (
    Framework,
    framework_ids,
    load_framework,
    validate_framework_data,
)
from ipms_desktop.scoring import ItemState, score_sheet
from tests.samples import MINIMAL_FRAMEWORK

PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _frameworks() -> list[Framework]:
    shipped = [load_framework(framework_id) for framework_id in framework_ids()]
    return [validate_framework_data(MINIMAL_FRAMEWORK, "mini.json"), *shipped]


FRAMEWORKS = _frameworks()


def _panel_ids(framework: Framework) -> list[str]:
    return [panel.id for panel in framework.panels]


CASES = [(f, p) for f in FRAMEWORKS for p in _panel_ids(f)]
CASE_IDS = [f"{f.id}-{p}" for f, p in CASES]


@st.composite
def full_sheets(draw: st.DrawFn, framework: Framework, panel_id: str) -> dict[str, Any]:
    """A sheet scoring every attribute of every item with legal steps."""
    panel = framework.panel(panel_id)
    assert panel is not None
    items: dict[str, Any] = {}
    for item_id, item in framework.items.items():
        attribute_set = framework.attribute_set_for(panel, item)
        legal = st.sampled_from(attribute_set.legal_scores())
        items[item_id] = {"attributes": {a: draw(legal) for a in attribute_set.attributes}}
    return {"panel": panel_id, "items": items}


@pytest.mark.parametrize(("framework", "panel_id"), CASES, ids=CASE_IDS)
def test_bounds(framework: Framework, panel_id: str) -> None:
    @PROPERTY_SETTINGS
    @given(sheet=full_sheets(framework, panel_id))
    def check(sheet: dict[str, Any]) -> None:
        result = score_sheet(framework, sheet)
        assert result.complete
        for item in result.items.values():
            assert 0 <= item.suggested <= 100
        for criterion in result.criteria.values():
            assert 0 <= criterion.percent <= 100
            assert 0 <= criterion.points <= criterion.criterion.points
        assert 0 <= result.total <= framework.total_points

    check()


@pytest.mark.parametrize(("framework", "panel_id"), CASES, ids=CASE_IDS)
def test_raising_one_attribute_never_lowers_anything(framework: Framework, panel_id: str) -> None:
    @PROPERTY_SETTINGS
    @given(sheet=full_sheets(framework, panel_id), data=st.data())
    def check(sheet: dict[str, Any], data: st.DataObject) -> None:
        before = score_sheet(framework, sheet)
        item_id = data.draw(st.sampled_from(sorted(sheet["items"])))
        attributes = sheet["items"][item_id]["attributes"]
        attribute = data.draw(st.sampled_from(sorted(attributes)))
        panel = framework.panel(panel_id)
        step_set = framework.attribute_set_for(panel, framework.items[item_id])
        if attributes[attribute] + step_set.step > step_set.max:
            return
        attributes[attribute] += step_set.step
        after = score_sheet(framework, sheet)
        assert after.items[item_id].suggested > before.items[item_id].suggested
        criterion_id = framework.items[item_id].criterion
        assert after.criteria[criterion_id].points > before.criteria[criterion_id].points
        assert after.total > before.total

    check()


@pytest.mark.parametrize(("framework", "panel_id"), CASES, ids=CASE_IDS)
def test_not_assessed_items_follow_the_framework_policy(
    framework: Framework, panel_id: str
) -> None:
    @PROPERTY_SETTINGS
    @given(sheet=full_sheets(framework, panel_id), data=st.data())
    def check(sheet: dict[str, Any], data: st.DataObject) -> None:
        criterion = data.draw(st.sampled_from(framework.criteria))
        left_out = data.draw(st.sampled_from([i.id for i in criterion.items]))
        full = score_sheet(framework, sheet)
        sheet["items"][left_out] = {"not_assessed": "evidence not available"}
        result = score_sheet(framework, sheet)
        assert result.items[left_out].state is ItemState.NOT_ASSESSED
        assert result.to_json()["not_assessed"] == [left_out]
        assert result.provisional and result.band is None
        rest = [i for i in criterion.items if i.id != left_out]
        if framework.not_assessed_policy == "zero":
            # counted as 0: the criterion and the total can only fall
            expected: Fraction | None = sum(
                (i.share * full.items[i.id].overall for i in rest), Fraction(0)
            )
            assert result.total is not None and full.total is not None
            assert result.total <= full.total
        elif rest:
            expected = sum(i.share * full.items[i.id].overall for i in rest) / sum(
                i.share for i in rest
            )
        else:
            expected = None
        assert result.criteria[criterion.id].percent == expected
        for other in framework.criteria:
            if other.id != criterion.id:
                assert result.criteria[other.id].points == full.criteria[other.id].points

    check()


@pytest.mark.parametrize(("framework", "panel_id"), CASES, ids=CASE_IDS)
@pytest.mark.parametrize("level", [0, 50, 100])
def test_uniform_scores_give_proportional_total(
    framework: Framework, panel_id: str, level: int
) -> None:
    panel = framework.panel(panel_id)
    items = {
        item_id: {
            "attributes": dict.fromkeys(framework.attribute_set_for(panel, item).attributes, level)
        }
        for item_id, item in framework.items.items()
    }
    result = score_sheet(framework, {"panel": panel_id, "items": items})
    assert result.total == Fraction(level, 100) * framework.total_points
