"""Consensus starts chosen per item: every attribute start and the overall they suggest lie
inside the team's range, with no upward bias (``scoring.discussion.starting_attributes``)."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipms_desktop.frameworks import AttributeSet, load_framework
from ipms_desktop.scoring.discussion import (
    starting_attributes,
    starting_value,
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


def _mean(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def test_rounding_each_attribute_alone_can_leave_the_range_choosing_together_does_not() -> None:
    radar = ATTRIBUTE_SETS[0]
    keys = list(radar.attributes)
    first = dict(zip(keys, map(Fraction, (45, 40, 55, 70, 50, 30, 20)), strict=True))
    second = dict(zip(keys, map(Fraction, (70, 20, 55, 45, 35, 30, 75)), strict=True))
    overalls = [suggested_overall(radar, first), suggested_overall(radar, second)]
    assert overalls == [Fraction(415, 9), Fraction(425, 9)]  # 46.1 and 47.2
    alone = {k: starting_value(radar, [first[k], second[k]]) for k in keys}
    assert suggested_overall(radar, alone) == Fraction(95, 2)  # 47.5: above both
    together = starting_attributes(radar, [first, second], overalls)
    assert suggested_overall(radar, together) == Fraction(140, 3)  # 46.7: the team's mean
    for key in keys:
        assert min(first[key], second[key]) <= together[key] <= max(first[key], second[key])


@pytest.mark.parametrize("attribute_set", ATTRIBUTE_SETS, ids=SET_IDS)
def test_every_start_and_its_overall_lie_inside_the_team_range(
    attribute_set: AttributeSet,
) -> None:
    legal = st.sampled_from([Fraction(s) for s in attribute_set.legal_scores()])
    sheet = st.fixed_dictionaries({a: legal for a in attribute_set.attributes})

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(team=st.lists(sheet, min_size=2, max_size=5))
    def check(team: Team) -> None:
        overalls = [suggested_overall(attribute_set, scores) for scores in team]
        start = starting_attributes(attribute_set, team, overalls)
        for attribute_id, value in start.items():
            scores = [scores[attribute_id] for scores in team]
            assert attribute_set.is_legal(value)
            assert min(scores) <= value <= max(scores)
        assert min(overalls) <= suggested_overall(attribute_set, start) <= max(overalls)

    check()


@pytest.mark.parametrize("attribute_set", ATTRIBUTE_SETS, ids=SET_IDS)
def test_the_starting_overall_has_no_bias_over_many_seeded_teams(
    attribute_set: AttributeSet,
) -> None:
    """The hypothesis: start minus the team's mean overall averages to about 0."""
    rng = random.Random(2026)
    legal = attribute_set.legal_scores()
    differences = []
    for _ in range(600):
        team = [
            {a: Fraction(rng.choice(legal)) for a in attribute_set.attributes}
            for _ in range(rng.randint(2, 5))
        ]
        overalls = [suggested_overall(attribute_set, scores) for scores in team]
        start = starting_attributes(attribute_set, team, overalls)
        differences.append(suggested_overall(attribute_set, start) - _mean(overalls))
    assert abs(_mean(differences)) < Fraction(5, 100)


def test_attributes_nobody_scored_get_no_start() -> None:
    radar = ATTRIBUTE_SETS[0]
    team = [{"sound": Fraction(40)}, {"sound": Fraction(45)}]  # 42.5: the even step, 40
    assert starting_attributes(radar, team, [None, None]) == {"sound": Fraction(40)}
