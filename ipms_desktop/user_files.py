"""Reading the files a person hands to IPMS: regular files of bounded size, and JSON whose
depth, numbers and keys are checked before anything computes with them.

A scoring sheet, a framework file or an institutions list may be broken or hostile: a FIFO
that never ends, a gigabyte of text, ``[[[[...]]]]`` ten thousand deep, a score written as
``1e-999999999`` (exact arithmetic on it would run for hours), ``NaN``, or the same key
twice (which value was meant?), or text no database can store: a NUL character, or a
``\\ud800`` escape (half of a UTF-16 surrogate pair, which is not Unicode and cannot be
written as UTF-8). Every such file is refused here with the file and, where there is one,
the JSON path named; nothing reaches the scoring code or the store unchecked.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import files as msgs
from ipms_desktop.settings import INPUT
from ipms_desktop.shown_text import bounded, escaped, quoted

_PLAIN_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def check_regular_file(path: Path, what: str, max_bytes: int) -> int:
    """The size of ``path`` when it is an ordinary file of at most ``max_bytes``.

    Folders, FIFOs and devices are refused before they are opened (reading a FIFO would
    wait for a writer that never comes).
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise IpmsError(msgs.DOES_NOT_EXIST, what=what, path=path) from None
    except OSError as error:
        raise IpmsError(msgs.CANNOT_READ_5, what=what, path=path, strerror=error.strerror) from None
    if stat.S_ISDIR(status.st_mode):
        raise IpmsError(msgs.FOLDER_CHOOSE_FILE_ITSELF, what=what, path=path)
    if not stat.S_ISREG(status.st_mode):
        raise IpmsError(msgs.NOT_ORDINARY_FILE_PIPE_DEVICE, what=what, path=path)
    if status.st_size > max_bytes:
        raise IpmsError(
            msgs.BYTES_MORE_THAN_SUCH_FILE,
            what=what,
            path=path,
            st_size=format(status.st_size, ","),
            max_bytes=format(max_bytes, ","),
        )
    return status.st_size


def read_user_file(path: Path, what: str, max_bytes: int) -> bytes:
    """The bytes of ``path``, checked by ``check_regular_file`` and read at most once."""
    check_regular_file(path, what, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise IpmsError(msgs.CANNOT_READ_5, what=what, path=path, strerror=error.strerror) from None
    if len(data) > max_bytes:
        raise IpmsError(
            msgs.GREW_PAST_BYTES_WHILE_BEING, what=what, path=path, max_bytes=format(max_bytes, ",")
        )
    return data


@dataclass(frozen=True)
class _RefusedValue:
    """A number or constant the parser met that is not a plain decimal, kept to be named."""

    literal: str


def read_user_json(path: Path, what: str, max_bytes: int, *, exact_decimals: bool = False) -> Any:
    """The parsed JSON of the file at ``path`` (see ``parse_user_json``)."""
    return parse_user_json(
        read_user_file(path, what, max_bytes), f"{what} {path}", exact_decimals=exact_decimals
    )


def parse_user_json(data: bytes, source: str, *, exact_decimals: bool = False) -> Any:
    """JSON from a person's file, refused unless it is UTF-8, at most ``json_max_depth`` deep,
    free of repeated keys and of numbers that are not plain decimals (no exponent, NaN or
    Infinity, at most ``json_max_number_chars`` characters). ``exact_decimals`` reads
    fractions as ``Decimal`` instead of ``float``."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IpmsError(msgs.NOT_UTF_TEXT_BYTE_SAVE, source=source, start=error.start) from None
    depth = _nesting_depth(text)
    if depth > INPUT.json_max_depth:
        raise IpmsError(
            msgs.NESTS_LEVELS_DEEP_MORE_THAN,
            source=source,
            depth=depth,
            json_max_depth=INPUT.json_max_depth,
        )
    try:
        value = json.loads(
            text,
            parse_int=_number(int),
            parse_float=_number(Decimal if exact_decimals else float),
            parse_constant=_RefusedValue,
            object_pairs_hook=refuse_repeated_keys(source),
        )
    except json.JSONDecodeError as error:
        raise IpmsError(
            msgs.NOT_VALID_JSON_LINE_COLUMN,
            source=source,
            msg=error.msg,
            lineno=error.lineno,
            colno=error.colno,
        ) from None
    refused = _first_refused(value, "")
    if refused is not None:
        where, literal = refused
        shown = literal if len(literal) <= 32 else literal[:32] + "…"
        raise IpmsError(
            msgs.HOLDS_WHICH_NOT_PLAIN_NUMBER,
            source=source,
            value=where or "the document",
            shown=str(shown),
            json_max_number_chars=INPUT.json_max_number_chars,
        )
    unstorable = unstorable_text(value)
    if unstorable is not None:
        where = unstorable.where or "the document"
        if unstorable.nul:
            raise IpmsError(
                msgs.FILE_TEXT_HOLDS_NUL, source=source, where=where, shown=unstorable.shown
            )
        raise IpmsError(
            msgs.FILE_TEXT_NOT_UNICODE, source=source, where=where, shown=unstorable.shown
        )
    return value


def _number(convert: Any) -> Any:
    def parse(literal: str) -> Any:
        if len(literal) > INPUT.json_max_number_chars or not _PLAIN_NUMBER.fullmatch(literal):
            return _RefusedValue(literal)
        return convert(literal)

    return parse


def refuse_repeated_keys(source: str) -> Any:
    """A ``json.loads`` object hook that refuses an object naming one key twice (which
    value was meant?): used for people's files and for every signed document alike."""

    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        built: dict[str, Any] = {}
        for key, value in pairs:
            if key in built:
                raise IpmsError(
                    msgs.KEY_APPEARS_TWICE_ONE_OBJECT,
                    source=source,
                    key=json.dumps(key, ensure_ascii=False)[:80],
                )
            built[key] = value
        return built

    return build


def _nesting_depth(text: str) -> int:
    """The deepest nesting of arrays and objects, counted outside strings (no recursion)."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _first_refused(value: Any, path: str) -> tuple[str, str] | None:
    """Where the first refused number sits, as a dotted path (depth is already bounded)."""
    if isinstance(value, _RefusedValue):
        return path, value.literal
    if isinstance(value, dict):
        children: Any = value.items()
    elif isinstance(value, list):
        children = ((str(index), item) for index, item in enumerate(value))
    else:
        return None
    for key, item in children:
        found = _first_refused(item, f"{path}.{key}" if path else str(key))
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class UnstorableText:
    """A text in parsed JSON that no database can store, and where it sits."""

    where: str
    text: str
    nul: bool

    @property
    def shown(self) -> str:
        """The text quoted for a message: escaped, so the broken character shows as
        ``\\udXXX``, and cut."""
        return quoted(self.text, 40)


def unstorable_text(value: Any) -> UnstorableText | None:
    """The first text (a value or a key, at any depth) holding a NUL character, which
    PostgreSQL cannot store, or a lone surrogate, which is not Unicode and cannot be
    written as UTF-8: ``json.loads`` turns the escape ``"\\ud800"`` into one. Its place
    is a dotted path (``items.1a.strengths.0``), each step escaped and cut, since a key may
    be the bad text itself; a bad key is named by its own path.

    Every JSON that comes from outside passes here: people's files (``parse_user_json``)
    and every bundle's manifest and document (``ipms_desktop.bundles``)."""
    pending: list[tuple[str, Any]] = [("", value)]
    while pending:
        where, current = pending.pop()
        if isinstance(current, dict):
            children = [(_step(key), key, item) for key, item in current.items()]
        elif isinstance(current, list):
            children = [(str(index), None, item) for index, item in enumerate(current)]
        elif isinstance(current, str):
            found = _unstorable(where, current)
            if found is not None:
                return found
            continue
        else:
            continue
        for name, key, item in reversed(children):
            place = f"{where}.{name}" if where else name
            if isinstance(key, str):
                found = _unstorable(place, key)
                if found is not None:
                    return found
            pending.append((place, item))
    return None


def _step(key: object) -> str:
    """One step of a place: the key escaped and cut, an empty key shown as ``""``."""
    return escaped(bounded(str(key), 40)) or '""'


def _unstorable(where: str, text: str) -> UnstorableText | None:
    if "\x00" in text:
        return UnstorableText(where, text, nul=True)
    if any("\ud800" <= character <= "\udfff" for character in text):
        return UnstorableText(where, text, nul=False)
    return None
