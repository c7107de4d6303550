"""PEM-style text armour for the key formats that have no standard PEM label.

Keys travel by e-mail and USB stick next to certificates; a text block with a label says
what it is and survives being pasted into a message, unlike raw binary.
"""

from __future__ import annotations

import base64
import binascii
import textwrap

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import trust as msgs


def armor(label: str, body: bytes) -> bytes:
    """``body`` as base64 lines of 64 characters between BEGIN/END lines naming ``label``."""
    encoded = base64.b64encode(body).decode("ascii")
    lines = textwrap.wrap(encoded, 64)
    text = "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----", ""])
    return text.encode("ascii")


def unarmor(label: str, data: bytes, source: str) -> bytes:
    """The body of the first ``label`` block in ``data``; ``source`` names the file in errors."""
    begin = f"-----BEGIN {label}-----".encode("ascii")
    end = f"-----END {label}-----".encode("ascii")
    start = data.find(begin)
    stop = data.find(end, start + len(begin)) if start >= 0 else -1
    if start < 0 or stop < 0:
        raise IpmsError(msgs.NO_BLOCK_FOUND_CHECK_RIGHT, source=source, label=label)
    encoded = b"".join(data[start + len(begin) : stop].split())
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as error:
        raise IpmsError(msgs.BLOCK_DAMAGED, source=source, label=label, error=error) from None
