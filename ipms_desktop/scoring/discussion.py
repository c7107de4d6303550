"""The consensus meeting's two number rules: which items to discuss first, and where the
consensus starts. One place, so that the workspace, ``ipms consensus show``, the workbook
and the PDF always agree (docs/scoring.md, "Consensus").

An item's attribute starts are chosen together (``starting_attributes``): each rounded on
its own could put the item's suggested overall outside the range of the individual
overalls (about one random team in a hundred), so the legal neighbours are combined to
keep it inside."""

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

    def reaches(self, threshold: int) -> bool:
        """Whether the values spread by ``threshold`` or more (``discuss_first``)."""
        return self.spread is not None and self.spread >= threshold


def discuss_first(overalls: Sequence[Fraction | None], threshold: int) -> bool:
    """Whether an item is discussed first: the assessors' overall scores (entered, else
    suggested) spread by ``threshold`` or more. Attribute spreads never flag an item."""
    return Spread.of(overalls).reaches(threshold)


def starting_value(
    attribute_set: AttributeSet, values: Sequence[Fraction | None]
) -> Fraction | None:
    """The legal score the consensus starts from: the one nearest the team's mean, a tie
    going to the even step so that rounding has no upward (or downward) bias, and kept
    within the lowest and highest individual value whenever a legal score lies there."""
    spread = Spread.of(values)
    if spread.mean is None or spread.minimum is None or spread.maximum is None:
        return None
    low, high = attribute_set.min, attribute_set.max
    step = attribute_set.step
    steps = (spread.mean - low) / step
    whole = math.floor(steps)
    remainder = steps - whole
    if remainder > Fraction(1, 2) or (remainder == Fraction(1, 2) and whole % 2 == 1):
        whole += 1
    top = (high - low) // step
    start = Fraction(low + max(0, min(top, whole)) * step)
    first_inside = low + math.ceil((spread.minimum - low) / step) * step
    last_inside = low + math.floor((spread.maximum - low) / step) * step
    if first_inside <= last_inside:
        start = min(max(start, Fraction(first_inside)), Fraction(last_inside))
    return start


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
    rounded = {
        a: start
        for a, vs in values.items()
        if (start := starting_value(attribute_set, list(vs))) is not None
    }
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
