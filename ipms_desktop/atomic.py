"""Writing files so that a crash, a full disk or a pulled USB stick never leaves half a file.

Data goes to a temporary file in the destination folder, is flushed and fsynced, and
only then replaces the destination, and the folder is fsynced so the rename itself
survives a power cut. On any failure the temporary file is removed, the destination is
left as it was, and an operating-system error becomes an ``IpmsError`` the user can act
on. Every file the application writes outside SQLite goes through here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ipms_desktop.errors import IpmsError


def temporary_sibling(target: Path) -> Path:
    """A fresh, hidden name next to ``target`` (same file system, so replace is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")


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
            "free some space (or choose another drive) and try again; nothing was changed",
            message_id="disk-full",
            target=str(target),
        )
    if not target.parent.is_dir():
        return IpmsError(
            f"cannot write {target}: folder {target.parent} does not exist; "
            "create it or choose another; nothing was changed",
            message_id="folder-missing",
            target=str(target),
            folder=str(target.parent),
        )
    return IpmsError(
        f"could not write {target}: {error.strerror or error}; check the drive (reinsert a "
        "removable one) and its permissions and try again; nothing was changed",
        message_id="write-failed",
        target=str(target),
        reason=str(error.strerror or error),
    )


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path to fill; on success it atomically replaces ``target``."""
    target = Path(target)
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


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at ``target`` complete, or not at all."""
    with replacing(Path(target)) as temporary, open(temporary, "xb") as handle:
        yield handle


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` crash-safely."""
    with atomic_writer(target) as handle:
        handle.write(data)


def write_stream_atomically(target: Path, chunks: Callable[[], Iterator[bytes]]) -> None:
    """Replace ``target`` with the concatenation of ``chunks()`` crash-safely."""
    with atomic_writer(target) as handle:
        for chunk in chunks():
            handle.write(chunk)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
