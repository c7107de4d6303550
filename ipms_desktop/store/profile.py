"""The profile service: the one door through which the GUI and the command line reach
an assessor's encrypted data.

Every edit method commits its own transaction (with its audit event) before it returns,
so "saved" on screen means saved on disk. Callers get plain frozen values, never ORM
rows. Validation happens inside the transaction before anything is written, so a
refused edit leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import hashlib
import json
import logging
import threading
import uuid
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, update
from sqlalchemy.exc import DBAPIError

from ipms_desktop.atomic import disk_error, write_stream_atomically
from ipms_desktop.errors import IpmsError
from ipms_desktop.frameworks import Framework, load_framework
from ipms_desktop.scoring import (
    AssessmentScore,
    parse_item_entry,
    parse_sheet,
    resolve_panel,
    score_entries,
    score_item,
    score_sheet,
)
from ipms_desktop.settings import STORE
from ipms_desktop.store import audit, backups, evidence, keyslots, migrations
from ipms_desktop.store.database import (
    DatabaseError,
    check_file,
    cipher_problems,
    integrity_reports,
    open_engine,
    write_encrypted_copy,
)
from ipms_desktop.store.keyslots import KdfParams, SlotFile, WrongSecretError
from ipms_desktop.store.lock import ProfileLock
from ipms_desktop.store.paths import (
    backup_dir,
    database_path,
    lock_file_path,
    slot_file_path,
)
from ipms_desktop.store.records import (
    TEXT_KINDS,
    AssessmentDetail,
    AssessmentSummary,
    EvidenceInfo,
    ItemDetail,
    VerifyReport,
)
from ipms_desktop.store.schema import (
    Assessment,
    Evidence,
    ItemScore,
    ItemText,
    ProfileMeta,
    Secret,
    Setting,
)

logger = logging.getLogger(__name__)

_assessments = Assessment.__table__
_items = ItemScore.__table__
_texts = ItemText.__table__
_evidence = Evidence.__table__
_meta = ProfileMeta.__table__
_settings = Setting.__table__
_secrets = Secret.__table__

# Statements built once: edits run them with parameters only (building SQLAlchemy
# statements per call costs more than the encrypted commit itself).
_SELECT_ASSESSMENT = select(_assessments).where(_assessments.c.id == bindparam("a"))
_ITEM_KEY = (_items.c.assessment_id == bindparam("a"), _items.c.item_id == bindparam("i"))
_SELECT_ITEM = select(_items).where(*_ITEM_KEY)
_DELETE_ITEM = delete(_items).where(*_ITEM_KEY)
_INSERT_ITEM = insert(_items)
_TEXT_KEY = (
    _texts.c.assessment_id == bindparam("a"),
    _texts.c.item_id == bindparam("i"),
    _texts.c.kind == bindparam("k"),
)
_SELECT_TEXTS = select(_texts.c.text).where(*_TEXT_KEY).order_by(_texts.c.position)
_DELETE_TEXTS = delete(_texts).where(*_TEXT_KEY)
_INSERT_TEXT = insert(_texts)

DOCUMENT_NAME = "ipms-assessment"
DOCUMENT_FORMAT = 1


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def damaged_message(folder: Path, detail: str = "") -> str:
    """Name the damaged file and offer the newest backup."""
    database = database_path(folder)
    latest = backups.latest_backup(folder)
    offer = (
        f"latest backup is {latest}; run `ipms profile restore --profile {folder} --from {latest}`"
        if latest
        else f"no backup found in {backup_dir(folder)}; restore the profile folder from "
        "your own copy"
    )
    reason = f" ({detail})" if detail else ""
    return f"database damaged: {database}{reason}; {offer}"


class Profile:
    """An unlocked profile. Open with ``create``, ``open`` or a recovery path; ``close`` after."""

    def __init__(
        self,
        folder: Path,
        engine: Engine,
        data_key: bytes,
        lock: ProfileLock,
        actor: str,
        unlocked_by: str,
    ) -> None:
        self.folder = folder
        self.actor = actor
        self.unlocked_by = unlocked_by
        self._engine: Engine | None = engine
        self._data_key = data_key
        self._lock = lock
        self._mutex = threading.RLock()
        self._frameworks: dict[str, Framework] = {}
        # Within one write transaction: the audit head as extended so far, and the
        # assessments whose updated_at/status must be touched before it commits.
        self._pending_head: tuple[int, str] | None = None
        self._touched: set[str] = set()

    # ----- opening and closing -------------------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        """Whether ``folder`` holds a profile (the first-run screen asks this)."""
        return slot_file_path(Path(folder)).exists()

    @classmethod
    def create(
        cls,
        folder: Path,
        name: str,
        passphrase: str,
        *,
        escrow_public_key: bytes | None = None,
        kdf_params: KdfParams | None = None,
        actor: str | None = None,
    ) -> tuple[Profile, str]:
        """A new profile in ``folder``; returns it with the recovery code (shown once)."""
        folder = Path(folder)
        if not name.strip():
            raise IpmsError("the profile needs a name")
        existing = [p.name for p in (slot_file_path(folder), database_path(folder)) if p.exists()]
        if existing:
            raise IpmsError(
                f"{folder} already holds a profile ({', '.join(existing)}); choose an empty "
                "folder or open the existing profile"
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
            backup_dir(folder).mkdir(exist_ok=True)
        except OSError as error:
            raise disk_error(error, folder) from None
        profile_id = uuid.uuid4().hex
        data_key = keyslots.new_data_key()
        recovery_code = keyslots.generate_recovery_code()
        slot_file = keyslots.create_slot_file(
            profile_id,
            data_key,
            passphrase,
            recovery_code,
            escrow_public_key=escrow_public_key,
            kdf_params=kdf_params,
        )
        lock = ProfileLock(lock_file_path(folder))
        lock.acquire()
        engine = None
        try:
            engine = open_engine(database_path(folder), data_key)
            migrations.upgrade(engine)
            with engine.begin() as connection:
                connection.execute(
                    insert(_meta),
                    [
                        {"name": "profile_id", "value": profile_id},
                        {"name": "name", "value": name.strip()},
                        {"name": "created_at", "value": audit.utc_now()},
                    ],
                )
            keyslots.write_slot_file(slot_file_path(folder), slot_file)
        except BaseException:
            if engine is not None:
                engine.dispose()
            for leftover in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    database_path(folder).with_name(database_path(folder).name + leftover).unlink()
            lock.release()
            raise
        logger.info("profile created: %s", folder)
        profile = cls(folder, engine, data_key, lock, actor or _default_actor(), "passphrase")
        return profile, recovery_code

    @classmethod
    def open(cls, folder: Path, passphrase: str, *, actor: str | None = None) -> Profile:
        """Unlock with the passphrase. A wrong one changes nothing on disk."""
        folder = Path(folder)
        slot_file = keyslots.read_slot_file(slot_file_path(folder))
        try:
            data_key = keyslots.unlock_with_passphrase(slot_file, passphrase)
        except WrongSecretError as error:
            raise WrongSecretError(
                f"wrong passphrase for the profile in {folder}; nothing was changed. "
                "Forgotten it? Use `ipms profile recover` with the recovery code",
                message_id=error.message_id,
            ) from None
        return cls._open_with_key(folder, data_key, actor, "passphrase")

    @classmethod
    def open_with_recovery_code(
        cls, folder: Path, code: str, *, actor: str | None = None
    ) -> Profile:
        """Unlock with the recovery code; follow with ``set_passphrase``."""
        folder = Path(folder)
        slot_file = keyslots.read_slot_file(slot_file_path(folder))
        try:
            data_key = keyslots.unlock_with_recovery_code(slot_file, code)
        except WrongSecretError as error:
            raise WrongSecretError(
                f"{error} for the profile in {folder}; nothing was changed. Check the code "
                "written down when the profile was created",
                message_id=error.message_id,
            ) from None
        return cls._open_with_key(folder, data_key, actor, "recovery-code")

    @classmethod
    def open_with_escrow_key(
        cls, folder: Path, private_key: bytes, *, actor: str | None = None
    ) -> Profile:
        """CoMSEC's recovery path: unlock with the escrow private key; then ``set_passphrase``."""
        folder = Path(folder)
        slot_file = keyslots.read_slot_file(slot_file_path(folder))
        data_key = keyslots.open_escrow_slot(slot_file, private_key)
        return cls._open_with_key(folder, data_key, actor, "escrow")

    @classmethod
    def _open_with_key(
        cls, folder: Path, data_key: bytes, actor: str | None, unlocked_by: str
    ) -> Profile:
        database = database_path(folder)
        if not database.exists():
            raise IpmsError(damaged_message(folder, "the database file is missing"))
        lock = ProfileLock(lock_file_path(folder))
        lock.acquire()
        engine = None
        try:
            try:
                engine = open_engine(database, data_key)
                bad_pages = cipher_problems(engine)
            except (DatabaseError, DBAPIError) as error:
                raise IpmsError(damaged_message(folder, str(error))) from None
            if bad_pages:
                raise IpmsError(
                    damaged_message(folder, f"{len(bad_pages)} page(s) fail their check")
                )
            cls._bring_schema_up_to_date(engine, folder)
            now = datetime.now(UTC)
            if backups.auto_backup_due(folder, now):
                backups.write_auto_backup(engine, folder)
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise
        logger.info("profile opened: %s (%s)", folder, unlocked_by)
        return cls(folder, engine, data_key, lock, actor or _default_actor(), unlocked_by)

    @staticmethod
    def _bring_schema_up_to_date(engine: Engine, folder: Path) -> None:
        with engine.connect() as connection:
            current = migrations.current_revision(connection)
            connection.rollback()
        head = migrations.head_revision()
        if current == head:
            return
        if current is None:
            raise IpmsError(damaged_message(folder, "it holds no profile schema"))
        known = migrations.known_revisions()
        if current not in known:
            raise IpmsError(
                f"the profile in {folder} has schema revision {current!r}, newer than this "
                f"application knows (up to {head}); update IPMS Desktop to open it. "
                "The profile was left untouched"
            )
        saved = backups.write_upgrade_backup(engine, folder, current)
        logger.info("backup before schema upgrade %s -> %s: %s", current, head, saved)
        try:
            migrations.upgrade(engine)
        except DBAPIError as error:
            raise IpmsError(
                f"upgrading the profile in {folder} failed ({error.orig}); nothing was changed "
                f"and a backup is in {saved}"
            ) from None

    def close(self) -> None:
        """Flush, close the database and release the lock (safe to call twice)."""
        with self._mutex:
            if self._engine is None:
                return
            self._engine.dispose()
            self._engine = None
            self._lock.release()
            logger.info("profile closed: %s", self.folder)

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ----- secrets of the profile itself ---------------------------------------------------

    def change_passphrase(self, old: str, new: str, *, kdf_params: KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase; only the slot file is rewritten."""
        with self._mutex:
            self._require_open()
            slot_file = keyslots.read_slot_file(slot_file_path(self.folder))
            try:
                keyslots.unlock_with_passphrase(slot_file, old)
            except WrongSecretError:
                raise WrongSecretError(
                    "wrong current passphrase; the passphrase was not changed"
                ) from None
            self._rewrap(slot_file, new, kdf_params)

    def set_passphrase(self, new: str, *, kdf_params: KdfParams | None = None) -> None:
        """After unlocking with the recovery code or escrow key: choose a new passphrase."""
        with self._mutex:
            self._require_open()
            if self.unlocked_by == "passphrase":
                raise IpmsError(
                    "the profile was unlocked with its passphrase; use change_passphrase "
                    "(`ipms profile passwd`), which asks for the current one"
                )
            self._rewrap(keyslots.read_slot_file(slot_file_path(self.folder)), new, kdf_params)

    def set_escrow_key(self, escrow_public_key: bytes) -> bool:
        """Seal the data key to CoMSEC's (new) escrow key, as trust settings that carry one
        ask; returns whether the key-slot file changed."""
        with self._mutex:
            self._require_open()
            path = slot_file_path(self.folder)
            slot_file = keyslots.read_slot_file(path)
            updated = keyslots.with_escrow_slot(slot_file, self._data_key, escrow_public_key)
            if updated is slot_file:
                return False
            keyslots.write_slot_file(path, updated)
            logger.info("escrow slot updated for profile %s", self.folder)
            return True

    def _rewrap(self, slot_file: SlotFile, new: str, kdf_params: KdfParams | None) -> None:
        updated = keyslots.with_new_passphrase(slot_file, self._data_key, new, kdf_params)
        keyslots.write_slot_file(slot_file_path(self.folder), updated)
        logger.info("passphrase changed for profile %s", self.folder)

    @property
    def name(self) -> str:
        return self._meta("name")

    @property
    def profile_id(self) -> str:
        return self._meta("profile_id")

    def _meta(self, key: str) -> str:
        with self._reading() as connection:
            return connection.execute(select(_meta.c.value).where(_meta.c.name == key)).scalar_one()

    # ----- checks and backups ----------------------------------------------------------------

    def verify(self) -> VerifyReport:
        """SQLite's integrity check, SQLCipher's page HMAC check, and the audit chain."""
        with self._mutex:
            engine = self._require_open()
            try:
                integrity, cipher = integrity_reports(engine)
            except DBAPIError as error:
                raise IpmsError(damaged_message(self.folder, str(error.orig))) from None
            with self._reading() as connection:
                chain = audit.verify_chain(connection)
            return VerifyReport(
                tuple(integrity), tuple(cipher), chain.events, chain.head, chain.problems
            )

    def backup(self, out_path: Path) -> tuple[Path, Path]:
        """An encrypted copy at ``out_path`` plus the slot file beside it (``.keyslots.json``).

        The copy is only as useful as a key slot that opens it, so both travel together.
        """
        out_path = Path(out_path)
        slots_copy = out_path.with_name(out_path.name + ".keyslots.json")
        with self._mutex:
            engine = self._require_open()
            write_encrypted_copy(engine, out_path)
            try:
                backups.copy_file(slot_file_path(self.folder), slots_copy)
            except BaseException:
                out_path.unlink(missing_ok=True)
                raise
        return out_path, slots_copy

    @classmethod
    def restore(cls, folder: Path, backup_file: Path, passphrase: str) -> Path:
        """Put a backup in place of a damaged database; returns where the old one went."""
        folder = Path(folder)
        backup_file = Path(backup_file)
        slot_path = slot_file_path(folder)
        if not slot_path.exists():
            beside = backup_file.with_name(backup_file.name + ".keyslots.json")
            if not beside.exists():
                raise IpmsError(
                    f"no key-slot file in {folder} and none beside {backup_file}; "
                    "the backup cannot be opened without one"
                )
            slot_file = keyslots.read_slot_file(beside)
        else:
            slot_file = keyslots.read_slot_file(slot_path)
        try:
            data_key = keyslots.unlock_with_passphrase(slot_file, passphrase)
        except WrongSecretError:
            raise WrongSecretError("wrong passphrase; nothing was restored") from None
        if not backup_file.is_file():
            raise IpmsError(f"backup {backup_file} does not exist")
        problems = check_file(backup_file, data_key)
        if problems:
            raise IpmsError(
                f"backup {backup_file} cannot be restored: {problems[0]}; choose another backup"
            )
        folder.mkdir(parents=True, exist_ok=True)
        lock = ProfileLock(lock_file_path(folder))
        lock.acquire()
        try:
            set_aside = backups.put_back(database_path(folder), backup_file)
            if not slot_path.exists():
                backups.copy_file(
                    backup_file.with_name(backup_file.name + ".keyslots.json"), slot_path
                )
        finally:
            lock.release()
        return set_aside

    def audit_head(self) -> str:
        with self._reading() as connection:
            return audit.head(connection)[1]

    # ----- assessments -------------------------------------------------------------------------

    def list_assessments(self) -> list[AssessmentSummary]:
        with self._reading() as connection:
            rows = connection.execute(
                select(_assessments).order_by(
                    _assessments.c.cycle.desc(), _assessments.c.created_at
                )
            ).all()
            return [self._summary(connection, row) for row in rows]

    def create_assessment(
        self, institution: str, framework_id: str, cycle: int, panel: str | None = None
    ) -> str:
        """A new draft assessment; returns its id (a UUID4 hex string)."""
        if not institution.strip():
            raise IpmsError("the institution's name is empty")
        if not isinstance(cycle, int) or not 2000 <= cycle <= 2100:
            raise IpmsError(f"cycle {cycle!r} is not a year between 2000 and 2100")
        framework = load_framework(framework_id)
        chosen_panel = resolve_panel(framework, panel)
        assessment_id = uuid.uuid4().hex
        now = audit.utc_now()
        values = {
            "id": assessment_id,
            "institution": institution.strip(),
            "cycle": cycle,
            "framework_id": framework.id,
            "framework_hash": framework.content_hash,
            "panel": chosen_panel.id,
            "status": "draft",
            "revision": 0,
            "created_at": now,
            "updated_at": now,
        }
        with self._writing() as connection:
            connection.execute(insert(_assessments).values(**values))
            self._audit(connection, assessment_id, None, "assessment", None, values)
        return assessment_id

    def delete_assessment(self, assessment_id: str) -> None:
        with self._writing() as connection:
            row = self._assessment_row(connection, assessment_id)
            shas = (
                connection.execute(
                    select(_evidence.c.sha256).where(_evidence.c.assessment_id == assessment_id)
                )
                .scalars()
                .all()
            )
            connection.execute(delete(_assessments).where(_assessments.c.id == assessment_id))
            for sha256 in set(shas):
                evidence.drop_if_unused(connection, sha256)
            self._audit(connection, assessment_id, None, "assessment", dict(row._mapping), None)

    def get_assessment(self, assessment_id: str) -> AssessmentDetail:
        with self._reading() as connection:
            row = self._assessment_row(connection, assessment_id)
            items = self._item_details(connection, assessment_id)
            return AssessmentDetail(self._summary(connection, row, items), items)

    def mark_exported(self, assessment_id: str, *, revision: int | None = None) -> int:
        """Record an export: the revision goes up by one and is returned.

        ``revision`` is the one the written bundle carries: when the assessment has moved on
        meanwhile (another export), nothing is recorded and an ``IpmsError`` says so.
        """
        with self._writing() as connection:
            row = self._assessment_row(connection, assessment_id)
            if revision is not None and revision != row.revision + 1:
                raise IpmsError(
                    f"assessment {assessment_id} was exported meanwhile as revision "
                    f"{row.revision}; export it again",
                    message_id="export-revision-moved",
                )
            revision = row.revision + 1
            connection.execute(
                update(_assessments)
                .where(_assessments.c.id == assessment_id)
                .values(status="exported", revision=revision, updated_at=audit.utc_now())
            )
            self._audit(
                connection,
                assessment_id,
                None,
                "status",
                {"status": row.status, "revision": row.revision},
                {"status": "exported", "revision": revision},
            )
        return revision

    # ----- scores --------------------------------------------------------------------------------

    def set_attribute(
        self, assessment_id: str, item_id: str, attribute: str, value: int | None
    ) -> None:
        """Set (or clear, with ``None``) one attribute score; illegal steps are refused."""
        with self._writing() as connection:
            framework, panel, _ = self._context(connection, assessment_id, item_id)
            current = self._item_row(connection, assessment_id, item_id)
            attributes = dict(current["attributes"])
            old = attributes.get(attribute)
            if value is None:
                attributes.pop(attribute, None)
            else:
                attributes[attribute] = value
            entry = parse_item_entry(
                framework, panel, framework.items[item_id], {**current, "attributes": attributes}
            )
            normalised = {key: int(score) for key, score in entry.attributes.items()}
            new = normalised.get(attribute)
            if new == old:
                return
            self._save_item(
                connection, assessment_id, item_id, {**current, "attributes": normalised}
            )
            self._audit(connection, assessment_id, item_id, f"attributes.{attribute}", old, new)

    def set_overall(
        self, assessment_id: str, item_id: str, value: int | None, justification: str = ""
    ) -> None:
        """Set the agreed overall with its justification (required when it departs)."""
        with self._writing() as connection:
            framework, panel, _ = self._context(connection, assessment_id, item_id)
            current = self._item_row(connection, assessment_id, item_id)
            proposed = {**current, "overall": value, "justification": justification or None}
            entry = parse_item_entry(framework, panel, framework.items[item_id], proposed)
            score_item(framework, panel, framework.items[item_id], entry)
            new_overall = None if entry.overall is None else int(entry.overall)
            old = {"overall": current["overall"], "justification": current["justification"]}
            new = {"overall": new_overall, "justification": entry.justification or None}
            if old == new:
                return
            self._save_item(connection, assessment_id, item_id, {**current, **new})
            self._audit(connection, assessment_id, item_id, "overall", old, new)

    def set_not_assessed(self, assessment_id: str, item_id: str, reason: str | None) -> None:
        """Mark an item not assessed (with the reason), or clear the mark with ``None``."""
        with self._writing() as connection:
            framework, panel, _ = self._context(connection, assessment_id, item_id)
            current = self._item_row(connection, assessment_id, item_id)
            parse_item_entry(
                framework, panel, framework.items[item_id], {**current, "not_assessed": reason}
            )
            if reason == current["not_assessed"]:
                return
            self._save_item(connection, assessment_id, item_id, {**current, "not_assessed": reason})
            self._audit(
                connection, assessment_id, item_id, "not_assessed", current["not_assessed"], reason
            )

    def set_texts(self, assessment_id: str, item_id: str, kind: str, texts: Sequence[str]) -> None:
        """Replace an item's strengths, AFIs or site-visit issues (in order)."""
        if kind not in TEXT_KINDS:
            raise IpmsError(f"unknown text kind {kind!r}; use one of {', '.join(TEXT_KINDS)}")
        if isinstance(texts, str) or not all(isinstance(text, str) for text in texts):
            raise IpmsError(f"item {item_id}: {kind} must be a list of texts")
        new = list(texts)
        with self._writing() as connection:
            self._context(connection, assessment_id, item_id)
            old = self._texts_of(connection, assessment_id, item_id, kind)
            if old == new:
                return
            self._replace_texts(connection, assessment_id, item_id, kind, new)
            self._audit(connection, assessment_id, item_id, kind, old, new)

    # ----- evidence ------------------------------------------------------------------------------

    def add_evidence(self, assessment_id: str, item_id: str, path: Path) -> EvidenceInfo:
        """Attach a file (stored encrypted, once per content); over the size limit is refused."""
        scanned = evidence.scan_file(Path(path), STORE.evidence_max_bytes)
        with self._writing() as connection:
            self._context(connection, assessment_id, item_id)
            return self._attach(connection, assessment_id, item_id, scanned)

    def remove_evidence(self, assessment_id: str, item_id: str, sha256: str) -> None:
        with self._writing() as connection:
            self._context(connection, assessment_id, item_id)
            row = connection.execute(
                select(_evidence).where(
                    _evidence.c.assessment_id == assessment_id,
                    _evidence.c.item_id == item_id,
                    _evidence.c.sha256 == sha256,
                )
            ).first()
            if row is None:
                raise IpmsError(f"item {item_id} has no evidence with SHA-256 {sha256}")
            connection.execute(delete(_evidence).where(_evidence.c.id == row.id))
            evidence.drop_if_unused(connection, sha256)
            self._audit(
                connection, assessment_id, item_id, "evidence", _evidence_info(row).as_dict(), None
            )

    def iter_evidence_chunks(self, sha256: str) -> Iterator[bytes]:
        """The stored content, chunk by chunk (never the whole file in memory)."""
        with self._reading() as connection:
            count = evidence.chunk_count(connection, sha256)
        if count is None:
            raise IpmsError(f"no evidence content with SHA-256 {sha256} in this profile")
        for seq in range(count):
            with self._reading() as connection:
                chunk = evidence.read_chunk(connection, sha256, seq)
            yield chunk

    def export_evidence_copy(self, sha256: str, destination: Path) -> Path:
        """Write a plain copy of an evidence file where the user asked (checked by hash)."""
        destination = Path(destination)

        def checked_chunks() -> Iterator[bytes]:
            digest = hashlib.sha256()
            for chunk in self.iter_evidence_chunks(sha256):
                digest.update(chunk)
                yield chunk
            if digest.hexdigest() != sha256:
                raise IpmsError(
                    f"evidence content {sha256} does not match its hash; run `ipms profile verify`"
                )

        write_stream_atomically(destination, checked_chunks)
        return destination

    # ----- whole documents -----------------------------------------------------------------------

    def fill_from_sheet(
        self, assessment_id: str, sheet: Mapping[str, Any], *, base_dir: Path | None = None
    ) -> None:
        """Apply a scoring sheet (plus texts and evidence paths) as one saved edit.

        Per item, each key present replaces that field; evidence paths (relative ones
        against ``base_dir``) are attached unless the same content already is.
        """
        if not isinstance(sheet, Mapping) or not isinstance(sheet.get("items"), Mapping):
            raise IpmsError("the sheet must be a JSON object with an 'items' object")
        scans = self._scan_sheet_evidence(sheet["items"], base_dir)
        with self._writing() as connection:
            row = self._assessment_row(connection, assessment_id)
            framework = self._framework(row)
            panel_id = sheet.get("panel") or row.panel
            merged = self._merged_scores(connection, assessment_id, sheet["items"])
            panel, entries = parse_sheet(framework, {"panel": panel_id, "items": merged})
            for item_id in sheet["items"]:
                score_item(framework, panel, framework.items[item_id], entries[item_id])
            for item_id, raw in sheet["items"].items():
                self._check_texts(item_id, raw)
            if panel.id != row.panel:
                connection.execute(
                    update(_assessments)
                    .where(_assessments.c.id == assessment_id)
                    .values(panel=panel.id)
                )
                self._audit(connection, assessment_id, None, "panel", row.panel, panel.id)
            for item_id, raw in sheet["items"].items():
                self._fill_item(connection, assessment_id, item_id, raw, merged[item_id])
                for scanned in scans.get(item_id, []):
                    self._attach(connection, assessment_id, item_id, scanned)

    def assessment_document(self, assessment_id: str) -> dict[str, Any]:
        """The shared assessment document, without the ``assessor`` block export adds."""
        with self._reading() as connection:
            row = self._assessment_row(connection, assessment_id)
            items = self._item_details(connection, assessment_id)
            head = audit.head(connection)[1]
        return {
            "document": DOCUMENT_NAME,
            "format": DOCUMENT_FORMAT,
            "assessment_id": row.id,
            "revision": row.revision,
            "institution": row.institution,
            "cycle": row.cycle,
            "framework": {"id": row.framework_id, "hash": row.framework_hash},
            "panel": row.panel,
            "audit_head": head,
            "items": {
                item_id: detail.document_entry()
                for item_id, detail in items.items()
                if detail.document_entry()
            },
        }

    def score(self, assessment_id: str, *, strict: bool = True) -> AssessmentScore:
        """Computed scores. ``strict`` also demands justifications (as ``ipms calc`` does);
        the editor's live totals pass ``strict=False``."""
        with self._reading() as connection:
            row = self._assessment_row(connection, assessment_id)
            framework = self._framework(row, check_hash=True)
            items = self._item_details(connection, assessment_id)
        sheet = {
            "panel": row.panel,
            "items": {item_id: detail.scoring_entry() for item_id, detail in items.items()},
        }
        if strict:
            return score_sheet(framework, sheet)
        panel, entries = parse_sheet(framework, sheet)
        return score_entries(framework, panel, entries, enforce_justification=False)

    # ----- settings and secrets for other subsystems ---------------------------------------------

    def get_setting(self, name: str, default: Any = None) -> Any:
        with self._reading() as connection:
            value = connection.execute(
                select(_settings.c.value).where(_settings.c.name == name)
            ).scalar_one_or_none()
        return default if value is None else json.loads(value)

    def set_setting(self, name: str, value: Any) -> None:
        encoded = audit.canonical_json(value)
        with self._writing() as connection:
            connection.execute(delete(_settings).where(_settings.c.name == name))
            connection.execute(insert(_settings).values(name=name, value=encoded))

    def get_secret(self, name: str) -> bytes | None:
        with self._reading() as connection:
            value = connection.execute(
                select(_secrets.c.value).where(_secrets.c.name == name)
            ).scalar_one_or_none()
        return None if value is None else bytes(value)

    def set_secret(self, name: str, value: bytes) -> None:
        with self._writing() as connection:
            connection.execute(delete(_secrets).where(_secrets.c.name == name))
            connection.execute(insert(_secrets).values(name=name, value=bytes(value)))

    # ----- internals ---------------------------------------------------------------------------

    def _require_open(self) -> Engine:
        if self._engine is None:
            raise IpmsError(f"the profile in {self.folder} is closed; unlock it again")
        return self._engine

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Connection]:
        with (
            self._mutex,
            self._database_errors(),
            self._require_open().connect() as connection,
        ):
            yield connection
            connection.rollback()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One committed transaction; when this returns without error, the edit is on disk."""
        with self._mutex, self._database_errors(), self._require_open().begin() as connection:
            self._pending_head = None
            self._touched = set()
            try:
                yield connection
                if self._touched:
                    connection.execute(
                        update(_assessments)
                        .where(_assessments.c.id.in_(sorted(self._touched)))
                        .values(updated_at=audit.utc_now(), status="draft")
                    )
            finally:
                self._pending_head = None
                self._touched = set()

    @contextlib.contextmanager
    def _database_errors(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            text = str(error.orig)
            if "full" in text.lower():
                raise disk_error(
                    OSError(errno.ENOSPC, "No space left on device"), database_path(self.folder)
                ) from None
            raise IpmsError(damaged_message(self.folder, text)) from None

    def _audit(
        self,
        connection: Connection,
        assessment_id: str | None,
        item_id: str | None,
        field: str,
        old: Any,
        new: Any,
    ) -> None:
        """Append the change's audit event in the same transaction as the change."""
        if self._pending_head is None:
            self._pending_head = audit.head(connection)
        self._pending_head = audit.append(
            connection,
            self._pending_head,
            actor=self.actor,
            assessment_id=assessment_id,
            item_id=item_id,
            field=field,
            old=old,
            new=new,
        )
        if assessment_id is not None and field not in ("assessment", "status"):
            self._touched.add(assessment_id)

    @staticmethod
    def _assessment_row(connection: Connection, assessment_id: str) -> Any:
        row = connection.execute(_SELECT_ASSESSMENT, {"a": assessment_id}).first()
        if row is None:
            raise IpmsError(
                f"no assessment {assessment_id} in this profile; see `ipms assessment list`"
            )
        return row

    def _framework(self, row: Any, *, check_hash: bool = False) -> Framework:
        framework = self._frameworks.get(row.framework_id)
        if framework is None:
            framework = self._frameworks[row.framework_id] = load_framework(row.framework_id)
        if check_hash and framework.content_hash != row.framework_hash:
            raise IpmsError(
                f"assessment {row.id} was started with framework {row.framework_id} "
                f"{row.framework_hash}, but the installed file is {framework.content_hash}; "
                "install the matching framework version before scoring"
            )
        return framework

    def _context(self, connection: Connection, assessment_id: str, item_id: str) -> tuple:
        row = self._assessment_row(connection, assessment_id)
        framework = self._framework(row)
        if item_id not in framework.items:
            raise IpmsError(
                f"item {item_id}: not in framework {framework.id}; its items are "
                f"{', '.join(framework.items)}"
            )
        return framework, resolve_panel(framework, row.panel), row

    @staticmethod
    def _item_row(connection: Connection, assessment_id: str, item_id: str) -> dict[str, Any]:
        row = connection.execute(_SELECT_ITEM, {"a": assessment_id, "i": item_id}).first()
        if row is None:
            return {"attributes": {}, "overall": None, "justification": None, "not_assessed": None}
        return {
            "attributes": json.loads(row.attributes),
            "overall": row.overall,
            "justification": row.justification,
            "not_assessed": row.not_assessed,
        }

    @staticmethod
    def _save_item(
        connection: Connection, assessment_id: str, item_id: str, state: Mapping[str, Any]
    ) -> None:
        connection.execute(_DELETE_ITEM, {"a": assessment_id, "i": item_id})
        connection.execute(
            _INSERT_ITEM,
            {
                "assessment_id": assessment_id,
                "item_id": item_id,
                "attributes": audit.canonical_json(state["attributes"]),
                "overall": state["overall"],
                "justification": state["justification"],
                "not_assessed": state["not_assessed"],
            },
        )

    @staticmethod
    def _texts_of(connection: Connection, assessment_id: str, item_id: str, kind: str) -> list[str]:
        key = {"a": assessment_id, "i": item_id, "k": kind}
        return list(connection.execute(_SELECT_TEXTS, key).scalars())

    @staticmethod
    def _replace_texts(
        connection: Connection, assessment_id: str, item_id: str, kind: str, texts: list[str]
    ) -> None:
        connection.execute(_DELETE_TEXTS, {"a": assessment_id, "i": item_id, "k": kind})
        if texts:
            connection.execute(
                _INSERT_TEXT,
                [
                    {
                        "assessment_id": assessment_id,
                        "item_id": item_id,
                        "kind": kind,
                        "position": position,
                        "text": text,
                    }
                    for position, text in enumerate(texts)
                ],
            )

    def _attach(
        self,
        connection: Connection,
        assessment_id: str,
        item_id: str,
        scanned: evidence.ScannedFile,
    ) -> EvidenceInfo:
        info = EvidenceInfo(scanned.sha256, scanned.name, scanned.size, scanned.media_type)
        existing = connection.execute(
            select(_evidence).where(
                _evidence.c.assessment_id == assessment_id,
                _evidence.c.item_id == item_id,
                _evidence.c.sha256 == scanned.sha256,
            )
        ).first()
        if existing is not None:
            return _evidence_info(existing)
        evidence.store_content(connection, scanned, STORE.evidence_max_bytes)
        connection.execute(
            insert(_evidence).values(
                assessment_id=assessment_id,
                item_id=item_id,
                name=info.name,
                size=info.size,
                sha256=info.sha256,
                media_type=info.media_type,
                added_at=audit.utc_now(),
            )
        )
        self._audit(connection, assessment_id, item_id, "evidence", None, info.as_dict())
        return info

    def _item_details(self, connection: Connection, assessment_id: str) -> dict[str, ItemDetail]:
        scores = {
            row.item_id: row
            for row in connection.execute(
                select(_items).where(_items.c.assessment_id == assessment_id)
            )
        }
        texts: dict[tuple[str, str], list[str]] = {}
        for row in connection.execute(
            select(_texts)
            .where(_texts.c.assessment_id == assessment_id)
            .order_by(_texts.c.item_id, _texts.c.kind, _texts.c.position)
        ):
            texts.setdefault((row.item_id, row.kind), []).append(row.text)
        attached: dict[str, list[EvidenceInfo]] = {}
        for row in connection.execute(
            select(_evidence)
            .where(_evidence.c.assessment_id == assessment_id)
            .order_by(_evidence.c.id)
        ):
            attached.setdefault(row.item_id, []).append(_evidence_info(row))
        item_ids = sorted(
            set(scores) | {item for item, _ in texts} | set(attached), key=_natural_order
        )
        details = {}
        for item_id in item_ids:
            score = scores.get(item_id)
            details[item_id] = ItemDetail(
                item_id=item_id,
                attributes=json.loads(score.attributes) if score else {},
                overall=score.overall if score else None,
                justification=(score.justification or "") if score else "",
                not_assessed=score.not_assessed if score else None,
                strengths=tuple(texts.get((item_id, "strengths"), ())),
                afis=tuple(texts.get((item_id, "afis"), ())),
                site_visit_issues=tuple(texts.get((item_id, "site_visit_issues"), ())),
                evidence=tuple(attached.get(item_id, ())),
            )
        return details

    def _summary(
        self, connection: Connection, row: Any, items: dict[str, ItemDetail] | None = None
    ) -> AssessmentSummary:
        framework = self._framework(row)
        if items is None:
            items = self._item_details(connection, row.id)
        sheet = {
            "panel": row.panel,
            "items": {item_id: detail.scoring_entry() for item_id, detail in items.items()},
        }
        panel, entries = parse_sheet(framework, sheet)
        scored = score_entries(framework, panel, entries, enforce_justification=False)
        return AssessmentSummary(
            id=row.id,
            institution=row.institution,
            cycle=row.cycle,
            framework_id=row.framework_id,
            framework_hash=row.framework_hash,
            panel=row.panel,
            status=row.status,
            revision=row.revision,
            items_scored=scored.scored_count,
            items_total=len(framework.items),
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    def _scan_sheet_evidence(
        self, items: Mapping[str, Any], base_dir: Path | None
    ) -> dict[str, list[evidence.ScannedFile]]:
        scans: dict[str, list[evidence.ScannedFile]] = {}
        for item_id, raw in items.items():
            paths = raw.get("evidence", []) if isinstance(raw, Mapping) else []
            if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
                raise IpmsError(f"item {item_id}: 'evidence' must be a list of file paths")
            for text in paths:
                path = Path(text)
                if not path.is_absolute() and base_dir is not None:
                    path = base_dir / path
                scans.setdefault(item_id, []).append(
                    evidence.scan_file(path, STORE.evidence_max_bytes)
                )
        return scans

    def _merged_scores(
        self, connection: Connection, assessment_id: str, sheet_items: Mapping[str, Any]
    ) -> dict[str, dict[str, Any]]:
        """Every item's scores as they will be after the fill (existing ones included)."""
        existing = connection.execute(
            select(_items.c.item_id).where(_items.c.assessment_id == assessment_id)
        ).scalars()
        merged: dict[str, dict[str, Any]] = {}
        for item_id in [*existing, *sheet_items]:
            raw = sheet_items.get(item_id, {})
            if not isinstance(raw, Mapping):
                raise IpmsError(f"item {item_id}: must be an object")
            current = self._item_row(connection, assessment_id, item_id)
            for key in ("attributes", "overall", "justification", "not_assessed"):
                if key in raw:
                    current[key] = raw[key]
            current["attributes"] = current["attributes"] or {}
            merged[item_id] = current
        return merged

    @staticmethod
    def _check_texts(item_id: str, raw: Mapping[str, Any]) -> None:
        for kind in TEXT_KINDS:
            if kind in raw:
                texts = raw[kind]
                if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                    raise IpmsError(f"item {item_id}: '{kind}' must be a list of texts")

    def _fill_item(
        self,
        connection: Connection,
        assessment_id: str,
        item_id: str,
        raw: Mapping[str, Any],
        merged: Mapping[str, Any],
    ) -> None:
        current = self._item_row(connection, assessment_id, item_id)
        new_state = {
            "attributes": {
                key: int(value) for key, value in merged["attributes"].items() if value is not None
            },
            "overall": None if merged["overall"] is None else int(merged["overall"]),
            "justification": merged["justification"] or None,
            "not_assessed": merged["not_assessed"],
        }
        if new_state != current:
            self._save_item(connection, assessment_id, item_id, new_state)
            for key in ("attributes", "overall", "justification", "not_assessed"):
                if new_state[key] != current[key]:
                    self._audit(
                        connection, assessment_id, item_id, key, current[key], new_state[key]
                    )
        for kind in TEXT_KINDS:
            if kind in raw:
                old = self._texts_of(connection, assessment_id, item_id, kind)
                if old != raw[kind]:
                    self._replace_texts(connection, assessment_id, item_id, kind, list(raw[kind]))
                    self._audit(connection, assessment_id, item_id, kind, old, list(raw[kind]))


def _evidence_info(row: Any) -> EvidenceInfo:
    return EvidenceInfo(row.sha256, row.name, row.size, row.media_type)


def _natural_order(item_id: str) -> tuple:
    """'2a' before '10a', '1.2' before '1.10'."""
    parts: list[tuple[int, Any]] = []
    number = ""
    for char in item_id:
        if char.isdigit():
            number += char
            continue
        if number:
            parts.append((0, int(number)))
            number = ""
        parts.append((1, char))
    if number:
        parts.append((0, int(number)))
    return tuple(parts)
