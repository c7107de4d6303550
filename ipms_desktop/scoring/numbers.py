"""Exact numbers in, exact numbers out: the only places where scores become decimals.

Scores are kept as ``Fraction`` so that means and weighted sums are exact. They become
decimals only at the edges: exactly when the value has a terminating decimal expansion,
otherwise to 28 significant digits for machine output, and by the display rule of
docs/scoring.md (half up, fixed places) for people.
"""

from __future__ import annotations

import json
import math
from decimal import ROUND_HALF_UP, Context, Decimal
from fractions import Fraction
from typing import Any

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import scoring as msgs

_MACHINE_CONTEXT = Context(prec=28)


def parse_score(value: Any, where: str) -> Fraction:
    """A score as an exact fraction; rejects text, booleans, NaN and infinity."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | Fraction):
        raise IpmsError(msgs.SCORE_MUST_NUMBER_FOUND, where=where, value=repr(value))
    if isinstance(value, float | Decimal) and not math.isfinite(value):
        raise IpmsError(msgs.SCORE_MUST_FINITE_NUMBER_FOUND, where=where, value=repr(value))
    if isinstance(value, float):
        return Fraction(Decimal(repr(value)))
    return Fraction(value)


def _terminates(value: Fraction) -> bool:
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    return denominator == 1


def exact_decimal(value: Fraction) -> Decimal:
    """``value`` as a decimal: exact when it terminates, else 28 significant digits."""
    if _terminates(value):
        digits = 0
        scaled = value
        while scaled.denominator != 1:
            scaled *= 10
            digits += 1
        return Decimal(scaled.numerator).scaleb(-digits)
    return _MACHINE_CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))


def display(value: Fraction, decimals: int) -> str:
    """The display form: round half up to ``decimals`` places (docs/scoring.md)."""
    quantum = Decimal(1).scaleb(-decimals)
    exact = exact_decimal(value) if _terminates(value) else _high_precision(value)
    return str(exact.quantize(quantum, rounding=ROUND_HALF_UP))


def rounded_half_up(value: Fraction, decimals: int) -> Fraction:
    """``value`` rounded half up to ``decimals`` places, as an exact fraction: the figure
    ``display`` shows, for decisions that must agree with what people read."""
    return Fraction(Decimal(display(value, decimals)))


def _high_precision(value: Fraction) -> Decimal:
    return Context(prec=60).divide(Decimal(value.numerator), Decimal(value.denominator))


def _encode(value: Any) -> str:
    if isinstance(value, Fraction):
        value = exact_decimal(value)
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text == "-0" else text
    if isinstance(value, dict):
        members = (
            f"{json.dumps(str(k), ensure_ascii=False)}: {_encode(v)}" for k, v in value.items()
        )
        return "{" + ", ".join(members) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_encode(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def dumps_exact(value: Any) -> str:
    """JSON text in which fractions and decimals are written as unrounded JSON numbers."""
    return _encode(value)
