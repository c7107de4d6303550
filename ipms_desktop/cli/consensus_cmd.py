"""``ipms consensus``: the team lead's consensus for one institution and cycle.

``show`` lists the individual scores side by side (anonymised unless ``--names``), items
whose spread reaches the threshold first; ``set`` overrides a consensus score with a
justification (or ``--clear`` returns it to the mean); ``notes`` edits the consensus
strengths and AFIs; ``export`` writes the consensus bundle signed by the team lead.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ipms_desktop.cli.merge_cmd import add_database_argument, open_database
from ipms_desktop.cli.profile_cmd import add_profile_argument, open_profile
from ipms_desktop.consolidation.consensus import (
    ConsensusView,
    ScoreRow,
    load_consensus,
    set_consensus_notes,
    set_consensus_score,
    view_to_json,
)
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import cli as msgs
from ipms_desktop.scoring import display, dumps_exact

NOTE_LISTS = ("strengths", "afis")


def _common(parser: argparse.ArgumentParser) -> None:
    add_database_argument(parser)
    parser.add_argument("--institution", required=True, metavar="NAME")
    parser.add_argument("--cycle", required=True, type=int, metavar="YEAR")


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("consensus", help="team-lead consensus for an institution")
    commands = group.add_subparsers(dest="consensus_command", metavar="ACTION", required=True)

    show = commands.add_parser("show", help="individual scores side by side and the consensus")
    _common(show)
    show.add_argument("--names", action="store_true", help="show assessor names (not anonymised)")
    show.add_argument("--threshold", type=int, help="spread that marks an item for discussion")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    set_score = commands.add_parser("set", help="override a consensus score, with justification")
    _common(set_score)
    set_score.add_argument("--item", required=True, metavar="ID")
    target = set_score.add_mutually_exclusive_group(required=True)
    target.add_argument("--attribute", metavar="ATTRIBUTE")
    target.add_argument("--overall", action="store_true", help="the item's overall score")
    value = set_score.add_mutually_exclusive_group(required=True)
    value.add_argument("--value", type=int)
    value.add_argument("--clear", action="store_true", help="go back to the starting value")
    set_score.add_argument("--justification", default="", metavar="TEXT")
    set_score.set_defaults(handler=_set)

    notes = commands.add_parser("notes", help="edit the consensus strengths or AFIs of an item")
    _common(notes)
    notes.add_argument("--item", required=True, metavar="ID")
    notes.add_argument("--list", required=True, choices=NOTE_LISTS, dest="note_list")
    change = notes.add_mutually_exclusive_group(required=True)
    change.add_argument("--add", metavar="TEXT")
    change.add_argument("--remove", type=int, metavar="N", help="remove entry N (from 1)")
    notes.set_defaults(handler=_notes)

    export = commands.add_parser("export", help="write the consensus bundle (team-lead signed)")
    _common(export)
    add_profile_argument(export)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.ipmsb")
    export.add_argument(
        "--to",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="also encrypt to this certified recipient (repeatable)",
    )
    export.set_defaults(handler=_export)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    return display(value, 1)  # type: ignore[arg-type]


def _row_text(row: ScoreRow) -> str:
    name = "overall" if row.is_overall else row.attribute_id
    values = " ".join(f"{_cell(v):>6}" for v in row.values)
    marker = "*" if row.overridden else " "
    line = (
        f"    {name:<24}{values}  mean {_cell(row.mean):>6}  min {_cell(row.minimum):>6}  "
        f"max {_cell(row.maximum):>6}  spread {_cell(row.spread):>6}  "
        f"consensus {_cell(row.consensus):>6}{marker}"
    )
    if row.justification:
        line += f"  ({row.justification})"
    return line


def format_view(view: ConsensusView, *, anonymised: bool) -> str:
    names = view.individual_names(anonymised)
    lines = [
        f"{view.institution}, cycle {view.cycle}: {view.framework.id}, "
        f"{len(view.individuals)} individual assessments; spread threshold {view.threshold}",
        "score columns: "
        + ", ".join(f"{number} = {name}" for number, name in enumerate(names, start=1)),
        f"items to discuss first: {', '.join(i.item.id for i in view.flagged_items) or 'none'}",
        "",
        f"    {'':<24}" + " ".join(f"{number:>6}" for number in range(1, len(names) + 1)),
    ]
    for item in view.items:
        flag = "  DISCUSS FIRST" if item.flagged else ""
        lines.append(f"{item.item.id} {item.item.title.en}{flag}")
        lines.extend(_row_text(row) for row in [*item.attributes, item.overall])
        for label, texts in (("strengths", item.strengths), ("AFIs", item.afis)):
            lines.append(f"    {label}:")
            lines.extend(f"      {n}. {text}" for n, text in enumerate(texts, start=1))
    total = _cell(view.score.total)
    band = view.score.band.title.en if view.score.band else "none"
    provisional = " (provisional)" if view.score.provisional else ""
    lines.append(
        f"consensus total {total} / {view.framework.total_points}{provisional}, level: {band}"
    )
    lines.append("(* = overridden with a justification)")
    lines.extend(merged_consensus_lines(view))
    return "\n".join(lines)


def merged_consensus_lines(view: ConsensusView) -> list[str]:
    """What consensus bundles are merged here, and a conflict said plainly."""
    merged = view.merged
    lines: list[str] = []
    if merged.conflict:
        lines.append(
            f"CONSENSUS CONFLICT: {len(merged.counted)} consensus bundles count for this "
            "institution; reports show none as agreed until CoMSEC settles it:"
        )
        lines.extend(
            f"  {c.signer_name}: bundle {c.bundle_id}, revision {c.revision}, created "
            f"{c.created_at}"
            for c in merged.counted
        )
    elif merged.agreed is not None:
        agreed = merged.agreed
        lines.append(
            f"merged consensus: {agreed.signer_name}, bundle {agreed.bundle_id}, "
            f"revision {agreed.revision}"
        )
    lines.extend(
        f"set aside (lead no longer assigned): {c.signer_name}, bundle {c.bundle_id}"
        for c in merged.set_aside
    )
    return lines


def _show(args: argparse.Namespace) -> int:
    with open_database(args.db) as database:
        view = load_consensus(database, args.institution, args.cycle, threshold=args.threshold)
    anonymised = not args.names
    if args.json:
        print(dumps_exact(view_to_json(view, anonymised=anonymised)))
    else:
        print(format_view(view, anonymised=anonymised))
    return 0


def _set(args: argparse.Namespace) -> int:
    value = None if args.clear else args.value
    with open_database(args.db) as database:
        set_consensus_score(
            database,
            args.institution,
            args.cycle,
            args.item,
            None if args.overall else args.attribute,
            value,
            args.justification,
        )
    target = "overall" if args.overall else args.attribute
    print(f"item {args.item} {target}: " + ("back to the mean" if value is None else str(value)))
    return 0


def _notes(args: argparse.Namespace) -> int:
    with open_database(args.db) as database:
        view = load_consensus(database, args.institution, args.cycle)
        item = next((i for i in view.items if i.item.id == args.item), None)
        if item is None:
            raise IpmsError(
                msgs.ITEM_NOT_FRAMEWORK, item=repr(args.item), framework_id=view.framework.id
            )
        texts = list(item.strengths if args.note_list == "strengths" else item.afis)
        if args.add is not None:
            texts.append(args.add)
        elif not 1 <= args.remove <= len(texts):
            raise IpmsError(
                msgs.ITEM_REMOVE_TAKES, item=args.item, count=len(texts), note_list=args.note_list
            )
        else:
            del texts[args.remove - 1]
        set_consensus_notes(
            database, args.institution, args.cycle, args.item, args.note_list, texts
        )
    print(f"item {args.item}: {args.note_list} updated")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ipms_desktop.consolidation.consensus_export import export_consensus
    from ipms_desktop.trust.profile_credentials import recipients_from_certificate_files

    with open_database(args.db) as database, open_profile(args) as profile:
        extra = recipients_from_certificate_files(profile.keys, args.to)
        written = export_consensus(
            database, args.institution, args.cycle, profile.keys, args.out, extra
        )
    print(f"consensus bundle written: {written.path} ({written.size} bytes)")
    print(f"bundle id {written.bundle_id}")
    for key_id in written.recipient_key_ids:
        print(f"  readable by recipient key {key_id}")
    return 0
