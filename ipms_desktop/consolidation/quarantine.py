"""The quarantine folder: refused bundles kept with a note saying why, written and read here.

A bundle a merge refuses is copied (never moved: the original stays where it was) into the
quarantine folder, with a UTF-8 note beside it named ``<copy>.reason.txt``::

    file: /media/usb/ministry-of-trade-2026-r2.ipmsb
    rejected at: 2026-03-01T14:25:00+00:00
    reason: signer-revoked: ...

One field a line, ``name: value``; a value never spans lines, and text from the file
(the reason quotes it) is escaped and cut so that no control character or terminal escape
lands in a note. A note whose bundle could not be read at all says so on a last line, and
has no copy beside it; one whose file was not copied on purpose (not an ordinary file, or
larger than ``CONSOLIDATION.quarantine_max_copy_bytes``) says why in a ``not copied``
field. Nothing is ever overwritten: a second refusal of a file with the same name but
other content gets ``name.1``, ``name.2``...; a second refusal of the very same content
reuses the copy already there and renews its note, so refusing (or retrying) a file again
never multiplies copies. Once a quarantined copy merges, it and its note move to
``resolved/`` (where, again, identical content is kept once).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ipms_desktop.atomic import make_private_folder, open_new_private
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import consolidation as msgs
from ipms_desktop.settings import CONSOLIDATION
from ipms_desktop.shown_text import shown_path, shown_reason

NOTE_SUFFIX = ".reason.txt"
RESOLVED_FOLDER = "resolved"
FILE_FIELD = "file"
REJECTED_AT_FIELD = "rejected at"
REASON_FIELD = "reason"
NOT_COPIED_FIELD = "not copied"
NOT_COPIED_LINE = "the file could not be read, so no copy was made"
# Longest copy name in bytes, leaving room for ".reason.txt" and a counter in a 255-byte name.
_MAX_NAME_BYTES = 200
_COPY_PIECE = 1024 * 1024


@dataclass(frozen=True)
class QuarantinedBundle:
    """A refused bundle's copy in the quarantine folder and the note saying why."""

    copy: Path
    note: Path
    original: str
    rejected_at: str
    reason: str
    # Why the file was deliberately not copied ("" when it was, or could not be read).
    not_copied: str = ""


def note_for(copy: Path) -> Path:
    return copy.with_name(copy.name + NOTE_SUFFIX)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def note_text(original: Path, reason: str, at: datetime, copied: bool, not_copied: str = "") -> str:
    """The note's text (see the module's description of the format)."""
    lines = [
        f"{FILE_FIELD}: {_one_line(shown_path(original))}",
        f"{REJECTED_AT_FIELD}: {at.isoformat(timespec='seconds')}",
        f"{REASON_FIELD}: {_one_line(shown_reason(reason))}",
    ]
    if not_copied:
        lines.append(f"{NOT_COPIED_FIELD}: {_one_line(shown_reason(not_copied))}")
    elif not copied:
        lines.append(NOT_COPIED_LINE)
    return "\n".join(lines) + "\n"


def read_note(note: Path) -> QuarantinedBundle:
    """One note as written by ``quarantine_bundle`` (unknown lines are ignored)."""
    fields: dict[str, str] = {}
    for line in note.read_text(encoding="utf-8", errors="replace").splitlines():
        key, separator, value = line.partition(": ")
        if separator:
            fields.setdefault(key, value)
    return QuarantinedBundle(
        copy=note.with_name(note.name.removesuffix(NOTE_SUFFIX)),
        note=note,
        original=shown_reason(fields.get(FILE_FIELD, "")),
        rejected_at=shown_reason(fields.get(REJECTED_AT_FIELD, "")),
        reason=shown_reason(fields.get(REASON_FIELD, "")),
        not_copied=shown_reason(fields.get(NOT_COPIED_FIELD, "")),
    )


def quarantine_bundle(
    path: Path,
    reason: str,
    folder: Path,
    *,
    max_copy_bytes: int = CONSOLIDATION.quarantine_max_copy_bytes,
) -> Path | None:
    """Copy a refused bundle to ``folder`` with its note; never overwrite one.

    Returns the copy's path, or ``None`` when no copy was made: the file could not be read,
    is not an ordinary file (a pipe or a device is never read), or is larger than
    ``max_copy_bytes``. The note is written in every case, saying which.
    """
    try:
        make_private_folder(folder)
        same = _identical_copy(folder, path)
        if same is not None:
            text = note_text(path, reason, datetime.now(UTC), True)
            _replace_note(note_for(same), text)
            return same
        destination = _free_name(folder, _copy_name(path))
        copied: Path | None = None
        not_copied = ""
        try:
            not_copied = _copy_exclusively(path, destination, max_copy_bytes)
            copied = None if not_copied else destination
        except FileNotFoundError:
            copied = None
        text = note_text(path, reason, datetime.now(UTC), copied is not None, not_copied)
        _write_exclusively(note_for(destination), text)
    except OSError as error:
        raise IpmsError(
            msgs.CANNOT_WRITE_QUARANTINE_FOLDER, folder=shown_path(folder), strerror=error.strerror
        ) from None
    return copied


def _copy_name(path: Path) -> str:
    """The copy's file name: the original's, cut to a length any file system takes."""
    name = Path(path).name or "bundle"
    raw = os.fsencode(name)
    if len(raw) <= _MAX_NAME_BYTES:
        return name
    return os.fsdecode(raw[:_MAX_NAME_BYTES].decode("utf-8", "ignore").encode("utf-8"))


def quarantined_bundles(folder: Path) -> list[QuarantinedBundle]:
    """The notes in ``folder`` (not in ``resolved/``), oldest first."""
    if not Path(folder).is_dir():
        return []
    found = [read_note(note) for note in sorted(Path(folder).glob("*" + NOTE_SUFFIX))]
    return sorted(found, key=lambda entry: entry.rejected_at)


def set_aside_resolved(folder: Path, entry: QuarantinedBundle) -> None:
    """Move a copy that has since merged, and its note, into ``resolved/``.

    A copy whose identical content is already in ``resolved/`` is not kept twice: the
    earlier one stays, and this copy and its note are removed.
    """
    resolved = Path(folder) / RESOLVED_FOLDER
    make_private_folder(resolved)
    if entry.copy.is_file() and _identical_copy(resolved, entry.copy) is not None:
        for path in (entry.copy, entry.note):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        return
    for path in (entry.copy, entry.note):
        with contextlib.suppress(FileNotFoundError):
            path.replace(_free_path(resolved / path.name))


def set_aside_copies_of(folder: Path, merged_file: Path) -> None:
    """Set aside every quarantined copy with the same content as ``merged_file``,
    which has just merged: the quarantine no longer lists a bundle that is in."""
    try:
        wanted = _file_digest(merged_file)
    except OSError:
        return
    for entry in quarantined_bundles(folder):
        try:
            same = entry.copy.is_file() and _file_digest(entry.copy) == wanted
        except OSError:
            continue
        if same:
            set_aside_resolved(folder, entry)


def _file_digest(path: Path) -> bytes:
    digest = hashlib.sha256()
    with Path(path).open("rb") as reader:
        while piece := reader.read(_COPY_PIECE):
            digest.update(piece)
    return digest.digest()


def _identical_copy(folder: Path, path: Path) -> Path | None:
    """A copy in ``folder`` (named like ``path``, or with a counter) with the same bytes."""
    name = _copy_name(path)
    candidates = [Path(folder) / name, *sorted(Path(folder).glob(f"{name}.[0-9]*"))]
    found = [c for c in candidates if c.is_file() and not c.name.endswith(NOTE_SUFFIX)]
    if not found:
        return None
    try:
        wanted = _file_digest(path)
    except OSError:
        return None
    for candidate in found:
        with contextlib.suppress(OSError):
            if _file_digest(candidate) == wanted:
                return candidate
    return None


def _replace_note(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        _write_exclusively(temporary, text)
        temporary.replace(path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _free_name(folder: Path, name: str) -> Path:
    candidate = folder / name
    counter = 1
    while candidate.exists() or note_for(candidate).exists():
        candidate = folder / f"{name}.{counter}"
        counter += 1
    return candidate


def _free_path(candidate: Path) -> Path:
    counter = 1
    base = candidate
    while candidate.exists():
        candidate = base.with_name(f"{base.name}.{counter}")
        counter += 1
    return candidate


def _copy_exclusively(source: Path, destination: Path, max_bytes: int) -> str:
    """Copy ``source``; returns "" when copied, else why it was deliberately not copied."""
    # Non-blocking open: a FIFO must neither be waited on nor read.
    descriptor = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb", buffering=0) as reader:
        status = os.fstat(reader.fileno())
        if not stat.S_ISREG(status.st_mode):
            return "the file is not an ordinary file (a pipe or a device); it was not read"
        if status.st_size > max_bytes:
            return _too_large(status.st_size, max_bytes)
        temporary = destination.with_name(f".{destination.name}.{uuid.uuid4().hex}.tmp")
        try:
            with open_new_private(temporary) as writer:
                written = 0
                while piece := reader.read(_COPY_PIECE):
                    written += len(piece)
                    if written > max_bytes:
                        return _too_large(written, max_bytes)
                    writer.write(piece)
                writer.flush()
                os.fsync(writer.fileno())
            os.link(temporary, destination)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
    return ""


def _too_large(size: int, limit: int) -> str:
    return (
        f"the file is {size:,} bytes or more, over the {limit:,} bytes a quarantine copy may "
        "have; the original is untouched where it was"
    )


def _write_exclusively(path: Path, text: str) -> None:
    with io.TextIOWrapper(open_new_private(path), encoding="utf-8") as writer:
        writer.write(text)
        writer.flush()
        os.fsync(writer.fileno())
