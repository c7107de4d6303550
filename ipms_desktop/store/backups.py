"""Encrypted backups kept in the profile's ``backups/`` folder, and restoring one.

A backup is a ``VACUUM INTO`` copy of the database under the same data key, so it is
ciphertext like the original and any of the profile's key slots opens it. Automatic
copies rotate; copies taken before a schema upgrade are kept until the user removes them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from ipms_desktop.atomic import fsync_directory, make_private_folder, write_stream_atomically
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import store as msgs
from ipms_desktop.settings import STORE
from ipms_desktop.store.database import write_encrypted_copy
from ipms_desktop.store.paths import backup_dir, database_path

logger = logging.getLogger(__name__)

AUTO_PREFIX = "auto-"
UPGRADE_PREFIX = "pre-upgrade-"
SUFFIX = ".db"
_STAMP = "%Y%m%dT%H%M%S%fZ"


def _stamp(moment: datetime) -> str:
    return moment.strftime(_STAMP)


def list_backups(folder: Path) -> list[Path]:
    """Every backup in the profile's folder, newest first."""
    directory = backup_dir(folder)
    if not directory.is_dir():
        return []
    found = [
        path
        for path in directory.iterdir()
        if path.suffix == SUFFIX and path.name.startswith((AUTO_PREFIX, UPGRADE_PREFIX))
    ]
    return sorted(found, key=lambda path: (path.stat().st_mtime_ns, path.name), reverse=True)


def latest_backup(folder: Path) -> Path | None:
    backups = list_backups(folder)
    return backups[0] if backups else None


def damaged_error(folder: Path, detail: str | IpmsError) -> IpmsError:
    """Name the damaged database file and what is wrong with it (SQLite's own words, or a
    registered message), and offer the newest backup."""
    database = database_path(folder)
    latest = latest_backup(folder)
    if latest:
        return IpmsError(
            msgs.DATABASE_DAMAGED, database=database, detail=detail, latest=latest, folder=folder
        )
    return IpmsError(
        msgs.DATABASE_DAMAGED_NO_BACKUP, database=database, detail=detail, folder=backup_dir(folder)
    )


def write_upgrade_backup(engine: Engine, folder: Path, from_revision: str) -> Path:
    target = (
        backup_dir(folder) / f"{UPGRADE_PREFIX}{from_revision}-{_stamp(datetime.now(UTC))}{SUFFIX}"
    )
    make_private_folder(backup_dir(folder))
    write_encrypted_copy(engine, target)
    return target


def auto_backup_due(folder: Path, now: datetime) -> bool:
    autos = [path for path in list_backups(folder) if path.name.startswith(AUTO_PREFIX)]
    if not autos:
        return True
    newest = datetime.fromtimestamp(autos[0].stat().st_mtime, UTC)
    return (now - newest).total_seconds() >= STORE.auto_backup_interval_hours * 3600


def write_auto_backup(engine: Engine, folder: Path) -> Path:
    """A rotating automatic backup; the oldest automatic ones beyond the kept count go."""
    make_private_folder(backup_dir(folder))
    target = backup_dir(folder) / f"{AUTO_PREFIX}{_stamp(datetime.now(UTC))}{SUFFIX}"
    write_encrypted_copy(engine, target)
    autos = [path for path in list_backups(folder) if path.name.startswith(AUTO_PREFIX)]
    for old in autos[STORE.auto_backups_kept :]:
        old.unlink()
        logger.info("old automatic backup removed: %s", old)
    return target


def put_back(database: Path, backup: Path) -> Path:
    """Replace ``database`` by a copy of ``backup``; what it replaces is kept aside.

    Returns the suffix-free path under which the replaced files (database, and its WAL
    and shared-memory files if any) were set aside.
    """
    set_aside = database.with_name(f"{database.name}.damaged-{_stamp(datetime.now(UTC))}")
    for suffix in ("", "-wal", "-shm"):
        current = database.with_name(database.name + suffix)
        if current.exists():
            os.replace(current, set_aside.with_name(set_aside.name + suffix))
    fsync_directory(database.parent)

    def chunks() -> Iterator[bytes]:
        with open(backup, "rb") as stream:
            while block := stream.read(1024 * 1024):
                yield block

    write_stream_atomically(database, chunks)
    logger.info("database restored from backup %s", backup)
    return set_aside


def copy_file(source: Path, target: Path) -> None:
    """A crash-safe copy (used for the slot file that accompanies an exported backup)."""
    write_stream_atomically(target, lambda: iter([source.read_bytes()]))
