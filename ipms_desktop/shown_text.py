"""Showing text that came from an untrusted file: escaped, one line, bounded.

A bundle's manifest can be read before anything in it is authenticated, and a signed
document can come from a dishonest insider. Text quoted from either into a reason, a
terminal line, a quarantine note or a log must not be able to move the cursor, fake an
"OK", reorder a line with a bidi override, fail to encode (a lone surrogate), or run to
megabytes. Every such quotation goes through ``quoted``; every file path a person gave
(which may not even be valid UTF-8) through ``shown_path``.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs

# Long enough for an institution's full name, short enough for one terminal line.
QUOTE_LIMIT = 120
# A whole reason: the sentence plus a few quotations.
REASON_LIMIT = 600


def _is_unsafe(character: str) -> bool:
    """Control and format characters (C0, C1, bidi controls, zero-width), surrogates,
    separators other than the plain space, and unassigned code points."""
    if character == " ":
        return False
    return unicodedata.category(character) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"}


def escaped(text: str) -> str:
    """``text`` with every unsafe character written as a visible ``\\uXXXX`` escape."""
    if not any(_is_unsafe(character) for character in text):
        return text
    parts = []
    for character in text:
        if _is_unsafe(character):
            code = ord(character)
            parts.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            parts.append(character)
    return "".join(parts)


def bounded(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit:,} more characters)"


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A value from an untrusted file as it may appear inside a message: text in double
    quotes, escaped and cut; anything else by its type and bounded ``repr``."""
    if isinstance(value, str):
        return '"' + escaped(bounded(value, limit)) + '"'
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        digits = str(value) if value.bit_length() < 200 else f"a {value.bit_length()}-bit number"
        return bounded(digits, limit)
    return f"a {type(value).__name__}"


def shown_path(path: os.PathLike[str] | str | bytes) -> str:
    """A file path as a person may see it: bytes that are not UTF-8 shown as ``\\xNN``,
    and no control characters."""
    raw = os.fsencode(Path(os.fsdecode(path)))
    return escaped(raw.decode("utf-8", "backslashreplace"))


def shown_reason(text: str) -> str:
    """A whole message that may hold quotations, made safe to print as one line."""
    return escaped(bounded(text, REASON_LIMIT))


def unencodable_text_error(error: UnicodeEncodeError) -> IpmsError:
    """A text that could not be encoded as UTF-8, named for the person who typed it: it
    holds a lone surrogate, which a terminal or a file name that is not UTF-8 turns into
    (``surrogateescape``). Raised where text leaves for a database or a signed file (the
    two databases' transaction boundaries, the signing of a statement), after which
    nothing of the step remains."""
    text = error.object if isinstance(error.object, str) else ""
    # Texts kept as JSON (a list of notes) are cut at the quotes around the one at fault.
    start = max(error.start - 30, text.rfind('"', 0, error.start) + 1)
    after = text.find('"', error.end)
    end = min(error.end + 30, after if after >= 0 else len(text))
    return IpmsError(msgs.TEXT_NOT_UNICODE_NOT_SAVED, shown=quoted(text[start:end], 60))
