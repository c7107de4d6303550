"""The in-memory model of an assessment framework, built only by the validator.

Every object is frozen: a framework version is identified by its content hash, so
nothing may change it after loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Any

LANGUAGES = ("en", "ar", "ckb")
CRITERION_KINDS = ("enabler", "result")
# How a framework reports: "points" weights criteria into a total out of total_points
# (EFQM); "percent" reports every sub-criterion, criterion and the overall on 0-100 (CAF).
SCALES = ("points", "percent")
# What a not-assessed item counts for: "zero" (EFQM: scored 0, the total is provisional
# and gets no level) or "exclude" (CAF: means are taken over the assessed items).
NOT_ASSESSED_POLICIES = ("zero", "exclude")
# Decimal places a total is shown with, and hence decided on (its level): 1 for the files
# written before the key existed, 0 (whole points) where the programme's rules say so.
TOTAL_DECIMALS = (0, 1)
DEFAULT_TOTAL_DECIMALS = 1


@dataclass(frozen=True)
class Text:
    """A user-facing text in the three working languages."""

    en: str
    ar: str
    ckb: str

    def get(self, language: str) -> str:
        """The text in ``language``, falling back to English for an unknown code."""
        return getattr(self, language, self.en) if language in LANGUAGES else self.en

    def as_dict(self) -> dict[str, str]:
        return {"en": self.en, "ar": self.ar, "ckb": self.ckb}


@dataclass(frozen=True)
class Band:
    """The words shown beside a score: a closed range of the attribute set's scale."""

    id: str
    min: int
    max: int
    title: Text

    def holds(self, score: Fraction | int) -> bool:
        return self.min <= score <= self.max


@dataclass(frozen=True)
class Attribute:
    """One RADAR (or PDCA) attribute scored by the assessor, with guidance per band."""

    id: str
    title: Text
    guidance: dict[str, Text]


@dataclass(frozen=True)
class Element:
    """A group of attributes whose mean is the element score (e.g. Approach)."""

    id: str
    title: Text
    attributes: tuple[Attribute, ...]


@dataclass(frozen=True)
class AttributeSet:
    """A scoring grid: its elements, legal scale and band words."""

    id: str
    title: Text
    min: int
    max: int
    step: int
    elements: tuple[Element, ...]
    bands: tuple[Band, ...]

    @cached_property
    def attributes(self) -> dict[str, Attribute]:
        return {a.id: a for e in self.elements for a in e.attributes}

    def is_legal(self, score: Fraction) -> bool:
        """Whether ``score`` is on the scale: ``min + k*step`` for whole ``k``, within bounds."""
        if score < self.min or score > self.max:
            return False
        steps = (score - self.min) / self.step
        return steps.denominator == 1

    def legal_scores(self) -> list[int]:
        return list(range(self.min, self.max + 1, self.step))

    def band_for(self, score: Fraction | int) -> Band | None:
        """The band holding ``score``; ``None`` only for a score between bands' integer ranges."""
        for band in self.bands:
            if band.holds(score):
                return band
        return None


@dataclass(frozen=True)
class Panel:
    """A way of scoring: which attribute set scores enablers and which scores results."""

    id: str
    title: Text
    attribute_sets: dict[str, str]


@dataclass(frozen=True)
class Item:
    """A scored unit: a sub-criterion (EFQM 2013, CAF), a part (EFQM 2020) or a whole criterion."""

    id: str
    title: Text
    share: Fraction
    criterion: str
    kind: str


@dataclass(frozen=True)
class Criterion:
    id: str
    kind: str
    points: int
    title: Text
    items: tuple[Item, ...]


@dataclass(frozen=True)
class RecognitionBand:
    """A level of the programme: reached by a displayed total at (inclusive) or above
    ``min_total``."""

    id: str
    min_total: int
    inclusive: bool
    title: Text

    def reached_by(self, total: Fraction) -> bool:
        return total >= self.min_total if self.inclusive else total > self.min_total


@dataclass(frozen=True)
class Framework:
    """A validated framework version; ``data`` is the exact file content it was built from."""

    id: str
    version: str
    title: Text
    total_points: int
    justification_threshold: int
    scale: str
    not_assessed_policy: str
    # The total is rounded half up to these places wherever it is shown, and its level is
    # decided on that figure (docs/scoring.md, "Display rounding").
    total_decimals: int
    panels: tuple[Panel, ...]
    attribute_sets: dict[str, AttributeSet]
    criteria: tuple[Criterion, ...]
    recognition_bands: tuple[RecognitionBand, ...]
    notes: Text | None
    content_hash: str
    data: dict[str, Any] = field(repr=False, compare=False)

    @cached_property
    def items(self) -> dict[str, Item]:
        return {item.id: item for criterion in self.criteria for item in criterion.items}

    @property
    def default_panel(self) -> Panel:
        return self.panels[0]

    def panel(self, panel_id: str | None) -> Panel | None:
        """The panel named ``panel_id`` (the default for ``None``), or ``None`` if unknown."""
        if panel_id is None:
            return self.default_panel
        return next((p for p in self.panels if p.id == panel_id), None)

    def attribute_set_for(self, panel: Panel, item: Item) -> AttributeSet:
        return self.attribute_sets[panel.attribute_sets[item.kind]]

    def criterion(self, criterion_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)

    @property
    def reports_percent(self) -> bool:
        return self.scale == "percent"

    def band_for_total(self, total: Fraction) -> RecognitionBand | None:
        """The highest level ``total`` reaches; callers pass the displayed (rounded) total so
        that the figure people read and the level never contradict each other."""
        reached = [b for b in self.recognition_bands if b.reached_by(total)]
        return reached[-1] if reached else None
