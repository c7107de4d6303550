"""Text from bundles as spreadsheet cells that are only ever text.

Institution names, strengths and AFIs come from assessors' bundles. A text that starts
with ``=``, ``+``, ``-`` or ``@`` would become a live formula (``=HYPERLINK(...)``, a DDE
call) if written as it is; a control character makes the file unreadable; more than
32,767 characters is more than a cell holds, and Excel cuts the rest without a word. Every
text cell of the workbook is made here: typed as text, marked with Excel's quote prefix so
editing it cannot turn it into a formula either, cleaned of characters XML cannot carry,
and shortened only with a visible note saying how much was left out.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell

from ipms_desktop.reports.catalogue import tr

CELL_LIMIT = 32767
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_REPLACEMENT = "\ufffd"


def cell_text(text: str, language: str) -> str:
    """``text`` as a cell can hold it: characters XML forbids become U+FFFD, and a text over
    the cell limit ends with a note of how many characters are not shown."""
    # A printable text holds none of the control characters XML forbids (the quick path).
    cleaned = text if text.isprintable() else ILLEGAL_CHARACTERS_RE.sub(_REPLACEMENT, text)
    if len(cleaned) <= CELL_LIMIT:
        return cleaned
    note_template = tr("cut_text", language)
    note = note_template.format(count=f"{len(cleaned):,}")
    return cleaned[: CELL_LIMIT - len(note) - 2] + "… " + note


def needs_quote_prefix(text: str) -> bool:
    """Whether editing the cell could turn ``text`` into a formula."""
    return text.startswith(_FORMULA_STARTS)


def text_cell(sheet: Any, text: str, language: str) -> Cell:
    """A write-only cell holding ``text`` as text, never as a formula."""
    cell = WriteOnlyCell(sheet, value=cell_text(text, language))
    cell.data_type = "s"
    if needs_quote_prefix(text):
        cell.quotePrefix = True
    return cell


def text_value(sheet: Any, text: str, language: str) -> Cell | str:
    """``text`` for a plain row: the cleaned string itself when openpyxl would store it as
    text anyway (the common case, and the cheap one), else a ``text_cell``."""
    cleaned = cell_text(text, language)
    if needs_quote_prefix(text) or cleaned in ERROR_CODES:
        return text_cell(sheet, text, language)
    return cleaned
