"""Crash-safe file replacement: a reader sees the old file or the new one, never half of one.

Every file the store writes outside SQLite goes through here: a temporary file in the
same directory, flushed and fsynced, then ``os.replace`` over the target and the
directory fsynced so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from ipms_desktop.errors import IpmsError


def temporary_sibling(target: Path) -> Path:
    """A fresh, hidden name next to ``target`` (same file system, so replace is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")


def fsync_file(path: Path) -> None:
    """Force a file's contents to stable storage."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_directory(directory: Path) -> None:
    """Make a rename or unlink in ``directory`` durable (a no-op where unsupported)."""
    if os.name == "nt":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def disk_error(error: OSError, target: Path) -> IpmsError:
    """Turn an operating-system write failure into a message the user can act on."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return IpmsError(
            f"not enough disk space to write {target}: {error.strerror}; "
            "free some space (or choose another drive) and try again; nothing was changed"
        )
    return IpmsError(
        f"could not write {target}: {error.strerror or error}; check the drive and its "
        "permissions and try again; nothing was changed"
    )


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path to fill; on success it atomically replaces ``target``.

    On any failure the temporary file is removed and ``target`` is left as it was.
    """
    temporary = temporary_sibling(target)
    try:
        yield temporary
        fsync_file(temporary)
        os.replace(temporary, target)
        fsync_directory(target.parent)
    except OSError as error:
        _remove_quietly(temporary)
        raise disk_error(error, target) from error
    except BaseException:
        _remove_quietly(temporary)
        raise


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` crash-safely."""
    with replacing(target) as temporary, open(temporary, "xb") as stream:
        stream.write(data)


def write_stream_atomically(target: Path, chunks: Callable[[], Iterator[bytes]]) -> None:
    """Replace ``target`` with the concatenation of ``chunks()`` crash-safely."""
    with replacing(target) as temporary, open(temporary, "xb") as stream:
        for chunk in chunks():
            stream.write(chunk)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
