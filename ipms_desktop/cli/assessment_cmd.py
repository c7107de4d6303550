"""``ipms assessment``: create, list, fill and show assessments in the encrypted profile.

Scripts rely on this output: ``create`` prints the new id as the last line of stdout,
``list --json`` and ``show --json`` print one JSON document.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ipms_desktop.cli.calc_cmd import print_result, read_sheet
from ipms_desktop.cli.profile_cmd import add_profile_argument, open_profile
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import cli as msgs
from ipms_desktop.scoring import dumps_exact


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("assessment", help="assessments in the profile")
    commands = group.add_subparsers(dest="assessment_command", metavar="SUBCOMMAND", required=True)

    create = commands.add_parser("create", help="start a new assessment (prints its id last)")
    add_profile_argument(create)
    create.add_argument("--institution", required=True, metavar="NAME")
    create.add_argument("--framework", required=True, metavar="ID")
    create.add_argument("--cycle", required=True, type=int, metavar="YEAR")
    create.add_argument(
        "--panel", metavar="ID", help="scoring panel (default: the framework's first)"
    )
    create.set_defaults(handler=_create)

    listing = commands.add_parser("list", help="list the assessments")
    add_profile_argument(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_list)

    fill = commands.add_parser("fill", help="apply a sheet (scores, texts, evidence paths)")
    add_profile_argument(fill)
    fill.add_argument("assessment_id", metavar="ID")
    fill.add_argument("sheet", type=Path, metavar="SHEET.json")
    fill.set_defaults(handler=_fill)

    show = commands.add_parser("show", help="scores, texts and computed totals")
    add_profile_argument(show)
    show.add_argument("assessment_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    export = commands.add_parser(
        "export",
        help="write a signed, encrypted bundle for CoMSEC (a finished assessment only)",
    )
    add_profile_argument(export)
    export.add_argument("assessment_id", metavar="ID")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.ipmsb")
    export.add_argument(
        "--to",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="also encrypt to this certified recipient, e.g. the team lead (repeatable)",
    )
    export.set_defaults(handler=_export)


def _create(args: argparse.Namespace) -> int:
    with open_profile(args) as profile:
        assessment_id = profile.assessments.create(
            args.institution, args.framework, args.cycle, args.panel
        )
    print(f"created assessment of {args.institution} ({args.framework}, cycle {args.cycle}):")
    print(assessment_id)
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_profile(args) as profile:
        summaries = profile.assessments.summaries()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": s.id,
                        "institution": s.institution,
                        "cycle": s.cycle,
                        "framework": s.framework_id,
                        "framework_hash": s.framework_hash,
                        "panel": s.panel,
                        "status": s.status,
                        "revision": s.revision,
                        "items_scored": s.items_scored,
                        "items_total": s.items_total,
                        "created_at": s.created_at,
                        "updated_at": s.updated_at,
                    }
                    for s in summaries
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not summaries:
        print("no assessments yet; start one with `ipms assessment create`")
    for s in summaries:
        print(
            f"{s.id}  {s.cycle}  {s.framework_id:<10} {s.status:<8} rev {s.revision}  "
            f"{s.items_scored}/{s.items_total} scored  {s.institution}"
        )
    return 0


def _fill(args: argparse.Namespace) -> int:
    sheet_path: Path = args.sheet
    sheet = read_sheet(sheet_path)
    with open_profile(args) as profile:
        try:
            profile.assessments.fill_from_sheet(
                args.assessment_id, sheet, base_dir=sheet_path.parent
            )
        except IpmsError as error:
            raise IpmsError(msgs.NOTHING_CHANGED, sheet_path=sheet_path, error=error) from None
        summary = profile.assessments.get(args.assessment_id).summary
    print(
        f"saved: {summary.items_scored} of {summary.items_total} items scored in "
        f"assessment {summary.id}"
    )
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_profile(args) as profile:
        document = profile.assessments.document(args.assessment_id)
        detail = profile.assessments.get(args.assessment_id)
        score = profile.assessments.score(args.assessment_id, strict=False)
    if args.json:
        print(dumps_exact({**document, "status": detail.summary.status, "scores": score.to_json()}))
        return 0
    summary = detail.summary
    print(f"assessment {summary.id}: {summary.institution}, cycle {summary.cycle}")
    print(f"status {summary.status}, revision {summary.revision}, panel {summary.panel}")
    framework = score.framework
    for item_id, item in detail.items.items():
        attribute_set = framework.attribute_set_for(score.panel, framework.items[item_id])
        parts = [
            f"{key} {item.attributes[key]}"
            for key in attribute_set.attributes
            if key in item.attributes
        ]
        if item.overall is not None:
            parts.append(f"overall {item.overall}")
        if item.not_assessed is not None:
            parts.append(f"not assessed: {item.not_assessed}")
        print(f"\n[{item_id}] " + ", ".join(parts))
        for label, texts in (
            ("strength", item.strengths),
            ("AFI", item.afis),
            ("site-visit issue", item.site_visit_issues),
        ):
            for text in texts:
                print(f"  {label}: {text}")
        for info in item.evidence:
            print(f"  evidence: {info.name} ({info.size} bytes, sha256 {info.sha256})")
    print()
    print_result(score)
    return 0


def _export(args: argparse.Namespace) -> int:
    from ipms_desktop.services.assessment_export import export_assessment
    from ipms_desktop.trust.profile_credentials import recipients_from_certificate_files

    with open_profile(args) as profile:
        extra = recipients_from_certificate_files(profile.keys, args.to) if args.to else []
        exported = export_assessment(profile, args.assessment_id, args.out, extra)
    written = exported.bundle
    print(f"bundle written: {written.path} ({written.size} bytes, {written.member_count} members)")
    print(
        f"assessment {args.assessment_id} revision {exported.revision}, "
        f"bundle id {written.bundle_id}"
    )
    for key_id in written.recipient_key_ids:
        print(f"  readable by recipient key {key_id}")
    return 0
