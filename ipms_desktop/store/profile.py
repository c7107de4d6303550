"""An unlocked profile: the one door through which the GUI and the command line reach an
assessor's encrypted data.

``store.opening`` creates, unlocks and restores profiles; what an open profile offers lives
in its parts:

- ``profile.assessments`` (``store.assessments``): start, list, read, score, fill from a
  sheet, record an export, delete;
- ``profile.scores`` (``store.scores``): one item's attribute scores, overall, not-assessed
  mark and texts;
- ``profile.evidence`` (``store.evidence``): attach, remove, read and copy out files;
- ``profile.keys`` (``store.keys``): passphrase, escrow slot, secrets of other subsystems;
- ``profile.settings`` (``store.profile_settings``): named preferences.

Every edit commits its own transaction, with its audit event, before it returns
(``store.transactions``); callers get frozen records (``store.records``), never ORM rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from ipms_desktop.errors import IpmsError
from ipms_desktop.store import audit, backups, keyslots
from ipms_desktop.store.assessment_rows import Frameworks
from ipms_desktop.store.assessments import Assessments
from ipms_desktop.store.audit_replay import replay_problems
from ipms_desktop.store.database import integrity_reports, write_encrypted_copy
from ipms_desktop.store.evidence import EvidenceFiles
from ipms_desktop.store.keys import ProfileKeys
from ipms_desktop.store.lock import ProfileLock
from ipms_desktop.store.paths import slot_file_path
from ipms_desktop.store.profile_settings import ProfileSettings
from ipms_desktop.store.records import VerifyReport
from ipms_desktop.store.schema import PROFILE_META
from ipms_desktop.store.scores import Scores
from ipms_desktop.store.transactions import Transactions

logger = logging.getLogger(__name__)


class Profile:
    """An open profile and its parts; ``close`` (or leave its ``with`` block) when done."""

    def __init__(
        self,
        folder: Path,
        transactions: Transactions,
        data_key: bytes,
        lock: ProfileLock,
        unlocked_by: str,
    ) -> None:
        self.folder = folder
        self.unlocked_by = unlocked_by
        self._transactions = transactions
        self._lock = lock
        frameworks = Frameworks()
        self.evidence = EvidenceFiles(transactions, frameworks)
        self.assessments = Assessments(transactions, frameworks, self.evidence)
        self.scores = Scores(transactions, frameworks)
        self.keys = ProfileKeys(folder, data_key, unlocked_by, transactions)
        self.settings = ProfileSettings(transactions)

    @property
    def name(self) -> str:
        return self._meta("name")

    @property
    def profile_id(self) -> str:
        return self._meta("profile_id")

    def audit_head(self) -> str:
        """The hash of the newest audit event (what an export carries)."""
        with self._transactions.reading() as connection:
            return audit.head(connection)[1]

    def verify(self) -> VerifyReport:
        """SQLite's integrity check, SQLCipher's page HMAC check, and the audit trail: every
        event's MAC and link, the anchor kept in the key-slot file, and the events replayed
        against the stored rows."""
        with self._transactions.mutex:
            engine = self._transactions.require_open()
            try:
                integrity, cipher = integrity_reports(engine)
            except DBAPIError as error:
                raise backups.damaged_error(self.folder, str(error.orig)) from None
            slot_file = keyslots.read_slot_file(slot_file_path(self.folder))
            key = self._transactions.audit_key
            with self._transactions.reading() as connection:
                chain = audit.verify_chain(connection, key)
                problems = [
                    *chain.problems,
                    *audit.anchor_problems(
                        connection, key, slot_file.profile_id, slot_file.audit_anchor
                    ),
                    *replay_problems(connection),
                ]
            return VerifyReport(
                tuple(integrity), tuple(cipher), chain.events, chain.head, tuple(problems)
            )

    def backup(
        self, out_path: Path, progress: Callable[[int, int], None] | None = None
    ) -> tuple[Path, Path]:
        """An encrypted copy at ``out_path`` plus the slot file beside it (``.keyslots.json``).

        The copy is only as useful as a key slot that opens it, so both travel together.
        ``progress`` follows the copy and may stop it (see ``write_encrypted_copy``).
        """
        out_path = Path(out_path)
        slots_copy = out_path.with_name(out_path.name + ".keyslots.json")
        with self._transactions.mutex:
            write_encrypted_copy(self._transactions.require_open(), out_path, progress)
            try:
                backups.copy_file(slot_file_path(self.folder), slots_copy)
            except BaseException:
                out_path.unlink(missing_ok=True)
                raise
        return out_path, slots_copy

    def close(self) -> None:
        """Anchor the audit chain, close the database and release the lock (safe to call
        twice)."""
        with self._transactions.mutex:
            if self._transactions.is_open:
                self._anchor_chain()
            if self._transactions.close():
                self._lock.release()
                logger.info("profile closed: %s", self.folder)

    def _anchor_chain(self) -> None:
        """Record in the key-slot file where the chain stands, so events removed or rewritten
        while the profile is closed are found by the next verify. Never stops a close: the
        anchor is only as old as the last one written."""
        path = slot_file_path(self.folder)
        try:
            slot_file = keyslots.read_slot_file(path)
            with self._transactions.reading() as connection:
                if audit.chain_format(connection) != audit.CHAIN_FORMAT:
                    return
                events, head_mac = audit.head(connection)
            recorded = audit.anchor(
                self._transactions.audit_key, slot_file.profile_id, events, head_mac
            )
            if recorded != slot_file.audit_anchor:
                keyslots.write_slot_file(path, replace(slot_file, audit_anchor=recorded))
        except IpmsError as error:
            logger.warning("audit anchor not written for %s: %s", self.folder, error)

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _meta(self, key: str) -> str:
        with self._transactions.reading() as connection:
            value: str = connection.execute(
                select(PROFILE_META.c.value).where(PROFILE_META.c.name == key)
            ).scalar_one()
            return value
