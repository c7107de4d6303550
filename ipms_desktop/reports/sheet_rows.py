"""The cycle workbook's rows as the XML openpyxl writes for them, built as text.

openpyxl writes each cell by building an element tree and serialising it, attribute by
attribute: for the 350,000 cells of a 500-institution cycle that took more time than the
rest of the workbook together. The workbook's cells are of few kinds (text, number,
true or false, each plain or in a style prepared once), so a row is written here as one
string instead, through the text writer of the sheet's XML stream. The bytes are the
ones openpyxl writes for the same row: tests/reports/test_sheet_rows.py writes hostile
rows both ways and compares every part of the two files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from math import isfinite
from typing import Any, NamedTuple

from openpyxl.utils import get_column_letter

# Column letters of the widest sheet the workbook writes, and far more.
_LETTERS = tuple(get_column_letter(column) for column in range(1, 257))


class CellStyle(NamedTuple):
    """One kind of styled cell: openpyxl's style array, its id in the workbook's list of
    cell styles, whether the cell holds text (typed as text, never as a formula), and
    whether the array differs from the default style at all."""

    array: Any
    id: int
    text: bool
    has_style: bool


class StyledValue(NamedTuple):
    """A value to be written in a prepared style."""

    value: Any
    style: CellStyle


def raw_text_writer(stream: Any) -> Callable[[str], object] | None:
    """The function that writes text unescaped into ``stream`` (openpyxl's XML stream of a
    sheet), or None when the stream is not the standard library one this module knows
    (lxml's, if lxml is installed): the caller then lets openpyxl write the row."""
    write = getattr(stream, "_file", None)
    return write if callable(write) else None


def row_attributes(dimension: Any) -> str:
    """The attributes after ``r`` of a row with this openpyxl row dimension (its height)."""
    if dimension is None:
        return ""
    return "".join(f' {name}="{_escape_attribute(value)}"' for name, value in dimension)


def row_xml(row_index: int, values: Sequence[Any], attributes: str) -> str:
    """Row ``row_index`` holding ``values`` (None for an empty cell)."""
    row = str(row_index)
    parts = [f'<row r="{row}"{attributes}>']
    add = parts.append
    for column, value in enumerate(values):
        if value is None:
            continue
        kind = type(value)
        reference = f"{_letter(column)}{row}"
        if kind is StyledValue:
            value, style = value
            if style.has_style:
                reference = f'{reference}" s="{style.id}'
            if value is None:  # openpyxl writes an empty cell only for its style
                if style.has_style:
                    add(f'<c r="{reference}" t="{"inlineStr" if style.text else "n"}" />')
                continue
            if style.text:
                add(_text_cell(reference, value))
                continue
            kind = type(value)
        if kind is str:
            add(_text_cell(reference, value))
        elif kind is float or kind is int:
            add(f'<c r="{reference}" t="n"><v{_number(value)}</c>')
        else:
            add(_other_cell(reference, value))
    add("</row>")
    return "".join(parts)


def _letter(column: int) -> str:
    return _LETTERS[column] if column < len(_LETTERS) else get_column_letter(column + 1)


def _other_cell(reference: str, value: Any) -> str:
    """A cell of a less frequent type, typed as openpyxl types it."""
    if isinstance(value, str):
        return _text_cell(reference, value)
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float, Decimal)):
        return f'<c r="{reference}" t="n"><v{_number(value)}</c>'
    raise TypeError(f"a workbook cell cannot hold a {type(value).__name__}")


def _text_cell(reference: str, text: str) -> str:
    if not text:  # openpyxl writes an empty text bare
        return f'<c r="{reference}" t="inlineStr" />'
    stripped = text.strip()
    space = ' xml:space="preserve"' if stripped and stripped != text else ""
    return f'<c r="{reference}" t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'


def _number(value: float | Decimal) -> str:
    """The rest of a ``<v`` element: openpyxl's 16 significant digits, or empty."""
    return f">{float(value):.16g}</v>" if isfinite(value) else " />"


def _escape(text: str) -> str:
    """Character data as XML needs it (what the standard library's writer escapes)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attribute(text: str) -> str:
    return _escape(text).replace('"', "&quot;")
