"""``ipms report``: the cycle workbook, and optionally one feedback PDF per institution.

Bundles the reports leave out (another framework version than the rest of their
institution's) are named on stderr, one ``set aside:`` line each; the rest is written.
A feedback PDF is written only for an institution with an agreed consensus; ``--draft``
writes the others too, marked as drafts on every page. Each institution left without a
PDF is named on stdout, one ``skipped:`` line each, with the reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ipms_desktop.cli.merge_cmd import add_database_argument, open_database
from ipms_desktop.provisioning import provisioned_institutions_path, read_institutions
from ipms_desktop.reports.catalogue import LANGUAGES
from ipms_desktop.reports.cycle_results import load_cycle_results
from ipms_desktop.reports.workbook import write_workbook
from ipms_desktop.shown_text import shown_reason


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="cycle workbook (.xlsx) and feedback reports (PDF) from a database"
    )
    add_database_argument(parser)
    parser.add_argument("--cycle", required=True, type=int, metavar="YEAR")
    parser.add_argument("--xlsx", required=True, type=Path, metavar="OUT.xlsx")
    parser.add_argument("--pdf", type=Path, metavar="DIR", help="also write feedback PDFs here")
    parser.add_argument(
        "--draft",
        action="store_true",
        help="also write feedback PDFs for institutions without an agreed consensus, marked "
        "'Draft: no agreed consensus' on every page",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="report language")
    parser.add_argument(
        "--institutions",
        type=Path,
        metavar="FILE",
        help="institutions list whose sector and governorate group the workbook "
        "(default: the provisioned list, when there is one)",
    )
    parser.add_argument("--threshold", type=int, help="spread that marks an item (default 20)")
    parser.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    with open_database(args.db) as database:
        results = load_cycle_results(database, args.cycle, threshold=args.threshold)
    for entry in results.set_aside:
        print(f"set aside: {shown_reason(entry.describe())}", file=sys.stderr)
    listed = args.institutions or provisioned_institutions_path()
    institutions = read_institutions(listed) if listed is not None else ()
    write_workbook(results, args.xlsx, args.lang, institutions)
    print(f"workbook written: {args.xlsx} ({len(results.institutions)} institutions)")
    if args.pdf is not None:
        from ipms_desktop.reports.feedback_content import choose_reported
        from ipms_desktop.reports.feedback_pdf import write_feedback_reports

        for path in write_feedback_reports(results, args.pdf, args.lang, draft=args.draft):
            print(f"feedback report written: {path}")
        for skipped in choose_reported(results.institutions, "en", draft=args.draft)[1]:
            print(f"skipped: {skipped.reason}")
    return 0
