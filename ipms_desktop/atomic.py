"""Writing files so that a crash, a full disk or a pulled USB stick never leaves half a file.

Data goes to a temporary file in the destination folder, is flushed and fsynced, and
only then replaces the destination, and the folder is fsynced so the rename itself
survives a power cut. On any failure the temporary file is removed, the destination is
left as it was, and an operating-system error becomes an ``IpmsError`` the user can act
on. Every file the application writes outside SQLite goes through here.

Everything written here is readable by its owner only (0600): key slots, backups,
bundles, reports and keys all hold secrets or assessment content, and a laptop may have
other accounts. Folders that hold such files are made 0700 (``make_private_folder``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import files as msgs

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed, and make it the owner's alone."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if os.name != "nt":
        os.chmod(folder, PRIVATE_FOLDER_MODE)
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty file only its owner can read, so a program that then opens it
    (SQLite, for a new database) keeps that mode; refused if it exists."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))


def open_new_private(path: Path) -> BinaryIO:
    """Open a new file (refused if it exists) that only its owner can read, for writing."""
    return os.fdopen(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE), "wb")


def temporary_sibling(target: Path) -> Path:
    """A fresh, hidden name next to ``target`` (same file system, so replace is atomic)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")


_PART_NAME = re.compile(r"\..+\.[0-9a-f]{12}\.part")


def remove_stale_parts(folder: Path, older_than_seconds: float = 3600) -> list[Path]:
    """Remove what a killed write left in ``folder`` (its hidden ``.<name>.<hex>.part``
    files), once they are old enough that no running write can still own them."""
    removed: list[Path] = []
    cutoff = time.time() - older_than_seconds
    try:
        candidates = [path for path in Path(folder).iterdir() if _PART_NAME.fullmatch(path.name)]
    except OSError:
        return removed
    for path in candidates:
        with contextlib.suppress(OSError):
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


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
        return IpmsError(msgs.DISK_FULL, target=target, reason=error.strerror)
    if not target.parent.is_dir():
        return IpmsError(msgs.FOLDER_MISSING, target=target, folder=target.parent)
    return IpmsError(msgs.WRITE_FAILED, target=target, reason=error.strerror or error)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield a temporary path to fill; on success it atomically replaces ``target``."""
    target = Path(target)
    temporary = temporary_sibling(target)
    try:
        yield temporary
        if os.name != "nt":
            os.chmod(temporary, PRIVATE_FILE_MODE)
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
    with replacing(Path(target)) as temporary:
        descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
        with open(descriptor, "wb") as handle:
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
