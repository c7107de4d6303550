"""Scoring a whole assessment, against the same means and weighted sums in bare floats.

The editor re-scores the assessment on every keystroke, so the exact engine must stay
cheap next to the arithmetic it replaces.
"""

from __future__ import annotations

import random
from fractions import Fraction

from benchmarks.common import BenchResult, median_seconds
from ipms_desktop.frameworks import Framework, load_framework
from ipms_desktop.scoring import score_sheet
from ipms_desktop.scoring.discussion import starting_attributes, starting_value, suggested_overall


def _full_sheet(framework: Framework, seed: int) -> dict:
    rng = random.Random(seed)
    panel = framework.default_panel
    items = {}
    for item_id, item in framework.items.items():
        attribute_set = framework.attribute_set_for(panel, item)
        legal = attribute_set.legal_scores()
        items[item_id] = {"attributes": {a: rng.choice(legal) for a in attribute_set.attributes}}
    return {"items": items}


def _float_floor(framework: Framework, sheet: dict) -> float:
    """The same computation with floats and no checks: the least any engine could do."""
    panel = framework.default_panel
    total = 0.0
    for criterion in framework.criteria:
        percent = 0.0
        for item in criterion.items:
            scores = sheet["items"][item.id]["attributes"]
            elements = framework.attribute_set_for(panel, item).elements
            means = [sum(scores[a.id] for a in e.attributes) / len(e.attributes) for e in elements]
            percent += sum(means) / len(means) * float(item.share)
        total += percent * criterion.points / 100
    return total


def _team_starts(framework: Framework, sheets: list[dict], together: bool) -> None:
    """Consensus starts for every item of a team: chosen together per item, or (the floor)
    each attribute on its own."""
    panel = framework.default_panel
    for item_id, item in framework.items.items():
        attribute_set = framework.attribute_set_for(panel, item)
        team = [
            {a: Fraction(v) for a, v in sheet["items"][item_id]["attributes"].items()}
            for sheet in sheets
        ]
        if together:
            overalls = [suggested_overall(attribute_set, scores) for scores in team]
            starting_attributes(attribute_set, team, list(overalls))
        else:
            for attribute_id in attribute_set.attributes:
                starting_value(attribute_set, [scores[attribute_id] for scores in team])


def run() -> list[BenchResult]:
    results = []
    for framework_id in ("efqm-2013", "efqm-2020", "caf-2020"):
        framework = load_framework(framework_id)
        sheet = _full_sheet(framework, seed=7)
        measured = median_seconds(lambda f=framework, s=sheet: score_sheet(f, s), repeats=21)
        floor = median_seconds(lambda f=framework, s=sheet: _float_floor(f, s), repeats=21)
        results.append(
            BenchResult(
                f"score a full {framework_id} assessment", measured * 1e3, floor * 1e3, "ms"
            )
        )
    framework = load_framework("efqm-2013")
    team = [_full_sheet(framework, seed=seed) for seed in (11, 12, 13)]
    measured = median_seconds(lambda: _team_starts(framework, team, together=True), repeats=11)
    floor = median_seconds(lambda: _team_starts(framework, team, together=False), repeats=11)
    results.append(
        BenchResult(
            "consensus starts of a three-assessor efqm-2013 team (floor: each attribute alone)",
            measured * 1e3,
            floor * 1e3,
            "ms",
        )
    )
    return results
