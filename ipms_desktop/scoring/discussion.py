"""The consensus meeting's two number rules: which items to discuss first, and where the
consensus starts. One place, so that the workspace, ``ipms consensus show``, the workbook
and the PDF always agree (docs/scoring.md, "Consensus")."""

from __future__ import annotations

import math
from collections.abc import Sequence
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


def discuss_first(overalls: Sequence[Fraction | None], threshold: int) -> bool:
    """Whether an item is discussed first: the assessors' overall scores (entered, else
    suggested) spread by ``threshold`` or more. Attribute spreads never flag an item."""
    spread = Spread.of(overalls).spread
    return spread is not None and spread >= threshold


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
