"""Evidence file contents inside the encrypted database: chunked and stored once per SHA-256.

The same scanned report attached to five items is stored once. Files are read in
chunks, never whole, and nothing is ever written outside the database while storing.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, func, insert, select

from ipms_desktop.errors import IpmsError
from ipms_desktop.settings import STORE
from ipms_desktop.store.schema import Evidence, EvidenceChunk, EvidenceContent

_contents = EvidenceContent.__table__
_chunks = EvidenceChunk.__table__
_evidence = Evidence.__table__


@dataclass(frozen=True)
class ScannedFile:
    """A file read once to learn its hash and size before it is stored."""

    path: Path
    name: str
    size: int
    sha256: str
    media_type: str


def _too_large(path: Path, size: int, limit: int) -> IpmsError:
    return IpmsError(
        f"evidence file {path} is {size:,} bytes, over the limit of {limit:,} bytes a file; "
        "attach a smaller file (for example a compressed PDF or an excerpt)",
        message_id="evidence-too-large",
        name=path.name,
        size_mb=f"{size / 1e6:.1f}",
        limit_mb=f"{limit / 1e6:.0f}",
    )


def _read_blocks(path: Path, chunk_bytes: int, limit: int) -> Iterator[bytes]:
    total = 0
    try:
        with open(path, "rb") as stream:
            while block := stream.read(chunk_bytes):
                total += len(block)
                if total > limit:
                    raise _too_large(path, total, limit)
                yield block
    except OSError as error:
        raise IpmsError(f"cannot read evidence file {path}: {error.strerror or error}") from None


def scan_file(path: Path, limit: int = STORE.evidence_max_bytes) -> ScannedFile:
    """Hash and size of ``path``; refuses a file over ``limit`` before reading much of it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IpmsError(f"evidence file {path} does not exist") from None
    except OSError as error:
        raise IpmsError(f"cannot read evidence file {path}: {error.strerror}") from None
    if not path.is_file():
        raise IpmsError(f"evidence {path} is not a file")
    if size > limit:
        raise _too_large(path, size, limit)
    digest = hashlib.sha256()
    total = 0
    for block in _read_blocks(path, STORE.evidence_chunk_bytes, limit):
        digest.update(block)
        total += len(block)
    media_type = mimetypes.guess_type(path.name, strict=False)[0] or "application/octet-stream"
    return ScannedFile(path, path.name, total, digest.hexdigest(), media_type)


def content_stored(connection: Connection, sha256: str) -> bool:
    found = connection.execute(select(_contents.c.sha256).where(_contents.c.sha256 == sha256))
    return found.first() is not None


def store_content(
    connection: Connection, scanned: ScannedFile, limit: int = STORE.evidence_max_bytes
) -> None:
    """Insert the file's chunks inside the caller's transaction, unless already stored.

    The file is read a second time; if it changed since it was scanned, nothing is kept.
    """
    if content_stored(connection, scanned.sha256):
        return
    digest = hashlib.sha256()
    size = 0
    count = 0
    connection.execute(
        insert(_contents).values(sha256=scanned.sha256, size=scanned.size, chunk_count=0)
    )
    for seq, block in enumerate(_read_blocks(scanned.path, STORE.evidence_chunk_bytes, limit)):
        digest.update(block)
        size += len(block)
        count = seq + 1
        connection.execute(insert(_chunks).values(sha256=scanned.sha256, seq=seq, data=block))
    if digest.hexdigest() != scanned.sha256 or size != scanned.size:
        raise IpmsError(
            f"evidence file {scanned.path} changed while it was being stored; "
            "wait until it is no longer being written and attach it again"
        )
    connection.execute(
        _contents.update().where(_contents.c.sha256 == scanned.sha256).values(chunk_count=count)
    )


def drop_if_unused(connection: Connection, sha256: str) -> None:
    """Remove a content no evidence row refers to any more (secure_delete overwrites it)."""
    users = connection.execute(
        select(func.count()).select_from(_evidence).where(_evidence.c.sha256 == sha256)
    ).scalar_one()
    if users == 0:
        connection.execute(delete(_chunks).where(_chunks.c.sha256 == sha256))
        connection.execute(delete(_contents).where(_contents.c.sha256 == sha256))


def chunk_count(connection: Connection, sha256: str) -> int | None:
    return connection.execute(
        select(_contents.c.chunk_count).where(_contents.c.sha256 == sha256)
    ).scalar_one_or_none()


def read_chunk(connection: Connection, sha256: str, seq: int) -> bytes:
    data = connection.execute(
        select(_chunks.c.data).where(_chunks.c.sha256 == sha256, _chunks.c.seq == seq)
    ).scalar_one_or_none()
    if data is None:
        raise IpmsError(
            f"evidence content {sha256} is missing chunk {seq}; run `ipms profile verify`"
        )
    return bytes(data)
