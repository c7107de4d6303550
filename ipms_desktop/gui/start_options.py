"""The desktop program's command line: ``ipms-desktop [--profile DIR] [--language CODE]``.

Each option is declared once below. A command line made only of these, each written in
full, is read directly; anything else (``--help``, a mistake, an abbreviation) goes to
argparse, which explains it or says what is wrong. Reading it directly spares the first
screen argparse's import and set-up, some 3 ms (argparse loads Python's locale machinery
for its own messages).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from ipms_desktop.gui.i18n import LANGUAGE_CODES
from ipms_desktop.settings import APP_NAME


class StartOptions(NamedTuple):
    """What the command line asked for; ``None`` and ``False`` where it said nothing."""

    profile: Path | None = None
    language: str | None = None
    exit_when_painted: bool = False


class _Option(NamedTuple):
    """One option: its names, the ``StartOptions`` field it fills, and what it takes
    (``bool`` for a switch that takes no value)."""

    names: tuple[str, ...]
    field: str
    kind: type
    help: str
    choices: tuple[str, ...] | None = None


OPTIONS = (
    _Option(("--profile",), "profile", Path, "profile folder (default: per-user data)"),
    _Option(("--language",), "language", str, "language for this session", LANGUAGE_CODES),
    # The first paint is the first screen's (language choice or unlock): one moment, two
    # names (the installer and the benchmarks use the first, older one).
    _Option(
        ("--exit-after-first-paint", "--exit-when-ready"),
        "exit_when_painted",
        bool,
        "print milliseconds from process start until the first screen has painted, then exit",
    ),
)


def parse_start_options(argv: Sequence[str]) -> StartOptions:
    """The options in ``argv``; argparse handles help and every mistake (exit 2)."""
    return _read_plain(argv) or _read_with_argparse(argv)


def _read_plain(argv: Sequence[str]) -> StartOptions | None:
    """``argv`` read directly when it holds only declared options, in full, with valid
    values; ``None`` otherwise."""
    by_name = {name: option for option in OPTIONS for name in option.names}
    values: dict[str, Any] = {}
    words = list(argv)
    position = 0
    while position < len(words):
        name, equals, inline = words[position].partition("=")
        option = by_name.get(name)
        if option is None or (equals and option.kind is bool):
            return None
        if option.kind is bool:
            values[option.field] = True
            position += 1
            continue
        if equals:
            text = inline
        elif position + 1 < len(words) and not words[position + 1].startswith("-"):
            position += 1
            text = words[position]
        else:
            return None
        if option.choices is not None and text not in option.choices:
            return None
        values[option.field] = option.kind(text)
        position += 1
    return StartOptions(**values)


def _read_with_argparse(argv: Sequence[str]) -> StartOptions:
    import argparse

    parser = argparse.ArgumentParser(prog="ipms-desktop", description=APP_NAME)
    for option in OPTIONS:
        if option.kind is bool:
            parser.add_argument(
                *option.names, dest=option.field, action="store_true", help=option.help
            )
        else:
            parser.add_argument(
                *option.names,
                dest=option.field,
                type=option.kind,
                choices=option.choices,
                help=option.help,
            )
    return StartOptions(**vars(parser.parse_args(list(argv))))
