"""Keeping each line's own direction in a report whatever the report's language.

A line of free text (a strength, an institution's name) takes the direction of its first
strong character, as the Unicode bidirectional algorithm's "first strong" rule says, so an
English sentence in the Arabic report reads left to right with its full stop at its end.
Figures such as ``55.8 / 100`` are bracketed by left-to-right marks so a right-to-left
paragraph cannot reorder them. Marks rather than isolates (FSI/LRI ... PDI) or embeddings:
Qt's text layout, which draws the PDFs, left ``551.2 / 1000`` printed as ``1000 / 551.2``
in the Arabic report with either, and a strong mark on each side works in every renderer.
"""

from __future__ import annotations

import unicodedata

LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"
_RIGHT_TO_LEFT_CLASSES = frozenset({"R", "AL"})


def first_strong_direction(text: str, default: str = "ltr") -> str:
    """``"rtl"`` or ``"ltr"``: the direction of the first strong character, else ``default``."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return "ltr"
        if kind in _RIGHT_TO_LEFT_CLASSES:
            return "rtl"
    return default


def isolate(text: str) -> str:
    """``text`` bracketed by marks of the direction of its first strong character: it keeps
    its own direction, and its end punctuation stays at its end, inside any line."""
    mark = RIGHT_TO_LEFT_MARK if first_strong_direction(text) == "rtl" else LEFT_TO_RIGHT_MARK
    return f"{mark}{text}{mark}"


def left_to_right(text: str) -> str:
    """``text`` (a figure, a fraction, a fingerprint) kept left to right inside any line."""
    return f"{LEFT_TO_RIGHT_MARK}{text}{LEFT_TO_RIGHT_MARK}"
