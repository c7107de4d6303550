"""Evidence file contents inside the encrypted database: chunked and stored once per SHA-256.

The same scanned report attached to five items is stored once. Files are read in chunks,
never whole, and nothing is ever written outside the database while storing.

A content is written one chunk per short transaction, so edits are never held up for long,
and stays *incomplete* until the edit that attaches it marks it complete, in the same
transaction as the evidence row and its audit event. A crash mid-store therefore leaves
only an incomplete content that no attachment names and nothing reads. Removing a content's
last attachment makes it incomplete again in that edit. Incomplete contents are erased one
chunk per transaction afterwards (and on every unlock). Writing and erasing chunks happen
only under the evidence part's content lock (``store.evidence``), never concurrently.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Connection,
    bindparam,
    delete,
    false,
    func,
    insert,
    select,
    true,
    update,
)

from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs
from ipms_desktop.settings import STORE
from ipms_desktop.store.schema import EVIDENCE, EVIDENCE_CHUNKS, EVIDENCE_CONTENTS
from ipms_desktop.store.transactions import Transactions

# Parameter "content" (an UPDATE may not bind a name its own SET clause uses).
_SHA = EVIDENCE_CONTENTS.c.sha256 == bindparam("content")
_CHUNK_OF = EVIDENCE_CHUNKS.c.sha256 == bindparam("content")
_INSERT_CHUNK = insert(EVIDENCE_CHUNKS)


@dataclass(frozen=True)
class ScannedFile:
    """A file read once to learn its hash and size before it is stored."""

    path: Path
    name: str
    size: int
    sha256: str
    media_type: str


def _too_large(path: Path, size: int, limit: int) -> IpmsError:
    return IpmsError(msgs.EVIDENCE_TOO_LARGE, path=path, size=f"{size:,}", limit=f"{limit:,}")


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
        raise IpmsError(
            msgs.CANNOT_READ_EVIDENCE_FILE, path=path, value=error.strerror or error
        ) from None


def scan_file(path: Path, limit: int = STORE.evidence_max_bytes) -> ScannedFile:
    """Hash and size of ``path``; refuses a file over ``limit`` before reading much of it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IpmsError(msgs.EVIDENCE_FILE_DOES_NOT_EXIST, path=path) from None
    except OSError as error:
        raise IpmsError(
            msgs.CANNOT_READ_EVIDENCE_FILE_2, path=path, strerror=error.strerror
        ) from None
    if not path.is_file():
        raise IpmsError(msgs.EVIDENCE_NOT_FILE, path=path)
    if size > limit:
        raise _too_large(path, size, limit)
    digest = hashlib.sha256()
    total = 0
    for block in _read_blocks(path, STORE.evidence_chunk_bytes, limit):
        digest.update(block)
        total += len(block)
    media_type = mimetypes.guess_type(path.name, strict=False)[0] or "application/octet-stream"
    return ScannedFile(path, path.name, total, digest.hexdigest(), media_type)


def content_state(connection: Connection, sha256: str) -> bool | None:
    """True for a complete content, False for an incomplete one, None when there is none."""
    state = connection.execute(
        select(EVIDENCE_CONTENTS.c.complete).where(_SHA), {"content": sha256}
    ).scalar_one_or_none()
    return None if state is None else bool(state)


def stage(
    transactions: Transactions, scanned: ScannedFile, limit: int = STORE.evidence_max_bytes
) -> None:
    """Write the file's chunks, one short transaction each, unless the content is complete.

    The content stays incomplete until ``mark_complete`` runs in the attaching edit. The
    file is read a second time; if it changed since it was scanned, this raises and the
    caller erases what was written. The caller holds the content lock.
    """
    with transactions.reading() as connection:
        state = content_state(connection, scanned.sha256)
    if state:
        return
    if state is False:
        # Left by an interrupted store, or no longer attached: written again from the start.
        erase(transactions, scanned.sha256)
    with transactions.writing() as edit:
        edit.connection.execute(
            insert(EVIDENCE_CONTENTS).values(
                sha256=scanned.sha256, size=scanned.size, chunk_count=0, complete=False
            )
        )
    digest = hashlib.sha256()
    size = 0
    count = 0
    for seq, block in enumerate(_read_blocks(scanned.path, STORE.evidence_chunk_bytes, limit)):
        digest.update(block)
        size += len(block)
        count = seq + 1
        with transactions.writing() as edit:
            edit.connection.execute(
                _INSERT_CHUNK, {"sha256": scanned.sha256, "seq": seq, "data": block}
            )
    if digest.hexdigest() != scanned.sha256 or size != scanned.size:
        raise IpmsError(msgs.EVIDENCE_FILE_CHANGED_WHILE_BEING, scanned_path=scanned.path)
    with transactions.writing() as edit:
        edit.connection.execute(
            update(EVIDENCE_CONTENTS).where(_SHA).values(chunk_count=count),
            {"content": scanned.sha256},
        )


def mark_complete(connection: Connection, sha256: str) -> None:
    """In the attaching edit: the content is whole and may be read (content lock held)."""
    marked = connection.execute(
        update(EVIDENCE_CONTENTS).where(_SHA).values(complete=True), {"content": sha256}
    )
    if marked.rowcount != 1:
        raise IpmsError(msgs.EVIDENCE_CONTENT_NOT_STORED_ATTACH, sha256=sha256)


def retire_if_unused(connection: Connection, sha256: str) -> None:
    """In an edit that removed attachments: a content none uses any more becomes incomplete,
    to be erased (and overwritten, ``secure_delete``) once the edit has committed."""
    users = connection.execute(
        select(func.count()).select_from(EVIDENCE).where(EVIDENCE.c.sha256 == sha256)
    ).scalar_one()
    if users == 0:
        connection.execute(
            update(EVIDENCE_CONTENTS).where(_SHA).values(complete=False), {"content": sha256}
        )


def incomplete_contents(connection: Connection) -> list[str]:
    return list(
        connection.execute(
            select(EVIDENCE_CONTENTS.c.sha256).where(EVIDENCE_CONTENTS.c.complete == false())
        ).scalars()
    )


def erase(transactions: Transactions, sha256: str) -> None:
    """Delete an incomplete content, one chunk per transaction (content lock held)."""
    last_chunk = select(func.max(EVIDENCE_CHUNKS.c.seq)).where(_CHUNK_OF)
    while True:
        with transactions.writing() as edit:
            connection = edit.connection
            if content_state(connection, sha256) is not False:
                return
            seq = connection.execute(last_chunk, {"content": sha256}).scalar_one_or_none()
            if seq is None:
                connection.execute(delete(EVIDENCE_CONTENTS).where(_SHA), {"content": sha256})
                return
            connection.execute(
                delete(EVIDENCE_CHUNKS).where(_CHUNK_OF, EVIDENCE_CHUNKS.c.seq == seq),
                {"content": sha256},
            )


def chunk_count(connection: Connection, sha256: str) -> int | None:
    """How many chunks a complete content has; None when there is no complete one."""
    return connection.execute(
        select(EVIDENCE_CONTENTS.c.chunk_count).where(_SHA, EVIDENCE_CONTENTS.c.complete == true()),
        {"content": sha256},
    ).scalar_one_or_none()


def read_chunk(connection: Connection, sha256: str, seq: int) -> bytes:
    data = connection.execute(
        select(EVIDENCE_CHUNKS.c.data).where(_CHUNK_OF, EVIDENCE_CHUNKS.c.seq == seq),
        {"content": sha256},
    ).scalar_one_or_none()
    if data is None:
        raise IpmsError(msgs.EVIDENCE_CONTENT_MISSING_CHUNK_RUN, sha256=sha256, seq=seq)
    return bytes(data)
