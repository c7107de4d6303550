"""``ipms calc``: the scoring calculator assessors use in training."""

from __future__ import annotations

import argparse
from fractions import Fraction
from pathlib import Path
from typing import Any

from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import load_framework
from ipms_desktop.messages import cli as msgs
from ipms_desktop.scoring import (
    AssessmentScore,
    ItemState,
    display,
    dumps_exact,
    score_sheet,
    total_figure,
)
from ipms_desktop.settings import INPUT, SCORING
from ipms_desktop.user_files import read_user_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("calc", help="score a JSON sheet against a framework")
    parser.add_argument("--framework", required=True, metavar="ID")
    parser.add_argument("sheet", type=Path, metavar="SHEET.json")
    parser.add_argument("--json", action="store_true", help="print unrounded JSON")
    parser.set_defaults(handler=_calc)


def read_sheet(path: Path) -> Any:
    """A sheet's JSON with decimals kept exact; errors name the file and the place."""
    return read_user_json(path, "sheet", INPUT.sheet_max_bytes, exact_decimals=True)


def _calc(args: argparse.Namespace) -> int:
    framework = load_framework(args.framework)
    sheet = read_sheet(args.sheet)
    try:
        result = score_sheet(framework, sheet)
    except IpmsError as error:
        raise IpmsError(msgs.SHEET_CANNOT_BE_SCORED, sheet=args.sheet, error=error) from error
    if args.json:
        print(dumps_exact(result.to_json()))
    else:
        print_result(result)
    return 0


def _shown(value: Fraction | None, decimals: int) -> str:
    return "-" if value is None else display(value, decimals)


def _provisional(result: AssessmentScore) -> str:
    if not result.provisional:
        return ""
    return " (provisional: not every item is assessed, so no level is given)"


def print_result(result: AssessmentScore) -> None:
    """A readable summary, rounded by the display rule of docs/scoring.md."""
    framework = result.framework
    places = SCORING.display_decimals_percent
    print(f"{framework.title.en} ({framework.id}, panel {result.panel.id})")
    print(f"{'item':<6} {'state':<13} {'suggested':>9} {'overall':>8}")
    for item_id, item in result.items.items():
        print(
            f"{item_id:<6} {item.state.value:<13} {_shown(item.suggested, places):>9} "
            f"{_shown(item.overall, places):>8}"
        )
    # The total (CAF: the overall score) as its framework shows it (docs/scoring.md).
    total = "-" if result.total is None else total_figure(framework, result.total)
    if framework.reports_percent:
        # CAF: every criterion and the overall on the 0-100 scale, no points.
        print(f"\n{'criterion':<10} {'score':>8}")
        for criterion_id, criterion in result.criteria.items():
            print(f"{criterion_id:<10} {_shown(criterion.percent, places):>8}")
        print(f"\noverall score: {total} of 100{_provisional(result)}")
    else:
        print(f"\n{'criterion':<10} {'percent':>8} {'points':>8} {'of':>5}")
        for criterion_id, criterion in result.criteria.items():
            print(
                f"{criterion_id:<10} {_shown(criterion.percent, places):>8} "
                f"{_shown(criterion.points, SCORING.display_decimals_points):>8} "
                f"{criterion.criterion.points:>5}"
            )
        print(f"\ntotal: {total} of {framework.total_points}{_provisional(result)}")
        print(f"level: {result.band.title.en if result.band else '-'}")
    for state, label in (
        (ItemState.NOT_ASSESSED, "not assessed"),
        (ItemState.INCOMPLETE, "incomplete"),
        (ItemState.MISSING, "missing"),
    ):
        ids = result.ids_in_state(state)
        if ids:
            print(f"{label}: {', '.join(ids)}")
    if result.total is None:
        print("no total: at least one criterion has no item that counts")
