"""``ipms frameworks``: list, show, and round-trip frameworks through the Excel template."""

from __future__ import annotations

import argparse
import json
from fractions import Fraction
from pathlib import Path

from ipms_desktop.atomic import write_bytes_atomically
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import (
    LANGUAGES,
    Framework,
    list_frameworks,
    load_framework,
    validate_framework_data,
)
from ipms_desktop.messages import cli as msgs
from ipms_desktop.scoring import exact_decimal


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("frameworks", help="list, show, export and import frameworks")
    commands = parser.add_subparsers(dest="frameworks_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list the shipped frameworks")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    show = commands.add_parser("show", help="show a framework's criteria, items and attributes")
    show.add_argument("framework_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print the framework data as JSON")
    show.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the titles")
    show.set_defaults(handler=_show)

    export = commands.add_parser("export", help="write a framework as an Excel template")
    export.add_argument("framework_id", metavar="ID")
    export.add_argument("--xlsx", required=True, type=Path, metavar="FILE")
    export.set_defaults(handler=_export)

    imported = commands.add_parser("import", help="validate an edited template, write JSON")
    imported.add_argument("xlsx", type=Path, metavar="FILE.xlsx")
    imported.add_argument("--out", required=True, type=Path, metavar="FILE")
    imported.set_defaults(handler=_import)


def _summary(framework: Framework) -> dict[str, object]:
    return {
        "id": framework.id,
        "version": framework.version,
        "title": framework.title.as_dict(),
        "points": framework.total_points,
        "criteria": len(framework.criteria),
        "items": len(framework.items),
        "panels": [panel.id for panel in framework.panels],
        "content_hash": framework.content_hash,
    }


def _share_text(share: Fraction) -> str:
    """A share as the administrator wrote it: a decimal when exact, else a fraction."""
    decimal = exact_decimal(share)
    return str(decimal) if Fraction(decimal) == share else str(share)


def _list(args: argparse.Namespace) -> int:
    frameworks = list_frameworks()
    if args.json:
        print(json.dumps([_summary(f) for f in frameworks], ensure_ascii=False, indent=2))
        return 0
    for framework in frameworks:
        print(
            f"{framework.id:<10} {framework.version:<8} {framework.total_points:>5} points  "
            f"{len(framework.items):>2} items  {framework.title.en}  {framework.content_hash}"
        )
    return 0


def _show(args: argparse.Namespace) -> int:
    framework = load_framework(args.framework_id)
    if args.json:
        print(
            json.dumps(
                framework.data | {"content_hash": framework.content_hash},
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    lang = args.lang
    print(f"{framework.title.get(lang)} ({framework.id} {framework.version})")
    print(f"content hash: {framework.content_hash}")
    print(
        f"total points: {framework.total_points}; an agreed overall departing by "
        f"{framework.justification_threshold} or more needs a justification"
    )
    for panel in framework.panels:
        print(f"\npanel {panel.id}: {panel.title.get(lang)}")
        for kind, set_id in panel.attribute_sets.items():
            attribute_set = framework.attribute_sets[set_id]
            print(
                f"  {kind} items: {set_id}, scores {attribute_set.min}-{attribute_set.max} "
                f"in steps of {attribute_set.step}"
            )
            for element in attribute_set.elements:
                keys = ", ".join(a.id for a in element.attributes)
                print(f"    {element.id} ({element.title.get(lang)}): {keys}")
    print()
    for criterion in framework.criteria:
        print(
            f"{criterion.id} {criterion.title.get(lang)} [{criterion.kind}, "
            f"{criterion.points} points]"
        )
        for item in criterion.items:
            print(f"  {item.id:<5} share {_share_text(item.share):<5} {item.title.get(lang)}")
    places = "whole points" if framework.total_decimals == 0 else "one decimal"
    total = "overall score" if framework.reports_percent else "total"
    print(f"\nthe {total} is shown rounded half up to {places}", end="")
    if not framework.recognition_bands:
        print()
        return 0
    print(", and its level is decided on that figure")
    print("recognition bands:")
    for band in framework.recognition_bands:
        relation = "from" if band.inclusive else "over"
        print(f"  {relation} {band.min_total}: {band.title.get(lang)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ipms_desktop.frameworks.xlsx import export_framework_xlsx

    framework = load_framework(args.framework_id)
    export_framework_xlsx(framework.data, args.xlsx)
    print(f"wrote {args.xlsx} ({framework.id} {framework.content_hash})")
    return 0


def _import(args: argparse.Namespace) -> int:
    from ipms_desktop.frameworks.xlsx import import_framework_xlsx

    data = import_framework_xlsx(args.xlsx)
    framework = validate_framework_data(data, str(args.xlsx))
    if args.out.suffix != ".json":
        raise IpmsError(msgs.OUT_FRAMEWORK_FILES_ARE_JSON, out=args.out, framework_id=framework.id)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomically(args.out, text.encode("utf-8"))
    print(f"wrote {args.out} ({framework.id} {framework.version} {framework.content_hash})")
    return 0
