"""Creating a profile, unlocking it (passphrase, recovery code, CoMSEC's escrow key), and
restoring its database from a backup.

Unlocking checks the key-slot file first: a wrong secret changes nothing on disk, and the
lock is taken only once a slot has opened. Then the database's pages are checked, its schema
brought up to date (after a backup), an automatic backup written when one is due, and the
evidence left by an interrupted store erased, before the profile is handed out.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, insert
from sqlalchemy.exc import DBAPIError

from ipms_desktop.atomic import (
    PRIVATE_FILE_MODE,
    PRIVATE_FOLDER_MODE,
    create_private_file,
    disk_error,
    make_private_folder,
    remove_stale_parts,
)
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs
from ipms_desktop.shown_text import unencodable_text_error
from ipms_desktop.store import audit, backups, keyslots, migrations
from ipms_desktop.store.database import (
    DatabaseError,
    check_file,
    cipher_problems,
    open_engine,
)
from ipms_desktop.store.keyslots import KdfParams, WrongSecretError
from ipms_desktop.store.lock import ProfileLock
from ipms_desktop.store.paths import (
    backup_dir,
    database_path,
    lock_file_path,
    slot_file_path,
)
from ipms_desktop.store.profile import Profile
from ipms_desktop.store.profile_settings import OUTPUT_FOLDERS
from ipms_desktop.store.schema import PROFILE_META
from ipms_desktop.store.transactions import Transactions

logger = logging.getLogger(__name__)


def profile_exists(folder: Path) -> bool:
    """Whether ``folder`` holds a profile (the first-run screen asks this)."""
    return slot_file_path(Path(folder)).exists()


def create_profile(
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
        raise IpmsError(msgs.PROFILE_NEEDS_NAME)
    try:
        # A name typed on a terminal that is not UTF-8 is refused before anything is made.
        name.encode("utf-8")
    except UnicodeEncodeError as error:
        raise unencodable_text_error(error) from None
    existing = [p.name for p in (slot_file_path(folder), database_path(folder)) if p.exists()]
    if existing:
        raise IpmsError(
            msgs.ALREADY_HOLDS_PROFILE_CHOOSE_EMPTY, folder=folder, existing=", ".join(existing)
        )
    try:
        make_private_folder(backup_dir(folder))
        make_private_folder(folder)
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
        create_private_file(database_path(folder))
        engine = open_engine(database_path(folder), data_key)
        migrations.upgrade(engine)
        with engine.begin() as connection:
            connection.execute(
                insert(PROFILE_META),
                [
                    {"name": "profile_id", "value": profile_id},
                    {"name": "name", "value": name.strip()},
                    {"name": "created_at", "value": audit.utc_now()},
                ],
            )
            audit.mark_keyed(connection)
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
    transactions = Transactions(
        folder, engine, actor or _default_actor(), audit.audit_key(data_key)
    )
    return Profile(folder, transactions, data_key, lock, "passphrase"), recovery_code


def unlock_profile(folder: Path, passphrase: str, *, actor: str | None = None) -> Profile:
    """Unlock with the passphrase. A wrong one changes nothing on disk."""
    folder = Path(folder)
    slot_file = keyslots.read_slot_file(slot_file_path(folder))
    try:
        data_key = keyslots.unlock_with_passphrase(slot_file, passphrase)
    except WrongSecretError:
        raise WrongSecretError(msgs.WRONG_PASSPHRASE_FOR_PROFILE, folder=folder) from None
    return _open_with_key(folder, data_key, actor, "passphrase")


def unlock_with_recovery_code(folder: Path, code: str, *, actor: str | None = None) -> Profile:
    """Unlock with the recovery code; follow with ``profile.keys.set_passphrase``."""
    folder = Path(folder)
    slot_file = keyslots.read_slot_file(slot_file_path(folder))
    try:
        data_key = keyslots.unlock_with_recovery_code(slot_file, code)
    except WrongSecretError as error:
        raise WrongSecretError(
            msgs.WRONG_RECOVERY_CODE_FOR_PROFILE, detail=error, folder=folder
        ) from None
    return _open_with_key(folder, data_key, actor, "recovery-code")


def unlock_with_escrow_key(
    folder: Path, private_key: bytes, *, actor: str | None = None
) -> Profile:
    """CoMSEC's recovery path: unlock with the escrow private key; then
    ``profile.keys.set_passphrase``."""
    folder = Path(folder)
    slot_file = keyslots.read_slot_file(slot_file_path(folder))
    data_key = keyslots.open_escrow_slot(slot_file, private_key)
    return _open_with_key(folder, data_key, actor, "escrow")


def restore_profile(folder: Path, backup_file: Path, passphrase: str) -> Path:
    """Put a backup in place of a damaged database; returns where the old one went."""
    folder = Path(folder)
    backup_file = Path(backup_file)
    slot_path = slot_file_path(folder)
    if not slot_path.exists():
        beside = backup_file.with_name(backup_file.name + ".keyslots.json")
        if not beside.exists():
            raise IpmsError(msgs.BACKUP_KEYSLOTS_MISSING, folder=folder, backup_file=backup_file)
        slot_file = keyslots.read_slot_file(beside)
    else:
        slot_file = keyslots.read_slot_file(slot_path)
    try:
        data_key = keyslots.unlock_with_passphrase(slot_file, passphrase)
    except WrongSecretError:
        raise WrongSecretError(msgs.WRONG_PASSPHRASE_NOTHING_RESTORED) from None
    if not backup_file.is_file():
        raise IpmsError(msgs.BACKUP_MISSING, backup_file=backup_file)
    problems = check_file(backup_file, data_key)
    if problems:
        raise IpmsError(msgs.BACKUP_UNUSABLE, backup_file=backup_file, detail=problems[0])
    make_private_folder(folder)
    lock = ProfileLock(lock_file_path(folder))
    lock.acquire()
    try:
        set_aside = backups.put_back(database_path(folder), backup_file)
        if not slot_path.exists():
            backups.copy_file(backup_file.with_name(backup_file.name + ".keyslots.json"), slot_path)
        _anchor_restored_chain(folder, data_key)
    finally:
        lock.release()
    return set_aside


def _anchor_restored_chain(folder: Path, data_key: bytes) -> None:
    """The restored database's chain is older than the anchor the key-slot file kept: anchor
    it afresh, or the next verify would take the restore for removed events."""
    slot_path = slot_file_path(folder)
    slot_file = keyslots.read_slot_file(slot_path)
    engine = open_engine(database_path(folder), data_key)
    try:
        with engine.connect() as connection:
            events, head_mac = audit.head(connection)
            keyed = audit.chain_format(connection) == audit.CHAIN_FORMAT
            connection.rollback()
    finally:
        engine.dispose()
    recorded = (
        audit.anchor(audit.audit_key(data_key), slot_file.profile_id, events, head_mac)
        if keyed
        else None
    )
    keyslots.write_slot_file(slot_path, replace(slot_file, audit_anchor=recorded))


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _open_with_key(folder: Path, data_key: bytes, actor: str | None, unlocked_by: str) -> Profile:
    database = database_path(folder)
    if not database.exists():
        raise backups.damaged_error(folder, IpmsError(msgs.DATABASE_FILE_MISSING))
    lock = ProfileLock(lock_file_path(folder))
    lock.acquire()
    engine = None
    try:
        _make_private(folder)
        try:
            engine = open_engine(database, data_key)
            bad_pages = cipher_problems(engine)
        except (DatabaseError, DBAPIError) as error:
            raise backups.damaged_error(folder, str(error)) from None
        if bad_pages:
            raise backups.damaged_error(
                folder, IpmsError(msgs.PAGES_FAIL_CHECK, count=len(bad_pages))
            )
        _bring_schema_up_to_date(engine, folder)
        _key_the_audit_chain(engine, folder, data_key, actor or _default_actor())
        if backups.auto_backup_due(folder, datetime.now(UTC)):
            backups.write_auto_backup(engine, folder)
    except BaseException:
        if engine is not None:
            engine.dispose()
        lock.release()
        raise
    logger.info("profile opened: %s (%s)", folder, unlocked_by)
    transactions = Transactions(
        folder, engine, actor or _default_actor(), audit.audit_key(data_key)
    )
    profile = Profile(folder, transactions, data_key, lock, unlocked_by)
    profile.evidence.erase_unattached()
    _remove_left_over_parts(profile)
    return profile


def _remove_left_over_parts(profile: Profile) -> None:
    """Hidden ``.part`` files that writes killed half-way left in the profile's folders and
    in the folders it exported to."""
    folders = [profile.folder, backup_dir(profile.folder)]
    folders += [
        Path(path) for path in profile.settings.get(OUTPUT_FOLDERS, []) if isinstance(path, str)
    ]
    for folder in folders:
        for removed in remove_stale_parts(folder):
            logger.info("removed the remains of an interrupted write: %s", removed)


def _make_private(folder: Path) -> None:
    """Profiles made before files were created private: the folder, its backups and every
    file in them become the owner's alone (nothing is done where permissions mean nothing)."""
    if os.name == "nt":
        return
    for place in (folder, backup_dir(folder)):
        if not place.is_dir():
            continue
        os.chmod(place, PRIVATE_FOLDER_MODE)
        for path in place.iterdir():
            if path.is_file() and not path.is_symlink():
                os.chmod(path, PRIVATE_FILE_MODE)


def _key_the_audit_chain(engine: Engine, folder: Path, data_key: bytes, actor: str) -> None:
    """Reseal a chain made before events were MACed (once, after a backup)."""
    with engine.connect() as connection:
        keyed = audit.chain_format(connection) == audit.CHAIN_FORMAT
        connection.rollback()
    if keyed:
        return
    saved = backups.write_upgrade_backup(engine, folder, "audit-chain-1")
    logger.info("backup before keying the audit chain: %s", saved)
    with engine.begin() as connection:
        legacy = audit.reseal_legacy_chain(connection, audit.audit_key(data_key), actor)
    if legacy.problems:
        logger.warning(
            "audit chain of %s had %d break(s) before it was keyed; they stay on record",
            folder,
            len(legacy.problems),
        )


def _bring_schema_up_to_date(engine: Engine, folder: Path) -> None:
    with engine.connect() as connection:
        current = migrations.current_revision(connection)
        connection.rollback()
    head = migrations.head_revision()
    if current == head:
        return
    if current is None:
        raise backups.damaged_error(folder, IpmsError(msgs.NO_PROFILE_SCHEMA))
    known = migrations.known_revisions()
    if current not in known:
        raise IpmsError(
            msgs.PROFILE_SCHEMA_REVISION_NEWER_THAN, folder=folder, current=repr(current), head=head
        )
    saved = backups.write_upgrade_backup(engine, folder, current)
    logger.info("backup before schema upgrade %s -> %s: %s", current, head, saved)
    try:
        migrations.upgrade(engine)
    except DBAPIError as error:
        raise IpmsError(
            msgs.UPGRADING_PROFILE_FAILED_NOTHING_CHANGED,
            folder=folder,
            orig=error.orig,
            saved=saved,
        ) from None
