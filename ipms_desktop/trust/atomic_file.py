"""All-or-nothing file output: a temp file in the destination folder, fsync, then rename.

A credential or bundle written to a USB stick that is pulled out, or to a full disk, must
leave either the old file or nothing, never a truncated file someone might later trust.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ipms_desktop.errors import IpmsError


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only if the ``with`` block succeeds."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise IpmsError(f"{path}: folder {folder} does not exist; create it or choose another")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise IpmsError(f"{path}: cannot create a file in {folder} ({error.strerror})") from None
    temp_path = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as output:
            yield output
            output.flush()
            os.fsync(output.fileno())
        os.replace(temp_path, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        if isinstance(error, OSError):
            raise IpmsError(
                f"{path}: writing failed ({error.strerror or error}); nothing was written, "
                "free space or reinsert the medium and try again"
            ) from None
        raise
    _sync_folder(folder)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`atomic_output`."""
    with atomic_output(path) as output:
        output.write(data)


def _sync_folder(folder: Path) -> None:
    """Persist the rename itself; some platforms cannot open a folder, which is harmless."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
