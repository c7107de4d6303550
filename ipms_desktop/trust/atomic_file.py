"""The shared all-or-nothing writer, with disk errors turned into messages a user can act on.

A credential or bundle written to a full disk or a USB stick that is pulled out must leave
either the old file or nothing; ``ipms_desktop.atomic`` guarantees that, and this wrapper
names the failure instead of letting an ``OSError`` escape as a traceback.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ipms_desktop.atomic import atomic_writer
from ipms_desktop.errors import IpmsError


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only if the ``with`` block succeeds."""
    path = Path(path)
    try:
        with atomic_writer(path) as output:
            yield output
    except OSError as error:
        raise IpmsError(
            f"{path}: writing failed ({error.strerror or error}); nothing was written. "
            "Check the folder exists, free space or reinsert the medium, and try again"
        ) from None


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`atomic_output`."""
    with atomic_output(path) as output:
        output.write(data)
