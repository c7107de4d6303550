"""Text from bundles as spreadsheet cells that are only ever text.

Institution names, strengths and AFIs come from assessors' bundles. A text that starts
with ``=``, ``+``, ``-`` or ``@`` would become a live formula (``=HYPERLINK(...)``, a DDE
call) if written as it is; a control character makes the file unreadable; more than
32,767 characters is more than a cell holds, and Excel cuts the rest without a word. Every
text of the workbook passes here: cleaned of characters XML cannot carry, shortened only
with a visible note saying how much was left out, and told whether it needs Excel's quote
prefix, so that editing it cannot turn it into a formula either. The workbook types each
as text (``reports.sheet_rows``).
"""

from __future__ import annotations

import re

from ipms_desktop.reports.catalogue import tr

CELL_LIMIT = 32767
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_REPLACEMENT = "\ufffd"
# What XML 1.0 cannot carry: control characters other than tab and line ends, halves of
# surrogate pairs (a JSON text may hold one alone), and the two non-characters U+FFFE/F.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def cell_text(text: str, language: str) -> str:
    """``text`` as a cell can hold it: characters XML forbids become U+FFFD, and a text over
    the cell limit ends with a note of how many characters are not shown."""
    # A printable text holds none of the control characters XML forbids (the quick path).
    cleaned = text if text.isprintable() else _NOT_IN_XML.sub(_REPLACEMENT, text)
    if len(cleaned) <= CELL_LIMIT:
        return cleaned
    note_template = tr("cut_text", language)
    note = note_template.format(count=f"{len(cleaned):,}")
    return cleaned[: CELL_LIMIT - len(note) - 2] + "… " + note


def needs_quote_prefix(text: str) -> bool:
    """Whether editing the cell could turn ``text`` into a formula."""
    return text.startswith(_FORMULA_STARTS)
