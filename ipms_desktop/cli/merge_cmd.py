"""``ipms merge``: verify, decrypt and import bundles into a consolidation database.

Installs CoMSEC's signed statements given with ``--statement`` (team assignments, key
links) and remembers the newest trust settings seen, refusing older ones. Prints one
outcome per bundle (a table, or ``--json``) and exits 1 when any bundle was rejected, so
intake scripts stop there; rejected files are copied to the quarantine folder with a note
of why. A bundle not encrypted for ``--key`` stops the run (exit 1) naming the key it is
for, and is not quarantined: the key is wrong, not the file. Also home of how every
consolidation command opens its database (``--db``): a local encrypted file, or a PostgreSQL URL.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from ipms_desktop.cli.secret_input import read_secret
from ipms_desktop.consolidation.database import (
    ConsolidationDatabase,
    NewDatabaseNotice,
    open_consolidation_database,
)
from ipms_desktop.consolidation.institution_names import difference
from ipms_desktop.consolidation.merge import (
    MergeResult,
    NotForThisKey,
    Outcome,
    dumps_results,
    merge_bundles,
)
from ipms_desktop.consolidation.opening import bundle_opener
from ipms_desktop.consolidation.signers import remember_trust
from ipms_desktop.consolidation.statement_install import install_statement
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import cli as msgs
from ipms_desktop.settings import CONSOLIDATION
from ipms_desktop.shown_text import quoted
from ipms_desktop.trust.ca import load_recipient_key_file
from ipms_desktop.trust.trust_settings import load_trust_settings

DB_PASSPHRASE_VARIABLE = "IPMS_DB_PASSPHRASE"
DB_RECOVERY_CODE_VARIABLE = "IPMS_RECOVERY_CODE"
KEY_PASSPHRASE_VARIABLE = "IPMS_KEY_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "merge", help="merge bundles into a consolidation database (file or PostgreSQL)"
    )
    add_database_argument(parser)
    parser.add_argument("--trust", required=True, type=Path, metavar="FILE")
    parser.add_argument(
        "--key", required=True, type=Path, metavar="KEYFILE", help="the consolidation key file"
    )
    parser.add_argument(
        "--quarantine",
        type=Path,
        metavar="DIR",
        help="where rejected bundles are copied "
        f"(default ./{CONSOLIDATION.default_quarantine_dir})",
    )
    parser.add_argument(
        "--statement",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="install CoMSEC's signed team assignments or key link first (repeatable)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list of outcomes")
    parser.add_argument("bundles", nargs="*", type=Path, metavar="BUNDLE")
    parser.set_defaults(handler=_merge)


def add_database_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        required=True,
        metavar="URL",
        help="a consolidation file path (passphrase from IPMS_DB_PASSPHRASE or the terminal) "
        "or postgresql+psycopg://USER@HOST/DB",
    )


def _announce(notice: NewDatabaseNotice) -> None:
    print(
        f"created consolidation file {notice.path}\n"
        f"its recovery code (shown only now; keep it offline): {notice.recovery_code}\n"
        f"with {DB_RECOVERY_CODE_VARIABLE} set to it, the file opens without the passphrase",
        file=sys.stderr,
    )


def open_database(target: str) -> ConsolidationDatabase:
    """The consolidation database named by ``--db``, asking for what it needs; a new file's
    passphrase must pass the passphrase policy."""
    from ipms_desktop.services.consolidation_session import policed_passphrase

    code = os.environ.get(DB_RECOVERY_CODE_VARIABLE) or None
    return open_consolidation_database(
        target,
        policed_passphrase(
            lambda creating: read_secret(
                DB_PASSPHRASE_VARIABLE,
                "New consolidation file passphrase: "
                if creating
                else "Consolidation file passphrase: ",
                confirm=creating,
            )
        ),
        recovery_code=code,
        on_created=_announce,
    )


def format_table(results: list[MergeResult]) -> str:
    """Aligned FILE / OUTCOME / REASON columns and a closing count per outcome."""
    header = ("FILE", "OUTCOME", "REASON")
    rows = [(r.file, r.outcome.value, r.reason + _look_alike_note(r)) for r in results]
    file_width = max(len(row[0]) for row in [header, *rows])
    outcome_width = max(len(row[1]) for row in [header, *rows])
    lines = [
        f"{row[0]:<{file_width}}  {row[1]:<{outcome_width}}  {row[2]}" for row in [header, *rows]
    ]
    counts = Counter(r.outcome for r in results)
    lines.append(", ".join(f"{counts[outcome]} {outcome.value}" for outcome in Outcome))
    return "\n".join(lines)


def _look_alike_note(result: MergeResult) -> str:
    """Names already merged that look like this one's, with where they differ."""
    if not result.look_alikes:
        return ""
    named = "; ".join(
        f"{quoted(name)} [{difference(result.institution or '', name)}]"
        for name in result.look_alikes
    )
    return f"; CHECK: the institution's name looks like {named}, merged as a separate institution"


def _merge(args: argparse.Namespace) -> int:
    trust = load_trust_settings(args.trust)
    key = load_recipient_key_file(
        args.key, read_secret(KEY_PASSPHRASE_VARIABLE, "Consolidation key passphrase: ")
    )
    quarantine = args.quarantine or Path(CONSOLIDATION.default_quarantine_dir)
    if not args.bundles and not args.statement:
        raise IpmsError(msgs.GIVE_BUNDLES_MERGE_STATEMENT_FILE)
    with open_database(args.db) as database:
        remember_trust(database, trust)
        for statement in args.statement:
            print(install_statement(database, statement, trust), file=sys.stderr)
        try:
            results = merge_bundles(database, args.bundles, bundle_opener(trust, key), quarantine)
        except NotForThisKey as error:
            # The key is wrong, not the file: what merged so far is shown, nothing is
            # quarantined, and the run stops with the key to choose.
            if error.results:
                print(
                    dumps_results(error.results) if args.json else format_table(error.results),
                    flush=True,
                )
            raise
    if not results:
        return 0
    print(dumps_results(results) if args.json else format_table(results), flush=True)
    return 1 if any(r.outcome is Outcome.REJECTED for r in results) else 0
