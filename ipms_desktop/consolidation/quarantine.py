"""The quarantine folder: refused bundles kept with a note saying why, written and read here.

A bundle a merge refuses is copied (never moved: the original stays where it was) into the
quarantine folder, with a UTF-8 note beside it named ``<copy>.reason.txt``::

    file: /media/usb/ministry-of-trade-2026-r2.ipmsb
    rejected at: 2026-03-01T14:25:00+00:00
    reason: signer-revoked: ...

One field a line, ``name: value``; a value never spans lines. A note whose bundle could not
be read at all says so on a last line, and has no copy beside it. Nothing is ever
overwritten: a second refusal of a file with the same name gets ``name.1``, ``name.2``...
Once a quarantined copy merges, it and its note move to ``resolved/``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ipms_desktop.errors import IpmsError

NOTE_SUFFIX = ".reason.txt"
RESOLVED_FOLDER = "resolved"
FILE_FIELD = "file"
REJECTED_AT_FIELD = "rejected at"
REASON_FIELD = "reason"
NOT_COPIED_LINE = "the file could not be read, so no copy was made"


@dataclass(frozen=True)
class QuarantinedBundle:
    """A refused bundle's copy in the quarantine folder and the note saying why."""

    copy: Path
    note: Path
    original: str
    rejected_at: str
    reason: str


def note_for(copy: Path) -> Path:
    return copy.with_name(copy.name + NOTE_SUFFIX)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def note_text(original: Path, reason: str, at: datetime, copied: bool) -> str:
    """The note's text (see the module's description of the format)."""
    lines = [
        f"{FILE_FIELD}: {_one_line(str(original))}",
        f"{REJECTED_AT_FIELD}: {at.isoformat(timespec='seconds')}",
        f"{REASON_FIELD}: {_one_line(reason)}",
    ]
    if not copied:
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
        original=fields.get(FILE_FIELD, ""),
        rejected_at=fields.get(REJECTED_AT_FIELD, ""),
        reason=fields.get(REASON_FIELD, ""),
    )


def quarantine_bundle(path: Path, reason: str, folder: Path) -> Path | None:
    """Copy a refused bundle to ``folder`` with its note; never overwrite one.

    Returns the copy's path, or ``None`` when the file itself could not be read (the note
    is still written, naming it).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        destination = _free_name(folder, path.name)
        copied: Path | None = destination
        try:
            _copy_exclusively(path, destination)
        except FileNotFoundError:
            copied = None
        text = note_text(path, reason, datetime.now(UTC), copied is not None)
        _write_exclusively(note_for(destination), text)
    except OSError as error:
        raise IpmsError(f"cannot write to quarantine folder {folder}: {error.strerror}") from None
    return copied


def quarantined_bundles(folder: Path) -> list[QuarantinedBundle]:
    """The notes in ``folder`` (not in ``resolved/``), oldest first."""
    if not Path(folder).is_dir():
        return []
    found = [read_note(note) for note in sorted(Path(folder).glob("*" + NOTE_SUFFIX))]
    return sorted(found, key=lambda entry: entry.rejected_at)


def set_aside_resolved(folder: Path, entry: QuarantinedBundle) -> None:
    """Move a copy that has since merged, and its note, into ``resolved/``."""
    resolved = Path(folder) / RESOLVED_FOLDER
    resolved.mkdir(exist_ok=True)
    for path in (entry.copy, entry.note):
        with contextlib.suppress(FileNotFoundError):
            path.replace(_free_path(resolved / path.name))


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


def _copy_exclusively(source: Path, destination: Path) -> None:
    temporary = destination.with_name(f".{destination.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(source, "rb") as reader, open(temporary, "xb") as writer:
            shutil.copyfileobj(reader, writer, 1024 * 1024)
            writer.flush()
            os.fsync(writer.fileno())
        os.link(temporary, destination)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _write_exclusively(path: Path, text: str) -> None:
    with open(path, "x", encoding="utf-8") as writer:
        writer.write(text)
        writer.flush()
        os.fsync(writer.fileno())
