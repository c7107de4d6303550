"""Exact RADAR scoring over framework data (no Qt, no database)."""

from ipms_desktop.scoring.engine import (
    AssessmentScore,
    CriterionScore,
    ItemEntry,
    ItemScore,
    ItemState,
    check_score,
    display_total,
    justification_required,
    level_for_total,
    parse_item_entry,
    parse_sheet,
    resolve_panel,
    score_entries,
    score_item,
    score_sheet,
    total_decimals,
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
    "display_total",
    "dumps_exact",
    "exact_decimal",
    "justification_required",
    "level_for_total",
    "parse_item_entry",
    "parse_score",
    "parse_sheet",
    "resolve_panel",
    "score_entries",
    "score_item",
    "score_sheet",
    "total_decimals",
]
