"""``profile.evidence``: files attached to an assessment's items, kept encrypted inside the
profile, once per content.

Storing a large file must not hold up the assessor's edits: its chunks are written in short
transactions of their own (``evidence_chunks.stage``), under a content lock that only
evidence storage takes; the evidence row, the content's "complete" mark and the audit event
then commit together in one edit. A refused or interrupted store leaves no attachment, and
what it wrote is erased.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import delete, insert, select

from ipms_desktop.atomic import write_stream_atomically
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs
from ipms_desktop.settings import STORE
from ipms_desktop.store import audit, evidence_chunks
from ipms_desktop.store.assessment_rows import Frameworks, evidence_info
from ipms_desktop.store.evidence_chunks import ScannedFile
from ipms_desktop.store.records import EvidenceInfo
from ipms_desktop.store.schema import EVIDENCE
from ipms_desktop.store.transactions import Edit, Transactions

logger = logging.getLogger(__name__)


class EvidenceFiles:
    """Attach, remove, read and copy out evidence files."""

    def __init__(self, transactions: Transactions, frameworks: Frameworks) -> None:
        self._transactions = transactions
        self._frameworks = frameworks
        # Held while chunks are written or erased: by one store (or erasure) at a time.
        self._content_lock = threading.Lock()
        self._erase_wanted = False

    def add(self, assessment_id: str, item_id: str, path: Path) -> EvidenceInfo:
        """Attach a file (stored encrypted, once per content); over the size limit is refused.

        Edits may go on while the file is stored; the attachment appears in one edit at the
        end, with its audit event.
        """
        scanned = evidence_chunks.scan_file(Path(path), STORE.evidence_max_bytes)
        with self._transactions.reading() as connection:
            self._frameworks.item_context(connection, assessment_id, item_id)
        with self.storing([scanned]), self._transactions.writing() as edit:
            self._frameworks.item_context(edit.connection, assessment_id, item_id)
            return self.attach(edit, assessment_id, item_id, scanned)

    def remove(self, assessment_id: str, item_id: str, sha256: str) -> None:
        """Detach a file; its content is erased once no attachment uses it."""
        with self._transactions.writing() as edit:
            self._frameworks.item_context(edit.connection, assessment_id, item_id)
            row = edit.connection.execute(
                select(EVIDENCE).where(
                    EVIDENCE.c.assessment_id == assessment_id,
                    EVIDENCE.c.item_id == item_id,
                    EVIDENCE.c.sha256 == sha256,
                )
            ).first()
            if row is None:
                raise IpmsError(msgs.ITEM_NO_EVIDENCE_SHA, item_id=item_id, sha256=sha256)
            edit.connection.execute(delete(EVIDENCE).where(EVIDENCE.c.id == row.id))
            evidence_chunks.retire_if_unused(edit.connection, sha256)
            edit.audit(assessment_id, item_id, "evidence", evidence_info(row).as_dict(), None)
        self.erase_unattached()

    def iter_chunks(self, sha256: str) -> Iterator[bytes]:
        """The stored content, chunk by chunk (never the whole file in memory); edits may
        run between two chunks."""
        with self._transactions.reading() as connection:
            count = evidence_chunks.chunk_count(connection, sha256)
        if count is None:
            raise IpmsError(msgs.NO_EVIDENCE_CONTENT_SHA_PROFILE, sha256=sha256)
        for seq in range(count):
            with self._transactions.reading() as connection:
                chunk = evidence_chunks.read_chunk(connection, sha256, seq)
            yield chunk

    def export_copy(self, sha256: str, destination: Path) -> Path:
        """Write a plain copy of an evidence file where the user asked (checked by hash)."""
        destination = Path(destination)

        def checked_chunks() -> Iterator[bytes]:
            digest = hashlib.sha256()
            for chunk in self.iter_chunks(sha256):
                digest.update(chunk)
                yield chunk
            if digest.hexdigest() != sha256:
                raise IpmsError(msgs.EVIDENCE_CONTENT_DOES_NOT_MATCH, sha256=sha256)

        write_stream_atomically(destination, checked_chunks)
        return destination

    # ----- for the assessment part (a sheet's evidence) and for unlocking ----------------------

    @contextlib.contextmanager
    def storing(self, files: Iterable[ScannedFile]) -> Iterator[None]:
        """Write ``files``' contents (each once), then run the body, which attaches them in
        one edit with ``attach``. Whatever the body leaves unattached is erased afterwards."""
        try:
            with self._content_lock:
                try:
                    staged: set[str] = set()
                    for scanned in files:
                        if scanned.sha256 not in staged:
                            evidence_chunks.stage(
                                self._transactions, scanned, STORE.evidence_max_bytes
                            )
                            staged.add(scanned.sha256)
                    yield
                finally:
                    self._erase_wanted = True
        finally:
            self._erase_when_free()

    def attach(
        self, edit: Edit, assessment_id: str, item_id: str, scanned: ScannedFile
    ) -> EvidenceInfo:
        """Inside ``storing`` and an edit: the attachment and its audit event; the same
        content already attached to the item is left as it is."""
        existing = edit.connection.execute(
            select(EVIDENCE).where(
                EVIDENCE.c.assessment_id == assessment_id,
                EVIDENCE.c.item_id == item_id,
                EVIDENCE.c.sha256 == scanned.sha256,
            )
        ).first()
        if existing is not None:
            return evidence_info(existing)
        info = EvidenceInfo(scanned.sha256, scanned.name, scanned.size, scanned.media_type)
        evidence_chunks.mark_complete(edit.connection, scanned.sha256)
        edit.connection.execute(
            insert(EVIDENCE).values(
                assessment_id=assessment_id,
                item_id=item_id,
                name=info.name,
                size=info.size,
                sha256=info.sha256,
                media_type=info.media_type,
                added_at=audit.utc_now(),
            )
        )
        edit.audit(assessment_id, item_id, "evidence", None, info.as_dict())
        return info

    def erase_unattached(self) -> None:
        """Erase contents no attachment uses (removed ones, or left by an interrupted store);
        while a store is running, it does so when it ends."""
        self._erase_wanted = True
        self._erase_when_free()

    def _erase_when_free(self) -> None:
        while self._erase_wanted and self._content_lock.acquire(blocking=False):
            try:
                self._erase_wanted = False
                with self._transactions.reading() as connection:
                    pending = evidence_chunks.incomplete_contents(connection)
                for sha256 in pending:
                    evidence_chunks.erase(self._transactions, sha256)
            except IpmsError as error:
                # Nothing attached is lost: the contents stay unreadable and are erased on
                # the next unlock.
                logger.warning("unattached evidence not erased yet: %s", error)
            finally:
                self._content_lock.release()
