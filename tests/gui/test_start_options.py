"""The desktop program's command line: read directly when plain, by argparse otherwise,
with the same outcome either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipms_desktop.gui import start_options
from ipms_desktop.gui.start_options import StartOptions, parse_start_options

PLAIN = [
    [],
    ["--profile", "/media/usb/profile"],
    ["--profile=/tmp/p"],
    ["--profile="],
    ["--language", "ckb"],
    ["--language=en", "--profile", "relative/dir"],
    ["--exit-when-ready"],
    ["--exit-after-first-paint", "--profile", "p", "--language", "ar"],
    ["--profile", "a", "--profile", "b"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_command_line_is_read_as_argparse_reads_it(argv):
    direct = start_options._read_plain(argv)
    assert direct is not None
    assert direct == start_options._read_with_argparse(argv)


def test_the_direct_reading_fills_every_field():
    options = parse_start_options(["--profile", "p", "--language", "ar", "--exit-when-ready"])
    assert options == StartOptions(Path("p"), "ar", True)
    assert parse_start_options([]) == StartOptions(None, None, False)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--language", "xx"],
        ["--language"],
        ["--profile", "--exit-when-ready"],
        ["--exit-when-ready=yes"],
        ["extra"],
        ["--", "--profile"],
    ],
)
def test_anything_else_goes_to_argparse(argv, capsys):
    assert start_options._read_plain(argv) is None
    with pytest.raises(SystemExit) as stopped:
        parse_start_options(argv)
    # Help exits 0 and prints the options; a mistake exits 2 and says what is wrong.
    output = capsys.readouterr()
    if argv == ["--help"]:
        assert stopped.value.code == 0
        assert "--exit-when-ready" in output.out
    else:
        assert stopped.value.code == 2
        assert "error:" in output.err


def test_an_abbreviation_argparse_accepts_still_works():
    assert parse_start_options(["--lang", "en"]) == StartOptions(None, "en", False)
