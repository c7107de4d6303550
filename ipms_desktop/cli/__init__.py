"""The ``ipms`` command line: a contract that CoMSEC's scripts rely on.

Each command group lives in its own module exposing ``register(subparsers)``; the
module list below is the only place groups are wired in. Exit codes everywhere: 0
success, 1 bad input or refused operation (one line on stderr, never a traceback),
2 usage error (argparse's own convention).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ipms_desktop import __version__
from ipms_desktop.errors import IpmsError
from ipms_desktop.shown_text import escaped

COMMAND_MODULES = (
    "ipms_desktop.cli.frameworks_cmd",
    "ipms_desktop.cli.calc_cmd",
    "ipms_desktop.cli.admin_cmd",
    "ipms_desktop.cli.verify_cmd",
    "ipms_desktop.cli.profile_cmd",
    "ipms_desktop.cli.assessment_cmd",
    "ipms_desktop.cli.merge_cmd",
    "ipms_desktop.cli.consensus_cmd",
    "ipms_desktop.cli.report_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every command group registered."""
    parser = argparse.ArgumentParser(
        prog="ipms", description="IPMS Desktop command line (offline assessment client)."
    )
    parser.add_argument("--version", action="version", version=f"ipms {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ipms`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except IpmsError as error:
        # A message may quote a file's text or name: no control character reaches the terminal.
        shown = "\n".join(escaped(line) for line in str(error).split("\n"))
        print(f"ipms: error: {shown}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ipms: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
