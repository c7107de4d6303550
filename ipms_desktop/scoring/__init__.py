"""Exact RADAR scoring over framework data (no Qt, no database)."""

from ipms_desktop.scoring.engine import (
    AssessmentScore,
    CriterionScore,
    ItemEntry,
    ItemScore,
    ItemState,
    check_score,
    displayed_total,
    justification_required,
    parse_item_entry,
    parse_sheet,
    resolve_panel,
    score_entries,
    score_item,
    score_sheet,
    total_figure,
)
from ipms_desktop.scoring.numbers import display, dumps_exact, exact_decimal, parse_score

__all__ = [
    "AssessmentScore",
    "CriterionScore",
    "ItemEntry",
    "ItemScore",
    "ItemState",
    "check_score",
    "display",
    "displayed_total",
    "dumps_exact",
    "exact_decimal",
    "justification_required",
    "parse_item_entry",
    "parse_score",
    "parse_sheet",
    "resolve_panel",
    "score_entries",
    "score_item",
    "score_sheet",
    "total_figure",
]
