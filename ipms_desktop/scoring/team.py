"""A team's individual scores for one item: their spread, the discussion rule, and where
the consensus starts (docs/scoring.md, "Consensus").

The workspace, ``ipms consensus show``, the workbook and the feedback PDF all ask these
functions, so the team lead and CoMSEC see the same items flagged and the same starting
values.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from ipms_desktop.frameworks import AttributeSet


@dataclass(frozen=True)
class Spread:
    """Mean, minimum, maximum and spread of the individual scores that are present."""

    mean: Fraction | None
    minimum: Fraction | None
    maximum: Fraction | None
    spread: Fraction | None

    @classmethod
    def of(cls, values: Sequence[Fraction | None]) -> Spread:
        present = [v for v in values if v is not None]
        if not present:
            return cls(None, None, None, None)
        low, high = min(present), max(present)
        return cls(sum(present, Fraction(0)) / len(present), low, high, high - low)


def discussed_first(overalls: Sequence[Fraction | None], threshold: int) -> bool:
    """The one discussion rule: the assessors' overall scores (entered, else suggested)
    spread by ``threshold`` points or more. Attribute spreads are shown, never flag."""
    spread = Spread.of(overalls).spread
    return spread is not None and spread >= threshold


def nearest_legal(attribute_set: AttributeSet, value: Fraction) -> Fraction:
    """The legal score nearest ``value``; an exact half goes to the even step.

    Rounding halves always up would start every split decision above the team (two
    assessors at 20 and 25 would start at 25); to the even step, halves go up as often as
    down.
    """
    steps = (value - attribute_set.min) / attribute_set.step
    whole = math.floor(steps)
    remainder = steps - whole
    if remainder > Fraction(1, 2) or (remainder == Fraction(1, 2) and whole % 2 == 1):
        whole += 1
    top = (attribute_set.max - attribute_set.min) // attribute_set.step
    return Fraction(attribute_set.min + max(0, min(top, whole)) * attribute_set.step)


def suggested_overall(attribute_set: AttributeSet, scores: Mapping[str, Fraction]) -> Fraction:
    """The engine's suggestion from complete attribute scores: the mean of element means."""
    elements = [
        sum((scores[a.id] for a in element.attributes), Fraction(0)) / len(element.attributes)
        for element in attribute_set.elements
    ]
    return sum(elements, Fraction(0)) / len(elements)


def starting_attributes(
    attribute_set: AttributeSet,
    individuals: Sequence[Mapping[str, Fraction]],
    overalls: Sequence[Fraction | None],
) -> dict[str, Fraction]:
    """Legal starting scores for one item's attributes, inside the team's range.

    Each attribute starts at a legal neighbour of the team's mean for it, so it lies
    between the lowest and highest individual score. When every attribute has scores,
    the neighbours are chosen together so that the suggested overall lands as near the
    mean of the individual overalls as the steps allow, inside their range when any
    choice does (an individual's own sheet is one such choice when its overall is the
    suggested one). Attributes nobody scored get no start.
    """
    values = {
        attribute_id: [v[attribute_id] for v in individuals if attribute_id in v]
        for attribute_id in attribute_set.attributes
    }
    means = {a: sum(vs, Fraction(0)) / len(vs) for a, vs in values.items() if vs}
    rounded = {a: nearest_legal(attribute_set, mean) for a, mean in means.items()}
    present = [o for o in overalls if o is not None]
    if len(means) < len(attribute_set.attributes) or not present:
        return rounded
    target = sum(present, Fraction(0)) / len(present)
    low, high = min(present), max(present)
    candidates = _neighbour_sheets(attribute_set, means, values)
    candidates.extend(dict(v) for v in individuals if set(v) == set(attribute_set.attributes))

    def preference(sheet: dict[str, Fraction]) -> tuple[bool, Fraction, Fraction, int]:
        overall = suggested_overall(attribute_set, sheet)
        moved = sum((abs(sheet[a] - means[a]) for a in means), Fraction(0))
        changed = sum(sheet[a] != rounded[a] for a in means)
        return (not low <= overall <= high, abs(overall - target), moved, changed)

    best: dict[str, Fraction] = min(candidates, key=preference)
    return best


def _neighbour_sheets(
    attribute_set: AttributeSet,
    means: Mapping[str, Fraction],
    values: Mapping[str, list[Fraction]],
) -> list[dict[str, Fraction]]:
    """Sheets taking, per attribute, a legal neighbour of its mean within its range.

    Inside an element every attribute weighs the same, so only how many of its
    attributes go up changes the overall; for each count the attributes nearest their
    upper neighbour go up (the least movement). That keeps the search to a few dozen
    sheets instead of every combination.
    """
    step = attribute_set.step
    per_element: list[list[dict[str, Fraction]]] = []
    for element in attribute_set.elements:
        fixed: dict[str, Fraction] = {}
        open_choices: list[tuple[Fraction, str, Fraction]] = []
        for attribute in element.attributes:
            mean = means[attribute.id]
            below = Fraction(
                attribute_set.min + math.floor((mean - attribute_set.min) / step) * step
            )
            low, high = min(values[attribute.id]), max(values[attribute.id])
            if below == mean or below + step > high:
                fixed[attribute.id] = max(below, low)
            else:
                open_choices.append((below + step - mean, attribute.id, below))
        open_choices.sort()
        options = []
        for raised in range(len(open_choices) + 1):
            sheet = dict(fixed)
            for index, (_, attribute_id, below) in enumerate(open_choices):
                sheet[attribute_id] = below + step if index < raised else below
            options.append(sheet)
        per_element.append(options)
    return [
        {key: value for part in parts for key, value in part.items()}
        for parts in itertools.product(*per_element)
    ]


def starting_overall(
    attribute_set: AttributeSet, overalls: Sequence[Fraction | None]
) -> Fraction | None:
    """A legal overall to start from when the attributes cannot give one: the legal score
    nearest the mean of the individual overalls, inside their range where one exists."""
    present = [o for o in overalls if o is not None]
    if not present:
        return None
    mean = sum(present, Fraction(0)) / len(present)
    low, high = min(present), max(present)
    nearest = nearest_legal(attribute_set, mean)
    inside = [Fraction(s) for s in attribute_set.legal_scores() if low <= s <= high]
    if not inside or nearest in inside:
        return nearest
    return inside[0] if nearest < inside[0] else inside[-1]
