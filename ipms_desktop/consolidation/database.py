"""Opening a consolidation database: an encrypted local file or CoMSEC's PostgreSQL server.

Both kinds carry the same schema, upgraded by the same numbered Alembic chain. Several
merges may write at once, so every unit of work runs through ``run_transaction``, which
retries a transaction that lost a race (PostgreSQL serialization failure or deadlock,
SQLite lock, a unique constraint hit by a concurrent writer) from the start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError

from ipms_desktop.atomic import create_private_file, open_new_private, write_bytes_atomically
from ipms_desktop.errors import IpmsError
from ipms_desktop.messages import consolidation as msgs
from ipms_desktop.settings import CONSOLIDATION
from ipms_desktop.shown_text import unencodable_text_error
from ipms_desktop.store.database import DatabaseError as StoreDatabaseError
from ipms_desktop.store.database import open_engine, write_encrypted_copy
from ipms_desktop.store.keyslots import (
    KdfParams,
    SlotFile,
    create_slot_file,
    generate_recovery_code,
    new_data_key,
    parse_slot_file,
    read_slot_file,
    unlock_with_passphrase,
    unlock_with_recovery_code,
)

logger = logging.getLogger(__name__)

VERSION_TABLE = "consolidation_schema_version"
_MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Serialises schema upgrades between processes sharing one PostgreSQL database.
_UPGRADE_LOCK_ID = 0x1F50_C0DE
_POSTGRES_RETRY_STATES = {"40001", "40P01"}
_SLOT_FILE_SUFFIX = ".keyslots.json"

T = TypeVar("T")


@dataclass(frozen=True)
class NewDatabaseNotice:
    """What the user must be told once when a local consolidation file is created."""

    path: Path
    recovery_code: str


class ConsolidationDatabase:
    """An open, upgraded consolidation database."""

    def __init__(self, engine: Engine, display_name: str, path: Path | None = None) -> None:
        self.engine = engine
        self.display_name = display_name
        # The local file, or None for PostgreSQL.
        self.path = path

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def run_transaction(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in one transaction, retried from scratch when it lost a race."""
        attempts = CONSOLIDATION.max_transaction_attempts
        for attempt in range(1, attempts + 1):
            try:
                with self.engine.begin() as connection:
                    return work(connection)
            except UnicodeEncodeError as error:
                raise unencodable_text_error(error) from None
            except DBAPIError as error:
                if attempt == attempts or not _is_transient(error):
                    raise self._database_error(error) from error
                logger.info("transaction retried after a concurrent writer (%s)", attempt)
                time.sleep(min(0.01 * attempt, 0.2))
        raise AssertionError("unreachable: the last attempt either returns or raises")

    def read(self, work: Callable[[Connection], T]) -> T:
        """Run read-only ``work`` (same retry rules: a reader can meet a lock too)."""
        return self.run_transaction(work)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ConsolidationDatabase:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _database_error(self, error: DBAPIError) -> IpmsError:
        return IpmsError(
            msgs.DATABASE_STEP_FAILED,
            database=self.display_name,
            detail=_first_line(error.orig),
        )


def _first_line(error: BaseException | None) -> str:
    text = str(error or "unknown database error").strip()
    return text.splitlines()[0] if text else type(error).__name__


def _is_transient(error: DBAPIError) -> bool:
    """Whether retrying the whole transaction may succeed (another writer got there first)."""
    if isinstance(error, IntegrityError):
        return True
    state = getattr(error.orig, "sqlstate", None)
    if state in _POSTGRES_RETRY_STATES:
        return True
    if isinstance(error, OperationalError):
        message = str(error.orig).lower()
        return "locked" in message or "busy" in message
    return False


def is_postgresql_target(target: str) -> bool:
    return target.startswith(("postgresql", "postgres:"))


def open_consolidation_database(
    target: str,
    passphrase: Callable[[bool], str] | None = None,
    *,
    recovery_code: str | None = None,
    kdf_params: KdfParams | None = None,
    on_created: Callable[[NewDatabaseNotice], None] | None = None,
) -> ConsolidationDatabase:
    """Open (creating and upgrading as needed) the database named by ``target``.

    ``target`` is a ``postgresql+psycopg://`` URL or a plain file path. For a file,
    ``passphrase(creating)`` supplies the passphrase, or ``recovery_code`` opens an
    existing file whose passphrase is lost; ``on_created`` is told the recovery code of
    a file created now (it is shown once and never stored).
    """
    if is_postgresql_target(target):
        engine, display_name = _postgresql_engine(target)
    elif "://" in target:
        raise IpmsError(
            msgs.UNSUPPORTED_DATABASE_ADDRESS_GIVE_FILE, value=target.split("://", 1)[0]
        )
    else:
        if passphrase is None and recovery_code is None:
            raise IpmsError(msgs.LOCAL_CONSOLIDATION_FILE_NEEDS_PASSPHRASE)
        path = Path(target)
        engine = _local_file_engine(path, passphrase, recovery_code, kdf_params, on_created)
        display_name = str(path)
    database = ConsolidationDatabase(
        engine, display_name, None if is_postgresql_target(target) else Path(target)
    )
    try:
        _upgrade(database)
    except BaseException:
        database.close()
        raise
    return database


def _postgresql_engine(target: str) -> tuple[Engine, str]:
    try:
        url = make_url(target)
    except ArgumentError:
        raise IpmsError(msgs.POSTGRESQL_ADDRESS_MALFORMED_USE_POSTGRESQL) from None
    if url.drivername != "postgresql+psycopg":
        raise IpmsError(msgs.POSTGRESQL_REACHED_THROUGH_PSYCOPG_WRITE, drivername=url.drivername)
    display_name = url.render_as_string(hide_password=True)
    engine = create_engine(url, isolation_level="SERIALIZABLE", pool_pre_ping=True)
    return engine, display_name


def slot_file_for(path: Path) -> Path:
    """The key-slot file kept beside a local consolidation file."""
    return path.with_name(path.name + _SLOT_FILE_SUFFIX)


def _local_file_engine(
    path: Path,
    passphrase: Callable[[bool], str] | None,
    recovery_code: str | None,
    kdf_params: KdfParams | None,
    on_created: Callable[[NewDatabaseNotice], None] | None,
) -> Engine:
    slots_path = slot_file_for(path)
    if not path.parent.is_dir():
        raise IpmsError(msgs.FOLDER_DOES_NOT_EXIST_CREATE, parent=path.parent)
    if slots_path.exists():
        slot_file = read_slot_file(slots_path)
        if recovery_code is not None:
            data_key = _unlock_with_code(slot_file, recovery_code, path)
        else:
            assert passphrase is not None
            data_key = _unlock(slot_file, passphrase(False), path)
    elif passphrase is None:
        raise IpmsError(msgs.DOES_NOT_EXIST_RECOVERY_CODE, path=path)
    else:
        if path.exists():
            raise IpmsError(
                msgs.EXISTS_BUT_KEY_SLOT_FILE, path=path, slots_path_name=slots_path.name
            )
        data_key = _create_slot_file(path, slots_path, passphrase(True), kdf_params, on_created)
        with contextlib.suppress(FileExistsError):
            create_private_file(path)  # SQLCipher keeps the owner-only mode it finds
    return _sqlcipher_engine(path, data_key)


def _unlock(slot_file: SlotFile, secret: str, path: Path) -> bytes:
    try:
        return unlock_with_passphrase(slot_file, secret)
    except IpmsError as error:
        raise IpmsError(msgs.CONSOLIDATION_FILE_NOTHING_CHANGED, path=path, error=error) from None


def _unlock_with_code(slot_file: SlotFile, code: str, path: Path) -> bytes:
    try:
        return unlock_with_recovery_code(slot_file, code)
    except IpmsError as error:
        raise IpmsError(msgs.CONSOLIDATION_FILE_NOTHING_CHANGED, path=path, error=error) from None


def _create_slot_file(
    path: Path,
    slots_path: Path,
    secret: str,
    kdf_params: KdfParams | None,
    on_created: Callable[[NewDatabaseNotice], None] | None,
) -> bytes:
    """Create the key slots, or, if another process created them first, unlock theirs."""
    data_key = new_data_key()
    recovery_code = generate_recovery_code()
    slot_file = create_slot_file(
        uuid.uuid4().hex, data_key, secret, recovery_code, kdf_params=kdf_params
    )
    temporary = slots_path.with_name(f".{slots_path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open_new_private(temporary) as stream:
            stream.write(slot_file.to_bytes())
            stream.flush()
            os.fsync(stream.fileno())
        try:
            # A hard link fails if the name exists: exactly one creator wins the race.
            os.link(temporary, slots_path)
        except FileExistsError:
            winner = parse_slot_file(slots_path.read_bytes(), slots_path)
            return _unlock(winner, secret, path)
    except OSError as error:
        raise IpmsError(
            msgs.CANNOT_CREATE_KEY_SLOT_FILE, slots_path=slots_path, strerror=error.strerror
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    if on_created is not None:
        on_created(NewDatabaseNotice(path, recovery_code))
    return data_key


def _sqlcipher_engine(path: Path, data_key: bytes) -> Engine:
    """The profile store's keyed engine, told to wait for other writers instead of failing."""
    for attempt in range(1, CONSOLIDATION.max_transaction_attempts + 1):
        try:
            engine = open_engine(path, data_key)
            break
        except StoreDatabaseError as error:
            message = str(error).lower()
            if attempt == CONSOLIDATION.max_transaction_attempts or not (
                "locked" in message or "busy" in message
            ):
                raise IpmsError(
                    msgs.CONSOLIDATION_FILE_CANNOT_OPENED_IF, path=path, error=error
                ) from None
            time.sleep(min(0.05 * attempt, 0.5))
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(CONSOLIDATION.sqlite_busy_timeout_ms)}")
        cursor.close()
    finally:
        raw.close()
    return engine


def _alembic_config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    config.attributes["version_table"] = VERSION_TABLE
    return config


def _upgrade(database: ConsolidationDatabase) -> None:
    """Bring the schema to this application's head; refuse a database from a newer one."""
    head = ScriptDirectory(str(_MIGRATIONS_DIR)).get_current_head()
    known = {script.revision for script in ScriptDirectory(str(_MIGRATIONS_DIR)).walk_revisions()}

    def upgrade(connection: Connection) -> None:
        if database.is_postgresql:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK_ID})")
        current = MigrationContext.configure(
            connection, opts={"version_table": VERSION_TABLE}
        ).get_current_revision()
        if current == head:
            return
        if current is not None and current not in known:
            raise IpmsError(
                msgs.CONSOLIDATION_DATABASE_SCHEMA_VERSION_NEWER,
                display_name=database.display_name,
                current=current,
            )
        command.upgrade(_alembic_config(connection), "head")

    if database.is_postgresql:
        # Read committed, so that after waiting for the lock this upgrade sees the work
        # of the process that held it.
        with _read_committed(database.engine) as connection:
            upgrade(connection)
    else:
        current = database.read(
            lambda connection: MigrationContext.configure(
                connection, opts={"version_table": VERSION_TABLE}
            ).get_current_revision()
        )
        if current is not None and current != head and current in known:
            _backup_before_upgrade(database, current)
        database.run_transaction(upgrade)


def _backup_before_upgrade(database: ConsolidationDatabase, current: str) -> Path:
    """An encrypted copy of a local file (and its key slots) before its schema changes.

    Written beside the file as ``<name>.pre-upgrade-<version>-<time>.db``; it opens like
    the original (same key slots, copied beside it). PostgreSQL is backed up by its
    administrators (pg_dump) before an upgrade is installed.
    """
    assert database.path is not None
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = database.path.with_name(
        f"{database.path.name}.pre-upgrade-{current}-{stamp}-{uuid.uuid4().hex[:6]}.db"
    )
    write_encrypted_copy(database.engine, target)
    slots = slot_file_for(database.path)
    copy = target.with_name(target.name + _SLOT_FILE_SUFFIX)
    try:
        write_bytes_atomically(copy, slots.read_bytes())
    except OSError as error:
        raise IpmsError(
            msgs.CANNOT_COPY_BESIDE_BACKUP_NOTHING,
            slots=slots,
            target=target,
            strerror=error.strerror,
        ) from None
    logger.info("consolidation file backed up before upgrade: %s", target)
    return target


@contextlib.contextmanager
def _read_committed(engine: Engine) -> Iterator[Connection]:
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="READ COMMITTED")
            with connection.begin():
                yield connection
    except OperationalError as error:
        raise IpmsError(
            msgs.CANNOT_REACH_POSTGRESQL_SERVER_CHECK, orig=_first_line(error.orig)
        ) from None
