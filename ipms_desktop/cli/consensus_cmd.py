"""``ipms consensus``: the team lead's consensus for one institution and cycle.

``start`` freezes the individual revisions the consensus rests on; ``reopen`` rebases it
on the current ones (with a justification). ``show`` lists the individual scores side by
side (anonymised unless ``--names``), items whose spread reaches the threshold first, and
any newer revision not yet used; ``set`` overrides a consensus score with a justification
(or ``--clear`` returns it to the mean); ``notes`` edits the consensus strengths and AFIs;
``agree`` marks an item agreed; ``key`` marks an item's key strength or key area for
improvement; ``export`` writes the consensus bundle signed by the team lead. Every command
that changes the consensus starts it first when it is not started, saying so on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ipms_desktop.cli.merge_cmd import add_database_argument, open_database
from ipms_desktop.cli.profile_cmd import add_profile_argument, open_profile
from ipms_desktop.consolidation.consensus import (
    ConsensusView,
    ScoreRow,
    load_consensus,
    set_consensus_notes,
    set_consensus_score,
    set_item_agreed,
    set_key_point,
    start_consensus,
    view_to_json,
)
from ipms_desktop.consolidation.consensus_marks import KEY_AFI, KEY_STRENGTH
from ipms_desktop.consolidation.consensus_reopen import reopen_consensus
from ipms_desktop.consolidation.database import ConsolidationDatabase
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import cli as msgs
from ipms_desktop.scoring import display, dumps_exact, total_figure

NOTE_LISTS = ("strengths", "afis")


def _common(parser: argparse.ArgumentParser) -> None:
    add_database_argument(parser)
    parser.add_argument("--institution", required=True, metavar="NAME")
    parser.add_argument("--cycle", required=True, type=int, metavar="YEAR")


def _by(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by",
        metavar="NAME",
        help="who starts or reopens, for the record (default: this computer's account)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    group = subparsers.add_parser("consensus", help="team-lead consensus for an institution")
    commands = group.add_subparsers(dest="consensus_command", metavar="ACTION", required=True)

    start = commands.add_parser("start", help="freeze the individual revisions the consensus uses")
    _common(start)
    _by(start)
    start.set_defaults(handler=_start)

    reopen = commands.add_parser(
        "reopen", help="rebase a started consensus on the current individual revisions"
    )
    _common(reopen)
    _by(reopen)
    reopen.add_argument(
        "--justification", required=True, metavar="TEXT", help="why the team reopens (required)"
    )
    reopen.set_defaults(handler=_reopen)

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

    agree = commands.add_parser("agree", help="mark an item agreed (or --undo)")
    _common(agree)
    agree.add_argument("--item", required=True, metavar="ID")
    agree.add_argument("--undo", action="store_true", help="mark the item not agreed again")
    agree.set_defaults(handler=_agree)

    key = commands.add_parser(
        "key", help="an item's key strength or key area for improvement (executive summary)"
    )
    _common(key)
    key.add_argument("--item", required=True, metavar="ID")
    point = key.add_mutually_exclusive_group(required=True)
    point.add_argument("--strength", metavar="TEXT", help="set the item's key strength")
    point.add_argument("--afi", metavar="TEXT", help="set the item's key area for improvement")
    point.add_argument(
        "--undo", choices=(KEY_STRENGTH, KEY_AFI), help="remove the item's key strength or afi"
    )
    key.set_defaults(handler=_key)

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
        f"state: {view.state}; {len(view.agreed_items)} of {len(view.framework.items)} "
        "items agreed",
        *newer_revision_lines(view, anonymised=anonymised),
        "score columns: "
        + ", ".join(f"{number} = {name}" for number, name in enumerate(names, start=1)),
        f"items to discuss first: {', '.join(i.item.id for i in view.flagged_items) or 'none'}",
        "",
        f"    {'':<24}" + " ".join(f"{number:>6}" for number in range(1, len(names) + 1)),
    ]
    for item in view.items:
        flag = "  DISCUSS FIRST" if item.flagged else ""
        flag += "  (agreed)" if item.item.id in view.agreed_items else ""
        lines.append(f"{item.item.id} {item.item.title.en}{flag}")
        lines.extend(_row_text(row) for row in [*item.attributes, item.overall])
        for label, texts in (("strengths", item.strengths), ("AFIs", item.afis)):
            lines.append(f"    {label}:")
            lines.extend(f"      {n}. {text}" for n, text in enumerate(texts, start=1))
    total = "-" if view.score.total is None else total_figure(view.framework, view.score.total)
    band = view.score.band.title.en if view.score.band else "none"
    provisional = " (provisional)" if view.score.provisional else ""
    lines.append(
        f"consensus total {total} / {view.framework.total_points}{provisional}, level: {band}"
    )
    lines.append("(* = overridden with a justification)")
    for title, kind in (("key strengths", KEY_STRENGTH), ("key areas for improvement", KEY_AFI)):
        points = view.key_points_of(kind)
        if points:
            lines.append(f"{title}:")
            lines.extend(f"  {point.item_id}: {point.text}" for point in points)
    lines.extend(merged_consensus_lines(view))
    return "\n".join(lines)


def newer_revision_lines(view: ConsensusView, *, anonymised: bool) -> list[str]:
    """The individual revisions merged since the consensus started, which it does not use."""
    if not view.newer_revisions:
        return []
    lines = [
        f"NEWER REVISIONS merged since the consensus started ({len(view.newer_revisions)}); "
        "the consensus still uses the frozen ones until you run ipms consensus reopen:"
    ]
    lines.extend(
        f"  {newer.label if anonymised else newer.assessor_name}: assessment "
        f"{newer.assessment_id}, revision {newer.revision}"
        for newer in view.newer_revisions
    )
    return lines


def _note_started(database: ConsolidationDatabase, args: argparse.Namespace) -> None:
    """Start the consensus if it is not started, telling stderr (scripts keep working)."""
    event = start_consensus(database, args.institution, args.cycle, by=getattr(args, "by", None))
    if event is not None:
        print(
            f"note: consensus of {args.institution} for {args.cycle} started now; individual "
            f"revisions frozen ({len(event.detail['revisions'])})",
            file=sys.stderr,
        )


def _start(args: argparse.Namespace) -> int:
    with open_database(args.db) as database:
        event = start_consensus(database, args.institution, args.cycle, by=args.by)
        view = load_consensus(database, args.institution, args.cycle)
    if event is None:
        print(
            f"the consensus of {args.institution} for {args.cycle} was started already "
            f"({view.lifecycle[0].at if view.lifecycle else 'before'}); nothing changed. To "
            "take newer individual revisions use ipms consensus reopen"
        )
    else:
        print(f"consensus of {args.institution} for {args.cycle} started at {event.at}")
    for revision in view.individuals:
        print(
            f"  {revision.label}: assessment {revision.assessment_id}, revision {revision.revision}"
        )
    return 0


def _reopen(args: argparse.Namespace) -> int:
    with open_database(args.db) as database:
        result = reopen_consensus(
            database, args.institution, args.cycle, args.justification, by=args.by
        )
    print(
        f"consensus of {args.institution} for {args.cycle} reopened at {result.event.at}: "
        f"now rests on {len(result.event.detail['revisions'])} individual revisions"
    )
    print(f"overrides kept: {len(result.kept)}")
    if result.dropped:
        print(f"overrides that no longer apply (removed): {len(result.dropped)}")
        for dropped in result.dropped:
            target = "overall" if dropped.attribute_id is None else dropped.attribute_id
            print(f"  item {dropped.item_id} {target}: {dropped.value} ({dropped.reason})")
    if result.unagreed:
        print(f"items no longer marked agreed: {', '.join(result.unagreed)}")
    return 0


def _agree(args: argparse.Namespace) -> int:
    with open_database(args.db) as database:
        _note_started(database, args)
        set_item_agreed(database, args.institution, args.cycle, args.item, not args.undo)
    print(f"item {args.item}: " + ("not agreed" if args.undo else "agreed"))
    return 0


def _key(args: argparse.Namespace) -> int:
    if args.undo:
        kind, text = args.undo, None
    elif args.strength is not None:
        kind, text = KEY_STRENGTH, args.strength
    else:
        kind, text = KEY_AFI, args.afi
    with open_database(args.db) as database:
        _note_started(database, args)
        set_key_point(database, args.institution, args.cycle, args.item, kind, text)
    word = "key strength" if kind == KEY_STRENGTH else "key area for improvement"
    print(f"item {args.item}: {word} " + ("removed" if text is None else "set"))
    return 0


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
        _note_started(database, args)
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
        _note_started(database, args)
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
        followed = set_consensus_notes(
            database, args.institution, args.cycle, args.item, args.note_list, texts
        )
    print(f"item {args.item}: {args.note_list} updated")
    if followed is not None:
        word = "key strength" if followed.kind == KEY_STRENGTH else "key area for improvement"
        if followed.text is None:
            print(f"item {args.item}: {word} removed with its entry")
        else:
            print(f"item {args.item}: {word} now reads as the edited entry")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ipms_desktop.consolidation.consensus_export import export_consensus
    from ipms_desktop.trust.profile_credentials import recipients_from_certificate_files

    with open_database(args.db) as database, open_profile(args) as profile:
        extra = recipients_from_certificate_files(profile.keys, args.to)
        _note_started(database, args)
        written = export_consensus(
            database, args.institution, args.cycle, profile.keys, args.out, extra
        )
        not_agreed = load_consensus(database, args.institution, args.cycle).items_not_agreed
    if not_agreed:
        print(
            f"warning: {len(not_agreed)} items are not marked agreed (exported all the same): "
            f"{', '.join(not_agreed)}",
            file=sys.stderr,
        )
    print(f"consensus bundle written: {written.path} ({written.size} bytes)")
    print(f"bundle id {written.bundle_id}")
    for key_id in written.recipient_key_ids:
        print(f"  readable by recipient key {key_id}")
    return 0
