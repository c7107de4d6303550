"""The team rules: one discussion rule, and consensus starts inside the team's range
without upward bias (``ipms_desktop.scoring.team``)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipms_desktop.frameworks import AttributeSet, load_framework
from ipms_desktop.scoring.team import (
    discussed_first,
    nearest_legal,
    starting_attributes,
    starting_overall,
    suggested_overall,
)

ATTRIBUTE_SETS = [
    load_framework(framework_id).attribute_sets[set_id]
    for framework_id, set_id in (
        ("efqm-2013", "radar-enabler"),
        ("efqm-2013", "radar-result"),
        ("efqm-2020", "radar2020-enabler"),
        ("efqm-2020", "radar2020-result"),
        ("caf-2020", "caf-classical-enabler"),
        ("caf-2020", "caf-fine-enabler"),
        ("caf-2020", "caf-fine-result"),
    )
]
SET_IDS = [s.id for s in ATTRIBUTE_SETS]
Team = list[dict[str, Fraction]]


def _random_team(attribute_set: AttributeSet, rng: random.Random) -> Team:
    legal = attribute_set.legal_scores()
    return [
        {a: Fraction(rng.choice(legal)) for a in attribute_set.attributes}
        for _ in range(rng.randint(2, 5))
    ]


def _half_up(attribute_set: AttributeSet, value: Fraction) -> Fraction:
    """The old start: each attribute mean rounded half up to a legal step."""
    steps = (value - attribute_set.min) / attribute_set.step
    return Fraction(attribute_set.min + math.floor(steps + Fraction(1, 2)) * attribute_set.step)


def _mean(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def test_discussed_first_looks_at_the_overall_scores_only() -> None:
    assert discussed_first([Fraction(40), Fraction(60)], 20)
    assert not discussed_first([Fraction(40), Fraction("59.9")], 20)
    assert not discussed_first([Fraction(40), None], 20)
    assert not discussed_first([None, None], 20)
    assert discussed_first([Fraction(10), None, Fraction(35)], 20)


def test_halves_go_to_the_even_step_not_always_up() -> None:
    radar = ATTRIBUTE_SETS[0]  # steps of 5: step indices 4 (20), 5 (25), 6 (30)
    assert nearest_legal(radar, Fraction("22.5")) == 20  # between steps 4 and 5: to 4
    assert nearest_legal(radar, Fraction("27.5")) == 30  # between steps 5 and 6: to 6
    assert nearest_legal(radar, Fraction("23.4")) == 25
    assert nearest_legal(radar, Fraction(-3)) == 0
    assert nearest_legal(radar, Fraction(104)) == 100


def test_the_reported_9b_team_starts_inside_its_range() -> None:
    """Two assessors at 23.75 and 22.29 on a 2013 result item: the old start was 25.2."""
    results = ATTRIBUTE_SETS[1]
    keys = ("scope_relevance", "integrity", "segmentation", "trends", "targets")
    keys += ("comparisons", "causes")
    first = dict(zip(keys, map(Fraction, (25, 35, 10, 10, 25, 20, 30)), strict=True))
    second = dict(zip(keys, map(Fraction, (10, 30, 35, 10, 30, 25, 25)), strict=True))
    overalls = [suggested_overall(results, first), suggested_overall(results, second)]
    assert overalls == [Fraction(535, 24), Fraction(95, 4)]  # 22.29 and 23.75
    old = {a: _half_up(results, (first[a] + second[a]) / 2) for a in keys}
    assert round(float(suggested_overall(results, old)), 1) == 25.2
    start = suggested_overall(results, starting_attributes(results, [first, second], overalls))
    assert min(overalls) <= start <= max(overalls)


@pytest.mark.parametrize("attribute_set", ATTRIBUTE_SETS, ids=SET_IDS)
def test_every_start_lies_inside_the_team_range(attribute_set: AttributeSet) -> None:
    legal = st.sampled_from([Fraction(s) for s in attribute_set.legal_scores()])
    sheet = st.fixed_dictionaries({a: legal for a in attribute_set.attributes})

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(team=st.lists(sheet, min_size=2, max_size=5))
    def check(team: Team) -> None:
        overalls = [suggested_overall(attribute_set, sheet) for sheet in team]
        start = starting_attributes(attribute_set, team, overalls)
        for attribute_id, value in start.items():
            scores = [sheet[attribute_id] for sheet in team]
            assert attribute_set.is_legal(value)
            assert min(scores) <= value <= max(scores)
        assert min(overalls) <= suggested_overall(attribute_set, start) <= max(overalls)

    check()


@pytest.mark.parametrize("attribute_set", ATTRIBUTE_SETS, ids=SET_IDS)
def test_starts_have_no_upward_bias_over_many_seeded_teams(attribute_set: AttributeSet) -> None:
    """The hypothesis: over many random teams, start minus team mean averages to ~0.

    The old rule (every attribute mean rounded half up) fails this same measure by
    about half a point on every shipped grid, which is why the bound is 0.05.
    """
    rng = random.Random(2026)
    new_overall: list[Fraction] = []
    old_overall: list[Fraction] = []
    new_attribute: list[Fraction] = []
    for _ in range(600):
        team = _random_team(attribute_set, rng)
        overalls = [suggested_overall(attribute_set, sheet) for sheet in team]
        team_mean = _mean(overalls)
        start = starting_attributes(attribute_set, team, overalls)
        new_overall.append(suggested_overall(attribute_set, start) - team_mean)
        means = {a: _mean([sheet[a] for sheet in team]) for a in attribute_set.attributes}
        new_attribute.extend(start[a] - means[a] for a in means)
        old = {a: _half_up(attribute_set, mean) for a, mean in means.items()}
        old_overall.append(suggested_overall(attribute_set, old) - team_mean)
    assert abs(_mean(new_overall)) < Fraction(5, 100)
    if attribute_set.step > 1:
        assert _mean(old_overall) > Fraction(2, 10)  # the measure does see the old bias
    assert abs(_mean(new_attribute)) < Fraction(step_tolerance(attribute_set))


def step_tolerance(attribute_set: AttributeSet) -> Fraction:
    """A tenth of a step: attribute starts may move to reach the overall, not drift."""
    return Fraction(attribute_set.step, 10)


def test_a_legal_overall_inside_the_range_is_taken_when_there_is_one() -> None:
    radar = ATTRIBUTE_SETS[0]
    # mean 24.5; 25 is legal and inside [22, 27]
    assert starting_overall(radar, [Fraction(22), Fraction(27)]) == 25
    # mean 23.05 and nothing legal in [22.3, 23.8]: the nearest legal score, 25
    assert starting_overall(radar, [Fraction("22.3"), Fraction("23.8")]) == 25
    # mean 27.5: the half goes to the even step, 30; nothing legal in [26, 29]: 30
    assert starting_overall(radar, [Fraction(26), Fraction(29), None]) == 30
    # mean 21 rounds to 20, outside [21, 21]; nothing legal inside: 20
    assert starting_overall(radar, [Fraction(21)]) == 20
    # mean 32.25 would round to 30, outside [31, 36] where 35 is legal: 35
    assert starting_overall(radar, [Fraction(31), Fraction(31), Fraction(31), Fraction(36)]) == 35
    assert starting_overall(radar, [None]) is None
